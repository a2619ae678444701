"""Tag lists go into metadata; sentences starting with a label word stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module

from cleanpress.rules import tags


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Tags: Ukraine, NATO, Poland", ["Ukraine", "NATO", "Poland"]),
        ("Topics: Climate change | Energy | Europe", ["Climate change", "Energy", "Europe"]),
        ("Filed under: Politics", ["Politics"]),
        ("Schlagworte: Energie, Klima", ["Energie", "Klima"]),
        ("Mots-clés : Énergie, Climat", ["Énergie", "Climat"]),
        ("Etiquetas: Energía · Clima", ["Energía", "Clima"]),
    ],
)
def test_tag_lines(line: str, items: list[str]) -> None:
    doc = run_module(tags, page(ARTICLE, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.tags == items


def test_label_alone_with_items_under_it() -> None:
    doc = run_module(tags, page(ARTICLE, "Topics\n  • Energy\n  • Climate"))
    assert [b.text for b in doc.removed()] == ["Topics", "Energy", "Climate"]
    assert doc.metadata.tags == ["Energy", "Climate"]


@pytest.mark.parametrize(
    "line",
    [
        "Topics discussed at the summit included energy, migration and defence spending.",
        "Tags: the council said the new labels would be attached to every bin in the city.",
        "Category: the court found that the product fell into a different class of goods.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert removed_between(tags, line) == []
