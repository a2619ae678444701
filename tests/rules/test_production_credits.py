"""Production credits at the end of a story go; sentences with the same words stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed

from cleanpress.markers import Markers
from cleanpress.rules.chrome import production_credits


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe in London; Additional reporting by John Roe in Paris; "
        "Editing by Mark Potter",
        "(Reporting by Jane Doe, with reporting by John Roe and Ann Lee, editing by Tom Brown.)",
        "Writing by Jane Doe; Editing by Alex Richardson and Mark Potter",
        "Associated Press writer Jane Doe in Paris contributed to this report.",
        "Fox News’ Jane Doe contributed to this report.",
        "With agencies",
        "(Bericht von Max Muster, geschrieben von Erika Muster, redigiert von Hans Meier)",
        "Mitarbeit: Erika Muster",
        "Mit Material von dpa",
        "(Reportage Jean Dupont, version française Marie Curie, édité par Paul Martin)",
        "Avec AFP",
        "(Avec l'AFP et Reuters)",
        "(Reporte de Ana García; Editado en español por Juan Pérez)",
        "Con información de EFE y Europa Press",
    ],
)
def test_credits_at_the_end_go(line: str) -> None:
    assert removed(production_credits, page(ARTICLE, ARTICLE, line)) == [line]


def test_credits_followed_by_other_closing_lines_go() -> None:
    credit = "Reporting by Jane Doe; Editing by Mark Potter"
    text = page(ARTICLE, credit, "Our Standards: The Trust Principles.")
    assert removed(production_credits, text) == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by local media suggested the plant would close, though the company denied it.",
        "Edited by hand, the photographs were later shown at the town hall.",
        "The agency said twenty scientists contributed to this report.",
        "Avec AFP, l'agence a annoncé une hausse des prix de l'énergie.",
        "With Reuters reporting losses, shares in the company fell sharply on Monday.",
        "Con información de los vecinos, la policía encontró el coche.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert removed(production_credits, page(ARTICLE, ARTICLE, line)) == []


def test_credits_inside_the_story_stay() -> None:
    """Before the last paragraph, a book's credit line in a list keeps its place."""
    line = "Edited by Jane Doe and John Roe"
    assert removed(production_credits, page(ARTICLE, line, ARTICLE)) == []


def test_a_label_after_a_name_is_not_a_credit() -> None:
    """A book's credit line: "Jane Doe, translated by John Roe (Publisher)"."""
    line = "Jacek Dukaj, translated by Ursula Phillips (Head of Zeus)"
    assert removed(production_credits, page(ARTICLE, ARTICLE, line)) == []


def test_names_in_a_script_without_spaces_are_bounded() -> None:
    labels = Markers([production_credits.cleanpress_markers()]).pattern("production_credit")
    assert labels is not None
    assert production_credits.is_credit("Reporting by Jane Doe", labels)
    assert not production_credits.is_credit("Reporting by " + "字" * 40, labels)
    assert not production_credits.is_credit("Editing by 2024 Example Media", labels)
