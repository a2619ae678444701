"""The site name comes from the address or from chrome naming it; thin evidence gives None."""

from __future__ import annotations

import pytest

import cleanpress
from cleanpress.rules.metadata.site_name import domain_label

ARTICLE = (
    "The council met on Tuesday to discuss the new budget for the coming year, "
    "and members spoke for hours about the cost of repairs to the roads."
)


def _clean(text: str, url: str | None = None) -> cleanpress.Result:
    return cleanpress.Cleaner(defaults=True).clean(text, kind="text", url=url)


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.example.com/a/b", "example"),
        ("https://news.example.co.uk/x", "example"),
        ("example.org", "example"),
        ("not a url", None),
    ],
)
def test_domain_label(url: str, label: str | None) -> None:
    assert domain_label(url) == label


def test_name_from_the_url_as_the_page_writes_it() -> None:
    text = "\n\n".join([ARTICLE, ARTICLE, "© 2024 Dailyplanet Media. All rights reserved."])
    assert _clean(text, "https://www.dailyplanet.com/a").metadata.site_name == "Dailyplanet"


def test_name_from_recurring_chrome() -> None:
    chrome = [
        "Planetnews is committed to finding connections in the search for common ground.",
        "Planetnews is committed to finding connections in the search for common ground.",
        "To read how Planetnews uses AI as a newsroom tool, Click here.",
        "Already a subscriber? Sign in to Planetnews",
    ]
    story = [ARTICLE.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday")]
    text = "\n\n".join([*story, *chrome])
    assert _clean(text).metadata.site_name == "Planetnews"


def test_thin_evidence_leaves_none() -> None:
    text = "\n\n".join([ARTICLE, ARTICLE, "To read how Planetnews uses AI, click here."])
    assert _clean(text).metadata.site_name is None


def _page_with(masthead: str, footer: str) -> str:
    return "\n\n".join(
        ["Home\nNews\nSport", masthead, "Council approves the new budget for roads",
         ARTICLE, ARTICLE, ARTICLE, footer]
    )


@pytest.mark.parametrize(
    ("masthead", "footer", "name"),
    [
        ("The Morning Courier", "© 2025 The Morning Courier Ltd. All rights reserved.",
         "The Morning Courier"),
        ("Cedar Valley Gazette", "© 2025 Cedar Valley Gazette. All rights reserved.",
         "Cedar Valley Gazette"),
        ("THE DAILY BUGLE", "Copyright (C) 2024 The Daily Bugle Inc.", "The Daily Bugle"),
    ],
)
def test_name_from_copyright_holder_named_by_the_masthead(
    masthead: str, footer: str, name: str
) -> None:
    assert _clean(_page_with(masthead, footer)).metadata.site_name == name


@pytest.mark.parametrize(
    ("masthead", "footer"),
    [
        ("The Morning Courier", "© 2025 Example Media Group. All rights reserved."),
        ("Local News", "© 2019 Getty Images"),
    ],
)
def test_copyright_holder_without_the_masthead_is_not_the_name(masthead: str, footer: str) -> None:
    assert _clean(_page_with(masthead, footer)).metadata.site_name is None


PARAGRAPHS = [
    ARTICLE,
    "Several residents asked why the plan for the bridge had been delayed again, and the "
    "mayor said the engineers needed more time to finish their report.",
    "A final vote is expected next month, after a public hearing at which anyone who lives "
    "in the town may speak for three minutes.",
]


def test_names_in_teasers_and_bylines_are_no_site_name() -> None:
    # A month and a town recur in navigation, teasers and the byline: no publisher speaks there.
    text = "\n\n".join([
        "Home\nNews\nSport",
        "Harbor festival returns to Riverton in November\n"
        "Riverton schools close early for the November storm\n"
        "Riverton council to vote on the November levy",
        "Council approves the new budget for roads", "By Jane Doe | November 3, 2024",
        *PARAGRAPHS,
        "Related stories", "Riverton council reviews the November levy",
        "November storm closes Riverton schools",
    ])
    assert _clean(text).metadata.site_name is None


def test_a_name_in_navigation_and_publisher_chrome_is_the_site_name() -> None:
    text = "\n\n".join([
        "Home\nNews\nSport", "Planetnews Home\nPlanetnews Sport\nPlanetnews Weather",
        "Council approves the new budget for roads", PARAGRAPHS[0], "Get the Planetnews app",
        PARAGRAPHS[1], "Already a subscriber? Sign in to Planetnews", PARAGRAPHS[2],
    ])
    assert _clean(text).metadata.site_name == "Planetnews"
