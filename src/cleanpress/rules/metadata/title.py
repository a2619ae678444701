"""Title: the headline at the top of the article goes to metadata, not the body.

In whole-page text the headline sits just before the article, after the
navigation (which the region rule has removed by then), often beside a byline,
a date or a section label. Of the few short blocks before the first paragraph,
the one shaped most like a headline is taken.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
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
# Dates, times and bylines: header lines that are not the headline.
_DATE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b"
)
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
    description="Take the headline before the first paragraph out of the body as the title",
)
def title(doc: Document, ctx: RuleContext) -> None:
    if doc.title_block is not None:
        return
    header = _header(doc)
    if not header:
        return
    # The first line shaped like a full headline, else the best-shaped line.
    scored = [(headline_score(b), b) for b in header]
    strong = [pair for pair in scored if pair[0] >= STRONG]
    ranked = strong + sorted(scored, key=lambda pair: -pair[0])
    for score, block in ranked:
        if score <= 0:
            return
        # Lines the chrome families recognise (credits, share prompts) are not headlines.
        if not _is_chrome(block.text, ctx):
            ctx.set_title(block)
            return


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
