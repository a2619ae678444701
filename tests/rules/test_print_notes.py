"""Notes that the article ran in print go; stories about what was printed stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import print_notes


@pytest.mark.parametrize(
    "line",
    [
        "This article appears in the March 2025 issue of Example Monthly.",
        "A version of this article appears in print on Nov. 19, 2019, Section A, Page 1 of "
        "the New York edition with the headline: Council Backs Bus Lanes.",
        "This story was first published in the weekend edition of the Example Times.",
        "Published in the print edition of 12 May 2024.",
        "From the April 2025 issue of Example Monthly",
        "Dieser Artikel erschien in der Printausgabe vom 3. Mai.",
        "Cet article est paru dans le numéro 412 du magazine.",
        "Este artículo se publicó en la edición impresa del domingo.",
    ],
)
def test_print_notes_are_removed(line: str) -> None:
    assert removed_between(print_notes, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The article appeared in the magazine's March issue and was widely criticised by "
        "scientists.",
        "This story is about a printer: his shop has printed the town's newspaper since 1962.",
        "This edition of the festival was the largest yet.",
        '"This article appeared in print," the editor said, "but we took it down online."',
    ],
)
def test_stories_about_print_stay(line: str) -> None:
    assert removed(print_notes, page(ARTICLE, line)) == []
