"""separator-line: rows of symbols go; short lines with words or numbers stay."""

from __future__ import annotations

import pytest
from tests.rules.chrome_cases import removed_between

from cleanpress.rules.chrome import separators


@pytest.mark.parametrize("line", ["-" * 70, "=====", "* * *", "~~~~~~~~", "· · ·", "#####"])
def test_separators_go(line: str) -> None:
    # "* * *" and "· · ·" read as list items; the removal is the whole line.
    assert [line.endswith(text) for text in removed_between(separators, line)] == [True]


@pytest.mark.parametrize(
    "line", ["--", "—", "***Breaking***", "1 - 0", "----- Sponsored -----", "…", "?!"]
)
def test_lines_with_words_or_too_short_stay(line: str) -> None:
    assert removed_between(separators, line) == []
