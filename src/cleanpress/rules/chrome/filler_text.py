"""Filler text: one word repeated over and over ("word word word ...").

Scripts measure fonts and line widths with an element of one word repeated
hundreds of times, and some pages ship it in their markup. It reads as a long
paragraph of prose, which can make a page of headlines look like an article
and draw the region search to it, so it goes before the page type is told.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: A filler block has at least this many words ...
FILLER_WORDS = 20
#: ... and at most this many different ones.
FILLER_KINDS = 2
#: Kinds whose repeated words are data (a table's row of zeros, code).
_DATA_KINDS = frozenset({"code", "table"})


def is_filler(block: Block) -> bool:
    """Whether ``block`` is one or two words of letters repeated many times."""
    text = block.text
    if block.kind in _DATA_KINDS or len(text) < 2 * FILLER_WORDS - 1:
        return False  # (twenty words and the spaces between them)
    # The first words are split off alone: most blocks fail on their first three,
    # before the words are counted and the whole text is folded and split.
    if len({w.casefold() for w in text.split(None, FILLER_KINDS + 1)[:FILLER_KINDS + 1]}) > (
            FILLER_KINDS):
        return False
    if block.words < FILLER_WORDS:
        return False
    head = text.split(None, FILLER_WORDS)[:FILLER_WORDS]
    if len(head) < FILLER_WORDS:
        return False
    kinds = {w.casefold() for w in head}
    if len(kinds) > FILLER_KINDS or not all(w.isalpha() for w in kinds):
        return False
    return kinds.issuperset(text.casefold().split())


@rule(
    "filler-text",
    stage="prepare",
    order=40,
    description="Remove blocks of one word repeated many times (font-measuring filler)",
)
def filler_text(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if is_filler(block):
            ctx.remove(block, "filler text (one word repeated)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [filler_text]
