"""Paragraphs a page shows twice: keep the first copy.

Pages laid out for two screen sizes carry some sections twice, and a
thread's replies quote the posts they answer. The chrome rules take a
repeated paragraph for a tagline and remove every copy, the first one too,
which can leave nothing of the content. So the later copies of a run of
paragraphs are found here, after the content is located; runs of short lines
repeated (the same steps in two plans of a diet) are not copies.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanpress.document import Block
from cleanpress.rules.locate.text_features import Features

#: A run of RUN blocks or more, led by one of LEAD_WORDS words or more and holding
#: PROSE_WORDS words of prose, that repeats an earlier run is a copy.
RUN = 2
LEAD_WORDS = 10
PROSE_WORDS = 40


def later_copies(blocks: Sequence[Block]) -> list[Block]:
    """The blocks of ``blocks`` (kept text, in order) that repeat an earlier run of paragraphs."""
    first: dict[str, int] = {}
    repeats: list[int] = []  # blocks whose text came before
    for i, block in enumerate(blocks):
        text = block.text
        # (A block of LEAD_WORDS words has twice as many characters: a cheap test first.)
        if len(text) >= 2 * LEAD_WORDS and first.setdefault(text, i) != i:
            repeats.append(i)
    copies: list[Block] = []
    done = 0  # blocks before this are in a copy already
    for i in repeats:
        if i < done or blocks[i].words < LEAD_WORDS:
            continue
        seen = first[blocks[i].text]
        run = 0
        while seen + run < i and i + run < len(blocks) and (
            blocks[seen + run].text == blocks[i + run].text
        ):
            run += 1
        if run >= RUN and _prose_words(blocks[i:i + run]) >= PROSE_WORDS:
            copies.extend(blocks[i:i + run])
            done = i + run
    return copies


def _prose_words(blocks: Sequence[Block]) -> int:
    return sum(f.size for f in map(Features, blocks) if f.prose)
