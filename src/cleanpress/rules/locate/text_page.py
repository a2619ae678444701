"""Pages with no single article: their content is several spans of text.

Threads, listings, product, service and documentation pages hold their
content in several runs of text, separated by short lines (author and date
lines, card titles, prices, headings, code) and by the page's menus. There
the article span is one run among others. :func:`one_article` tells such a
page from an article; :func:`page_spans` finds its spans: blocks are weighed
for a page (prose for, menus against, other short lines only a little
against), and every span that weighs a fair share of the heaviest is content.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanpress.rules.locate.text_features import Features
from cleanpress.rules.locate.text_span import best_span, main_indent

#: The article span holds at least this share of the page's prose words on an article.
DOMINANT = 0.5
#: An article that opens the page's prose (with at most FIRST_WORDS prose words
#: before it) and holds PERIPHERY_PARAGRAPHS paragraphs or more ...
FIRST_WORDS = 30
PERIPHERY_PARAGRAPHS = 3
#: ... is still one article when this share of the prose outside it is nested
#: deeper than its paragraphs (comments, teaser lists, sidebars).
NESTED_SHARE = 0.5
#: A span is content when it weighs this share of the heaviest span, and at least SPAN_MIN.
SPAN_SHARE = 0.1
SPAN_MIN = 8.0
#: Weight of a short line that is not a menu entry (a heading, a label, a line
#: of code), and what each of its words adds.
SHORT_LINE = -0.5
SHORT_GROWTH = 0.05
#: A long block that is not prose (a table, a row of links) counts against at most this much.
LONGEST = -6.0


def one_article(feats: Sequence[Features], start: int, end: int) -> bool:
    """Whether the article span ``[start, end)`` is the page's content on its own.

    It is when it holds most of the page's prose, or when it opens the
    page's prose with several paragraphs and most prose outside it is nested
    deeper (the comments and teaser cards under an article are list items).
    """
    total = inside = before = paragraphs = 0
    for i, f in enumerate(feats):
        if f.prose:
            total += f.size
            if start <= i < end:
                inside += f.size
                paragraphs += 1
            elif i < start:
                before += f.size
    if inside >= DOMINANT * total:
        return True
    if before > FIRST_WORDS or paragraphs < PERIPHERY_PARAGRAPHS:
        return False
    main = main_indent(feats, start, end)
    if main is None:
        return False
    nested = sum(
        f.size
        for i, f in enumerate(feats)
        if f.prose and f.indent > main and not start <= i < end
    )
    return nested >= NESTED_SHARE * (total - inside)


def page_weight(f: Features) -> float:
    """A block's weight on a page of several spans: prose for, menus against,
    other short lines only a little against."""
    if f.prose:
        return f.weight
    if f.list_item or f.weight <= -3.0:
        return max(f.weight, LONGEST)
    return SHORT_LINE - SHORT_GROWTH * f.size


def page_spans(feats: Sequence[Features]) -> list[tuple[int, int]]:
    """The spans of content, in page order (empty when there is no prose).

    The heaviest span is taken, then the heaviest on either side of it, and
    so on; the spans that weigh a fair share of the heaviest are kept.
    """
    weights = [page_weight(f) for f in feats]
    found: list[tuple[float, int, int]] = []
    pending = [(0, len(weights))]
    while pending:
        lo, hi = pending.pop()
        start, end = best_span(weights[lo:hi])
        if end <= start:
            continue
        start, end = start + lo, end + lo
        found.append((sum(weights[start:end]), start, end))
        pending.append((lo, start))
        pending.append((end, hi))
    if not found:
        return []
    floor = max(SPAN_SHARE * max(total for total, _, _ in found), SPAN_MIN)
    return sorted((start, end) for total, start, end in found if total >= floor)
