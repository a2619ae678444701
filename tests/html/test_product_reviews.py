"""Customer reviews of a product page go where their box's class words name reviews
and the box shows reviews; critics' quotes, testimonials, boxes that show no review
and the reviews of other page types stay. Boxes of fine print go, less a wrapper."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.chain import RuleContext
from cleanpress.markers import Markers
from cleanpress.readers.html import read_html
from cleanpress.rules.chrome import shop
from cleanpress.rules.chrome.shop_boxes import ShopBoxes, customer_reviews, product_shop_box

PRODUCT_LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
              ' "@type": "Product", "name": "Steel kettle 1.7 l",'
              ' "offers": {"@type": "Offer", "price": "39.00", "priceCurrency": "GBP"}}</script>')
ARTICLE_LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
              ' "@type": "NewsArticle", "headline": "Steel kettle 1.7 l"}</script>')
DESCRIPTION = (
    "<h1>Steel kettle 1.7 l</h1>"
    "<p>The kettle boils a full jug in under four minutes and switches itself off when the"
    " water boils. Its cord is a metre and a half long and winds into the base.</p>"
    "<h2>Specifications</h2><ul><li>Capacity: 1.7 l</li><li>Power: 2200 W</li></ul>"
)
REVIEW = "Boils fast on our induction hob and the whistle is loud enough to hear from the garden."
OTHER = "The lid sticks a little in the first week, then it opens with one finger every time."


def page(box: str, head: str = PRODUCT_LD) -> str:
    return f"<html><head>{head}</head><body><main>{DESCRIPTION}{box}</main></body></html>"


def widget_box(outer: str = "product-reviews") -> str:
    return (f'<section class="{outer}"><h2>Reviews</h2><p>Rated 4.6 out of 5 stars</p>'
            f'<div class="review-body"><p>{REVIEW}</p></div>'
            "<p>12 people found this helpful</p></section>")


def test_review_box_with_a_rating_line_goes(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(widget_box()), kind="html")
    assert result.metadata.page_type == "product"
    assert REVIEW not in result.text
    assert "Rated 4.6" not in result.text
    assert "switches itself off" in result.text
    assert "Power: 2200 W" in result.text
    assert {r.rule for r in result.removed if REVIEW in r.text} == {"customer-reviews"}


def test_reviews_stay_with_their_rule_disabled() -> None:
    result = Cleaner(disable=["customer-reviews"]).clean(page(widget_box()), kind="html")
    assert REVIEW in result.text
    assert "switches itself off" in result.text


def test_run_together_class_names_count(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(widget_box("customerReviews widget")), kind="html")
    assert REVIEW not in result.text


def test_two_reviews_of_one_shape_go_without_a_widget_line(cleaner: Cleaner) -> None:
    box = ('<section class="reviews"><article class="product-review">'
           f"<h3>Fast</h3><p>{REVIEW}</p></article><article class=\"product-review\">"
           f"<h3>Good lid</h3><p>{OTHER}</p></article></section>")
    result = cleaner.clean(page(box), kind="html")
    assert REVIEW not in result.text
    assert OTHER not in result.text
    assert "switches itself off" in result.text


def test_schema_review_items_go(cleaner: Cleaner) -> None:
    box = ('<div class="reviews-list"><div itemscope itemtype="https://schema.org/Review">'
           f"<p>{REVIEW}</p></div></div>")
    result = cleaner.clean(page(box), kind="html")
    assert REVIEW not in result.text


def test_review_box_of_an_article_stays(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(widget_box(), head=ARTICLE_LD), kind="html")
    assert result.metadata.page_type in (None, "article")
    assert not any(r.rule in ("customer-reviews", "product-shop-box") for r in result.removed)


def test_critics_quotes_stay(cleaner: Cleaner) -> None:
    box = (f'<div class="editorial-reviews"><h2>Reviews</h2><p>"{REVIEW}"</p>'
           "<p>Kettle Weekly: 5 stars</p></div>")
    result = cleaner.clean(page(box), kind="html")
    assert REVIEW in result.text


def test_testimonials_stay(cleaner: Cleaner) -> None:
    box = (f'<div class="testimonial review-card"><p>{REVIEW}</p><p>Rated 5 out of 5 stars</p>'
           "</div>")
    result = cleaner.clean(page(box), kind="html")
    assert REVIEW in result.text


def test_review_box_showing_no_review_stays(cleaner: Cleaner) -> None:
    # A box named for reviews that holds none of a review widget's lines, no Review
    # item and no run of reviews: a theme's name for the product's own text.
    box = f'<div class="review-highlight"><p>{OTHER}</p></div>'
    result = cleaner.clean(page(box), kind="html")
    assert OTHER in result.text


def test_box_around_the_title_is_no_review_box() -> None:
    html = (f"<html><head>{PRODUCT_LD}</head><body><div class='product-reviewable'>"
            f"{DESCRIPTION}{widget_box()}</div></body></html>")
    doc = read_html(html)
    doc.title_block = next(b for b in doc.blocks if b.kind == "heading")
    found = ShopBoxes(doc)
    outer = doc.title_block.containers[-1]
    assert found.box_of[outer] is None
    inner = next(b for b in doc.blocks if b.text == REVIEW)
    assert found.box_of[inner.containers[-1]] is not None


FINE = "Results may vary with the water's hardness; descaling is not covered by the warranty."


def test_fine_print_box_goes(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(f'<div class="product-disclaimer"><p>{FINE}</p></div>'),
                           kind="html")
    assert FINE not in result.text
    assert "switches itself off" in result.text


def test_fine_print_box_of_an_article_stays(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(f'<div class="product-disclaimer"><p>{FINE}</p></div>',
                                head=ARTICLE_LD), kind="html")
    assert FINE in result.text


def test_fine_print_wrapper_stays(cleaner: Cleaner) -> None:
    head, rest = DESCRIPTION.split("<h2>")
    html = (f"<html><head>{PRODUCT_LD}</head><body><main>{head}<div class='legal-wrap'>"
            f"<h2>{rest}<p>{OTHER}</p><p>{FINE}</p></div></main></body></html>")
    result = cleaner.clean(html, kind="html")
    assert FINE in result.text
    assert "switches itself off" in result.text


def _run_on(page_type: str, box: str) -> list[str]:
    """Run the two rules alone on a page told ``page_type``; the texts they remove."""
    doc = read_html(page(box))
    doc.metadata.page_type = page_type
    for one in (customer_reviews, product_shop_box):
        ctx = RuleContext(one, Markers([shop.cleanpress_markers()]), {})
        one.apply(doc, ctx)
        ctx._commit(doc)
    return [b.text for b in doc.blocks if b.removed_by in ("customer-reviews", "product-shop-box")]


def test_service_page_is_cleaned_alike() -> None:
    assert FINE in _run_on("service", f'<div class="legal"><p>{FINE}</p></div>')
    assert REVIEW in _run_on("service", widget_box())


def test_listing_is_left_alone() -> None:
    assert _run_on("listing", widget_box()) == []
    assert _run_on("forum", f'<div class="legal"><p>{FINE}</p></div>') == []


SWATCHES = ('<div class="product-swatches"><p>Colour: Brushed steel</p><ul><li>Brushed steel</li>'
            "<li>Matt black</li><li>Copper</li></ul></div>")


def test_short_lines_of_a_buy_box_go(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(SWATCHES), kind="html")
    assert "Matt black" not in result.text
    assert "Colour: Brushed steel" not in result.text
    assert "switches itself off" in result.text
    assert "Power: 2200 W" in result.text


def test_a_sentence_in_a_buy_box_stays(cleaner: Cleaner) -> None:
    box = f'<div class="buy-box"><p>{OTHER}</p><p>Matt black</p></div>'
    result = cleaner.clean(page(box), kind="html")
    assert OTHER in result.text
    assert "Matt black" not in result.text


def test_buy_box_lines_of_a_service_page_stay() -> None:
    assert _run_on("service", SWATCHES) == []
    assert "Matt black" in _run_on("product", SWATCHES)


def test_buy_box_wrapper_keeps_its_short_lines(cleaner: Cleaner) -> None:
    # A theme's box classed for buying around most of the page: a layout wrapper,
    # whose specification lines are content.
    head, rest = DESCRIPTION.split("<h2>")
    html = (f"<html><head>{PRODUCT_LD}</head><body><main>{head}<div class='purchase-wrap'>"
            f"<h2>{rest}<p>{OTHER}</p><p>{REVIEW}</p></div></main></body></html>")
    result = cleaner.clean(html, kind="html")
    assert "Power: 2200 W" in result.text


STORE = "You have entered another store. Switch to the Pro Store to keep the items in your cart?"


def test_pop_up_box_of_a_product_page_goes() -> None:
    box = f'<div class="store-switch-dialog"><p>{STORE}</p><p>Stay here</p></div>'
    assert STORE in _run_on("product", box)
    assert _run_on("service", box) == []
    assert _run_on("article", box) == []


def test_form_messages_of_a_product_page_go() -> None:
    # A shipping calculator's error, a back-in-stock form's thank-you, a toast.
    for words in ("form-error", "notify-success", "field validation", "toast"):
        box = f'<div class="{words}"><p>Please enter a valid postal code.</p></div>'
        assert "Please enter a valid postal code." in _run_on("product", box)
        assert _run_on("article", box) == []


def test_pop_up_words_count_written_in_parts() -> None:
    from cleanpress.rules.chrome.shop_boxes import pop_up_word

    assert pop_up_word("tool-tip__content") and pop_up_word("pop-up") and pop_up_word("modal")
    assert not pop_up_word("tool-box") and not pop_up_word("tooltips-guide__x")
    box = '<div class="tool-tip__content"><p>Open-back designs leak sound.</p></div>'
    assert "Open-back designs leak sound." in _run_on("product", box)
