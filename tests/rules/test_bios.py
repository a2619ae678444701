"""Bio headings with bios and closing contributor lines go; reporters in the story stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, run_module

from cleanpress.rules import bios

BIO = "Jane Doe is a night reporter at Example based in New York. She covers politics ... Read more"


@pytest.mark.parametrize(
    "heading", ["About the writer", "About the Author", "Über die Autorin",
                "À propos de l'auteur", "Sobre el autor"]
)
def test_heading_and_bio_go(heading: str) -> None:
    doc = run_module(bios, page(ARTICLE, ARTICLE, heading, BIO))
    assert [b.text for b in doc.removed()] == [heading, BIO]
    assert doc.metadata.authors == ["Jane Doe"]


def test_contributor_line_at_the_end() -> None:
    line = "John Roe is a senior correspondent for Example covering Europe."
    doc = run_module(bios, page(ARTICLE, ARTICLE, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.authors == ["John Roe"]


def test_reporter_in_the_middle_of_the_story_stays() -> None:
    middle = "Evan Smith is a reporter who was detained in Moscow last year on spying charges."
    long_story = ARTICLE + " " + ARTICLE
    doc = run_module(bios, page(long_story, middle, long_story))
    assert doc.removed() == []


def test_heading_without_a_bio_after_it_takes_only_itself() -> None:
    doc = run_module(bios, page(ARTICLE, "About the author", ARTICLE))
    assert [b.text for b in doc.removed()] == ["About the author"]
