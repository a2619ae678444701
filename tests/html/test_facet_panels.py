"""A grid's filter panel (facet names over values to tick, each with a count) goes,
whatever its class words; the facet-panel rule leaves linked categories with counts
and a box with a sentence in it alone."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner
from cleanpress.document import Block
from cleanpress.rules.chrome.facets import counted

INTRO = ("Our kettles are made in small batches from enamelled steel, and every one of"
         " them is tested on a real stove before it leaves the workshop.")


def shop(panel: str) -> str:
    cards = "".join(
        f'<li class="tile"><h3><a href="/k{i}">Blue enamel kettle {i}</a></h3>'
        f"<p>$ {i}9.00</p></li>" for i in range(12)
    )
    return (
        f"<html><body><main><h1>Kettles</h1><p>{INTRO}</p>"
        f'<div class="side">{panel}</div><ul class="grid">{cards}</ul></main></body></html>'
    )


def facet(name: str, values: list[str], link: bool = False) -> str:
    rows = "".join(
        f'<div><a href="/v{i}">{v}</a></div>' if link else f"<div><label>{v}</label></div>"
        for i, v in enumerate(values)
    )
    return f"<div><h4>{name}</h4>{rows}</div>"


PANEL = (facet("Brand", ["Weber (31)", "Broil King (12)", "Napoleon (7)"])
         + facet("Availability", ["In stock (89)", "Out of stock (13)"]))


def test_a_panel_of_counted_values_goes(cleaner: Cleaner) -> None:
    result = cleaner.clean(shop(PANEL), kind="html")
    assert "Blue enamel kettle 5" in result.text
    assert INTRO in result.text
    for line in ("Weber (31)", "In stock (89)", "Brand", "Availability"):
        assert line not in result.text
    assert any(r.rule == "facet-panel" for r in result.removed)


def test_values_run_together_in_one_line_go(cleaner: Cleaner) -> None:
    panel = (facet("Energy", ["Gas (156) Charcoal (5) Electric (1)"])
             + facet("Stock", ["In stock (89) Out of stock (13)"]))
    result = cleaner.clean(shop(panel), kind="html")
    assert "Gas (156)" not in result.text
    assert "Blue enamel kettle 5" in result.text


def test_linked_categories_with_counts_stay(cleaner: Cleaner) -> None:
    panel = facet("Categories", ["Stovetop kettles (31)", "Electric kettles (12)",
                                 "Teapots (7)", "Spare lids (4)"], link=True)
    result = cleaner.clean(shop(panel), kind="html")
    assert not any(r.rule == "facet-panel" for r in result.removed)


def test_a_box_with_a_sentence_is_no_panel(cleaner: Cleaner) -> None:
    note = INTRO.replace("kettles", "teapots")
    panel = (f"<div><h4>Brand</h4><div>Weber (31)</div><div>Broil King (12)</div>"
             f"<div>Napoleon (7)</div><p>{note}</p></div>")
    result = cleaner.clean(shop(panel), kind="html")
    assert not any(r.rule == "facet-panel" for r in result.removed)


@pytest.mark.parametrize(
    ("text", "count"),
    [("Weber (31)", 1), ("Gas (156) Charcoal (5)", 2), ("1 à 4 (2) 10 à 11 (1)", 2),
     ("(2)", 0), ("Reviews", 0), ("The kettle (new) is here", 0), ("Weber (31) and more", 0)],
)
def test_counted_lines(text: str, count: int) -> None:
    assert counted(Block(0, text, text)) == count
