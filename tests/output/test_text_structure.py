"""The structure the text reader sees: heading levels by a line's shape, and lists."""

from __future__ import annotations

from md_strip import outline

from cleanpress import Cleaner
from cleanpress.readers.text import read_text


def levels(text: str) -> list[tuple[str, int]]:
    return [(b.text, b.level) for b in read_text(text).blocks]


def test_a_short_line_alone_before_prose_is_a_heading() -> None:
    found = levels("Before You Dig\n\nWalk the plot with the secretary, then decide.\n")
    assert found == [("Before You Dig", 2), ("Walk the plot with the secretary, then decide.", 0)]


def test_a_short_line_before_a_list_is_a_heading() -> None:
    assert levels("What to Bring\n\n* A spade\n* Gloves\n")[0] == ("What to Bring", 2)


def test_underlined_lines_are_headings() -> None:
    found = levels("Main Title\n==========\n\nA paragraph of text, which says things.\n\n"
                   "A Part\n------\n\nMore text follows here, as it should.\n")
    assert ("Main Title", 1) in found and ("A Part", 2) in found


def test_lines_that_are_not_headings() -> None:
    found = dict(levels(
        "Home\nNews\nSport\n\n"                        # a menu: lines run together
        "Short Line\n\nAnother Short Line\n"           # followed by another heading shape
        "This line ends in a full stop.\n\n"          # (and this one by a line at once)
        "Last Words Here\n"))                          # nothing follows
    assert set(found.values()) == {0}


def test_text_input_markdown_has_headings_and_nested_lists() -> None:
    page = ("Starting Your First Plot\n\n"
            "New tenants get their keys in March, which leaves weeks to plan the plot.\n\n"
            "What to Bring\n\n* A spade\n* Seeds:\n    + beans\n    + peas\n* A notebook\n\n"
            "1. Clear one bed.\n2. Dig in compost.\n")
    found = outline(Cleaner().clean(page, kind="text").markdown)
    assert ("h", 2, "What to Bring") in found
    assert [entry[1:3] for entry in found if entry[0] == "li"] == [
        (1, False), (1, False), (2, False), (2, False), (1, False), (1, True), (1, True)]
