"""Linked headlines standing alone between the paragraphs of an article.

Story pages put links to other stories inside the text: a paragraph that is
one link, written like a headline ("Mayor resigns after budget vote"). A
paragraph wholly in a link that reads as a sentence ("Read the ruling here.")
is kept when it is the only one; two or more linked paragraphs in one article
are a pattern of teasers whatever their ending. List items, headings, quotes
and table cells are left alone (link lists in documentation are content).
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Share of the block's characters inside links.
LINKED = 0.9
#: A linked headline has at least this many words.
MIN_WORDS = 4
#: Endings of a sentence (a headline has none).
_SENTENCE_END = (".", "!", "?", "…", '."', ".\u201d", ".'", "!\u201d", "?\u201d")


def _is_link_line(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and block.link_density >= LINKED
        and block.words >= MIN_WORDS
    )


@rule(
    "html-link-line",
    stage="chrome",
    order=145,
    description="Remove paragraphs that are wholly a link to another story (linked headlines)",
    kinds=("html",),
)
def html_link_line(doc: Document, ctx: RuleContext) -> None:
    lines = [block for block in doc.kept() if _is_link_line(block)]
    if not lines:
        return
    several = len(lines) >= 2
    for block in lines:
        if several or not block.text.endswith(_SENTENCE_END):
            ctx.remove(block, "linked headline between paragraphs (teaser)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_link_line]
