"""The customer reviews of a product page, told by their boxes' class words.

A shop's product page shows, under the product's name, description and
specifications, its customers' reviews: a summary of stars, the reviews with
their reviewers' ages and "helpful" counts, the form to write one. Review
widgets and shop themes name their boxes for what they hold
("product-reviews", "reviews-summary", "yotpo-reviews", "customerReviews"). A
box whose class words name reviews goes with everything in it where it shows
reviews: a line of a review widget ("Rated 4.8 out of 5", "12 people found
this helpful", "Verified buyer"), schema.org Review or rating items, or two
reviews of one shape.

Quotes of critics (a game's "editorial reviews", a book's press quotes) are
the product's description and stay, as do testimonials (quotes the seller
chose for its pitch), a box around the page's title (a theme that classes its
whole page "product-reviewable"), and everything on pages of other types.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.shop import FAMILY as SHOP
from cleanpress.rules.common.container_tree import WordPicker, inherited, page_words, parents

#: Class words of the boxes of customer reviews (parts of class and id values:
#: "product-reviews__summary" -> reviews; run-together "customerReviews" too).
_REVIEW = re.compile(r"[a-z]*review[a-z]*")
#: Words of boxes of quotes that are the product's pitch: critics' quotes, testimonials
#: (quotes the seller chose), and previews.
_PITCH = re.compile(r"editorial|critic|press|testimonial|preview")
#: Lines of a review widget: a rating, a count of reviews, votes of helpfulness.
_WIDGET_TEXT = re.compile(
    r"\bout of 5\b|\bstars?\b|\d[\d,.]*\s*(?:reviews?|ratings?)\b|\bhelpful\b|\bverified\b"
    r"|\brecommend", re.IGNORECASE)
#: Microdata types of reviews and ratings (schema.org).
REVIEW_MARKS = frozenset({"review", "aggregaterating", "rating"})
#: A widget line has at most this many words.
WIDGET_WORDS = 16


_reviews = WordPicker(lambda word: _REVIEW.fullmatch(word) is not None)
_pitch = WordPicker(lambda word: _PITCH.search(word) is not None)


class ReviewBoxes:
    """The page's boxes of customer reviews: for each container, the outermost box
    around it (or itself) whose own class words name reviews (less the page's words,
    testimonials and boxes around the page's title), or None; and those of the boxes
    that mark their reviews as such (schema.org Review or rating items inside, or two
    boxes or more of one shape whose class words name a review)."""

    __slots__ = ("box_of", "listing")

    def __init__(self, doc: Document) -> None:
        elements = doc.elements
        page = page_words(doc)
        around_title = set(doc.title_block.containers) if doc.title_block is not None else ()
        named = {
            number for number, element in enumerate(elements)
            if element.words and number not in around_title and _says_reviews(element, page)
        }
        self.box_of = box_of = inherited(parents(elements), {n: n for n in named})
        self.listing: set[int] = set()
        shapes: set[tuple[int, str, frozenset[str]]] = set()
        for number, (box, element) in enumerate(zip(box_of, elements, strict=True)):
            if box is None or box == number or box in self.listing:
                continue
            shape = (box, element.tag, element.words)
            if element.marks & REVIEW_MARKS or (number in named and shape in shapes):
                self.listing.add(box)
            elif number in named:
                shapes.add(shape)


def _says_reviews(element: Element, page: frozenset[str]) -> bool:
    words = _reviews(element.words)
    return (bool(words) and any(word not in page for word in words)
            and not _pitch(element.words))


@rule(
    "product-review-box",
    stage="chrome",
    order=326,
    description="Remove the customer-review boxes of a product page (class words "
    "'product-reviews', 'reviews-summary') that show reviews: ratings, helpful votes, "
    "Review items",
    kinds=("html",),
)
def product_review_box(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type != "product" or not doc.elements:
        return
    blocks = doc.kept()
    if not blocks:
        return
    found = ReviewBoxes(doc)
    box_of = found.box_of
    inside: dict[int, list[Block]] = {}
    for block in blocks:
        if block.containers:
            box = box_of[block.containers[-1]]
            if box is not None:
                inside.setdefault(box, []).append(block)
    for box, held in inside.items():
        if box in found.listing or any(_widget_line(block, ctx) for block in held):
            for block in held:
                ctx.remove(block, "customer reviews box (product page)")


def _widget_line(block: Block, ctx: RuleContext) -> bool:
    """Whether the block is a line of a review widget: stars, counts, "helpful"."""
    if block.words > WIDGET_WORDS:
        return False
    return _WIDGET_TEXT.search(block.text) is not None or ctx.search(SHOP, block.text) is not None


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [product_review_box]
