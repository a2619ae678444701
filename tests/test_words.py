"""Counting a block's words, in scripts with spaces and without."""

from __future__ import annotations

import pytest

from cleanpress.document import Block, wide_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council met on Tuesday.", 5),
        ("Zoë’s café is “open” again", 5),
        ("", 0),
        # Chinese and Japanese: a word per two characters.
        ("记者从地铁集团获悉，地铁新线路将于今日开通运营", 11),
        ("市営地下鉄の新しい路線が開業した。", 8),
        # A few wide characters in spaced text change nothing.
        ("The station sign reads 東京 in large letters", 8),
    ],
)
def test_block_words(text: str, words: int) -> None:
    assert Block(0, text, text).words == words


def test_code_counts_tokens_across_lines() -> None:
    code = "def f(x):\n    return  x + 1"
    assert Block(0, code, code, kind="code").words == 6


def test_wide_words_of_spaced_runs_of_ideographs() -> None:
    text = "上海地铁新线路 今日开通运营 市民表示满意"
    assert wide_words(text, 3) == len(text) // 2
    assert wide_words("Tokyo, 東京", 2) == 2  # a short name in spaced text
