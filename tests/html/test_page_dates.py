"""Choosing among the dates a page states (cleanpress.rules.metadata.page_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from cleanpress.rules.metadata.page_dates import (
    day_first,
    local_day,
    local_form,
    pick_date,
    plausible,
    stamped_on_update,
)

TODAY = date(2025, 6, 1)


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
        # A day after tomorrow, or before the web, is a placeholder or a typo.
        (["2025-09-03", "2025-03-09"], "2025-03-09"),
        (["1970-01-01T00:00:00Z", "2024-01-02"], "2024-01-02"),
        (["2025-06-02T08:00:00+09:00"], "2025-06-02T08:00:00+09:00"),
    ],
)
def test_pick_date(values: list[str | None], expected: str | None) -> None:
    stated = [(v, f"place {i}") for i, v in enumerate(values)]
    picked = pick_date(stated, today=TODAY)
    assert (picked[0] if picked else None) == expected


def test_the_place_named_is_the_first_stated_one() -> None:
    stated = [("2024-05-21", "json-ld datePublished"), ("2024-05-21T18:30:00Z", "time element")]
    assert pick_date(stated) == ("2024-05-21T18:30:00+00:00", "json-ld datePublished")
    stated = [("0001-01-01", "json-ld datePublished"), ("2024-05-21", "meta date")]
    assert pick_date(stated) == ("2024-05-21", "meta date")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-06-02", True), ("2025-06-03", False), ("1990-12-31", False), ("1991-01-01", True),
     ("2025-13-01", False)],
)
def test_plausible(value: str, expected: bool) -> None:
    assert plausible(value, TODAY) is expected


@pytest.mark.parametrize(("language", "expected"), [
    ("es", "2024-02-07"), ("en-GB", "2024-02-07"), ("en_US", "2024-07-02"), ("de-AT", "2024-02-07"),
])
def test_numeric_written_dates_follow_the_page_language(language: str, expected: str) -> None:
    assert pick_date([("07/02/2024", "meta date")], day_first(language)) == (expected, "meta date")


@pytest.mark.parametrize(
    ("published", "updated", "shown", "expected"),
    [
        ("2025-06-24", "2025-06-24", "2024-08-25", True),
        ("2025-08-21", "2025-08-20T10:00:00Z", "2023-04-26", True),
        # Publication and update stated apart: the markup knows both.
        ("2024-01-02", "2025-06-24", "2023-08-25", False),
        # Published days after the last change: a stamp of a later save.
        ("2025-06-12", "2025-06-10", "2022-11-02", True),
        ("2025-06-12", "2025-06-10", "2025-06-09", False),
        # The shown date is the same moment in another zone, or later.
        ("2025-12-19T03:05:00+00:00", "2025-12-19", "2025-12-18", False),
        ("2025-06-24", "2025-06-24", "2025-07-01", False),
        ("2025-06-24", None, "2024-08-25", False),
    ],
)
def test_stamped_on_update(
    published: str, updated: str | None, shown: str, expected: bool
) -> None:
    assert stamped_on_update(published, updated, shown) is expected


def test_local_form_is_the_same_moment_in_a_local_zone() -> None:
    utc = "2025-12-18T23:25:38+00:00"
    assert local_form(utc, ["2025-12-19T04:25:38+0500"]) == "2025-12-19T04:25:38+05:00"
    # Another moment, another UTC value or a value without a zone is not its local form.
    assert local_form(utc, ["2025-12-19T04:26:38+05:00", "2025-12-18T23:25:38Z"]) is None
    assert local_form(utc, ["2025-12-18T23:25:38", None, "not a date"]) is None
    # Only a moment stated in UTC is put on a local clock.
    assert local_form("2025-12-19T04:25:38+05:00", ["2025-12-18T18:25:38-05:00"]) is None


@pytest.mark.parametrize(
    ("moment", "day", "expected"),
    [
        ("2025-12-19T02:41:41+00:00", "2025-12-18", True),  # evening in the Americas
        ("2025-12-18T20:00:00+00:00", "2025-12-19", True),  # morning in Asia
        ("2025-12-19T14:41:41+00:00", "2025-12-18", False),  # no zone is 15 hours behind
        ("2025-12-19T02:41:41+00:00", "2025-12-17", False),
        ("2025-12-19T02:41:41+00:00", "2025-12-19", False),  # the same day
        ("2025-12-19T02:41:41-05:00", "2025-12-18", False),  # not stated in UTC
        ("2025-12-19T02:41:41+00:00", None, False),
    ],
)
def test_local_day(moment: str, day: str | None, expected: bool) -> None:
    assert local_day(moment, day) is expected
