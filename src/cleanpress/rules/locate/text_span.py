"""The span of the article among a page's blocks.

Each block gets a weight (see :mod:`cleanpress.rules.locate.text_features`): prose
counts for the article, menu items and labels against it. The article is the
contiguous run of blocks with the greatest total weight, found twice: once
plainly, once knowing the indentation of the article's paragraphs, so that
short blocks among them (subheadings, captions, lists) are bridged. The span
is then narrowed to the article's indentation, cut before prose that sits
apart from it (comments, boilerplate), and extended over its short closing
lines and over a list its last line announces.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanpress.document import Block
from cleanpress.rules.locate.text_features import Features

#: Prose at the very end of a page counts this much less than prose near its start;
#: the discount grows from nothing at DECAY_FROM (a share of the page) to DECAY at the end.
DECAY = 0.6
DECAY_FROM = 0.2
#: A prose block with no prose block beside it (a teaser, a comment, a blurb) counts this much.
ISOLATED = 0.4
#: Each block of a run of chrome weighs more than the one before, up to a cap:
#: a long run separates the article from prose further down the page.
RUN_GROWTH = 0.1
RUN_CAP = 3.0
_GROWTH = tuple(
    min(1.0 + RUN_GROWTH * run, RUN_CAP) for run in range(int((RUN_CAP - 1) / RUN_GROWTH) + 2)
)
#: In the second pass, chrome among the paragraphs at the article's indentation
#: (captions, subheadings, credits) weighs this much; chrome elsewhere, OFF_MAIN.
ON_MAIN = 0.2
OFF_MAIN = 1.0
#: Non-prose blocks in a row that set prose after them apart from the article
#: (comments, teasers, notices).
TAIL_GAP = 6
#: Prose behind such a gap at the article's end, with less than this share of the
#: article's words, is cut.
TAIL_SHARE = 0.3
#: Short lines after the article's last paragraph that may still belong to it.
CLOSING_LINES = 6
#: Most lines of a list announced by the article's last line (ending in ':').
ANNOUNCED_LIST = 40
#: ... and the fewest words of that line.
ANNOUNCING_WORDS = 5
#: Paragraphs at most this many blocks apart, with only short blocks between, form one run.
RUN_JOIN = 2
#: The first run with this share of the longest run's words is the article's.
RUN_SHARE = 0.5
#: The most words of a subheading between two paragraphs.
SUBHEADING_WORDS = 12


def find_span(blocks: Sequence[Block], feats: Sequence[Features]) -> tuple[int, int]:
    """The article's ``[start, end)`` among ``blocks`` (empty when there is no prose)."""
    weights = _run_weights(_prose_weights(feats))
    start, end = best_span(weights)
    if end <= start:
        return 0, 0
    # Second pass: knowing the article's indentation, bridge what sits among its paragraphs.
    start, end = best_span(_at_indent(feats, weights, main_indent(feats, start, end)))
    if end <= start:
        return 0, 0
    start, end = _trim_to_indent(feats, start, end)
    end = _trim_detached_tail(feats, start, end)
    end = _extend_over_closing_lines(feats, start, end)
    end = _extend_over_announced_list(blocks, feats, end)
    return start, end


def _prose_weights(feats: Sequence[Features]) -> list[float]:
    """Each block's prose weight, discounted down the page and when it stands alone."""
    n = len(feats)
    weights = [f.weight for f in feats]
    for i, w in enumerate(weights):
        if w > 0:
            w *= 1.0 - DECAY * max(0.0, i / n - DECAY_FROM) / (1.0 - DECAY_FROM)
            if not _has_prose_neighbour(feats, i):
                w *= ISOLATED
            weights[i] = w
    return weights


def _run_weights(base: Sequence[float]) -> list[float]:
    """Each block's weight for the span search: chrome weighs more the longer its run.

    ``base`` holds the prose weights (:func:`_prose_weights`): prose is
    positive, chrome negative.
    """
    weights = list(base)
    last = len(_GROWTH) - 1
    run = 0  # blocks since the last prose block
    for i, w in enumerate(weights):
        if w > 0:
            run = 0
            continue
        run += 1
        weights[i] = w * _GROWTH[run if run < last else last]
    return weights


def _at_indent(
    feats: Sequence[Features], weights: Sequence[float], main: int | None
) -> list[float]:
    """``weights`` (:func:`_run_weights`) knowing the article's indentation ``main``:
    chrome at that indentation weighs ON_MAIN as much (it sits among the
    paragraphs), chrome elsewhere OFF_MAIN as much."""
    if main is None:
        return list(weights)
    return [
        w * (ON_MAIN if f.indent == main and not f.list_item else OFF_MAIN) if w <= 0 else w
        for w, f in zip(weights, feats, strict=True)
    ]


def best_span(weights: Sequence[float]) -> tuple[int, int]:
    """The contiguous ``[start, end)`` of greatest total weight (empty: ``(0, 0)``)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _has_prose_neighbour(feats: Sequence[Features], i: int) -> bool:
    """Whether prose at the same indentation is next to ``i``, or one subheading away."""
    here = feats[i].indent
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(feats) and _is_subheading(feats[j]) and feats[j].indent == here:
            j += step
        if 0 <= j < len(feats) and feats[j].prose and feats[j].indent == here:
            return True
    return False


def _is_subheading(f: Features) -> bool:
    return not f.list_item and not f.prose and f.letters and f.size <= SUBHEADING_WORDS


def main_indent(feats: Sequence[Features], start: int, end: int) -> int | None:
    """The indentation of the article's run of paragraphs in ``[start, end)``.

    A run is prose blocks at one indentation, one after the other or with a
    short line between (a subheading, a numbered heading). The first run of
    about the length of the longest is the body of the article, even when
    comments further down hold more words.
    """
    runs: list[tuple[int, int]] = []  # (words, indentation) of each run, in page order
    last = -9
    for i in range(start, end):
        f = feats[i]
        if not f.prose:
            continue
        gap = i - last
        joined = gap == 1 or (
            gap <= RUN_JOIN and all(feats[j].size <= SUBHEADING_WORDS for j in range(last + 1, i))
        )
        if joined and feats[last].indent == f.indent:
            runs[-1] = (runs[-1][0] + f.size, f.indent)
        else:
            runs.append((f.size, f.indent))
        last = i
    if not runs:
        return None
    longest = max(words for words, _ in runs)
    return next(indent for words, indent in runs if words >= RUN_SHARE * longest)


def _trim_to_indent(feats: Sequence[Features], start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to begin and end on prose at the article's main indentation.

    The article's paragraphs share one indentation; comments and teasers
    around it sit deeper or shallower, come one short text at a time, or sit
    behind a few lines of chrome. Connected paragraphs at another indentation
    that follow right on (a fact box, a standfirst) stay.
    """
    main = main_indent(feats, start, end)
    if main is None:
        return start, end
    first, last = start, end
    while first < end and not (feats[first].prose and feats[first].indent == main):
        first += 1
    while last > first and not (feats[last - 1].prose and feats[last - 1].indent == main):
        last -= 1
    head = [i for i in range(start, first) if feats[i].prose]
    tail = [i for i in range(last, end) if feats[i].prose]
    # Prose before the main run is cut only when the run is not deeper than it:
    # a deeper main run after the article is more likely a comment thread.
    deeper = any(feats[i].indent < main for i in head)
    if not deeper and _is_apart(feats, head, first - 1 - head[-1] if head else 0):
        start = first
    if _is_apart(feats, tail, tail[0] - last if tail else 0):
        end = last
    return start, end


def _is_apart(feats: Sequence[Features], prose: list[int], gap: int) -> bool:
    """Whether prose off the main indentation, ``gap`` blocks away, is not the article's."""
    if not prose or gap >= TAIL_GAP:
        return True
    lone = sum(1 for i in prose if not _has_prose_neighbour(feats, i))
    return 2 * lone >= len(prose)


def _trim_detached_tail(feats: Sequence[Features], start: int, end: int) -> int:
    """Cut a small stretch of prose that follows the article behind a run of chrome.

    Privacy notices, company boilerplate and author blurbs after a share bar or
    a comment form are prose too, but few words against the article's.
    """
    gap, gap_end = 0, -1
    for i in range(start, end):
        if feats[i].prose:
            if gap >= TAIL_GAP:
                gap_end = i
            gap = 0
        else:
            gap += 1
    if gap_end < 0:
        return end
    before = sum(f.size for f in feats[start:gap_end] if f.prose)
    after = sum(f.size for f in feats[gap_end:end] if f.prose)
    if after >= TAIL_SHARE * before:
        return end
    cut = gap_end
    while cut > start and not feats[cut - 1].prose:
        cut -= 1
    return cut


def _extend_over_closing_lines(feats: Sequence[Features], start: int, end: int) -> int:
    """Take in the short last paragraphs of the article, too short to count as prose.

    A quote, a one-line paragraph, a subheading and the lines under it: sentences
    (or a subheading followed by one) at the indentation of the article's last
    paragraph, right after it.
    """
    if end <= start or end >= len(feats):
        return end
    indent = feats[end - 1].indent
    i, stop = end, min(len(feats), end + CLOSING_LINES)
    while i < stop:
        f = feats[i]
        if f.list_item or f.indent != indent or not f.letters or f.prose:
            break
        if f.terminal and f.size >= 3:
            end = i + 1
        elif not _is_subheading(f):
            break
        i += 1
    return end


def _extend_over_announced_list(
    blocks: Sequence[Block], feats: Sequence[Features], end: int
) -> int:
    """Take in the list that the article's last line announces ("... dates:")."""
    if end == 0 or end >= len(feats) or not blocks[end - 1].text.endswith(":"):
        return end
    if feats[end - 1].size < ANNOUNCING_WORDS:
        return end  # "Share this:", "Read more:", "You might also like:" announce chrome
    indent = feats[end - 1].indent
    i, stop = end, min(len(feats), end + ANNOUNCED_LIST)
    while i < stop and feats[i].letters and not feats[i].prose:
        f = feats[i]
        # Deeper, bulleted, or in one group with the line above (no blank line between).
        same_group = not blocks[i].blank_before
        if f.indent < indent or not (f.indent > indent or f.list_item or same_group):
            break
        i += 1
    return i
