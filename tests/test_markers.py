"""Marker families: the literal prefilter never changes what a search finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanpress.literals import ascii_starts, fold, needle_pattern, required_literals, scans
from cleanpress.markers import MAX_TEXT, Markers
from cleanpress.plugins import make_plugin_manager

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\balready (?:a )?(?:subscriber|member)\b", {"already "}),
        (r"^(?:©|\(c\)|copyright\s*\d{4})", {"©", "(c)", "copyright"}),
        (r"(?:read|reading) time", {" time"}),
        (r"ab|c", {"ab", "c"}),
        (r"ALL Rights", {"all rights"}),
    ],
)
def test_required_literals(pattern: str, needles: set[str]) -> None:
    assert required_literals([pattern]) == needles


@pytest.mark.parametrize(
    "pattern",
    [r"\d+\s?", r"^.{0,40}?", r"(?:foo)?bar|\w+", r"x*"],
)
def test_no_literal_guarantee(pattern: str) -> None:
    # Each of these can match text that holds none of its literals.
    assert required_literals([pattern, "plain"]) is None


def test_needles_contained_in_others_are_dropped() -> None:
    assert required_literals(["reading", "read"]) == {"read"}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^subscribe now", False),
        (r"^\W{0,3}updated\b", False),
        (r"^.{0,400}?all rights reserved", True),
        (r"\bphoto:", True),
        (r"^", True),
    ],
)
def test_scans(pattern: str, expected: bool) -> None:
    assert scans(pattern) is expected


def test_fold_matches_ignorecase_equivalents() -> None:
    assert fold("ALIı ſtraße") == "alii strasse"


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "fixtures").rglob("input.*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return lines


def test_search_agrees_with_the_plain_regex() -> None:
    """Over every fixture line, the fast search finds a marker exactly when
    the family's whole regex does."""
    pm = make_plugin_manager(entry_points=False)
    markers = Markers(r for r in pm.hook.cleanpress_markers() if r)
    lines = _fixture_lines()
    assert len(lines) > 500
    hits = 0
    for family in markers._families:
        joined = markers.pattern(family)
        if joined is None:
            continue
        for line in lines:
            expected = joined.search(line, 0, MAX_TEXT) is not None
            assert (markers.search(family, line) is not None) is expected, (family, line)
            hits += expected
    assert hits > 50


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"^(?:the )?newsletter", set("tTnN")),
        (r"^\d{1,3} min", set("0123456789")),
        (r"^[\[(]?\s*read", set("[(rR \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")),
        ("^\u212a", set("kK")),  # the Kelvin sign matches k under IGNORECASE
        ("^\u017f", set("sS")),  # and the long s matches s
        (r"^(?:foo)?", None),  # may match nothing: any text
        (r"^$", None),
        (r"^[^a]bc", set(map(chr, range(128)))),
    ],
)
def test_ascii_starts(pattern: str, starts: set[str] | None) -> None:
    found = ascii_starts(pattern)
    assert (None if found is None else set(found)) == starts


def test_ascii_starts_holds_every_ascii_start_the_engine_accepts() -> None:
    import re

    for pattern in (r"^(?:by|von)\s", r"^[\W_]{0,3}(?:ad|anzeige)\b", r"^\+?\s?follow"):
        found = ascii_starts(pattern)
        assert found is not None
        compiled = re.compile(pattern, re.IGNORECASE)
        for line in ["by Jane", "Von X", "+ follow", " Follow", "-- Ad", "_anzeige"]:
            if compiled.match(line):
                assert line[0] in found, (pattern, line)


def test_anchored_patterns_tried_by_first_character_find_the_same_match() -> None:
    pm = make_plugin_manager(entry_points=False)
    markers = Markers(r for r in pm.hook.cleanpress_markers() if r)
    lines = [*_fixture_lines(), "", "ſign up for our newsletter", "\u212aeep reading"]
    for family in markers._families.values():
        if family.anchored is None:
            continue
        for line in lines:
            whole = family.anchored.match(line, 0, MAX_TEXT)
            chosen = family.for_first(line[:1])
            found = chosen.match(line, 0, MAX_TEXT) if chosen is not None else None
            assert (found and found.span()) == (whole and whole.span()), line


@pytest.mark.parametrize(
    "needles", [{"newsletter", "news", "to your inbox", " comment"}, {"a.b", "(c)", "©"}]
)
def test_needle_pattern_finds_a_text_exactly_when_a_needle_is_in_it(needles: set[str]) -> None:
    import re

    compiled = re.compile(needle_pattern(needles))
    for text in ["the newsletter", "new", "sent to your inbox", "no comment", "a.b", "(c) x",
                 "axb", "©", "(c", ""]:
        assert (compiled.search(text) is not None) == any(n in text for n in needles), text


def test_few_prefilter_strings_are_looked_for_one_by_one() -> None:
    many = [rf"\bword{i} here\b" for i in range(10)]
    markers = Markers([{"share": [r"\bfollow us\b", r"\bshare this\b"], "related": many}])
    assert markers._families["share"].few_needles == ("follow us", "share this")
    assert markers._families["related"].few_needles is None  # the trie regex instead
    assert markers.search("share", "Please FOLLOW US today")
    assert markers.search("share", "Do share this page")
    assert not markers.search("share", "Follow the money, they said")
    assert markers.search("related", "see WORD7 here") and not markers.search("related", "word7")


def test_the_plugin_guide_names_every_marker_family() -> None:
    from pathlib import Path

    from cleanpress.markers import FAMILIES

    guide = (Path(__file__).parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")
    assert [family for family in FAMILIES if f"`{family}`" not in guide] == []
