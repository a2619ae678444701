"""Bylines and datelines: names to authors, the date to published; prose stays."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, run_module

from cleanpress.rules import bylines
from cleanpress.rules._published_date import interim_published_date


def head(line: str) -> tuple[list[str], list[str], str | None]:
    """(removed texts, authors, published) for ``line`` at the head of an article."""
    doc = run_module(bylines, page("Council approves the budget", line, ARTICLE, ARTICLE))
    return [b.text for b in doc.removed()], doc.metadata.authors, doc.metadata.published


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By JANE DOE, Associated Press", ["Jane Doe", "Associated Press"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By EXAMPLE POST STAFF", []),
        ("By Jane Doe for Example News", ["Jane Doe"]),
        ("by Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Written by Jane Doe, MS, RD", ["Jane Doe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Jean Dupont et Marie Curie, AFP", ["Jean Dupont", "Marie Curie", "AFP"]),
        ("Por Ana María de la Cruz y José Pérez", ["Ana María de la Cruz", "José Pérez"]),
    ],
)
def test_bylines_give_authors(line: str, authors: list[str]) -> None:
    assert head(line) == ([line], authors, None)


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Published 3:04 PM EST, Feb 21, 2024", [], "2024-02-21T15:04:00-05:00"),
        ("Posted: 18 Nov 2019", [], "2019-11-18"),
        ("November 18, 2019 | by Jane Doe", ["Jane Doe"], "2019-11-18"),
        ("September 10, 2018 | by Catherine", ["Catherine"], "2018-09-10"),
        ("By Jane Doe — November 18, 2019", ["Jane Doe"], "2019-11-18"),
        (
            "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
            ["Jane Doe"],
            "2019-11-19T06:21:00-05:00",
        ),
        ("Von Max Muster publiziert am 30. Juli 2018", ["Max Muster"], "2018-07-30"),
        ("Publié le 3 mars 2024 à 14h05", [], "2024-03-03T14:05:00"),
        ("Publicado el 5 de mayo de 2023", [], "2023-05-05"),
    ],
)
def test_datelines_give_the_publish_date(line: str, authors: list[str], published: str) -> None:
    assert head(line) == ([line], authors, published)


def test_a_line_with_the_update_time_stays_for_the_update_rule() -> None:
    line = "Published 10:48 Nov 19, 2019 | Updated 11:05 Nov 19, 2019"
    assert head(line) == ([], [], "2019-11-19T10:48:00")


def test_only_the_first_byline_names_the_authors() -> None:
    doc = run_module(bylines, page("By Jane Doe", "By John Roe", ARTICLE))
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the council hopes to have repaired the bridge.",
        "By Tuesday",
        "By Friday the water had reached the first floor.",
        "Par ailleurs, le gouvernement a annoncé un nouveau plan.",
        "Por Dios",
        "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
        "By Jane Doe, the council said, the plan was never meant to pass.",
        "Jane Doe for Example News",
    ],
)
def test_prose_stays(line: str) -> None:
    assert head(line) == ([], [], None)


def test_bylines_far_down_the_article_stay() -> None:
    text = page(*[ARTICLE] * 14, "By Jane Doe")
    assert run_module(bylines, text).removed() == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Feb 21, 2024 9:52 p.m. ET", "2024-02-21T21:52:00-05:00"),
        ("July 4, 2024 9:52 a.m. ET", "2024-07-04T09:52:00-04:00"),
        ("2024-02-21", "2024-02-21"),
        ("21. Februar 2024, 12:30 Uhr", "2024-02-21T12:30:00"),
        ("31 Feb 2024", None),
        ("last Tuesday", None),
    ],
)
def test_interim_dates(text: str, iso: str | None) -> None:
    assert interim_published_date(text) == iso
