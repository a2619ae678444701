"""Marker families: the literal prefilter never changes what a search finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanpress.literals import fold, required_literals, scans
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
