"""Image captions, photo credits and image keyword lines.

A caption ends in a credit: one or more ``NAME/AGENCY`` items ("JANE DOE/AFP
via Getty Images"), an agency's photo line ("AP Photo/Jane Doe"), a name with the agency in brackets
("Jane Doe (EFE)"), or a label ("Photo by", "Photograph:", "Credit:", "©",
"Foto:", "Photo :", "Imagen:"); an archive mark (", File") is dropped.
The credit stands apart from the caption's sentences (after a full stop, a
bar or a parenthesis), so a sentence quoting a photographer or naming a news
agency in its prose is not one. Credits go to ``image_credits``. An image's
keyword line (a run of capitalised words with no glue words) attached to a
caption without a blank line goes with it. A line opening with a caption
label (the ``caption_label`` family: "Image caption,", "Caption:",
"Bildunterschrift:", "Pie de foto,") is a caption even without a credit, and
a credit in it is read too. A credit may also name the source first: "Image
source, Getty Images", "Image copyright Jane Doe", "Fuente de la imagen, EFE".
(Captions in the markup's figures are the html-figure-caption rule's; it reads
their credits with :func:`caption_credit`.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.literals import first_chars, fold, parse_items, required_literals
from cleanpress.markers import MAX_TEXT, by_language
from cleanpress.rule import Rule, rule

FAMILY = "caption_credit"
# How a label naming the source first ends: a comma or colon, or a space before
# the capitalised name ("Image copyright Getty Images").
_SOURCE_END = r"(?:\s?[,:]|\s+(?=(?-i:[A-Z@])))"
#: Labels that introduce a credit (the "caption_credit" marker family).
CREDIT_LABELS = {
    "en": [
        r"\bphoto(?:graph)?s?(?: (?:by|courtesy(?: of)?|illustration by))?\s?:",
        r"\b(?:photo(?:graph)?s?|pictures?|images?|illustrations?) (?:by|courtesy(?: of)?|via)\b",
        r"\b(?:image|picture|illustration|video) ?(?:credit)?:",
        r"\bcredits?:",
        r"©",
        r"\b(?:AP|AFP|Reuters|EPA|dpa) Photo/",
        # The source named first: "Image source, Getty Images", "Image copyright Jane Doe".
        rf"^(?:image|photo|picture|video) (?:source|copyright){_SOURCE_END}",
    ],
    "de": [r"\b(?:foto|fotos|bild|bilder|quelle|bildquelle)\s?:", r"\bfoto von\b",
           rf"^(?:bildquelle|bildrechte){_SOURCE_END}"],
    "fr": [r"\bphoto\s?:", r"\bcrédits?(?: photo)?\s?:", r"\bphoto de\b",
           rf"^(?:crédits?(?: photo| image)?|source de l['’]image|source image){_SOURCE_END}"],
    "es": [r"\b(?:imagen|foto|fotografía)\s?:", r"\bfoto de\b",
           rf"^(?:fuente de la imagen|fuente(?: de la)? foto|crédito(?: de la (?:imagen|foto))?)"
           rf"{_SOURCE_END}"],
}

CAPTION_FAMILY = "caption_label"
#: Labels that open an image caption (the "caption_label" marker family); the
#: caption follows, so each pattern ends where its text begins.
CAPTION_LABELS = {
    "en": [
        # ("Image caption Jane Doe ..." stands without punctuation.)
        r"^(?:image|photo|picture|video) (?:caption|copyright)"
        r"(?:\s?[,:]\s*|\s+(?=(?-i:[A-Z@\"“‘])))(?=\S)",
        r"^caption\s?:\s*(?=\S)",
    ],
    "de": [r"^(?:bildunterschrift|bildbeschreibung)\s?[,:]\s*(?=\S)"],
    "fr": [r"^légende(?: (?:de l['’])?(?:image|photo|vidéo))?\s?[,:]\s*(?=\S)"],
    "es": [r"^(?:pie de (?:foto|imagen)|leyenda(?: de la (?:imagen|foto))?)\s?[,:]\s*(?=\S)"],
}

#: Picture agencies and libraries a bare credit may name.
_AGENCIES = (
    r"AFP|AP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|EFE|dpa|DPA|picture alliance|"
    r"picture-alliance|Shutterstock|Alamy|iStock|Bloomberg|Xinhua|ANP|Keystone|imago|IMAGO|"
    r"Imago Images|Sipa|SIPA|Europa Press|ANSA|PA|PA Images|PA Wire|Tass|TASS|Sputnik|"
    r"AAP|Kyodo|Yonhap|NurPhoto|Zuma|ZUMA|ZUMA Press|Wikimedia Commons|Unsplash|Pexels|"
    r"PA Media|Press Association|Associated Press|The Associated Press|ASSOCIATED PRESS"
)
_AGENCY_ONLY = re.compile(rf"^\(?(?:{_AGENCIES})(?: (?:Images|Photo|Photos))?\)?$")
# How a text ending in a credit ends: a name's last letter, a bracket or a full stop.
_CREDIT_LAST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.)]")
_AGENCIES_FOLDED = frozenset(a.casefold() for a in _AGENCIES.split("|"))
#: Last words (case-folded) of a credit ending in an agency's name ("... Getty Images, File").
_AGENCY_ENDS = frozenset(
    w.casefold()
    for w in [a.split()[-1] for a in _AGENCIES.split("|")]
    + "Images Photo Photos File Archive Archivo Archiv".split()
)
# A slash between name parts: the part after it is capitalised ("Jane Doe/AFP").
_SLASH_NAME = re.compile(r"/\s*[A-ZÀ-ÖØ-Þ]")
# Name and agency set apart by bars: "Jane Doe | Getty Images" (the last part an agency).
_BARS = re.compile(r"\s\|\s")
#: A bare agency credit is at most this long.
_AGENCY_CHARS = 40
# "Jane Doe (EFE)": a photographer's name with the agency in brackets (any case).
_NAME_AGENCY = re.compile(rf"^([^()/]+) \((?i:{_AGENCIES})\)$")
# "Jane Doe, AP" / "Jane Doe, ASSOCIATED PRESS": a photographer and the agency.
_NAME_COMMA_AGENCY = re.compile(rf"^([^(),/]+), (?i:{_AGENCIES})$")
# An archive mark after a credit: "(AP Photo/Jane Doe, File)".
_ARCHIVE = re.compile(r",? (?:File|FILE|file|Archive|Archivo|Archiv)$")
#: First letters of a gallery counter, which ends in a digit (quick tests before the pattern).
_GALLERY_FIRST = frozenset("IiPpSsBbFf")
# A picture gallery's counter: "Image 1 of 5", "Photo 3/12".
_GALLERY = re.compile(
    r"^(?:image|photo|picture|slide|bild|foto)s? \d{1,3} ?(?:of|/|von|de|sur)? ?/? ?\d{1,3}$",
    re.IGNORECASE,
)
# A credit phrase ending a caption: "Jane Doe Submitted photo", "... 2019. Courtesy photo".
_PHOTO_PHRASE = re.compile(
    r"\b(?:submitted|courtesy|contributed|handout|file) (?:photo|image|picture)s?\.?$",
    re.IGNORECASE,
)
_PHOTO_ENDS = ("photo", "Photo", "PHOTO", "image", "Image", "picture", "Picture", "photos",
               "photo.", "Photo.", "images", "pictures")
_LABEL_RE = re.compile(
    "|".join(p for ps in CREDIT_LABELS.values() for p in ps), re.IGNORECASE
)
# Where a credit may begin: after a sentence end, a bar, a dash or an opening bracket.
_BREAK = re.compile(r"(?:[.!?…]['\"”’)]?|[|–—]|\s-)\s+|\(|\[")
#: A credit is at most this long, and so are its items.
_CREDIT_CHARS = 160
_ITEM_WORDS = 9
#: How a caption's sentence ends before a bracketed agency ("... 2019. (AP)").
_ENDS = (".", "!", "?", "…", ")", "”", '"')
#: A caption is at most this many words.
_CAPTION_WORDS = 90
#: A caption whose credit is an agency's bare name is at most this long.
_BARE_CAPTION_CHARS = 300
# A rights footer ("© 2024 X. All rights reserved") is not a photo credit.
_RIGHTS = re.compile(r"^\d|right|reserv|rechte|droits|derechos", re.IGNORECASE)
_SPLIT = re.compile(r"\s*;\s*|\s+and\s+|\s*,\s+(?=[^,]*/)")
_GLUE = frozenset(
    "a an the of and or in on at to for with by from is are was were be as that this it "
    "its his her their our we he she they but not no".split()
)
_SENTENCE = re.compile(r"\w\w[.!?]\s+[A-Z]")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|via|for|de|del|van|von|der|da|di|le|la|du)$")


def _name_part(part: str) -> bool:
    """Whether ``part`` reads like a name or agency: a few capitalised words."""
    words = part.split()
    return 0 < len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and (
        words[0][:1].isupper()
    )


def _trim(text: str, chars: str) -> str:
    """``text`` stripped of ``chars``, keeping a closing bracket an inner one opened."""
    out = text.strip(chars)
    if out.count("(") > out.count(")") and text.rstrip(" .;").endswith(")"):
        out += ")"
    return out


def _is_credit_item(item: str) -> bool:
    item = _trim(item, " .()[]")
    if not item or len(item.split()) > _ITEM_WORDS:
        return False
    if _AGENCY_ONLY.match(item):
        return True
    named = _NAME_AGENCY.match(item) or _NAME_COMMA_AGENCY.match(item)
    if named is not None:
        return _name_part(named.group(1))
    if " | " in item:  # "Jane Doe | Getty Images": bars, the last part an agency
        parts = _BARS.split(item)
        return 2 <= len(parts) <= 3 and all(_name_part(p) for p in parts) and bool(
            _AGENCY_ONLY.match(parts[-1])
        )
    parts = item.split("/")
    return 2 <= len(parts) <= 3 and all(_name_part(p.strip()) for p in parts)


def credit_items(text: str) -> list[str] | None:
    """The credits of a credit string ("A/AFP; B/AFP"), or None if it is not one."""
    text = _trim(text, " .;()[]")
    separators = text.count(";") + text.count(",") + text.count(" and ")
    if len(text.split()) > (_ITEM_WORDS + 2) * (separators + 1):
        return None  # more words than that many items can hold
    items = []
    for part in _SPLIT.split(text):
        item = _trim(part, " .()[]")
        if item:
            items.append(_ARCHIVE.sub("", item))
    if not items or not all(_is_credit_item(i) for i in items):
        return None
    return items


def find_credit(
    text: str, label: re.Pattern[str] | None = None, *, labels: bool = True
) -> tuple[int, list[str]] | None:
    """Where the credit at the end of ``text`` begins, and its items; None if none.

    ``label``: the credit labels to recognise ("Photo:", "©"; defaults to the
    built-in ones); ``labels=False`` says the caller knows none is there.
    """
    label = quick_pattern(label or _LABEL_RE)
    tail_start = max(0, len(text) - _CREDIT_CHARS)
    labelled = None
    if labels:
        for m in label.finditer(text, tail_start):
            labelled = m
    if labelled is not None:
        rest = text[labelled.end():].strip(" .:)]")
        if rest and len(rest.split()) <= _ITEM_WORDS * 2 and not _RIGHTS.search(rest):
            start = labelled.start()
            if start > 0 and text[start - 1] in "([":
                start -= 1
            whole = labelled[0].endswith("/")
            credit = text[labelled.start():] if whole else rest
            items = credit_items(rest) or _labelled_items(credit)
            if items:
                return start, items
    starts = [0] + [m.end() for m in _BREAK.finditer(text, tail_start)]
    for start in starts:
        items = credit_items(text[start:])
        if items and (start == 0 or "/" in text[start:] or len(text) <= _BARE_CAPTION_CHARS):
            if start > 0 and text[start - 1] in "([":
                if "/" not in text[start:] and not text[: start - 1].rstrip().endswith(_ENDS):
                    continue  # "... It's Complicated [Bloomberg]": a source, not a credit
                start -= 1
            return start, items
    return None


def caption_credit(
    text: str, label: re.Pattern[str] | None = None
) -> tuple[int, list[str]] | None:
    """:func:`find_credit` for one caption, after the quick tests (a label near
    the end, or an ending a credit may have) that rule out most text."""
    tail = max(0, len(text) - _CREDIT_CHARS)
    labels = quick_pattern(label or _LABEL_RE).search(text, tail) is not None
    if not (labels or _may_credit(text)):
        return None
    return find_credit(text, label, labels=labels)


def _labelled_items(credit: str) -> list[str] | None:
    """A labelled credit that is not a NAME/AGENCY list, if it reads like a name."""
    credit = credit.strip(" .()[]")
    words = credit.split()
    if not 0 < len(words) <= _ITEM_WORDS or _SENTENCE.search(credit):
        return None
    if credit.casefold() in _AGENCIES_FOLDED:
        return [credit]  # "(Image: getty)"
    if sum(not w.islower() for w in words) * 2 < len(words):
        return None  # mostly lower-case words: a sentence, not a name ("iFixit" is one)
    return [credit]


def _is_keyword_line(block: Block) -> bool:
    """An image's keyword line: capitalised words only, no glue words, no punctuation."""
    text = block.text
    if block.bullet is not None or not 2 <= block.words <= 14 or len(text) > 140:
        return False
    if text[-1:] in ".!?:;,\"”'":
        return False
    words = text.split()
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and not any(
        w.lower() in _GLUE for w in words
    )


@rule(
    "image-caption",
    stage="chrome",
    order=200,
    description="Remove image captions and credit lines; credits go to image_credits",
)
def image_caption(doc: Document, ctx: RuleContext) -> None:
    label = ctx.markers.pattern(FAMILY)
    needles = _prefilter(label) if label is not None else None
    quick = quick_pattern(label) if label is not None else None
    captions = ctx.markers.pattern(CAPTION_FAMILY)
    # (Matched at the start only, with a look-ahead for the first characters.)
    caption_label = quick_pattern(captions) if captions is not None else None
    # (Block text has its whitespace folded: fewer spaces than that, fewer words.)
    blocks = [
        b for b in doc.kept()
        if b.text.count(" ") < _CAPTION_WORDS or b.words <= _CAPTION_WORDS
    ]
    hits = _tails_with(needles, blocks) if needles is not None else None
    for i, block in enumerate(blocks):
        text = block.text
        if caption_label is not None and caption_label.match(text, 0, MAX_TEXT) is not None:
            ctx.remove(block, "image caption")
            found = caption_credit(text, label)
            if found is not None:
                ctx.set_meta("image_credits", found[1])
            continue
        if text[-1:].isdigit() and text[:1] in _GALLERY_FIRST and _GALLERY.match(text):
            ctx.remove(block, "picture gallery counter")
            continue
        if text.endswith(_PHOTO_ENDS) and _credit_phrase_end(text):
            ctx.remove(block, "image caption with photo credit")
            continue
        if label is None:
            found = find_credit(text) if "/" in text else None
        else:
            tail = max(0, len(text) - _CREDIT_CHARS)
            labels = (hits is None or i in hits) and (
                quick is not None and quick.search(text, tail) is not None
            )
            if not (labels or _may_credit(text)):
                continue
            found = find_credit(text, label, labels=labels)
        if found is None:
            continue
        start, items = found
        ctx.set_meta("image_credits", items)
        if start == 0:
            ctx.remove(block, "photo credit")
            continue
        ctx.remove(block, "image caption with photo credit")
        for neighbour in (doc.next_kept(block, -1), doc.next_kept(block, 1)):
            if neighbour is not None and _attached(block, neighbour) and _is_keyword_line(
                neighbour
            ):
                ctx.remove(neighbour, "image keywords beside a caption")


@lru_cache(maxsize=8)
def _prefilter(label: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which a label match holds, case-folded (None: unknown)."""
    needles = required_literals([label.pattern])
    return tuple(sorted(needles)) if needles else None


@lru_cache(maxsize=8)
def quick_pattern(label: re.Pattern[str]) -> re.Pattern[str]:
    """``label`` with a look-ahead for the characters a match can start with, so the
    engine skips other positions at once (the same matches, found faster). Also
    used by other rules on their marker families."""
    items = parse_items(label.pattern, label.flags)
    first = first_chars(items) if items is not None else None
    if not first:
        return label
    chars = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{chars}])(?:{label.pattern})", label.flags)


def _tails_with(needles: tuple[str, ...], blocks: list[Block]) -> set[int]:
    """The positions of the blocks whose tail (where a credit label may start)
    holds a needle, case-folded: the tails are joined and searched at once."""
    tails = [b.text[-_CREDIT_CHARS:] for b in blocks]
    joined = "\x00".join(tails)
    folded = joined.lower() if joined.isascii() else fold(joined)
    if len(folded) != len(joined):  # folding made some text longer: one tail at a time
        return {i for i, t in enumerate(tails) if any(n in fold(t) for n in needles)}
    starts = list(accumulate((len(t) + 1 for t in tails), initial=0))
    hits: set[int] = set()
    for needle in needles:
        pos = folded.find(needle)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            hits.add(i)
            pos = folded.find(needle, starts[i + 1])
    return hits


def _credit_phrase_end(text: str) -> bool:
    """A short caption ending in "Submitted photo", "Courtesy photo", after a name or a sentence."""
    if len(text) > _BARE_CAPTION_CHARS:
        return False
    m = _PHOTO_PHRASE.search(text)
    if m is None:
        return False
    before = text[: m.start()].rstrip()
    return before.endswith((".", "!", "?", ")")) or _name_part(before)


def _may_credit(text: str) -> bool:
    """Whether an unlabelled block may end in a credit: a NAME/AGENCY slash, or an
    agency's name at the end ("... Getty Images", "Jane Doe (EFE)", "X | Getty Images")."""
    slash = "/" in text
    if not slash and len(text) <= _AGENCY_CHARS and _AGENCY_ONLY.match(text.strip(" .")):
        return True
    if slash and _SLASH_NAME.search(text) is not None:
        return True
    if (not slash and len(text) > _BARE_CAPTION_CHARS) or text[-1:] not in _CREDIT_LAST:
        return False
    last = text.rstrip(" .;()[]")
    return last[last.rfind(" ") + 1 :].lstrip("([").casefold() in _AGENCY_ENDS


def _attached(caption: Block, other: Block) -> bool:
    """Whether ``other`` touches ``caption`` with no blank line between them."""
    if other.index == caption.index - 1:
        return not other.blank_after
    if other.index == caption.index + 1:
        return not caption.blank_after
    return False


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {**by_language(FAMILY, CREDIT_LABELS), **by_language(CAPTION_FAMILY, CAPTION_LABELS)}


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [image_caption]
