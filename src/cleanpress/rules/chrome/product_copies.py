"""Later copies of a product page's labels and lines.

A shop's product page renders parts of itself twice or more: the buy box again in
a sticky bar, the variant picker in a desktop and a mobile layout, a badge row
("Free shipping", "30-day returns") above and below the gallery, the same colour
name under every swatch. The ``repeated-block`` rule leaves short lines alone and
keeps a line repeated through the text (an interview's question); on a product
page those are the layout's copies, so every copy after the first goes, however
short (a table's cells stay: its rows repeat "Yes" and "No"). Pages of other types
are left alone: a listing's cards repeat their labels as their own, and an
article's repeated lines are its text.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.repeated_blocks import text_key


@rule(
    "product-repeated-line",
    stage="chrome",
    order=601,
    description="Remove later copies of a line a product page shows twice or more (a sticky "
    "buy bar, a mobile layout's copy, a badge row shown twice)",
    kinds=("html",),
)
def product_repeated_line(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type != "product":
        return
    seen: set[str] = set()
    for block in doc.kept():
        if not block.words or block.kind in ("code", "table"):
            continue  # (a table's cells repeat "Yes" and "No" row by row)
        key = text_key(block)
        if key in seen:
            ctx.remove(block, "later copy of a line of the page (product page)")
        else:
            seen.add(key)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [product_repeated_line]
