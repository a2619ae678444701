"""page-date: a day in the page's address, and the date the page goes by."""

from __future__ import annotations

from datetime import date

import pytest

from cleanpress import Cleaner
from cleanpress.rules.metadata.page_date import url_date

ARTICLE = (
    "The council met on Tuesday to discuss the new budget for the coming year, "
    "and members spoke for hours about the cost of repairs."
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2024/02/21/council-budget/", "2024-02-21"),
        ("https://example.com/news/2024-02-21-council-budget", "2024-02-21"),
        ("https://example.com/news/20240221/council-budget.html", "2024-02-21"),
        ("https://example.com/2024/02/council-budget/", None),  # a month is no day
        ("https://example.com/item/120240221334/", None),  # digits of an id
        ("https://example.com/2024/02/31/council/", None),  # no such day
        ("https://example.com/2031/02/21/council/", None),  # after today
        ("https://example.com/council?date=2024-02-21", None),  # the query is no path
        ("https://example.com/blog/2023/october/03/wine-types/", "2023-10-03"),
        ("https://example.com/blog/2023/Okt/3", "2023-10-03"),
        ("https://example.com/blog/2023/topics/03/wine/", None),  # no month named
        ("https://example.com/blog/2023/february/30/", None),  # no such day
        (None, None),
    ],
)
def test_url_date(url: str | None, expected: str | None) -> None:
    assert url_date(url, today=date(2025, 6, 1)) == expected


def clean(text: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return Cleaner().clean(text, kind="text", url=url).metadata


def test_the_address_dates_a_page_that_states_no_date() -> None:
    meta = clean(f"{ARTICLE}\n\n{ARTICLE}", url="https://example.com/2024/02/21/council/")
    assert (meta.published, meta.date) == ("2024-02-21", "2024-02-21")
    assert meta.sources["published"] == "page-date: url path"


def test_a_stated_date_wins_over_the_address() -> None:
    meta = clean(f"By Jane Doe\n\nFeb 20, 2024\n\n{ARTICLE}\n\n{ARTICLE}",
                 url="https://example.com/2024/02/21/council/")
    assert meta.published == meta.date == "2024-02-20"


def test_without_any_date_the_page_has_none() -> None:
    meta = clean(f"{ARTICLE}\n\n{ARTICLE}", url="https://example.com/council/")
    assert (meta.published, meta.updated, meta.date) == (None, None, None)


def test_a_stated_address_with_escaped_slashes_dates_the_page() -> None:
    url = "https://blog.example.org%2Farticles%2F2025-12-15%2BRust%2Bbackend"
    assert url_date(url) == "2025-12-15"
