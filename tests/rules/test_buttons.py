"""Lines of button words go; lines with anything else stay."""

from __future__ import annotations

import pytest
from chrome_cases import removed_between

from cleanpress.markers import Markers
from cleanpress.rules.chrome import buttons


@pytest.mark.parametrize(
    "line",
    ["Save", "Listen", "Print", "SAVE", "Save Share Listen", "Save | Share", "Gift article",
     "Share full article", "Add to myFT", "Speichern", "Merken", "Artikel verschenken",
     "Écouter", "Sauvegarder", "Guardar", "Escuchar"],
)
def test_button_lines_go(line: str) -> None:
    assert removed_between(buttons, line) == [line]


@pytest.mark.parametrize(
    "line",
    ["Listen.", "Save the date", "Save the date: the festival returns on 12 June.",
     "Listen to the people", "save", "Print edition", "Merken Sie sich den Termin",
     "Save Save Save Save Save Save"],
)
def test_other_lines_stay(line: str) -> None:
    assert removed_between(buttons, line) == []


def test_labels_are_counted() -> None:
    labels = Markers([buttons.cleanpress_markers()]).pattern("button")
    assert labels is not None
    assert buttons.button_labels("Save · Share · Listen", labels) == 3
    assert buttons.button_labels("Save the planet", labels) == 0
