"""Choosing among the dates a page states (cleanpress.rules.metadata.page_dates)."""

from __future__ import annotations

import pytest

from cleanpress.rules.metadata.page_dates import day_first, pick_date


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2024-05-21 18:30", "2024-05-21T18:30:00+02:00"], "2024-05-21T18:30:00+02:00"),
        (["2024-05-21 18:30", "2024-05-21T19:30:00+02:00"], "2024-05-21T18:30:00"),
        (["2024-05-21", None, "2024-05-21T18:30:00Z"], "2024-05-21T18:30:00+00:00"),
        (["2024-05-21", "2024-05-22T18:30:00Z"], "2024-05-21"),
        (["2024-05-21T18:30:00+01:00", "2024-05-21T18:30:00+02:00"], "2024-05-21T18:30:00+01:00"),
        (["not a date", None, "2024-01-02"], "2024-01-02"),
        ([None, ""], None),
    ],
)
def test_pick_date(values: list[str | None], expected: str | None) -> None:
    assert pick_date(values) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("es", "2024-02-07"), ("en-GB", "2024-02-07"), ("en_US", "2024-07-02"), ("de-AT", "2024-02-07"),
])
def test_numeric_written_dates_follow_the_page_language(language: str, expected: str) -> None:
    assert pick_date(["07/02/2024"], day_first(language)) == expected
