"""Which number of a numeric date is the day, and why (cleanpress.rules.metadata.date_order)."""

from __future__ import annotations

import json

import pytest

from cleanpress import Cleaner
from cleanpress.rules.metadata.date_order import DateOrder, page_order, settle


@pytest.mark.parametrize(
    ("language", "url", "expected"),
    [
        ("en-US", "https://example.co.uk/a", DateOrder(False, "month first: a en-US page")),
        ("de", None, DateOrder(True, "day first: a de page")),
        ("en", "https://www.example.co.uk/a", DateOrder(True, "day first: a .uk site")),
        (None, "https://example.us/a", DateOrder(False, "month first: a .us site")),
        ("en", "https://example.com/a", DateOrder(None, "")),
        (None, None, DateOrder(None, "")),
    ],
)
def test_page_order(language: str | None, url: str | None, expected: DateOrder) -> None:
    assert page_order(language, url) == expected


NONE = DateOrder(None, "")


@pytest.mark.parametrize(
    ("value", "order", "written", "expected"),
    [
        ("21/03/2024", NONE, set(), ("2024-03-21", "")),  # reads one way only
        ("03-09-2026", NONE, {"2026-03-09"},
         ("2026-03-09", "month first: the page writes that day out")),
        ("03/09/2026", DateOrder(True, "day first: a de page"), set(),
         ("2026-09-03", "day first: a de page")),
        ("03/09/2026", NONE, set(), ("2026-03-09", "month first: written with '/'")),
        ("03.09.2026", NONE, set(), ("2026-09-03", "day first: written with '.'")),
    ],
)
def test_settle(
    value: str, order: DateOrder, written: set[str], expected: tuple[str, str]
) -> None:
    assert settle(value, order, written) == expected


def test_the_markup_date_is_read_the_way_the_byline_writes_it() -> None:
    head = '<meta property="article:published_time" content="03-09-2026">'
    html = (f"<!doctype html><html lang='en'><head>{head}</head><body><article>"
            "<h1>Council approves the budget</h1><p>Published March 9, 2026</p>"
            + "<p>The council met on Tuesday to discuss the new budget for the coming year, and "
            "members spoke for hours about the cost of repairs.</p>" * 3
            + "</article></body></html>")
    meta = Cleaner().clean(html, kind="html").metadata
    assert meta.published == "2026-03-09"
    assert meta.sources["published"] == (
        "html-metadata: meta article:published_time "
        "(03-09-2026 read month first: the page writes that day out)"
    )
    assert json.dumps(meta.to_dict())  # the reason travels with the result


def _byline_page(url: str) -> str:
    return (f"<!doctype html><html lang='en'><head><link rel='canonical' href='{url}'></head>"
            "<body><article><h1>Council approves the budget</h1><p>03/10/2023</p>"
            + "<p>The council met on Tuesday to discuss the new budget for the coming year, and "
            "members spoke for hours about the cost of repairs.</p>" * 3
            + "</article></body></html>")


def test_a_byline_date_is_read_the_way_the_address_gives_the_day() -> None:
    meta = Cleaner().clean(_byline_page("https://example.com/blog/2023/october/03/budget/"),
                           kind="html").metadata
    assert meta.published == "2023-10-03"
    assert meta.sources["published"].endswith("(day first: the page's address gives that day)")
    # An address of another day says nothing of the order: the slash reads month first.
    meta = Cleaner().clean(_byline_page("https://example.com/blog/2023/october/04/budget/"),
                           kind="html").metadata
    assert meta.published == "2023-03-10"
