"""Strips of other products' cards on a product page.

Under a product's description a shop shows other products: "You may also like",
"Customers also bought", "Complete the look", a carousel of bestsellers, an
upsell drawer. Each is a small card (a name, a line or two, a price, a button)
and the cards stand side by side in one box, all of one shape. The product's own
page shows its price once, in its buy box; three boxes or more of one shape under
one parent, most showing a price, each of a few words, are other products. The
rule removes their blocks and the short heading that leads the strip. Pages of
other types are left alone: a listing's or a collection's cards are its content,
and an article's boxes of products with prices (a buying guide) are too.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.container_tree import innermost, page_parents, sizes
from cleanpress.rules.common.teaser_cards import price_line
from cleanpress.rules.locate.html_region import box_shape

#: A strip has at least this many priced cards ...
MIN_CARDS = 3
#: ... of which each holds at most this many words ...
CARD_WORDS = 40
#: ... and at least this share of the boxes of that shape under the parent show a price.
PRICED_SHARE = 0.6
#: A heading that leads a strip has at most this many words.
HEADING_WORDS = 10
#: The strips hold at most this share of the page's kept words (more is a listing's
#: grid on a page taken for a product's).
STRIP_SHARE = 0.5
#: A price per period is a plan's ("$15/month", "per seat"): a table of plans is a
#: service's offer, not other products.
PLAN_PRICE = re.compile(r"/\s*(?:mo|month|yr|year|user|seat)\b|\bper (?:month|year|user|seat)\b"
                        r"|\b(?:monthly|annually|yearly)\b", re.IGNORECASE)


def card_strips(doc: Document, blocks: list[Block]) -> set[int]:
    """Containers that are cards of a strip of other products (see the module)."""
    elements = doc.elements
    parent_of = page_parents(doc)
    words = sizes(parent_of, blocks)[1]
    priced: set[int] = set()
    plans: set[int] = set()
    for block in blocks:
        if price_line(block):
            priced.update(block.containers)
            if PLAN_PRICE.search(block.text):
                plans.update(block.containers)
    # Under each parent, its children of each shape, and how many of them show a price.
    children: dict[tuple[int, tuple[str, frozenset[str]]], list[int]] = {}
    for number, element in enumerate(elements):
        parent = parent_of[number]
        if parent >= 0 and words[number] > 0:
            children.setdefault((parent, box_shape(element)), []).append(number)
    cards: set[int] = set()
    for boxes in children.values():
        if len(boxes) < MIN_CARDS:
            continue
        with_price = [n for n in boxes if n in priced]
        if (len(with_price) >= MIN_CARDS and len(with_price) >= PRICED_SHARE * len(boxes)
                and all(words[n] <= CARD_WORDS for n in boxes)
                and 2 * sum(n in plans for n in with_price) < len(with_price)):
            cards.update(boxes)
    total = in_cards = 0
    for block in blocks:
        total += block.words
        if not cards.isdisjoint(block.containers):
            in_cards += block.words
    if in_cards > STRIP_SHARE * total:
        return set()
    return cards


def _lead_heading(doc: Document, blocks: list[Block], first: Block, cards: set[int],
                  parent_of: list[int]) -> Block | None:
    """The short heading just before a strip's first card, inside the strip's box."""
    index = blocks.index(first)
    if index == 0:
        return None
    before = blocks[index - 1]
    if before.kind != "heading" or before.words > HEADING_WORDS:
        return None
    card = next(n for n in first.containers if n in cards)
    home = parent_of[card]
    # The heading belongs to the strip when it lies in the card's parent or the box
    # around it (a carousel's title above its track).
    return before if home in before.containers or parent_of[home] in before.containers else None


@rule(
    "product-card-strip",
    stage="chrome",
    order=323,
    description="Remove the strips of other products' cards on a product page (three "
    "boxes or more of one shape, each a few words with a price: 'You may also like')",
    kinds=("html",),
)
def product_card_strip(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type != "product" or not doc.elements:
        return
    blocks = doc.kept()
    cards = card_strips(doc, blocks)
    if not cards:
        return
    parent_of = page_parents(doc)
    leading = False
    for block in blocks:
        home = innermost(block)
        in_card = home >= 0 and not cards.isdisjoint(block.containers)
        if in_card and not leading:
            heading = _lead_heading(doc, blocks, block, cards, parent_of)
            if heading is not None and not heading.removed:
                ctx.remove(heading, "heading of a strip of other products (product page)")
        leading = in_card
        if in_card:
            ctx.remove(block, "card of another product (product page)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [product_card_strip]
