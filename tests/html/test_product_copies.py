"""On a product page, later copies of a line go however short (a sticky buy bar, a
layout shown twice), the first copy stays; a table's repeated cells and the
repeated lines of other page types stay."""

from __future__ import annotations

from test_product_reviews import ARTICLE_LD, PRODUCT_LD

from cleanpress import Cleaner

DESCRIPTION = (
    "<h1>Steel kettle 1.7 l</h1>"
    "<p>The kettle boils a full jug in under four minutes and switches itself off when the"
    " water boils. Its cord is a metre and a half long and winds into the base.</p>"
)
BADGES = "<ul class='badges'><li>Ships fast</li><li>Two-year guarantee</li></ul>"
TABLE = ("<table><tr><th>Lid lock</th><th>Filter</th></tr><tr><td>Yes</td><td>Yes</td></tr>"
         "<tr><td>Yes</td><td>Yes</td></tr></table>")


def page(head: str = PRODUCT_LD, extra: str = "") -> str:
    return (f"<html><head>{head}</head><body><main>{BADGES}{DESCRIPTION}{extra}"
            f"<p>Also in graphite and cream.</p>{BADGES}</main></body></html>")


def test_later_copies_of_a_line_go(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(), kind="html")
    assert result.metadata.page_type == "product"
    assert result.text.count("Ships fast") == 1
    assert result.text.count("Two-year guarantee") == 1
    assert "switches itself off" in result.text
    assert {r.rule for r in result.removed if r.text == "Ships fast"} == {"product-repeated-line"}


def test_table_cells_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(extra=TABLE), kind="html")
    assert result.text.count("Yes") == 4
    assert not any(r.rule == "product-repeated-line" and "Yes" in r.text for r in result.removed)


def test_an_article_keeps_its_repeated_lines(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(head=ARTICLE_LD), kind="html")
    assert result.metadata.page_type != "product"
    assert not any(r.rule == "product-repeated-line" for r in result.removed)


def test_a_description_shown_twice_keeps_its_first_copy(cleaner: Cleaner) -> None:
    blurb = ("<div class='summary'><p>Boils a full jug in four minutes and keeps"
             " the water warm for an hour.</p></div>")
    html = (f"<html><head>{PRODUCT_LD}</head><body><main>{blurb}{DESCRIPTION}"
            f"<div class='details'>{blurb}</div></main></body></html>")
    result = cleaner.clean(html, kind="html")
    assert result.metadata.page_type == "product"
    assert result.text.count("keeps the water warm") == 1
    assert {r.rule for r in result.removed if "water warm" in r.text} == {"product-repeated-line"}


def test_a_product_pages_name_stays_in_its_text_once(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(extra="<p>Steel kettle 1.7 l</p>"), kind="html")
    assert result.metadata.title == "Steel kettle 1.7 l"
    assert result.text.count("Steel kettle 1.7 l") == 1
    article = cleaner.clean(page(head=ARTICLE_LD), kind="html")
    assert article.metadata.title == "Steel kettle 1.7 l"
    assert "Steel kettle 1.7 l" not in article.text
