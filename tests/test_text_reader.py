"""The plain-text reader: lines to blocks, hard-wrapped paragraphs joined back."""

from __future__ import annotations

from cleanpress.readers.text import read_text

WRAPPED = """\
The council met on Tuesday evening to discuss the new timetable for the
ferries that cross the estuary, which has been changed twice this year and
which residents say is now harder to follow than it has ever been before.
----------------------------------------------------------------------
SPONSORED BY A LOCAL BUSINESS THAT WOULD LIKE YOU TO VISIT ITS NEW SHOP
----------------------------------------------------------------------
The ferry operator said the changes were needed to keep the service going
through the winter months, when fewer passengers travel and the crossings
are more often cancelled because of the weather on the open water outside.
"""


def test_wrapped_paragraphs_are_joined() -> None:
    texts = [b.text for b in read_text(WRAPPED).blocks]
    assert texts[0].startswith("The council met") and texts[0].endswith("ever been before.")
    assert texts[-1].startswith("The ferry operator") and texts[-1].endswith("outside.")


def test_rule_lines_stand_alone() -> None:
    texts = [b.text for b in read_text(WRAPPED).blocks]
    assert texts[1] == "-" * 70
    assert texts[2].startswith("SPONSORED BY") and texts[2].endswith("NEW SHOP")
    assert texts[3] == "-" * 70
    assert len(texts) == 5


def test_any_line_without_letters_or_digits_stands_alone() -> None:
    # Drawn with marks the separator rule knows too, not only dashes and equals signs.
    for line in ("<><><><><><><><><><><><><><><><><><><><><><><><><><><><><><><><><><>",
                 "| | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |"):
        texts = [b.text for b in read_text(WRAPPED.replace("-" * 70, line)).blocks]
        assert texts[1] == texts[3] == line
        assert len(texts) == 5


def test_bullets_and_indentation_are_evidence() -> None:
    doc = read_text("Intro line of the page.\n\n  * First item\n  * Second item\n")
    first, second = doc.blocks[1], doc.blocks[2]
    assert (first.bullet, first.text, first.indent) == ("*", "First item", 2)
    assert second.kind == "list_item" and not second.blank_before


def test_list_markers_found_behind_the_quick_test() -> None:
    from cleanpress.readers.text import _BULLET

    lines = ["1. First", "12) Twelfth", "a) item", "b. item", "• dot", "- dash", "* star",
             "abc. no", "123. no", "x.y no", "2019 was", "e.g. this", "–  wide", "+1 vote"]
    doc = read_text("\n\n".join(lines))
    for line, block in zip(lines, doc.blocks, strict=True):
        match = _BULLET.match(line)
        assert block.bullet == (match.group(1) if match else None), line


def test_one_space_bullets_read_as_the_pattern_reads_them() -> None:
    from cleanpress.readers.text import _BULLET

    lines = ["* star", "*  two spaces", "* \u2005odd space", "• dot", "- dash", "*x", "** bold"]
    doc = read_text("\n\n".join(lines))
    for line, block in zip(lines, doc.blocks, strict=True):
        match = _BULLET.match(line)
        assert block.bullet == (match.group(1) if match else None), line
        body = line[match.end():] if match else line
        assert block.text == " ".join(body.split()), line


def test_whitespace_folded_in_lines_that_are_not_ascii() -> None:
    doc = read_text("Caf\u00e9  au\u2005lait\n\nCaf\u00e9 au lait \u2019s\n\nTab\tand  space")
    assert [b.text for b in doc.blocks] == [
        "Caf\u00e9 au lait", "Caf\u00e9 au lait \u2019s", "Tab and space"
    ]


def test_blank_lines_around_blocks() -> None:
    doc = read_text("One\nTwo\n\nThree\n\n\nFour")
    flags = [(b.text, b.blank_before, b.blank_after) for b in doc.blocks]
    assert flags == [
        ("One", True, False), ("Two", False, True), ("Three", True, True), ("Four", True, True)
    ]


def test_trailing_whitespace_does_not_count_toward_the_wrap_width() -> None:
    padded = "\n".join(line + "   " if line else line for line in WRAPPED.split("\n"))
    assert [b.text for b in read_text(padded).blocks] == [b.text for b in read_text(WRAPPED).blocks]
    # Not wrapped: short lines padded out to a width stay blocks of their own.
    lines = "\n".join(f"Line {i} of a list".ljust(70) for i in range(8))
    assert len(read_text(lines).blocks) == 8
