"""The customer reviews, fine print and buy box of a product page, told by their
boxes' class words.

A shop's product page shows, under the product's name, description and
specifications, its customers' reviews: a summary of stars, the reviews with
their reviewers' ages and "helpful" counts, the form to write one. Review
widgets and shop themes name their boxes for what they hold
("product-reviews", "reviews-summary", "yotpo-reviews", "customerReviews"). A
box whose class words name reviews goes with everything in it where it shows
reviews: a line of a review widget ("Rated 4.8 out of 5", "12 people found
this helpful", "Verified buyer"), schema.org Review or rating items, or two
reviews of one shape. That is the ``customer-reviews`` rule, apart from the
others so that a user who wants the reviews as content can disable it alone
(``Cleaner(disable=["customer-reviews"])``).

The product's fine print goes too: the boxes of disclaimers, legal notes and
footnotes ("Results may vary", "Requires an account", a publisher's copyright),
less one that holds most of the page's words (a wrapper). So do the short lines
of the buy box (boxes classed "buy", "cart", "swatches", "quantity", "variant",
"installments": a colour picker's names, a quantity label, a payment plan's
line); a description sentence in the buy box stays, and prices are left alone
(a part's or a plan's price is often content). Pop-ups the page holds in its
markup go (boxes classed "dialog", "popover", "tooltip": a store switcher, a
connection error, a badge's explanation), and so do a form's messages (boxes
classed "error", "success", "validation", "toast": a shipping calculator's "Please
enter a valid postal code", a back-in-stock form's thanks), less a wrapper.

Quotes of critics (a game's "editorial reviews", a book's press quotes) are
the product's description and stay, and so do testimonials (quotes the seller
chose for its pitch) and a box around the page's title (a theme that classes
its whole page "product-reviewable"). A service's page (plans, a signup) shows
reviews and fine print the same way and loses them alike (its plan pickers
and pop-ups, a plan's details, stay); pages of other types are left alone.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.shop import FAMILY as SHOP
from cleanpress.rules.common.container_tree import WordPicker, inherited, page_parents, page_words

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
#: Class words of the boxes of a product's fine print: disclaimers, legal notes,
#: footnotes.
FINE_PRINT = frozenset({"disclaimer", "disclaimers", "legal", "footnote", "footnotes",
                        "fineprint", "fine-print"})
#: Class words of the boxes of a product's buy box: the buttons, the variant picker
#: (swatches, sizes), the quantity, the payment plans. (Prices are left out: the
#: price of a plan or of a part is often content.)
BUYING = frozenset({"buy", "buybox", "addtocart", "cart", "swatch", "swatches", "quantity",
                    "qty", "variant", "variants", "purchase", "checkout", "installments",
                    "afterpay", "klarna", "wishlist"})
#: A line of a buy box has at most this many words (a description sentence inside
#: the box stays).
BUY_WORDS = 8
#: Class words of the pop-ups a product page holds in its markup: dialogs (a store
#: switcher, an error), popovers and tooltips (a badge's explanation), and the
#: messages its forms show once used (an error, a thank-you, a toast).
POP_UPS = frozenset({"dialog", "popover", "tooltip", "modal", "popup", "toast", "error", "errors",
                     "success", "validation"})
#: A box of fine print holding more than this share of the kept words is a wrapper.
WRAPPER_SHARE = 0.5
#: Page types that offer something to buy: a product's page, a service's page (its
#: plans, its customers' reviews, the fine print of its offer).
OFFER_PAGES = frozenset({"product", "service"})
#: A widget line has at most this many words.
WIDGET_WORDS = 16


_reviews = WordPicker(lambda word: _REVIEW.fullmatch(word) is not None)
_pitch = WordPicker(lambda word: _PITCH.search(word) is not None)
_fine_print = WordPicker(lambda word: word in FINE_PRINT)


def pop_up_word(word: str) -> bool:
    """Whether a class word names a pop-up, written whole or in parts, alone or as
    the block of a BEM name ("tooltip", "tool-tip", "pop-up__body")."""
    return word in POP_UPS or word.split("__", 1)[0].replace("-", "") in POP_UPS


_pop_up = WordPicker(pop_up_word)
_buying = WordPicker(lambda word: word in BUYING)
#: Any word one of the pickers above picks: most boxes have none, and one look-up
#: tells them apart.
_SHOP_WORDS = FINE_PRINT | POP_UPS | BUYING
_any_shop_word = WordPicker(
    lambda word: word in _SHOP_WORDS or _REVIEW.fullmatch(word) is not None
    or _PITCH.search(word) is not None or pop_up_word(word))


class ShopBoxes:
    """The page's boxes of customer reviews and of fine print.

    ``box_of`` gives, for each container, the outermost box around it (or itself)
    whose own class words name reviews or fine print (less the page's words, pitch
    words and boxes around the page's title), or None; ``fine_print`` the boxes named
    for fine print; ``listing`` the review boxes that mark their reviews as such
    (schema.org Review or rating items inside, or two boxes or more of one shape
    whose class words name a review); ``buying`` gives, for each container, the
    outermost box around it classed for buying, or None.
    """

    __slots__ = ("box_of", "buying", "fine_print", "listing", "pop_ups")

    def __init__(self, doc: Document) -> None:
        elements = doc.elements
        page = page_words(doc)
        around_title = set(doc.title_block.containers) if doc.title_block is not None else ()
        named: dict[int, int] = {}
        buying: dict[int, int] = {}
        self.fine_print: set[int] = set()
        self.pop_ups: set[int] = set()
        for number, element in enumerate(elements):
            if (not element.words or number in around_title
                    or not _any_shop_word(element.words) or _pitch(element.words)):
                continue
            if _owned(_reviews(element.words), page):
                named[number] = number
            elif _owned(_fine_print(element.words), page):
                named[number] = number
                self.fine_print.add(number)
            elif _owned(_pop_up(element.words), page):
                named[number] = number
                self.pop_ups.add(number)
            elif _owned(_buying(element.words), page):
                buying[number] = number
        parent_of = page_parents(doc)
        self.box_of = box_of = inherited(parent_of, named)
        self.buying = inherited(parent_of, buying)
        self.listing: set[int] = set()
        shapes: set[tuple[int, str, frozenset[str]]] = set()
        for number, (box, element) in enumerate(zip(box_of, elements, strict=True)):
            if (box is None or box == number or box in self.listing or box in self.fine_print
                    or box in self.pop_ups):
                continue
            shape = (box, element.tag, element.words)
            if element.marks & REVIEW_MARKS or (number in named and shape in shapes):
                self.listing.add(box)
            elif number in named:
                shapes.add(shape)


def _owned(words: tuple[str, ...], page: frozenset[str]) -> bool:
    """Whether any of ``words`` is not among the page's words."""
    return any(word not in page for word in words)


@rule(
    "customer-reviews",
    stage="chrome",
    order=324,
    description="Remove the customer-review boxes of a product or service page (class words "
    "'product-reviews', 'reviews-summary') that show reviews (ratings, helpful votes, Review "
    "items); disable it to keep the reviews",
    kinds=("html",),
)
def customer_reviews(doc: Document, ctx: RuleContext) -> None:
    _remove_boxes(doc, ctx, reviews=True)


@rule(
    "product-shop-box",
    stage="chrome",
    order=326,
    description="Remove a product or service page's fine print (class words 'disclaimer', "
    "'legal'), and a product page's buy box's short lines (class words 'buy', 'cart', "
    "'swatches') and pop-ups (class words 'dialog', 'tooltip')",
    kinds=("html",),
)
def product_shop_box(doc: Document, ctx: RuleContext) -> None:
    _remove_boxes(doc, ctx, reviews=False)


def _remove_boxes(doc: Document, ctx: RuleContext, *, reviews: bool) -> None:
    """The review boxes (``reviews``), or else the fine print, buy lines and pop-ups."""
    if doc.metadata.page_type not in OFFER_PAGES or not doc.elements:
        return
    blocks = doc.kept()
    if not blocks:
        return
    found = doc.derived("shop-boxes", ShopBoxes)  # one computation serves both rules
    box_of, buying = found.box_of, found.buying
    shop = doc.metadata.page_type == "product" and not reviews
    named: dict[int, list[Block]] = {}
    buy_lines: dict[int, list[Block]] = {}
    held: dict[int, int] = {}
    in_buy: dict[int, int] = {}
    total = 0
    for block in blocks:
        total += block.words
        if not block.containers:
            continue
        home = block.containers[-1]
        box = box_of[home]
        if box is not None:
            named.setdefault(box, []).append(block)
            held[box] = held.get(box, 0) + block.words
        buy = buying[home] if shop else None
        if buy is not None:
            in_buy[buy] = in_buy.get(buy, 0) + block.words
            if box is None and block.words <= BUY_WORDS and block.kind != "heading":
                buy_lines.setdefault(buy, []).append(block)
    wrapper = WRAPPER_SHARE * total
    for box, lines in buy_lines.items():
        if in_buy[box] <= wrapper:
            for block in lines:
                ctx.remove(block, "buy box line (product page)")
    for box, inside in named.items():
        if box in found.fine_print:
            if not reviews and held[box] <= wrapper:
                for block in inside:
                    ctx.remove(block, "fine print box (page of an offer)")
        elif box in found.pop_ups:
            if shop and held[box] <= wrapper:
                for block in inside:
                    ctx.remove(block, "pop-up box (product page)")
        elif reviews and (box in found.listing or any(_widget_line(b, ctx) for b in inside)):
            for block in inside:
                ctx.remove(block, "customer reviews box (page of an offer)")


def _widget_line(block: Block, ctx: RuleContext) -> bool:
    """Whether the block is a line of a review widget: stars, counts, "helpful"."""
    if block.words > WIDGET_WORDS:
        return False
    return _WIDGET_TEXT.search(block.text) is not None or ctx.search(SHOP, block.text) is not None


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [customer_reviews, product_shop_box]
