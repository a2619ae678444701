"""Section labels and promo headings left behind by chrome removal.

A short heading-like line whose following blocks, up to the next kept heading
or the end of the page, were all removed as chrome labelled that chrome ("More
from X", "Uncommon Knowledge"). A real subheading is followed by kept article
paragraphs and stays, and so does a heading-like line that closes the page with
nothing removed after it: the clean text ends with some line, and cleaning it
again must not take it.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import sentences

_MAX_WORDS = 8
_MAX_CHARS = 70
_END = tuple('.!?,;:"”»…')


def is_label(block: Block) -> bool:
    """A short line shaped like a heading: no bullet, no sentence end, capital first,
    one sentence (a line ending in a colon introduces what follows it, and "Thanks,
    that worked! Cheers" is a short post, so neither is a label here)."""
    text = block.text
    return (
        block.bullet is None
        and 0 < block.words <= _MAX_WORDS
        and len(text) <= _MAX_CHARS
        and not text.endswith(_END)
        and (text[:1].isupper() or text[:1].isdigit())
        and sentences(text) == 1
    )


@rule(
    "section-label",
    stage="tidy",
    order=500,
    description="Remove headings whose section was all chrome",
)
def section_label(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.blocks
    for block in doc.kept():
        if block.removed or not is_label(block):
            continue
        removed_after = 0
        # (By index: a slice would copy the rest of the page for every label.)
        for other in map(blocks.__getitem__, range(block.index + 1, len(blocks))):
            if not other.removed:
                break
            removed_after += 1
        else:
            if removed_after:
                ctx.remove(block, "label of removed chrome")
            continue
        if removed_after and is_label(other):
            ctx.remove(block, "label of removed chrome")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [section_label]
