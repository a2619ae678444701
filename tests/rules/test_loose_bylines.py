"""Bylines with a colon and bare name lines go at the article's edges; names in it stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed
from meta_cases import run_after_removal

from cleanpress.rules.chrome import loose_bylines

OTHER = (
    "Officials said the plan would raise spending on schools and parks by a small margin, "
    "while holding property taxes at the level of last year."
)


@pytest.mark.parametrize(
    "line",
    ["By: Jane Doe", "Author: Jane Doe, Staff Writer", "Autor: Max Muster", "Par : Jean Dupont",
     "Por: Ana García", "By: Jane Doe | May 3, 2024"],
)
def test_bylines_with_a_colon_go(line: str) -> None:
    assert removed(loose_bylines, page(line, ARTICLE, OTHER)) == [line]
    assert removed(loose_bylines, page(ARTICLE, OTHER, line)) == [line]


@pytest.mark.parametrize(
    "line",
    ["By: the end of the year, prices rose", "Author: unknown", "Text: see below for details"],
)
def test_labels_without_names_stay(line: str) -> None:
    assert removed(loose_bylines, page(line, ARTICLE, OTHER)) == []


def test_a_list_with_an_author_under_each_item_keeps_them() -> None:
    items = [f"Book {n}\n\nAuthor: Jane Doe {n}" for n in "ABC"]
    assert removed(loose_bylines, page(*items, ARTICLE, OTHER)) == []


def _after_title(*lines: str) -> list[str]:
    """What goes when the first line was taken as the title."""
    doc = run_after_removal(
        loose_bylines, loose_bylines.byline_line, page(*lines), [0], by="title"
    )
    return [b.text for b in doc.removed() if b.removed_by == "byline-line"]


def test_a_bare_name_under_the_headline_goes() -> None:
    assert _after_title("Council approves the budget", "Jane Doe", ARTICLE, OTHER) == ["Jane Doe"]


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe",  # named in the story: its subject
        "Key Takeaways",  # a heading: "key" is used in the story
        "About This Game",  # glue words
        "PC Gamer",  # capitals and lower case mixed: a title
    ],
)
def test_other_lines_under_the_headline_stay(name: str) -> None:
    story = "Jane Doe, the key witness, said the council had approved the plan on Tuesday."
    assert _after_title("Council approves the budget", name, story, OTHER) == []


def test_a_bare_name_inside_the_story_stays() -> None:
    assert removed(loose_bylines, page(ARTICLE, "Jane Doe", OTHER)) == []


def test_a_name_repeated_in_an_author_box_is_still_new() -> None:
    text = page("Council approves the budget", "Jane Doe", ARTICLE, OTHER, "More by Jane Doe")
    doc = run_after_removal(loose_bylines, loose_bylines.byline_line, text, [0, 4], by="title")
    assert [b.text for b in doc.removed() if b.removed_by == "byline-line"] == ["Jane Doe"]


def test_a_list_of_names_under_the_headline_stays() -> None:
    people = [f"{first} Doe" for first in ("Ann", "Bea", "Cal", "Dan", "Eve")]
    lines = ["Council approves the budget"] + [x for p in people for x in (p, "Follow")]
    text = page(*lines, ARTICLE, OTHER)
    follows = [i for i, line in enumerate(lines) if line == "Follow"]
    doc = run_after_removal(
        loose_bylines, loose_bylines.byline_line, text, follows, by="share-prompt"
    )
    assert [b.text for b in doc.removed() if b.removed_by == "byline-line"] == []
