"""Title: the headline at the top of the article goes to metadata, not the body.

In whole-page text the line is taken out of the body only with evidence beyond
its shape (see :func:`_cut_above`), so that cleaning the clean text again
changes nothing.

In whole-page text the headline sits just before the article, after the
navigation (which the region rule has removed by then), often beside a byline,
a date or a section label. Of the few short blocks before the first paragraph,
the one shaped most like a headline is taken. A headline speaks of what the
article does: when that line shares fewer than half its words with the
article's opening (a teaser, a prompt), or there is none, the headline is
looked for among the lines around where the article begins, also those the
region rule left out: the nearest headline-shaped line whose words the opening
uses.
"""

from __future__ import annotations

import re
from collections import Counter

from cleanpress.chain import RuleContext
from cleanpress.dates import find_datetime
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.locate.text_features import text_size

_END = tuple(".!;,:。！；，：")
_CHROME_FAMILIES = ("caption_credit", "share", "reading_time", "breadcrumb", "subscription")
#: Families of labels ("Related", "Advertisement") that are no headline when they are the
#: whole line ("BREAKING: Council votes ..." is a headline).
_LABEL_FAMILIES = ("related", "advertisement")
_LABEL_EDGE = " :：>»›|.!…[]()【】"
#: How many kept blocks before the first paragraph are looked at.
_LOOK = 12
#: A headline score at which a line is taken before any later, longer one.
STRONG = 0.5
#: A paragraph: the article has begun, the headline is above it.
_PARAGRAPH_WORDS = 25
# Dates, times and bylines: header lines that are not the headline. A year alone
# is no date: headlines name years ("Nutrition Trends in 2025"); a line with a year
# that reads as a date ("November 18, 2019") is a dateline.
_DATE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|de)\s", re.IGNORECASE)
# Handles, separators, credits ("Name/Agency", "©") and bracketed notes.
_NOT_HEADLINE = re.compile(r"[@|©/]|^\(")
# Sentence ends of scripts written without spaces.
_FULL_STOP = re.compile(r"[。！？]")
_LETTER = re.compile(r"[^\W\d_]")


#: Kinds of block that are never a headline: code, table rows, captions and quotes.
_NOT_HEADLINE_KINDS = frozenset({"code", "table", "caption", "quote"})


def is_headline(block: Block) -> bool:
    """A short line, not a list item, code, a table row, a caption or a quote, that
    does not end like a sentence."""
    return (
        block.bullet is None
        and block.kind not in _NOT_HEADLINE_KINDS
        and 2 <= text_size(block.text) <= 30
        and not block.text.endswith(_END)
        and not block.text.isupper()
    )


def headline_score(block: Block) -> float:
    """How much a header line looks like the headline (0: not at all)."""
    text = block.text
    if not is_headline(block) or (_LETTER.search(text[:3]) is None and not text[:1].isdigit()):
        return 0.0
    if _BYLINE.match(text) or _DATE.search(text) or _NOT_HEADLINE.search(text):
        return 0.0
    if _YEAR.search(text) and find_datetime(text) is not None:
        return 0.0
    if _FULL_STOP.search(text, 0, len(text) - 1):
        return 0.0  # a sentence ends inside it: a paragraph, not a headline
    words = text_size(text)
    score = min(words, 14) / 14
    if words < 4:
        score *= 0.5
    if text[:1].islower():
        score *= 0.5
    return score


def _header(doc: Document) -> list[Block]:
    """The kept blocks before the first paragraph (at most a few)."""
    out = []
    for block in doc.kept()[:_LOOK]:
        if text_size(block.text) >= _PARAGRAPH_WORDS:
            break
        out.append(block)
    return out


@rule(
    "title",
    stage="locate",
    order=900,
    description="Read the headline before the first paragraph as the title; take it out of "
    "the body (in text, when something above it was cut)",
)
def title(doc: Document, ctx: RuleContext) -> None:
    if doc.title_block is not None:
        return
    chosen = _best_shaped(_header(doc), ctx)
    if doc.source_kind == "text":
        opening = _opening_text(doc)
        if chosen is None or _shared(chosen.text, opening, chosen) < _SHARED:
            found = _near_the_start(doc, ctx, opening)
            if found is not None:
                ctx.set_title(found, source="headline line the article's opening speaks of")
                return
    if chosen is not None:
        ctx.set_title(chosen, source="headline-shaped line before the first paragraph",
                      keep=doc.source_kind == "text" and not _cut_above(doc, chosen))


def _cut_above(doc: Document, block: Block) -> bool:
    """Whether something above ``block`` was cut (the page's header, its menus): in
    whole-page text, the evidence beyond its shape that the article begins there.

    A shape alone, or an opening that speaks of the line, is no evidence: the clean
    text's own first lines may be a subheading over a paragraph, and cleaning the
    clean text again must not take one. Without evidence the line is read as the
    title but stays in the body, unless chrome is removed from the page later (see
    :mod:`cleanpress.rules.chrome.page_header`).
    """
    return any(b.removed_by is not None for b in doc.blocks[: block.index])


def _best_shaped(header: list[Block], ctx: RuleContext) -> Block | None:
    """The first line shaped like a full headline, else the best-shaped line; lines
    the chrome families recognise (credits, share prompts) are not headlines."""
    scored = [(headline_score(b), b) for b in header]
    strong = [pair for pair in scored if pair[0] >= STRONG]
    ranked = strong + sorted(scored, key=lambda pair: -pair[0])
    for score, block in ranked:
        if score <= 0:
            return None
        if not _is_chrome(block.text, ctx):
            return block
    return None


#: The article's opening: this many kept blocks.
_OPENING = 40
#: A headline shares at least this share of its words with the opening ...
_SHARED = 0.5
#: ... and has at least this many words of three letters or more (not counting a
#: few of the commonest ones).
_MIN_WORDS = 3
#: Lines looked at before the article's first kept block.
_BACK = 25
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_COMMON = frozenset(
    "the and for with that this from your you are was were have has how what why when "
    "which who will can not but all our out about into more most best top new".split()
)


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.casefold()) if w not in _COMMON}


def _opening_text(doc: Document) -> str:
    """The article's opening, case-folded, a line a block."""
    return "\n".join(block.text for block in doc.kept()[:_OPENING]).casefold()


def _shared(text: str, opening: str, own: Block | None) -> float:
    """The share of ``text``'s words that the opening uses (apart from ``own``, the
    line itself when it is kept: a kept line is in the opening)."""
    words = _content_words(text)
    if not words:
        return 0.0
    mine = (
        Counter(_CONTENT_WORD.findall(own.text.casefold()))
        if own is not None and own.removed_by is None
        else Counter()
    )
    return sum(1 for w in words if _uses_more(opening, w, mine[w])) / len(words)


def _uses_more(text: str, word: str, times: int) -> bool:
    """Whether ``text`` uses ``word`` more than ``times`` times as a whole word, as
    ``_CONTENT_WORD`` finds words: a run of letters not inside a longer one.
    Looking for the few words of a line is far cheaper than finding every word of
    the opening."""
    end = len(word)
    size = len(text)
    at = text.find(word)
    while at >= 0:
        after = at + end
        if (at == 0 or not _is_letter(text[at - 1])) and (
            after == size or not _is_letter(text[after])
        ):
            if times == 0:
                return True
            times -= 1
        at = text.find(word, at + 1)
    return False


def _is_letter(char: str) -> bool:
    """Whether ``char`` is one ``[^\\W\\d_]`` matches (a word character, not a digit)."""
    return char.isalnum() and not char.isdecimal()


def _near_the_start(doc: Document, ctx: RuleContext, opening: str) -> Block | None:
    """The headline-shaped line nearest before the article's start (left out by the
    region rule) whose words the opening uses."""
    kept = doc.kept()
    if not kept:
        return None
    first = kept[0].index
    for block in reversed(doc.blocks[max(0, first - _BACK) : first]):
        if headline_score(block) <= 0 or len(_content_words(block.text)) < _MIN_WORDS:
            continue
        if _shared(block.text, opening, block) >= _SHARED and not _is_chrome(block.text, ctx):
            return block
    return None


def _is_chrome(text: str, ctx: RuleContext) -> bool:
    """Whether a header line is chrome: it carries a chrome marker, or it is a bare label."""
    if any(ctx.search(family, text) for family in _CHROME_FAMILIES):
        return True
    for family in _LABEL_FAMILIES:
        label = ctx.search(family, text)
        if label is not None and not text[label.end():].strip(_LABEL_EDGE):
            return True
    return False


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [title]
