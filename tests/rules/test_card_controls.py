"""The sort bar of a shop's grid and its cards' buttons and counters go on every
page type; sentences and entry facts using the same words stay."""

from __future__ import annotations

import pytest
from chrome_cases import removed_between

from cleanpress import Cleaner
from cleanpress.rules.chrome import card_controls


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(entry_points=False)


@pytest.mark.parametrize(
    "line",
    [
        "Compare",
        "Add to Compare",
        "Compare (2)",
        "Quick View",
        "Quick Shop",
        "Choose options",
        "In Stock",
        "Out of stock",
        "28 reviews",
        "(1,204) Ratings",
        "Sort by:",
        "Sort by: Best Match",
        "Sort: Price low to high",
        "Skip to search results",
        "Show more",
        "View all products",
        "Shop Now",
        "Unit price per",
        "Best Seller",
        "New Arrival",
        "Sold out",
        "Regular price",
        "Comparer Ne plus comparer",
        "Trier par : Pertinence",
        "En stock",
        "Rupture de stock",
        "Auf Lager",
        "Schnellansicht",
        "Vista rápida",
        "Showing 1–16 of 29 results",
        "loaded 296 results",
        "(143 products)",
        "400 Products",
        "Items 1-24 of 123",
        "1 - 12 of 27 Products",
        "Showing 36 of 84",
        "Filters",
        "Sort and Filter",
        "Filter & Sort",
        "Clear all filters",
        "View as Grid List",
        "per page",
        "View: 36",
        "Show:",
        "Read more",
        "Skip to main content",
        "Learn More →",
        "Continue reading",
    ],
)
def test_control_lines_go(line: str) -> None:
    assert removed_between(card_controls, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Compare the two kettles side by side before you buy one.",
        "Sort of a kettle, really",
        "Only 2 left",
        "New arrivals every Monday",
        "Free shipping",
        "400 products tested in our lab this year",
        "Items 1-24 of 123 ship from our own warehouse.",
        "Filters for the kettle's water",
        "View",
        "Read more about how the kettles are enamelled.",
        "Skip to content you have already read",
        "Quick and easy to clean",
        "Shop the new season",
        "Reviews",
        "Regular price $49.99",
    ],
)
def test_sentences_and_entry_facts_stay(line: str) -> None:
    assert removed_between(card_controls, line) == []


def test_buttons_under_every_card_of_a_grid_go(cleaner: Cleaner) -> None:
    tiles = "".join(
        f'<li class="tile"><h3><a href="/k{i}">Blue enamel kettle {i}</a></h3>'
        f"<p>$ {i}9.00</p><p>Quick view</p><p>Compare</p></li>"
        for i in range(12)
    )
    html = (
        "<html><body><main><h1>Kettles</h1><p>Sort by: Best Match</p>"
        f'<ul class="grid">{tiles}</ul></main></body></html>'
    )
    result = cleaner.clean(html, kind="html")
    assert "Blue enamel kettle 5" in result.text
    assert "$ 59.00" in result.text
    assert "Quick view" not in result.text
    assert "Compare" not in result.text
    assert "Sort by" not in result.text


def test_card_names_over_their_buttons_stay(cleaner: Cleaner) -> None:
    # The buttons go after section labels are judged: a card's name followed by its
    # lone button and the next card's name is no label of removed chrome.
    cards = "".join(
        f'<div class="card"><h3>{name}</h3><p><a href="/{name[:4]}">Shop Now</a></p></div>'
        for name in ("Organic cotton sheets", "Linen duvet covers", "Wool blankets")
    )
    html = (
        "<html><body><main><h1>Bedding</h1><p>Our bedding is woven from natural fibres in"
        " small mills, and every piece is washed before it is sent.</p>"
        f"{cards}</main></body></html>"
    )
    result = cleaner.clean(html, kind="html")
    for name in ("Organic cotton sheets", "Linen duvet covers", "Wool blankets"):
        assert name in result.text
    assert "Shop Now" not in result.text


def _cards(button: str, count: int, link: bool = True) -> str:
    label = f'<a href="/more">{button}</a>' if link else button
    return "".join(
        f'<div class="card"><h3>Studio number {i} on the river</h3>'
        f"<p>A glass pavilion for rowing club number {i}, finished in the spring of"
        f" {1990 + i}, with a boathouse for {i + 4} boats under it.</p><p>{label}</p></div>"
        for i in range(count)
    )


def _page(cards: str) -> str:
    return f"<html><body><main><h1>Projects</h1>{cards}</main></body></html>"


@pytest.mark.parametrize(("button", "link"), [("View project profile", True),
                                              ("Rate this project", False)])
def test_a_button_repeated_under_cards_goes(cleaner: Cleaner, button: str, link: bool) -> None:
    result = cleaner.clean(_page(_cards(button, 5, link)), kind="html")
    assert "Studio number 3 on the river" in result.text
    assert button not in result.text
    assert any(r.rule == "card-button" for r in result.removed)


@pytest.mark.parametrize(
    ("button", "count", "link"),
    [
        ("View project profile", 2, True),  # under too few cards
        ("View the project profile.", 5, False),  # a sentence, no link
        ("Rowing club", 5, True),  # no verb: an entry's shared category
    ],
)
def test_other_repeated_lines_stay(cleaner: Cleaner, button: str, count: int,
                                   link: bool) -> None:
    result = cleaner.clean(_page(_cards(button, count, link)), kind="html")
    assert not any(r.rule == "card-button" for r in result.removed)
