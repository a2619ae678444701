"""Station and app promotions in the last lines go; the same calls in the story stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed

from cleanpress.rules.chrome import station_promos


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the best of BBC Radio Leeds on Sounds and follow BBC Yorkshire on Facebook, "
        "X and Instagram.",
        "Send your story ideas to yorkshire@example.co.uk or via WhatsApp on 0808 100 2230.",
        "Listen live on Example Sounds",
        "Hören Sie NDR 90,3 live im Radio oder im Stream.",
        "Dieses Thema im Programm: NDR 1 Niedersachsen | 03.05.2024 | 19:30 Uhr",
        "Über dieses Thema berichtete die tagesschau am 03. Mai 2024 um 20:00 Uhr.",
        "Écoutez France Inter en direct.",
        "Escucha la radio en directo.",
    ],
)
def test_promotions_in_the_last_lines_go(line: str) -> None:
    assert removed(station_promos, page(ARTICLE, ARTICLE, line, "© 2024 Example")) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Tune in to the local radio station for updates, police urged drivers on Monday.",
        "“Listen to the radio and stay indoors,” the mayor said on Tuesday night.",
        "Écoutez la radio pour les consignes, a déclaré le préfet.",
    ],
)
def test_calls_reported_in_the_story_stay(line: str) -> None:
    assert removed(station_promos, page(ARTICLE, ARTICLE, line)) == []


def test_promotions_inside_the_story_stay() -> None:
    line = "Listen to the council debate live on the radio station"
    assert removed(station_promos, page(ARTICLE, line, ARTICLE)) == []
