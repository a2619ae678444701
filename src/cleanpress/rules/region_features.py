"""Block features for finding the article in whole-page text.

Each block gets a few cheap numbers: its size in words, whether it ends like
a sentence, how many of its words are glue words, whether it is a list item.
From them, :func:`prose_weight` says how much a block looks like running
article prose (positive) or like page chrome (negative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleanpress.document import Block
from cleanpress.rules.region_words import STOP_WORDS

#: Characters that end a sentence (closing quotes and brackets are looked through).
_TERMINAL = frozenset(".!?…。！？:;")
_CLOSERS = "\"'”’»)]›」』"
#: Scripts written without spaces between words: count characters instead.
_WIDE_START = 0x2E80
#: Words of a block that the glue-word count looks at (bounds the cost).
_MAX_WORDS = 200
_LETTER = re.compile(r"[^\W\d_]")
_STRIP = ".,;:!?\"'“”‘’«»()[]—–-…"


@dataclass(slots=True)
class Features:
    """What the region rules know about one block."""

    size: int  # words, or characters / 2 in scripts without spaces
    terminal: bool  # ends like a sentence
    stop_ratio: float  # share of glue words among its words (0..1)
    list_item: bool
    indent: int
    letters: bool  # holds a letter at all (not just symbols or digits)
    lower_start: bool  # starts with a lower-case letter

    @property
    def prose(self) -> bool:
        """Running prose: a sentence of some length, or a long glue-word-rich text."""
        if self.size >= 10 and self.terminal:
            return self.stop_ratio >= 0.12 or self.size >= 25 or self.stop_ratio == 0.0
        return self.size >= 30 and self.stop_ratio >= 0.2 and not self.list_item


def _ends_sentence(text: str) -> bool:
    end = text.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _TERMINAL


def _size(text: str, words: list[str]) -> int:
    if len(words) * 12 < len(text) and any(ord(c) >= _WIDE_START for c in text[:40]):
        return max(len(words), len(text) // 2)
    return len(words)


def features(block: Block) -> Features:
    """Measure one block."""
    text = block.text
    words = text.split()
    sample = words[:_MAX_WORDS]
    stops = sum(1 for w in sample if w.lower().strip(_STRIP) in STOP_WORDS)
    return Features(
        size=_size(text, words),
        terminal=_ends_sentence(text),
        stop_ratio=stops / len(sample) if sample else 0.0,
        list_item=block.bullet is not None,
        indent=block.indent,
        letters=_LETTER.search(text) is not None,
        lower_start=text[:1].islower(),
    )


def prose_weight(f: Features) -> float:
    """Evidence that a block belongs to the article: + for prose, - for chrome."""
    if f.prose:
        return float(f.size) if f.terminal else 0.5 * f.size
    if f.list_item:
        if f.lower_start:
            return -1.0  # an item of a list in the text, not a menu entry
        return -3.0 - 0.2 * f.size
    return -2.0 - 0.2 * f.size
