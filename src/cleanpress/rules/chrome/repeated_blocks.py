"""Taglines and other blocks repeated within the page, and pull quotes.

Copies that stand next to each other, or whose first copy lies outside the
article's flow (before its first or after its last paragraph), all go; on a
page whose every paragraph is repeated, the first copies make the flow. A
block shown twice, first outside the flow and then inside it (a chapter's
summary in an overview, then at the chapter), keeps its copy inside; a paragraph
shown twice before the flow, the second time right where the text opens (a
thread's first post previewed in its header), keeps that second copy. When
the first copy is inside the article, only the later copies go: a pull quote
repeating a paragraph must not cost the paragraph (a later copy of code stays too:
a guide shows one snippet at each step it serves). A run of blocks shown twice
in the same order, one of them a paragraph (the article or a section rendered
by two layouts, a thread's quoted post), keeps its first copy wherever it is.
A copy the page hides (a second layout's) goes where another copy is shown,
which stays. A line the article itself repeats three times or more, each copy apart from
the others and all inside its span (an interview's recurring question, a
table's header row), stays.

A pull quote set apart in quotation marks may repeat its paragraph's words
only in part ("The ice doesn't negotiate. It just leaves." from '"We always
said the ice doesn't negotiate," said X. "It just leaves."'): every fragment of
three words or more between its punctuation must stand in one paragraph above
it. A quote standing first, before the paragraph that repeats it, stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Blocks shorter than this are not compared (labels belong to other rules).
_MIN_CHARS = 20
_MIN_WORDS = 3
#: A kept block this long is an article paragraph, for the article's span.
_PARAGRAPH_WORDS = 15
#: A line the article repeats this often, spread through it, is part of it.
_TEMPLATE_COPIES = 3
#: A block shown twice before the text opens it when it is this long (see :func:`_leads_in`).
_LEAD_WORDS = 2 * _PARAGRAPH_WORDS
#: Only this many characters of a block make its key.
_KEY_CHARS = 1000


def text_key(block: Block) -> str:
    """The text of a block, case-folded, its spaces made single (its first characters)."""
    return " ".join(block.text[:_KEY_CHARS].casefold().split())


def _bucket(block: Block) -> tuple[int, str, str]:
    """What two blocks with the same key surely share, cheap to get: the word
    count and the case-folded first and last characters (for a block no longer
    than the key and without edge spaces; others share one bucket)."""
    text = block.text
    if len(text) > _KEY_CHARS or text[0].isspace() or text[-1].isspace():
        return (-1, "", "")
    return (block.words, text[0].casefold()[:1], text[-1].casefold()[-1:])


def _groups(kept: list[Block]) -> list[list[int]]:
    """Positions in ``kept`` of blocks with the same text, groups of two or more.

    Blocks are first sorted into buckets by :func:`_bucket`; only blocks that
    share a bucket have their key made and compared.
    """
    buckets: dict[tuple[int, str, str], list[int]] = {}
    for i, block in enumerate(kept):
        if len(block.text) >= _MIN_CHARS and block.words >= _MIN_WORDS:
            buckets.setdefault(_bucket(block), []).append(i)
    seen: dict[str, list[int]] = {}
    for bucket in buckets.values():
        if len(bucket) > 1:
            for i in bucket:
                seen.setdefault(text_key(kept[i]), []).append(i)
    return sorted((g for g in seen.values() if len(g) > 1), key=lambda g: g[0])


def _is_template(group: list[int], last: int) -> bool:
    """Copies the article itself repeats: three or more, none beside another,
    all within its span (an interview's recurring question, a table's header
    row, the step labels of a plan)."""
    return (
        len(group) >= _TEMPLATE_COPIES
        and group[-1] <= last
        and all(b - a > 1 for a, b in pairwise(group))
    )


def _in_repeated_run(group: list[int], group_of: dict[int, int], kept: list[Block]) -> bool:
    """The group's first copy stands in a run of two or more blocks that is
    repeated further on in the same order, and the run holds a paragraph."""
    first = group[0]
    for later in group[1:]:
        if later - first < 2:
            continue  # copies side by side are the adjacent case
        for step in (-1, 1):
            a, b = first + step, later + step
            if (0 <= a < len(kept) and b < len(kept) and a != later
                    and group_of.get(a) is not None and group_of.get(a) == group_of.get(b)
                    and max(kept[first].words, kept[a].words) >= _PARAGRAPH_WORDS):
                return True
    return False


def _leads_in(group: list[int], first: int, kept: list[Block]) -> bool:
    """A paragraph shown twice before the text's flow, the second time as its opening
    (a thread's first post, previewed in the thread's header and then shown as the
    first post): the later copy opens the text. A tagline is shorter."""
    return (
        len(group) == 2 and group[1] - group[0] > 1 and group[1] < first
        and kept[group[0]].words >= _LEAD_WORDS
    )


@dataclass(frozen=True)
class _Copies:
    """A group of copies of one block, and where the article's flow runs."""

    group: list[int]  # positions in ``kept``, in page order (the shown copies)
    kept: list[Block]
    first: int  # the first and last paragraph of the flow (-1 without one)
    last: int
    group_of: dict[int, int]  # position -> number of its group

    @property
    def adjacent(self) -> bool:
        return all(b - a == 1 for a, b in pairwise(self.group))

    @property
    def inside(self) -> bool:
        """Whether the first copy lies within the article's flow."""
        return self.first <= self.group[0] <= self.last


#: What a case answers: the copies to remove with the reason, or None when the
#: case does not fit (an empty list keeps every copy).
_Verdict = list[tuple[int, str]] | None


def _repeated_run(c: _Copies) -> _Verdict:
    """A run of blocks shown twice in one order, holding a paragraph: first copies stay."""
    if c.adjacent or c.inside or not _in_repeated_run(c.group, c.group_of, c.kept):
        return None
    return [(i, "later copy of a repeated run of blocks") for i in c.group[1:]]


def _summary_then_text(c: _Copies) -> _Verdict:
    """Shown first before the text (an overview, a summary card), then in it."""
    within = [i for i in c.group if c.first < i < c.last]
    if len(c.group) != 2 or c.adjacent or c.inside or not within:
        return None
    return [(i, "copy of an article block outside it") for i in c.group if i != within[0]]


def _lead_in(c: _Copies) -> _Verdict:
    """A paragraph previewed before the text, then opening it (see :func:`_leads_in`)."""
    if not _leads_in(c.group, c.first, c.kept):
        return None
    return [(c.group[0], "copy of an article block outside it")]


def _beside_or_outside(c: _Copies) -> _Verdict:
    """Copies side by side, or first shown outside the flow: a tagline; all go."""
    if not (c.adjacent or not c.inside):
        return None
    return [(i, "block repeated on the page") for i in c.group]


def _template(c: _Copies) -> _Verdict:
    """A line the article itself repeats (see :func:`_is_template`): all stay."""
    return [] if _is_template(c.group, c.last) else None


def _later_copies(c: _Copies) -> _Verdict:
    """First copy inside the article (a pull quote repeating it): later copies go,
    except copies of code (a guide shows the same snippet at each step it serves)."""
    return [(i, "later copy of an article block") for i in c.group[1:]
            if c.kept[i].kind != "code"]


#: The cases of a group of shown copies, in the order they are tried; the first
#: that fits decides.
_CASES = (_repeated_run, _summary_then_text, _lead_in, _beside_or_outside, _template,
          _later_copies)


@rule(
    "repeated-block",
    stage="chrome",
    order=600,
    description="Remove taglines and blocks repeated within the page",
)
def repeated_block(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    groups = _groups(kept)
    if not groups:
        return
    repeated = {i for group in groups for i in group}
    article = [
        i for i, b in enumerate(kept) if b.words >= _PARAGRAPH_WORDS and i not in repeated
    ]
    if not article:
        # Every paragraph is repeated (a page holding its text twice, as a shop's
        # description in a summary and in a tab): the first copies are the text.
        article = [g[0] for g in groups if kept[g[0]].words >= _PARAGRAPH_WORDS]
    first, last = (article[0], article[-1]) if article else (-1, -1)
    group_of = {i: n for n, group in enumerate(groups) for i in group}
    for group in groups:
        shown = [i for i in group if not kept[i].hidden]
        if shown and len(shown) < len(group):
            # A section the page renders twice, one copy hidden (a mobile layout, a
            # tab's copy) on a page type that keeps hidden text: the hidden copy goes.
            for i in group:
                if kept[i].hidden:
                    ctx.remove(kept[i], "hidden copy of a block shown on the page")
            if len(shown) < 2:
                continue
            group = shown
        copies = _Copies(group, kept, first, last, group_of)
        verdict = next(v for case in _CASES if (v := case(copies)) is not None)
        for i, reason in verdict:
            ctx.remove(kept[i], reason)


#: A pull quote is a whole block in quotation marks, of this many words.
_QUOTE_OPEN = tuple('"“„«‘\'')
_QUOTE_CLOSE = tuple('"”“»’\'')
_QUOTE_WORDS = (5, 50)
_SINGLE_OPEN = "‘'"
_DOUBLE_MARKS = '"“”„«»'
#: At most this many characters of a quote, and of a paragraph it may come from, are read.
_QUOTE_CHARS = 600
_SOURCE_CHARS = 4000
#: Its source paragraph stands at most this many kept blocks before it.
_QUOTE_REACH = 10
#: Fragments of the quote between punctuation; those this long must all be in the source.
_FRAGMENT_SPLIT = re.compile(r"[.!?;:,—–…]+")
_FRAGMENT_WORDS = 3
_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """The text's words, case-folded, joined by single spaces and padded with one."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _fragments(quote: Block) -> list[str]:
    """The quote's fragments of three words or more, as :func:`_words` gives them."""
    fragments = [_words(f) for f in _FRAGMENT_SPLIT.split(quote.text)]
    return [f for f in fragments if f.count(" ") > _FRAGMENT_WORDS]


def _is_set_apart(text: str) -> bool:
    """Quoted from end to end, with no quotation closed and reopened inside
    (as in '"X," she said. "Y."', a paragraph that quotes)."""
    inner = text[1:-1]
    if text[0] in _SINGLE_OPEN:
        return "’ " not in inner and "' " not in inner
    return not any(mark in inner for mark in _DOUBLE_MARKS)


@rule(
    "pull-quote",
    stage="chrome",
    order=610,
    description="Remove pull quotes: a quoted line repeating words of a paragraph above it",
)
def pull_quote(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    low, high = _QUOTE_WORDS
    for i, block in enumerate(kept):
        text = block.text
        if not (
            text.startswith(_QUOTE_OPEN)
            and text.endswith(_QUOTE_CLOSE)
            and low <= block.words <= high
            and len(text) <= _QUOTE_CHARS
            and _is_set_apart(text)
        ):
            continue
        fragments = _fragments(block)
        if not fragments:
            continue
        for source in kept[max(0, i - _QUOTE_REACH) : i]:
            if source.words <= block.words:
                continue
            head = source.text[:_SOURCE_CHARS]
            if fragments[0].split(" ", 2)[1] not in head.casefold():
                continue  # its first word is not there: no need to read it all
            haystack = _words(head)
            if all(f in haystack for f in fragments):
                ctx.remove(block, "pull quote repeating the article")
                break


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [repeated_block, pull_quote]
