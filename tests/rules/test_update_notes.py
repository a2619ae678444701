"""Update and correction notes leave the body; the update time goes to metadata."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module
from meta_cases import run_after_removal

from cleanpress.rules.chrome import update_notes


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Update 02/21/24, 9:52 p.m. ET: This article has been updated with a statement.",
         "2024-02-21T21:52:00-05:00"),
        ("Updated: July 4, 2023 11:00 am PT", "2023-07-04T11:00:00-07:00"),
        ("Updated Feb. 21, 2024", "2024-02-21"),
        ("Aktualisiert am 21.02.2024, 14:30 Uhr: Die Polizei hat sich geäußert.",
         "2024-02-21T14:30:00"),
        ("Mise à jour le 1er mars 2024 à 14h30 : ajout d'une réaction.", "2024-03-01T14:30:00"),
        ("Actualización 21/02/2024: se añade la reacción del ministerio.", "2024-02-21"),
    ],
)
def test_update_notes(line: str, updated: str) -> None:
    doc = run_module(update_notes, page(ARTICLE, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.updated == updated


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article misstated the mayor's age.",
        "Editor's note: This story contains descriptions of violence.",
        "Corrección: una versión anterior de este artículo citaba mal la cifra.",
        # update lines whose day or time lacks the year
        "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
        "Updated at 1:23 p.m.",
        "Aktualisiert um 14.30 Uhr",
    ],
)
def test_notes_without_time(line: str) -> None:
    doc = run_module(update_notes, page(ARTICLE, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.updated is None


@pytest.mark.parametrize(
    "line",
    [
        "Updated guidance from the ministry says: schools must stay open.",
        "Updates to the software were released on March 3, 2024, the company said.",
        "Corrections officers said the prisoner had escaped during the night.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert removed_between(update_notes, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Updated at 1:23 p.m., the forecast warned of heavy rain across the whole region today.",
        "Updates on May 3 will follow",
        "Correction at 9:30 was rejected by the court",
    ],
)
def test_sentences_with_a_time_after_the_label_stay(line: str) -> None:
    assert removed_between(update_notes, line) == []


def _footer_updated(*footer: str) -> str | None:
    text = page(ARTICLE, ARTICLE, *footer)
    footer_at = range(2, 2 + len(footer))
    doc = run_after_removal(update_notes, update_notes.update_note, text, footer_at)
    return doc.metadata.updated


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("This page was last edited on 3 March 2024, at 10:21.", "2024-03-03T10:21:00"),
        ("Diese Seite wurde zuletzt am 3. März 2024 um 10:21 Uhr bearbeitet.",
         "2024-03-03T10:21:00"),
        ("Last modified: 2024-03-03", "2024-03-03"),
    ],
)
def test_a_footer_line_on_the_last_edit_gives_updated(line: str, updated: str) -> None:
    assert _footer_updated("Privacy policy", line) == updated


@pytest.mark.parametrize(
    "line", ["Last edited by the night desk", "© 2024 Example Media", "Published 3 March 2024"]
)
def test_other_footer_lines_give_no_update_time(line: str) -> None:
    assert _footer_updated(line) is None
