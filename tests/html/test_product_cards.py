"""Strips of other products' cards on a product page go (the cards and the heading
that leads them); a plan table, a listing's grid and the cards of other page types
stay, and so does the product's own price."""

from __future__ import annotations

from test_product_reviews import ARTICLE_LD, PRODUCT_LD

from cleanpress import Cleaner

DESCRIPTION = (
    "<h1>Steel kettle 1.7 l</h1><div class='price'>£39.00</div>"
    "<p>The kettle boils a full jug in under four minutes and switches itself off when the"
    " water boils. Its cord is a metre and a half long and winds into the base. The"
    " handle stays cool and the filter lifts out for rinsing under the tap.</p>"
    "<h2>Specifications</h2><ul><li>Capacity: 1.7 l</li><li>Power: 2200 W</li></ul>"
)
COLOURS = ["Red", "Black", "Brushed steel", "Cream"]
NAMES = ["Glass teapot", "Milk frother", "Toaster two slot", "Coffee grinder"]


def strip(price: str = "£{n}.00") -> str:
    cards = "".join(
        f'<div class="card"><p class="name">{name}</p><p>Brushed steel finish</p>'
        f'<span>{price.format(n=20 + n)}</span><button>Add</button></div>'
        for n, name in enumerate(NAMES))
    return ('<section class="block"><h2>Pairs nicely with</h2>'
            f'<div class="row">{cards}</div></section>')


def page(box: str, head: str = PRODUCT_LD) -> str:
    return f"<html><head>{head}</head><body><main>{DESCRIPTION}{box}</main></body></html>"


def test_strip_of_priced_cards_goes(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(strip()), kind="html")
    assert result.metadata.page_type == "product"
    for name in NAMES:
        assert name not in result.text
    assert "Pairs nicely with" not in result.text
    assert "switches itself off" in result.text
    assert "£39.00" in result.text
    assert "product-card-strip" in {r.rule for r in result.removed if "Milk frother" in r.text}


def test_cards_without_prices_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(strip(price="Steel")), kind="html")
    assert not any(r.rule == "product-card-strip" for r in result.removed)


def test_plan_table_stays(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(strip(price="£{n}/month")), kind="html")
    assert not any(r.rule == "product-card-strip" for r in result.removed)


def test_cards_of_an_article_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(page(strip(), head=ARTICLE_LD), kind="html")
    assert result.metadata.page_type != "product"
    assert not any(r.rule == "product-card-strip" for r in result.removed)


def test_a_grid_holding_most_of_the_page_stays() -> None:
    cards = "".join(
        f'<div class="card"><p>Kettle model {n}</p><p>{COLOURS[n % 4]} finish, {n + 10}'
        f' cups</p><span>£{20 + n}.00</span></div>' for n in range(12))
    html = (f"<html><head>{PRODUCT_LD}</head><body><main><h1>Kettles</h1>"
            "<p>Every kettle here boils a litre in under three minutes and switches itself off."
            f"</p><div class='grid'>{cards}</div></main></body></html>")
    result = Cleaner().clean(html, kind="html")
    assert "Kettle model 7" in result.text
    assert not any(r.rule == "product-card-strip" for r in result.removed)
