"""Separator lines: rows of dashes, equals signs, stars or dots with no words.

E-mail newsletters and plain-text pages draw rules between sections
("-----", "=====", "* * *"). They carry nothing a reader of the article
needs, and left in the body they sit between its paragraphs as noise.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.shapes import is_separator

__all__ = ["is_separator", "separator_line"]

@rule(
    "separator-line",
    stage="tidy",
    order=10,
    description="Remove lines drawn with dashes, equals signs, stars or dots and no words",
)
def separator_line(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        # The raw line: "* * *" reads as a list item "* *" once its marker is split off.
        if block.kind != "code" and is_separator(block.raw or block.text):
            ctx.remove(block, "separator line (no words)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [separator_line]
