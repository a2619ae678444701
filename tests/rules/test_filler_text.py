"""filler-text: one word repeated goes; prose, short repeats and data stay."""

from __future__ import annotations

import pytest
from tests.rules.chrome_cases import removed_between

from cleanpress.rules.chrome import filler_text


@pytest.mark.parametrize("line", [" ".join(["word"] * 200), " ".join(["mmm", "iii"] * 30)])
def test_repeated_words_go(line: str) -> None:
    assert removed_between(filler_text, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo.",
        " ".join(["0"] * 40),
        " ".join(["word"] * 30) + " and then a real sentence follows it.",
        "Go go go! " * 3,
    ],
)
def test_prose_numbers_and_short_repeats_stay(line: str) -> None:
    assert removed_between(filler_text, line) == []
