"""Breadcrumb paths go; lines with slashes or arrows that are not paths stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import breadcrumbs


@pytest.mark.parametrize(
    "line",
    [
        "Home > News > World",
        "Home / Politics",
        "Home › US News › Politics",
        "News » Europe » Germany",
        "You are here: News",
        "Startseite › Politik › Ausland",
        "Accueil » International",
        "Inicio / Deportes / Fútbol",
    ],
)
def test_paths_are_removed(line: str) -> None:
    assert removed_between(breadcrumbs, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Inflation > 5% for the third month",
        "Home prices rose 4% in March, the fastest pace in a year.",
        "Home / away split: 12 wins at home, 3 on the road",
        "Revenue rose > 10% > expectations > last year's record, the company said.",
        "Home",
        "The plan has three steps: survey > design > build, and each takes a year.",
    ],
)
def test_other_lines_stay(line: str) -> None:
    assert removed_between(breadcrumbs, line) == []


def test_two_sections_joined_by_a_typographic_arrow() -> None:
    assert removed_between(breadcrumbs, "News › Software") == ["News › Software"]


def test_two_parts_joined_by_greater_than_stay() -> None:
    assert removed_between(breadcrumbs, "Demand > supply") == []


def test_a_menu_path_in_an_instruction_stays() -> None:
    line = "そして表示されるメニューから「その他」→「ファイルの場所を開く」"
    assert removed(breadcrumbs, page(ARTICLE, line)) == []
