"""Buy-box and review-widget lines of a product page go; description sentences
using the same words stay; listings and collections keep their cards' labels."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.chain import RuleContext
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rules.chrome import shop


@pytest.mark.parametrize(
    "line",
    [
        "Add to cart",
        "Add to Bag",
        "In Stock!",
        "Out of stock",
        "Only 3 left in stock",
        "Sold out",
        "Notify me when available",
        "Select a size",
        "Quantity:",
        "Free Shipping & Returns",
        "Free shipping on orders over $75",
        "Pick up in store",
        "Verified Buyer",
        "Was this helpful?",
        "Was this helpful? Yes (3) No (0)",
        "12 people found this helpful",
        "Based on 46,971 reviews",
        "Rated 4.8 out of 5",
        "97% of reviewers would recommend this product to a friend",
        "Write a review",
        "In den Warenkorb",
        "Verifizierter Kauf",
        "Ajouter au panier",
        "Produit en stock",
        "Livraison gratuite",
        "Añadir al carrito",
        "Compra verificada",
    ],
)
def test_widget_lines_go(line: str) -> None:
    assert removed_between(shop, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Free shipping is included in the price of the kettle.",
        "In stock at most of our shops from May, when the new colours arrive.",
        "Quantity matters less than quality: each mug is thrown by hand.",
        "Select a size that fits your hob; the small one heats faster.",
        "Rated 4.8 out of 5 by the magazine's testers, it boils faster than any kettle they tried.",
        "Ajouter au panier un second filtre coûte deux euros de plus.",
    ],
)
def test_description_sentences_stay(line: str) -> None:
    assert removed(shop, page(ARTICLE, line, ARTICLE)) == []


@pytest.mark.parametrize(("page_type", "kept"), [("collection", True), ("listing", True),
                                                ("product", False), (None, False)])
def test_listings_and_collections_keep_their_cards_labels(page_type: str | None,
                                                          kept: bool) -> None:
    doc = read_text(page("Mug number 1", "$12.00", "Sold out", "Mug number 2", "$14.00"))
    doc.metadata.page_type = page_type
    ctx = RuleContext(shop.shop_widget, Markers([shop.cleanpress_markers()]), {})
    shop.shop_widget.apply(doc, ctx)
    ctx._commit(doc)
    assert ("Sold out" in [b.text for b in doc.kept()]) is kept


def test_labels_repeated_under_many_cards_stay() -> None:
    # A listing read as text (no page type): each card has its stock line.
    cards = [line for i in range(4) for line in (f"Mug number {i}", f"Only {i + 1} left")]
    text = page(ARTICLE, *cards, "Add to cart", ARTICLE)
    assert removed(shop, text) == ["Add to cart"]
