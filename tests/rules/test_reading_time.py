"""Reading-time lines go; sentences about minutes and listening stay."""

from __future__ import annotations

import pytest
from chrome_cases import removed_between

from cleanpress.rules.chrome import reading_time


@pytest.mark.parametrize(
    "line",
    [
        "5 min read",
        "5-min read",
        "Feb 21, 2024 · 5 min read",
        "Reading time: 3 minutes",
        "Estimated reading time: 4 min",
        "Listen to this article",
        "Listen to this article · 6:12 min",
        "Lesezeit 4 Minuten",
        "Lesezeit: ca. 3 Min.",
        "4 Min. Lesezeit",
        "Artikel anhören",
        "Temps de lecture : 2 min",
        "3 min de lecture",
        "Écouter cet article",
        "Tiempo de lectura: 5 min",
        "4 minutos de lectura",
    ],
)
def test_lines_are_removed(line: str) -> None:
    assert removed_between(reading_time, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "It took the firefighters 5 minutes to reach the house.",
        "Listen to the experts, the minister urged, before you decide anything about "
        "the vaccine. Many did. The rest waited.",
        "Reading times for children have fallen, a survey found last year, as screens "
        "take over the evening. Teachers are worried. Parents less so.",
        "Die Lesezeit der Deutschen ist in den letzten zehn Jahren deutlich gesunken, wie "
        "eine Studie zeigt. Vor allem junge Menschen lesen weniger. Das hat Folgen.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert removed_between(reading_time, line) == []
