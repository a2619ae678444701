"""Dates as pages write them come out as ISO 8601; text without a date gives None."""

from __future__ import annotations

import pytest

from cleanpress.dates import find_datetime, parse_datetime


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Update 02/21/24, 9:52 p.m. ET: text", "2024-02-21T21:52:00-05:00"),
        ("Updated July 4, 2023 11:00 am PT", "2023-07-04T11:00:00-07:00"),
        ("Feb. 21, 2024 at 9:52 AM EST", "2024-02-21T09:52:00-05:00"),
        ("Published 9:52 p.m. ET, Feb 21, 2024", "2024-02-21T21:52:00-05:00"),
        ("March 3rd 2024", "2024-03-03"),
        ("21. Februar 2024, 14:30 Uhr", "2024-02-21T14:30:00"),
        ("21.02.2024 um 14.30 Uhr MEZ", "2024-02-21T14:30:00+01:00"),
        ("1er mars 2024 à 14h30", "2024-03-01T14:30:00"),
        ("21 de febrero de 2024 a las 10:15 CET", "2024-02-21T10:15:00+01:00"),
        ("13/02/2024 10:00 BST", "2024-02-13T10:00:00+01:00"),
        ("June 5, 2024 3:00 p.m. GMT+2", "2024-06-05T15:00:00+02:00"),
        ("5 June 2024 15:00 UK", "2024-06-05T15:00:00+01:00"),
        ("2024-02-21T21:52:00Z", "2024-02-21T21:52:00+00:00"),
        ("2024-07-01 10:00 +0200", "2024-07-01T10:00:00+02:00"),
        ("2024-07-01", "2024-07-01"),
        ("Dec 17, 2025Julian K. Arni", "2025-12-17"),  # inline elements run together
        ("By: FlowGuard EMEA on 04-ago-2021 5:11:10", "2021-08-04T05:11:10"),
        ("12-Mar-2024", "2024-03-12"),
        ("17 December 2025Julian K. Arni", "2025-12-17"),
        ("12 aprile 2024, 08:15", "2024-04-12T08:15:00"),
        ("lunedì 12 maggio 2025", "2025-05-12"),
        ("22 de janeiro de 2018", "2018-01-22"),
        ("5 fev. 2024", "2024-02-05"),
        ("3 maart 2024 14:30", "2024-03-03T14:30:00"),
        ("1 mei 2024", "2024-05-01"),
        ("12 mrt. 2024", "2024-03-12"),
        ("20 ноября 2026, 09:15", "2026-11-20T09:15:00"),
        ("1 марта 2024 г.", "2024-03-01"),
        ("2026年11月20日 08:30", "2026-11-20T08:30:00"),
        ("発表 2026年 2月 3日（火）", "2026-02-03"),
        ("2026/11/20 08:30", "2026-11-20T08:30:00"),
        ("2026.11.20", "2026-11-20"),
    ],
)
def test_dates_are_read(text: str, iso: str) -> None:
    assert parse_datetime(text) == iso


def test_numeric_order() -> None:
    assert parse_datetime("03/04/2024") == "2024-03-04"
    assert parse_datetime("03.04.2024") == "2024-04-03"
    assert parse_datetime("03/04/2024", dayfirst=True) == "2024-04-03"
    assert parse_datetime("25/12/2023") == "2023-12-25"


def test_span_covers_date_and_time() -> None:
    text = "Posted: Feb 21, 2024, 9:52 p.m. ET. More text"
    _iso, (start, end) = find_datetime(text)
    assert text[start:end] == "Feb 21, 2024, 9:52 p.m. ET"


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the 5 men left at 9.",
        "Feb 21",
        "He scored 12/30 in the test.",
        "Ratio 24/7 and 3.5.1 release",
        "Mei 2024 was a good year for the Chen family",  # a name, no day
        "3 out 2024",  # not a Portuguese 'outubro' abbreviation: too common a word
        "99/99/2024",
        "2026/13/40",
        "release v2026.11.20.1",  # a version number
        "",
        "9" * 5000,
    ],
)
def test_no_date(text: str) -> None:
    assert parse_datetime(text) is None


def test_plain_words_are_not_zones() -> None:
    assert parse_datetime("March 3, 2024 at 10:00 et al") == "2024-03-03T10:00:00"
