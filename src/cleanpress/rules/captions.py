"""Image captions, photo credits and image keyword lines.

A caption ends in a credit: one or more ``NAME/AGENCY`` items ("JANE DOE/AFP
via Getty Images"), an agency's photo line ("AP Photo/Jane Doe"), or a label
("Photo by", "Photograph:", "Credit:", "©", "Foto:", "Photo :", "Imagen:").
The credit stands apart from the caption's sentences (after a full stop, a
bar or a parenthesis), so a sentence quoting a photographer or naming a news
agency in its prose is not one. Credits go to ``image_credits``. An image's
keyword line (a run of capitalised words with no glue words) attached to a
caption without a blank line goes with it.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

#: Labels that introduce a credit (the "caption_credit" marker family).
CREDIT_LABELS = {
    "en": [
        r"\bphoto(?:graph)?s?(?: (?:by|courtesy(?: of)?|illustration by))?\s?:",
        r"\b(?:photo(?:graph)?s?|pictures?|images?|illustrations?) (?:by|courtesy(?: of)?)\b",
        r"\b(?:image|picture|illustration|video) ?(?:credit)?:",
        r"\bcredits?:",
        r"©",
        r"\b(?:AP|AFP|Reuters|EPA|dpa) Photo/",
    ],
    "de": [r"\b(?:foto|fotos|bild|bilder|quelle)\s?:", r"\bfoto von\b"],
    "fr": [r"\bphoto\s?:", r"\bcrédits?(?: photo)?\s?:", r"\bphoto de\b"],
    "es": [r"\b(?:imagen|foto|fotografía)\s?:", r"\bfoto de\b"],
}

#: Picture agencies and libraries a bare credit may name.
_AGENCIES = (
    r"AFP|AP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|EFE|dpa|DPA|picture alliance|"
    r"picture-alliance|Shutterstock|Alamy|iStock|Bloomberg|Xinhua|ANP|Keystone|imago|IMAGO|"
    r"Imago Images|Sipa|SIPA|Europa Press|ANSA|PA|PA Images|PA Wire|Tass|TASS|Sputnik|"
    r"AAP|Kyodo|Yonhap|NurPhoto|Zuma|ZUMA|ZUMA Press|Wikimedia Commons|Unsplash|Pexels"
)
_AGENCY_ONLY = re.compile(rf"^\(?(?:{_AGENCIES})(?: (?:Images|Photo|Photos))?\)?$")
_LABEL_RE = re.compile(
    "|".join(p for ps in CREDIT_LABELS.values() for p in ps), re.IGNORECASE
)
# Where a credit may begin: after a sentence end, a bar, a dash or an opening bracket.
_BREAK = re.compile(r"(?:[.!?…]['\"”’)]?|[|–—]|\s-)\s+|\(|\[")
#: A credit is at most this long, and so are its items.
_CREDIT_CHARS = 160
_ITEM_WORDS = 9
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


def _is_credit_item(item: str) -> bool:
    item = item.strip(" .()[]")
    if not item or len(item.split()) > _ITEM_WORDS:
        return False
    if _AGENCY_ONLY.match(item):
        return True
    parts = item.split("/")
    return 2 <= len(parts) <= 3 and all(_name_part(p.strip()) for p in parts)


def credit_items(text: str) -> list[str] | None:
    """The credits of a credit string ("A/AFP; B/AFP"), or None if it is not one."""
    text = text.strip(" .;()[]")
    items = [i.strip(" .()[]") for i in _SPLIT.split(text) if i.strip(" .()[]")]
    if not items or not all(_is_credit_item(i) for i in items):
        return None
    return items


def find_credit(text: str, label: re.Pattern[str] | None = None) -> tuple[int, list[str]] | None:
    """Where the credit at the end of ``text`` begins, and its items; None if none.

    ``label``: the credit labels to recognise ("Photo:", "©"; defaults to the
    built-in ones).
    """
    label = label or _LABEL_RE
    tail_start = max(0, len(text) - _CREDIT_CHARS)
    labelled = None
    for m in label.finditer(text, tail_start):
        labelled = m
    if labelled is not None:
        rest = text[labelled.end():].strip(" .:)]")
        if rest and len(rest.split()) <= _ITEM_WORDS * 2 and not _RIGHTS.search(rest):
            start = labelled.start()
            if start > 0 and text[start - 1] in "([":
                start -= 1
            whole = labelled[0].endswith("/")
            items = credit_items(rest) or _labelled_items(text[labelled.start():] if whole else rest)
            if items:
                return start, items
    starts = [0] + [m.end() for m in _BREAK.finditer(text, tail_start)]
    for start in starts:
        items = credit_items(text[start:])
        if items and (start == 0 or "/" in text[start:] or len(text) <= _BARE_CAPTION_CHARS):
            if start > 0 and text[start - 1] in "([":
                start -= 1
            return start, items
    return None


def _labelled_items(credit: str) -> list[str] | None:
    """A labelled credit that is not a NAME/AGENCY list, if it reads like a name."""
    credit = credit.strip(" .()[]")
    words = credit.split()
    if not 0 < len(words) <= _ITEM_WORDS or _SENTENCE.search(credit):
        return None
    if sum(w[:1].isupper() for w in words) * 2 < len(words):
        return None
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
    label = ctx.markers.pattern("caption_credit")
    for block in doc.kept():
        text = block.text
        if block.words > _CAPTION_WORDS or ("/" not in text and not _cheap_label(text, label)):
            continue
        found = find_credit(text, label)
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


def _cheap_label(text: str, label: re.Pattern[str] | None) -> bool:
    """A quick test before the full search: a label or an agency may be present."""
    if label is None:
        return False
    return label.search(text, max(0, len(text) - _CREDIT_CHARS)) is not None or bool(
        _AGENCY_ONLY.match(text.strip(" ."))
    )


def _attached(caption: Block, other: Block) -> bool:
    """Whether ``other`` touches ``caption`` with no blank line between them."""
    if other.index == caption.index - 1:
        return not other.blank_after
    if other.index == caption.index + 1:
        return not caption.blank_after
    return False


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("caption_credit", CREDIT_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [image_caption]
