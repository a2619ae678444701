"""Bio headings with bios and closing contributor lines go; reporters in the story stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, run_module

from cleanpress.rules.chrome import bios

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


def _card(*closing: str) -> list[str]:
    """What the byline and bio rules remove from an article ending in ``closing``."""
    from cleanpress.chain import RuleContext
    from cleanpress.markers import Markers
    from cleanpress.readers.text import read_text
    from cleanpress.rules.metadata import bylines

    doc = read_text(page(*[ARTICLE] * 14, *closing))
    markers = Markers([bylines.cleanpress_markers(), bios.cleanpress_markers()])
    for rule in (bylines.byline, bios.author_bio):
        ctx = RuleContext(rule, markers, {})
        rule.apply(doc, ctx)
        ctx._commit(doc)
    return [b.text for b in doc.removed()]


def test_author_card_bio_after_a_closing_byline() -> None:
    bio = "Writer. Former night baker. I write about work and the people who do it."
    assert _card("Written by Jane Doe", bio) == ["Written by Jane Doe", bio]


@pytest.mark.parametrize(
    "closing",
    [
        ("Written by Jane Doe", ARTICLE + " " + ARTICLE),
        ("Written by Jane Doe", "The council meets again in May.", ARTICLE),
        ("The council meets again in May.",),
    ],
)
def test_no_card_bio_without_a_closing_byline_right_before_the_last_block(
    closing: tuple[str, ...]
) -> None:
    assert [t for t in _card(*closing) if not t.startswith("Written by")] == []
