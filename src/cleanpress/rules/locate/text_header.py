"""The article's header: headline, byline and date lines just above its text."""

from __future__ import annotations

from collections.abc import Sequence

from cleanpress.document import Block
from cleanpress.rules.locate.text_features import Features
from cleanpress.rules.metadata.title import STRONG, headline_score

#: How far back (blocks) the header is looked for, and the most words of a header line.
HEADER_SPAN = 12
HEADER_WORDS = 30
#: Without a headline: at most this many header lines of three words or more.
HEADER_BLOCKS = 5
#: Lines in a group without blank lines between, three in four of at most
#: MENU_WORDS words, that make a menu.
MENU_GROUP = 4
MENU_WORDS = 3


def header_zone(blocks: Sequence[Block], feats: Sequence[Features], start: int) -> int:
    """Where the article's header (headline, byline, date) begins, just before ``start``.

    Looks back over short blocks that are not list items (at most
    :data:`HEADER_SPAN`) for the headline: the nearest line shaped like a full
    headline, else the best-shaped one. The header runs from there to the
    article; the title and byline rules take it from there. Without a
    headline, the header is the few short lines before the article, back to a menu.
    """
    i = start
    while i > 0 and start - i < HEADER_SPAN:
        f = feats[i - 1]
        if f.list_item or f.prose or f.size > HEADER_WORDS:
            break
        i -= 1
    scores = [(headline_score(blocks[j]), j) for j in range(start - 1, i - 1, -1)]
    strong = [j for score, j in scores if score >= STRONG]
    if len(strong) > 1 and strong[0] == start - 1:
        strong.pop(0)  # right above the first paragraph, a long line is likelier a caption
    if strong:
        return strong[0]
    best = max(scores, default=(0.0, start))
    if best[0] > 0:
        return best[1]
    i, lines = start, 0
    while i > 0 and start - i < HEADER_SPAN:
        f = feats[i - 1]
        if f.list_item or f.prose or f.size > HEADER_WORDS or _in_menu_group(blocks, feats, i - 1):
            break
        if f.size >= 3:
            if lines == HEADER_BLOCKS:
                break
            lines += 1
        i -= 1
    return i


def _in_menu_group(blocks: Sequence[Block], feats: Sequence[Features], i: int) -> bool:
    """Whether block ``i`` is one of a group of short lines without blank lines between (a menu)."""
    first = last = i
    while first > 0 and not blocks[first].blank_before and first > i - MENU_GROUP:
        first -= 1
    while last + 1 < len(blocks) and not blocks[last].blank_after and last < i + MENU_GROUP:
        last += 1
    if last - first + 1 < MENU_GROUP:
        return False
    short = sum(1 for j in range(first, last + 1) if feats[j].size <= MENU_WORDS)
    return short * 4 >= (last - first + 1) * 3  # three in four lines are short
