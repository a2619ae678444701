"""Block features for finding the article in whole-page text.

Each block gets a few cheap numbers: its size in words, whether it ends like
a sentence, how many of its words are glue words, whether it is a list item.
From them, its ``weight`` (also :func:`prose_weight`) says how much a block
looks like running article prose (positive) or like page chrome (negative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cleanpress.document import Block, wide_words
from cleanpress.rules.locate.stop_words import STOP_WORDS

#: Characters that end a sentence (closing quotes and brackets are looked through).
_TERMINAL = frozenset(".!?…。！？:;")
_CLOSERS = "\"'”’»)]›」』"
#: Characters of a block that the glue-word count looks at (bounds the cost).
_MAX_CHARS = 600
#: Fewer words than this is never prose.
PROSE_WORDS = 10
#: List items of this many words with this share of glue words read as text, not links.
ITEM_WORDS = 6
ITEM_STOPS = 0.2
ITEM_WEIGHT = -1.0
#: Prose in a list item (a teaser's headline and summary, a key point) counts this much.
LIST_PROSE = 0.5
#: Renderers mark the items of a nested list with a letter o; the reader does not take it
#: for a list marker (it can be a word), but an indented line opening with it is an item.
NESTED_MARK = "o "
_LETTER = re.compile(r"[^\W\d_]")
#: A block with no letter among its first characters counts as having none.
_LETTER_WINDOW = 80


@dataclass(slots=True, init=False)
class Features:
    """What the region rules know about one block, measured from it."""

    size: int  # words, or characters / 2 in scripts without spaces
    terminal: bool  # ends like a sentence
    list_item: bool
    indent: int
    lower_start: bool  # starts with a lower-case letter
    text: str = field(repr=False)
    prose: bool = False  # running prose (see ``is_prose``)
    #: Evidence that the block belongs to the article: + for prose, - for chrome.
    weight: float = 0.0
    _stops: float = field(default=-1.0, repr=False)
    _letters: bool | None = field(default=None, repr=False)

    def __init__(self, block: Block) -> None:
        text = block.text
        list_item = block.bullet is not None
        if not list_item and text.startswith(NESTED_MARK) and block.indent > 0 and text[2:]:
            text, list_item = text[2:], True
        self.text = text
        self.list_item = list_item
        # (text_size, its common case without a call: most blocks are in scripts with spaces)
        words = text.count(" ") + 1 if text else 0
        size = self.size = (
            wide_words(text, words) if words * 4 < len(text) and not text.isascii() else words
        )
        last = text[-1:]
        if last in _CLOSERS:
            last = text.rstrip(_CLOSERS)[-1:]
        terminal = self.terminal = last in _TERMINAL
        self.indent = block.indent
        lower_start = self.lower_start = text[:1].islower()
        self._stops = -1.0
        self._letters = None
        if size >= PROSE_WORDS and is_prose(self):
            self.prose = True
            weight = float(size) if terminal else 0.5 * size
            self.weight = weight * LIST_PROSE if list_item else weight
        else:
            self.prose = False
            if not list_item:
                self.weight = _line_weight(size)
            elif lower_start or (size >= ITEM_WORDS and self.stop_ratio >= ITEM_STOPS):
                self.weight = ITEM_WEIGHT  # an item of a list in the text, not a menu entry
            else:
                self.weight = -3.0 - 0.2 * size

    def as_chrome(self) -> None:
        """Count the block as a line of chrome, not prose (a consent notice)."""
        self.prose = False
        self.weight = _line_weight(self.size)

    @property
    def letters(self) -> bool:
        """Holds a letter at all (not just symbols or digits).

        Looked for on first use: the span search asks about few blocks.
        """
        if self._letters is None:
            text = self.text
            self._letters = (
                text[:1].isalpha() or _LETTER.search(text, 0, _LETTER_WINDOW) is not None
            )
        return self._letters

    @property
    def stop_ratio(self) -> float:
        """Share of glue words among its words (0..1); 0 below ITEM_WORDS.

        Counted on first use: most blocks are decided without it.
        """
        if self._stops < 0:
            self._stops = _stop_ratio(self.text) if self.size >= ITEM_WORDS else 0.0
        return self._stops


def _line_weight(size: int) -> float:
    """The weight of a block that is neither prose nor a list item."""
    return -2.0 - 0.2 * size


def is_prose(f: Features) -> bool:
    """Running prose: a sentence of some length, or a long glue-word-rich text."""
    if f.size >= PROSE_WORDS and f.terminal:
        return f.size >= 25 or f.stop_ratio >= 0.12 or f.stop_ratio == 0.0
    return f.size >= 30 and f.stop_ratio >= 0.2 and not f.list_item


def text_size(text: str) -> int:
    """Words of normalised block text, or half its characters in scripts written without spaces."""
    # Block text is normalised to single spaces, so spaces count the words.
    return wide_words(text, text.count(" ") + 1 if text else 0)


def _stop_ratio(text: str) -> float:
    sample = text[:_MAX_CHARS].lower().split()
    return sum(map(STOP_WORDS.__contains__, sample)) / len(sample) if sample else 0.0


def features(block: Block) -> Features:
    """Measure one block."""
    return Features(block)


def prose_weight(f: Features) -> float:
    """Evidence that a block belongs to the article: + for prose, - for chrome
    (measured with the block's other features: see ``Features.weight``)."""
    return f.weight
