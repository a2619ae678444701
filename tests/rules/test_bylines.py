"""Bylines and datelines: names to authors, the date to published; prose stays."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, run_module

from cleanpress.chain import RuleContext
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rules.metadata import bylines


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
        ("By EXAMPLE POST STAFF", ["Example Post Staff"]),  # a desk signs for it
        ("By Jane Doe for Example News", ["Jane Doe"]),
        ("by Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Written by Jane Doe, MS, RD", ["Jane Doe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Jean Dupont et Marie Curie, AFP", ["Jean Dupont", "Marie Curie", "AFP"]),
        ("Por Ana María de la Cruz y José Pérez", ["Ana María de la Cruz", "José Pérez"]),
        ("Par Claire Dupont avec AFP", ["Claire Dupont"]),
        ("By Jane Doe with agencies", ["Jane Doe"]),
        ("Von Max Muster mit dpa", ["Max Muster"]),
        ("Jane Doe Associated Press", ["Jane Doe", "Associated Press"]),
        ("By Jane Q. Doe, Example.com", ["Jane Q. Doe"]),
        ("By Jane Doe jane@example.com(509) 555-0100", ["Jane Doe"]),
        ("By Jane Doe | Example Media for Example.com", ["Jane Doe"]),
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
        ("Sevilla - 04 ago 2025 - 13:10 CEST", [], "2025-08-04T13:10:00+02:00"),
        ("NEW YORK — March 4, 2025", [], "2025-03-04"),
        ("Issue 112 | Friday, February 7, 2025 | by Jane Doe", ["Jane Doe"], "2025-02-07"),
        ("No. 42 · 3 March 2024", [], "2024-03-03"),
        ("November 20, 2019 / 1:07 AM / Example News", [], "2019-11-20T01:07:00"),
        ("Jane Doe - Nov 19, 2019, 10:31 pm CST", ["Jane Doe"], "2019-11-19T22:31:00-06:00"),
        ("Jane Q. Doe Nov. 18, 2019 7:04 pm ET", ["Jane Q. Doe"], "2019-11-18T19:04:00-05:00"),
        ("Reuters November 18, 2019 11:03 PM", ["Reuters"], "2019-11-18T23:03:00"),
        ("Jane Doe 2019-11-20 14:35:08", ["Jane Doe"], "2019-11-20T14:35:08"),
        ("2019-11-20 17:27:46 Jane Doe", ["Jane Doe"], "2019-11-20T17:27:46"),
        ("By Jane Doe - 11/19/19 06:56 AM EST", ["Jane Doe"], "2019-11-19T06:56:00-05:00"),
        ("By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", ["Jane Doe"],
         "2019-11-20T08:05:00+00:00"),
        ("by Jane Doe Monday, November 18, 2019", ["Jane Doe"], "2019-11-18"),
        # a reviewer beside the writer: the line goes, the reviewer is no author
        ("Medically reviewed by Ann Poe, MD — Written by Jane Doe, MS, RD — Updated on "
         "March 7, 2025", ["Jane Doe"], None),
        ("Fact checked by Ann Poe | By Jane Doe | November 18, 2019", ["Jane Doe"], "2019-11-18"),
    ],
)
def test_datelines_give_the_publish_date(line: str, authors: list[str], published: str) -> None:
    assert head(line) == ([line], authors, published)


def test_an_update_time_after_the_publish_date_goes_to_updated() -> None:
    line = "Published 10:48 Nov 19, 2019 | Updated 11:05 Nov 19, 2019"
    doc = run_module(bylines, page("Council approves the budget", line, ARTICLE))
    assert [b.text for b in doc.removed()] == [line]
    assert (doc.metadata.published, doc.metadata.updated) == (
        "2019-11-19T10:48:00",
        "2019-11-19T11:05:00",
    )


def test_a_line_opening_with_updated_is_left_to_the_update_rule() -> None:
    assert head("Updated 11:05 Nov 19, 2019") == ([], [], None)


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
        "By Jane Doe with John Roe's help, the council won.",
        "Council Approves New Budget - March 4, 2025",
        "Opening Bell 11.18.19",
        "Monday 5:30PM the council meets again",
        "The Example Times",
        "By the Example News desk and readers across the city",
        "Jane Doe, AP",
        "Jane Doe",
        "Jane Doe and the Council",
        "Madrid - the city council voted on 4 March 2025 to close the road",
        "Issue 112 of the magazine came out on Friday, February 7, 2025",
        "Issue 112 | Friday | by the end of the week",
        "Reviewed by the council on March 7, 2025, the plan was approved.",
        "Reviewed by Ann Poe — the council's budget, line by line",
    ],
)
def test_prose_stays(line: str) -> None:
    assert head(line) == ([], [], None)


def test_bylines_in_the_middle_of_the_article_stay() -> None:
    text = page(*[ARTICLE] * 14, "By Jane Doe", *[ARTICLE] * 6)
    assert run_module(bylines, text).removed() == []


def test_prefixed_bylines_at_the_end_are_removed() -> None:
    text = page(*[ARTICLE] * 14, "Written by Jane Doe", "Reporting by John Roe; Editing by Ann Poe")
    doc = run_module(bylines, text)
    assert [b.text for b in doc.removed()] == [
        "Written by Jane Doe",
        "Reporting by John Roe; Editing by Ann Poe",
    ]
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lines", "gone", "authors"),
    [
        (["Jane Doe", "Environment correspondent"], 2, ["Jane Doe"]),
        (["Jane Doe, Consumer Reporter"], 1, ["Jane Doe"]),
        (["Jane Doe", "Follow", "Jan 19, 2025"], 2, ["Jane Doe"]),
    ],
)
def test_names_without_a_prefix_are_read_beside_a_role_or_date(
    lines: list[str], gone: int, authors: list[str]
) -> None:
    doc = run_module(bylines, page("Council approves the budget", *lines, ARTICLE, ARTICLE))
    assert len(doc.removed()) == gone
    assert doc.metadata.authors == authors


@pytest.mark.parametrize(
    "lines",
    [
        ["The Morning Courier", "Wednesday, May 14, 2025"],
        ["Paris, France"],
        ["Council Approves Budget", "The plan passed."],
    ],
)
def test_mastheads_and_places_are_not_authors(lines: list[str]) -> None:
    doc = run_module(bylines, page(*lines, ARTICLE, ARTICLE))
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line",
    ["3 hours ago", "1 day ago", "vor 2 Stunden", "hace 5 horas", "Today 12:01 AM",
     "Monday 5:30PM", "Yesterday at 9:15 pm ET", "Heute, 14:05 Uhr"],
)
def test_relative_timestamps_at_the_head_are_removed(line: str) -> None:
    assert head(line) == ([line], [], None)


def test_a_timed_dateline_refines_a_plain_date_of_the_same_day() -> None:
    doc = run_module(
        bylines, page("Wednesday, May 14, 2025", "By Jane Doe", "May 14, 2025 6:00 am BST", ARTICLE)
    )
    assert doc.metadata.published == "2025-05-14T06:00:00+01:00"


def test_the_head_already_removed_as_page_header_is_read_for_metadata() -> None:
    doc = read_text(page("By Jane Doe", "Jan 19, 2025", ARTICLE))
    for block in doc.blocks[:2]:
        block.removed_by = "article-region"
    markers = Markers([bylines.cleanpress_markers()])
    ctx = RuleContext(bylines.byline, markers, {})
    bylines.byline.apply(doc, ctx)
    ctx._commit(doc)
    assert (doc.metadata.authors, doc.metadata.published) == (["Jane Doe"], "2025-01-19")
    assert [b.removed_by for b in doc.blocks[:2]] == ["article-region", "article-region"]


def test_a_byline_run_into_its_publish_date() -> None:
    line = "By Jane Doe published June 2, 2025, 8:00 AM PDT"
    assert head(line) == ([line], ["Jane Doe"], "2025-06-02T08:00:00-07:00")


def test_a_bare_name_over_a_date_line_with_an_update_time() -> None:
    doc = run_module(
        bylines,
        page(
            "Council approves the budget", "Jane Doe", "Oct 8, 2025 Updated Oct 8, 2025 5:45 PM CDT"
        ),
    )
    assert doc.metadata.authors == ["Jane Doe"]
    assert (doc.metadata.published, doc.metadata.updated) == (
        "2025-10-08",
        "2025-10-08T17:45:00-05:00",
    )
    assert len(doc.removed()) == 2


def test_a_language_pattern_that_takes_the_names_too_still_gives_them() -> None:
    # A plugin pattern may match "por <Name>" whole; the names after the prefix are read.
    markers = Markers([{"byline": [r"^por\s(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+)){1,3}$"]}])
    doc = read_text(page("Council approves the budget", "Por Ana Ortega", ARTICLE, ARTICLE))
    ctx = RuleContext(bylines.byline, markers, {})
    bylines.byline.apply(doc, ctx)
    ctx._commit(doc)
    assert doc.metadata.authors == ["Ana Ortega"]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("First published on November 19, 2019 / 8:16 AM", "2019-11-19T08:16:00"),
        ("Published 11:11 PM EST Nov 19, 2019", "2019-11-19T23:11:00-05:00"),
    ],
)
def test_publish_datelines_at_the_end_are_removed(line: str, published: str) -> None:
    doc = run_module(bylines, page(*[ARTICLE] * 14, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.published == published


@pytest.mark.parametrize(
    "line",
    [
        "Published in 2019, the report found that the river had been polluted for years.",
        "Posted on the council's website on November 19, 2019, the plan drew 300 replies.",
    ],
)
def test_sentences_about_publishing_at_the_end_stay(line: str) -> None:
    assert run_module(bylines, page(*[ARTICLE] * 14, line)).removed() == []


def _run_html(body: str) -> tuple[list[str], object]:
    """Clean an HTML page with every rule: (removed texts, metadata)."""
    from cleanpress import Cleaner

    html = f"<!doctype html><html lang='en'><body>{body}</body></html>"
    result = Cleaner().clean(html, kind="html")
    return [r.text for r in result.removed], result.metadata


ARTICLE_HTML = f"<article>{f'<p>{ARTICLE}</p>' * 4}</article>"


def test_a_label_and_its_value_in_two_blocks_are_read_as_one_line() -> None:
    removed_texts, meta = _run_html(
        "<h1>Council approves the budget</h1><div>Written By</div><div>Jane Doe</div>"
        "<div>Published</div><div>October 14, 2025</div>" + ARTICLE_HTML
    )
    assert meta.authors == ["Jane Doe"]
    assert (meta.published, meta.sources["published"]) == ("2025-10-14", "byline: byline text")
    assert {"Written By", "Jane Doe", "Published", "October 14, 2025"} <= set(removed_texts)


def test_a_byline_label_over_a_date_line_names_no_one() -> None:
    # "By" above "Updated on July 9, 2025" (the name was an image): "Updated" is no author.
    _, meta = _run_html(
        "<h1>Council approves the budget</h1><div>By</div><div>Updated on July 9, 2025</div>"
        + ARTICLE_HTML
    )
    assert meta.authors == [] and meta.published is None
    assert (meta.updated, meta.date) == ("2025-07-09", "2025-07-09")


def test_the_blocks_around_the_headline_are_read_for_metadata() -> None:
    # The byline stands above the headline, outside the article the region rule keeps.
    _, meta = _run_html(
        "<nav><a href='/'>Home</a></nav><div>Published August 7, 2023 by Nicole Burke</div>"
        "<h1>Council approves the budget</h1>" + ARTICLE_HTML
    )
    assert (meta.authors, meta.published) == (["Nicole Burke"], "2023-08-07")


def test_a_last_updated_line_gives_the_update_date_only() -> None:
    _, meta = _run_html(
        "<h1>Council approves the budget</h1><div>Last updated:</div><div>Dec 12, 2025</div>"
        + ARTICLE_HTML
    )
    assert (meta.published, meta.updated, meta.date) == (None, "2025-12-12", "2025-12-12")


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("By: Paul Fenaroli", ["Paul Fenaroli"], None),
        ("Written by:Elise Nass", ["Elise Nass"], None),
        ("ByTrevor Jones", ["Trevor Jones"], None),
        ("By Sofia Gonzalez December 2, 2025", ["Sofia Gonzalez"], "2025-12-02"),
        ("By Workzone Team• 4 mins read", ["Workzone Team"], None),
        ("May 18, 2023 By Sara Harberson In", ["Sara Harberson"], "2023-05-18"),
        ("By Mayank Gupta, CEO of CaseBasix", ["Mayank Gupta"], None),
        ("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group", ["Niko Matsakis"],
         "2025-12-19"),
        ("By The Currency editors", ["The Currency editors"], None),  # a desk signs for it
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),  # a person's role is no desk
    ],
)
def test_byline_wordings_and_what_runs_into_them(
    line: str, authors: list[str], published: str | None
) -> None:
    assert head(line) == ([line], authors, published)


def test_a_name_in_an_element_classed_as_the_byline() -> None:
    removed_texts, meta = _run_html(
        "<h1>Council approves the budget</h1>"
        "<div class='post-hero__author'><div class='post-hero__author__name'>Christian Winter"
        "</div></div>" + ARTICLE_HTML
    )
    assert meta.authors == ["Christian Winter"] and "Christian Winter" in removed_texts
    # A name in an element classed otherwise, or as a comment's author, is not read.
    for cls in ("post-hero__share", "comment-author"):
        _, meta = _run_html(
            f"<h1>Council approves the budget</h1><div class='{cls}'>Christian Winter</div>"
            + ARTICLE_HTML
        )
        assert meta.authors == []


def test_a_prompt_under_a_name_is_no_role_line() -> None:
    doc = run_module(
        bylines, page("Council approves the budget", "Garden Courses", "Find a Consultant", ARTICLE)
    )
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("December 18, 2025 ・ 3 min read", [], "2025-12-18"),
        ("by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", ["Amanda"],
         "2025-12-20T03:00:00"),
        ("Oct 11, 2023 2 min read", [], "2023-10-11"),
        ("Dec 26, 2025 • Mahua Das in Project Management", ["Mahua Das"], "2025-12-26"),
        ("by Outer Armatonisdaristan » Tue Aug 27, 2019 1:47 am", ["Outer Armatonisdaristan"],
         "2019-08-27T01:47:00"),
        ("Post by galitsyn » 11. Sep 2024, 18:36", ["galitsyn"], "2024-09-11T18:36:00"),
    ],
)
def test_datelines_with_reading_times_comments_and_sections(
    line: str, authors: list[str], published: str | None
) -> None:
    assert head(line) == ([line], authors, published)


def test_a_date_that_cannot_be_a_publication_date_is_not_taken() -> None:
    assert head("Published 3 March 1970")[2] is None
    assert head("Published 3 March 2999")[2] is None


def test_the_byline_date_goes_before_an_unmarked_time_element() -> None:
    byline = "<div>By Jane Doe | June 4, 2024</div>"
    other = '<aside><time datetime="2026-03-05T12:16:19Z">Mar 5</time></aside>'
    _, meta = _run_html("<h1>Council approves the budget</h1>" + byline + ARTICLE_HTML + other)
    assert (meta.published, meta.sources["published"]) == ("2024-06-04", "byline: byline text")
    # A time element of the same day keeps its time.
    same = '<aside><time datetime="2024-06-04T08:00:00Z">June 4</time></aside>'
    _, meta = _run_html("<h1>Council approves the budget</h1>" + byline + ARTICLE_HTML + same)
    assert meta.published == "2024-06-04T08:00:00+00:00"
