"""Paragraphs a page shows twice are kept once, not lost."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.readers import read
from cleanpress.rules.locate.text_copies import later_copies

ABOUT = [
    "Our carry-on cases are built for travellers who want to move light and fast, with "
    "wheels that turn on the spot and a shell that shrugs off knocks in the overhead bin.",
    "Every case comes with a ten-year warranty that covers the wheels, the handle and the "
    "zips, and a repair service that collects the case from your door and brings it back.",
]
MENU = "\n".join(f"  * {item}" for item in ("Luggage", "Bags", "Sale", "Help", "Stores"))


def blocks(*lines: str) -> list:
    return read("\n\n".join(lines), kind="text")[0].blocks


def test_a_section_shown_twice_keeps_its_first_copy() -> None:
    page = blocks("Carry-on luggage", *ABOUT, "Carry-on luggage", *ABOUT)
    assert [b.text for b in later_copies(page)] == ABOUT
    assert [b.index for b in later_copies(page)] == [4, 5]


def test_a_quoted_post_is_a_later_copy() -> None:
    page = blocks("anna said:", *ABOUT, "ben said:", "anna said:", *ABOUT, "Agreed, mine too.")
    assert [b.index for b in later_copies(page)] == [5, 6]


def test_short_lines_or_one_paragraph_repeated_are_not_copies() -> None:
    steps = ["Meal 1", "Eat every 2-3 hours", "1 scoop of protein, 1 cup of berries and 8 oz. of "
             "unsweetened almond milk"]
    assert later_copies(blocks("Plan A", *steps, "Plan B", *steps)) == []
    assert later_copies(blocks(ABOUT[0], "A line between.", ABOUT[0])) == []


def test_a_page_showing_its_content_twice_keeps_it_once() -> None:
    text = "\n\n".join([MENU, "Carry-on luggage", *ABOUT, "Carry-on luggage", *ABOUT, MENU])
    result = Cleaner().clean(text, kind="text")
    for paragraph in ABOUT:
        assert result.text.count(paragraph) == 1
