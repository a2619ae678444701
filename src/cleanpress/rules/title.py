"""Title: the headline at the top of the article goes to metadata, not the body."""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

_END = tuple(".!?;,")


def is_headline(block: Block) -> bool:
    """A short line, not a list item, that does not end like a sentence."""
    return (
        block.bullet is None
        and 2 <= block.words <= 30
        and not block.text.endswith(_END)
        and not block.text.isupper()
    )


@rule(
    "title",
    stage="locate",
    order=900,
    description="Take the headline before the first paragraph out of the body as the title",
)
def title(doc: Document, ctx: RuleContext) -> None:
    if doc.title_block is not None:
        return
    first = next(iter(doc.kept()), None)
    if first is not None and is_headline(first):
        ctx.set_title(first)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [title]
