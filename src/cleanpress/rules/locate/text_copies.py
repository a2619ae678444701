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
    copies: list[Block] = []
    i = 0
    while i < len(blocks):
        if blocks[i].words < LEAD_WORDS:
            i += 1
            continue
        seen = first.setdefault(blocks[i].text, i)
        run = 0
        while seen + run < i and i + run < len(blocks) and (
            blocks[seen + run].text == blocks[i + run].text
        ):
            run += 1
        if run >= RUN and _prose_words(blocks[i:i + run]) >= PROSE_WORDS:
            copies.extend(blocks[i:i + run])
            i += run
        else:
            i += 1
    return copies


def _prose_words(blocks: Sequence[Block]) -> int:
    return sum(f.size for f in map(Features, blocks) if f.prose)
