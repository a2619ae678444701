"""Past-tense notes that the article was changed go; the story's sentences stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module

from cleanpress.rules.chrome import amendments


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("This article was amended on 8 December 2025. An earlier version said the train "
         "went to Siberia; it went to Vladivostok.", "2025-12-08"),
        ("This story has been updated to include a statement from the council.", None),
        ("An earlier version of this article misstated the date of the vote.", None),
        ("This article has been corrected.", None),
        ("Dieser Artikel wurde am 3. Mai 2024 korrigiert.", "2024-05-03"),
        ("In einer früheren Version dieses Artikels hieß es, die Abstimmung sei am Montag "
         "gewesen.", None),
        ("Cet article a été modifié le 3 mai 2024 pour corriger le nom du maire.", "2024-05-03"),
        ("Une version précédente de cet article indiquait que le vote avait eu lieu lundi.", None),
        ("Este artículo fue corregido el 3 de mayo de 2024.", "2024-05-03"),
        ("Una versión anterior de este artículo indicaba que la votación fue el lunes.", None),
    ],
)
def test_amendment_notes_go(line: str, updated: str | None) -> None:
    doc = run_module(amendments, page(ARTICLE, line, ARTICLE))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.updated == updated


@pytest.mark.parametrize(
    "line",
    [
        "This story was changed forever when the river burst its banks, residents say.",
        "This article of the treaty was amended in 1998 after a long debate.",
        "An earlier version of this law was rejected by parliament in 2019.",
        "Dieser Text wurde von Schülern geschrieben und im Rathaus vorgelesen.",
        "Cet article a été lu par des milliers de personnes en une journée.",
        "Este artículo fue escrito por estudiantes de la escuela del barrio.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert removed_between(amendments, line) == []
