"""Chrome of product pages: rails of other products under their label go; the
product's description, which may use the same words, stays."""

from __future__ import annotations

from cleanpress import Cleaner

DESCRIPTION = (
    "<h1>Steel kettle 1.7 l</h1>"
    "<p>The kettle boils a full jug in under four minutes and switches itself off when the"
    " water boils. Customers who bought the first model asked for a longer cord, so this"
    " one has a cord of a metre and a half.</p>"
    "<h2>Specifications</h2><ul><li>Capacity: 1.7 l</li><li>Power: 2200 W</li></ul>"
)


def rail(label: str) -> str:
    cards = "".join(
        f'<li><a href="/p{i}">Kettle model {i} in blue</a><span>$2{i}.00</span></li>'
        for i in range(4)
    )
    return f"<section><h2>{label}</h2><ul>{cards}</ul></section>"


def clean(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    return cleaner.clean(f"<html><body><main>{body}</main></body></html>", kind="html")


def test_rail_under_its_label_goes_description_stays(cleaner: Cleaner) -> None:
    for label in ("Customers also bought", "Frequently bought together", "Ähnliche Artikel"):
        result = clean(cleaner, DESCRIPTION + rail(label))
        assert "Kettle model" not in result.text, label
        assert label not in result.text
        assert "Customers who bought the first model" in result.text
        assert "Power: 2200 W" in result.text


def test_list_under_a_heading_of_the_product_stays(cleaner: Cleaner) -> None:
    result = clean(cleaner, DESCRIPTION + rail("In the box"))
    assert "Kettle model 2 in blue" in result.text


PRODUCT_LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
              ' "@type": "Product", "name": "Steel kettle 1.7 l",'
              ' "offers": {"@type": "Offer", "price": "39.00", "priceCurrency": "GBP"}}</script>')
REVIEW = "Boils fast on our induction hob and the whistle is loud enough to hear from the garden."


def _with_review_box(cleaner: Cleaner, head: str):  # type: ignore[no-untyped-def]
    box = (f'<div class="comments"><h2>What buyers say</h2><div class="comment"><p>{REVIEW}</p>'
           "</div></div>")
    page = (f"<html><head>{head}</head><body><main>{DESCRIPTION}{box}"
            "</main></body></html>")
    return cleaner.clean(page, kind="html")


def test_reviews_in_a_comment_box_of_a_product_stay(cleaner: Cleaner) -> None:
    # The product profile counts comment boxes as content: a product's reviews.
    result = _with_review_box(cleaner, PRODUCT_LD)
    assert result.metadata.page_type == "product"
    assert REVIEW in result.text


def test_a_comment_box_of_an_article_still_goes(cleaner: Cleaner) -> None:
    article_ld = ('<script type="application/ld+json">{"@context": "https://schema.org",'
                  ' "@type": "NewsArticle", "headline": "Steel kettle 1.7 l"}</script>')
    result = _with_review_box(cleaner, article_ld)
    assert result.metadata.page_type in (None, "article")
    assert REVIEW not in result.text
