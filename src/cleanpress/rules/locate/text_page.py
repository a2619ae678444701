"""Pages with no single article: their content is several spans of text.

Threads, listings, product, service and documentation pages hold their
content in several runs of text, separated by short lines (author and date
lines, card titles, prices, headings, code) and by the page's menus. There
the article span is one run among others. :func:`one_article` tells such a
page from an article; :func:`page_spans` finds its content in two ways and
keeps both:

- blocks are weighed for a page (prose for, menus against, other short lines
  only a little against), and every span that weighs a fair share of the
  heaviest is content;
- the page is cut into segments at its menus (runs of short list items), and
  the segment holding the most text is content when its lines hold more of
  that text than its prose: the cards of a listing are short lines with
  little prose, but no menu runs through them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from cleanpress.rules.locate.text_features import Features
from cleanpress.rules.locate.text_span import best_span, main_indent

#: The article span holds at least this share of the page's prose words on an article ...
DOMINANT = 0.5
#: ... and at least this share of the text of the page's fullest segment.
TEXT_SHARE = 0.4
#: An article that opens the page's prose (with at most FIRST_WORDS prose words
#: before it) and holds PERIPHERY_PARAGRAPHS paragraphs or more ...
FIRST_WORDS = 30
PERIPHERY_PARAGRAPHS = 3
#: ... is one article when this share of the prose outside it is nested deeper
#: than its paragraphs (the comments and teaser cards under an article are list
#: items), and CARD_SHARE of that sits in cards: CARDS prose blocks or more, each
#: led by CARD_LEAD lines of the same shapes (a comment's name and date). Deeper
#: prose that is not in cards is the rest of the article, beyond a table of contents.
NESTED_SHARE = 0.5
CARD_SHARE = 0.5
CARDS = 3
CARD_LEAD = 2
#: A span is content when it weighs this share of the heaviest span, and at least SPAN_MIN.
SPAN_SHARE = 0.1
SPAN_MIN = 8.0
#: Weight of a short line that is not a menu entry (a heading, a label, a line
#: of code), and what each of its words adds.
SHORT_LINE = -0.5
SHORT_GROWTH = 0.05
#: A long block that is not prose (a table, a row of links) counts against at most this much.
LONGEST = -6.0
#: A list item weighing this little is a menu entry (see ``Features.weight``) ...
MENU_ENTRY = -3.0
#: ... and this many in a row are a menu, which ends a segment.
MENU_RUN = 4
#: A word of a line that is neither prose nor a list item counts this much of a
#: prose word in a segment's text.
LINE_WORD = 0.5
#: The fullest segment is content of its own when the text of its lines is at least
#: this share of its prose (cards); else its prose spans are.
CARD_TEXT = 0.5


def one_article(feats: Sequence[Features], start: int, end: int) -> bool:
    """Whether the article span ``[start, end)`` is the page's content on its own.

    It is when it holds most of the page's prose and a fair share of the text
    of its fullest segment (a listing's short intro holds all its prose but
    little of its text), or when it opens the page's prose with several
    paragraphs and most prose outside it is nested deeper, in cards.
    """
    total = inside = before = paragraphs = 0
    lines = 0.0  # the text of lines that are neither prose nor list items
    for i, f in enumerate(feats):
        if f.prose:
            total += f.size
            if start <= i < end:
                inside += f.size
                paragraphs += 1
            elif i < start:
                before += f.size
        elif not f.list_item:
            lines += f.size
    main = main_indent(feats, start, end)
    if (
        main is not None
        and before <= FIRST_WORDS
        and paragraphs >= PERIPHERY_PARAGRAPHS
        and total > inside
    ):
        nested = [
            i
            for i, f in enumerate(feats)
            if f.prose and f.indent > main and not start <= i < end
        ]
        words = sum(feats[i].size for i in nested)
        own = [i for i in range(start, end) if feats[i].prose and feats[i].indent > main]
        if words >= NESTED_SHARE * (total - inside) and (
            _in_cards(feats, nested, own) >= CARD_SHARE * words
        ):
            return True
    if inside < DOMINANT * total or (inside < total and _one_card_of_many(feats, start, end)):
        return False
    if inside >= TEXT_SHARE * (total + LINE_WORD * lines):  # (all the text: no need to cut)
        return True
    return inside >= TEXT_SHARE * max((text for text, _, _ in _segments(feats)), default=0.0)


def _in_cards(feats: Sequence[Features], prose: Sequence[int], own: Sequence[int]) -> int:
    """Words of the ``prose`` blocks that sit in cards: blocks led by lines of a
    shape that leads CARDS of them or more (a comment's name and date, a
    teaser's headline and byline), and of none of the article's own nested
    paragraphs ``own`` (the entries of a list article are cards, the first
    among its paragraphs)."""
    shapes = _shapes(feats)
    leads = {i: _lead(shapes, i) for i in prose}
    counts = Counter(leads.values())
    for i in own:
        counts[_lead(shapes, i)] = 0
    return sum(feats[i].size for i in prose if counts[leads[i]] >= CARDS)


Shape = tuple[int, bool, bool]


def _shapes(feats: Sequence[Features]) -> list[Shape]:
    """Each block's shape: indentation, list item, prose."""
    return [(f.indent, f.list_item, f.prose) for f in feats]


def _lead(shapes: Sequence[Shape], i: int) -> tuple[Shape, ...]:
    """The shapes of the CARD_LEAD blocks before block ``i``."""
    return tuple(shapes[max(0, i - CARD_LEAD):i])


def _one_card_of_many(feats: Sequence[Features], start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` holds a paragraph led by lines (not prose,
    one a list item or set apart by its indentation) of a shape that leads
    CARDS paragraphs or more, some of them outside it: a post of a thread, an
    entry of a listing."""
    leads = {}
    for i, f in enumerate(feats):
        if not f.prose or i < CARD_LEAD:
            continue
        lead = feats[i - CARD_LEAD : i]
        # Lines that tell a card from running text: none is prose, and one is
        # a list item or set at another indentation than the paragraph.
        if not any(g.prose for g in lead) and any(
            g.list_item or g.indent != f.indent for g in lead
        ):
            leads[i] = tuple((g.indent, g.list_item) for g in lead)
    counts = Counter(leads.values())
    inside = {leads[i] for i in range(start, end) if i in leads and counts[leads[i]] >= CARDS}
    return any(lead in inside for i, lead in leads.items() if not start <= i < end)


def page_weight(f: Features) -> float:
    """A block's weight on a page of several spans: prose for, menus against,
    other short lines only a little against."""
    if f.prose:
        return f.weight
    if f.list_item or f.weight <= MENU_ENTRY:
        return max(f.weight, LONGEST)
    return SHORT_LINE - SHORT_GROWTH * f.size


def page_spans(feats: Sequence[Features]) -> list[tuple[int, int]]:
    """The spans of content, in page order, apart and not empty.

    The heaviest span is taken, then the heaviest on either side of it, and
    so on; the spans that weigh a fair share of the heaviest are kept, with
    the segment holding the most text when that is cards more than prose.
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
    spans = []
    if found:
        floor = max(SPAN_SHARE * max(total for total, _, _ in found), SPAN_MIN)
        spans = [(start, end) for total, start, end in found if total >= floor]
    segment = max(_segments(feats), default=None)
    if segment is not None and segment[0] > 0:
        _, start, end = segment
        prose = sum(f.size for f in feats[start:end] if f.prose)
        if segment[0] - prose >= CARD_TEXT * prose:
            spans.append((start, end))
    return _merged(spans)


def _is_menu_entry(f: Features) -> bool:
    return f.list_item and f.weight <= MENU_ENTRY


def _segments(feats: Sequence[Features]) -> list[tuple[float, int, int]]:
    """The page cut at its menus: (text, start, end) of each piece between them.

    Text counts the words of prose and, LINE_WORD each, the words of lines
    that are not list items.
    """
    segments = []
    start = i = 0
    n = len(feats)
    while i < n:
        if not _is_menu_entry(feats[i]):
            i += 1
            continue
        run = i
        while i < n and _is_menu_entry(feats[i]):
            i += 1
        if i - run >= MENU_RUN:
            segments.append((start, run))
            start = i
    segments.append((start, n))
    return [(_text(feats[a:b]), a, b) for a, b in segments if b > a]


def _text(feats: Sequence[Features]) -> float:
    return sum(
        f.size if f.prose else 0.0 if f.list_item else LINE_WORD * f.size for f in feats
    )


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in page order, those that overlap or touch joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
