"""Shape tests shared by the chrome rules: short, one-sentence, marker-led lines,
and the article's closing lines (after its last paragraph of prose).

A chrome line (a share prompt, an advertisement label, a rights footer) is
short and says one thing; an article paragraph that happens to contain the same
phrase is long or made of several sentences. These helpers hold that test in
one place so every family applies it the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.rule import Rule, rule
from cleanpress.rules.locate.text_features import features

#: A sentence boundary inside a block: end punctuation, space, then a capital or a quote.
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’»)]?\s+['\"“‘«(]?[A-ZÀ-ÖØ-Þ]")


def anywhere(pattern: str, reach: int = 400) -> str:
    """``pattern`` found anywhere in the first ``reach`` characters, written anchored.

    A family's patterns are joined into one regex; while every branch starts
    with ``^`` the regex engine tries only the start of a block, so a phrase
    that may stand mid-line is written as a bounded lazy skip from the start.
    """
    return rf"^.{{0,{reach}}}?(?:{pattern})"


def guarded(pattern: str) -> str:
    """``pattern`` (anchored with ``^``) written so that the marker engine tries
    it only on blocks where its literal prefilter finds a string it needs.

    The engine tries anchored patterns on every block, so one that reads to
    the end of the line costs that on each. Behind a skip longer than eight
    characters it counts a pattern as scanning and guards it with the
    prefilter; the inner ``^`` still holds the match to the block start.
    """
    return rf"^.{{0,9}}?(?:{pattern})"


def sentences(text: str) -> int:
    """A rough count of the sentences in ``text`` (at least 1)."""
    if "." not in text and "!" not in text and "?" not in text:
        return 1
    return 1 + len(_SENTENCE_BREAK.findall(text, 0, 2000))


def fits(block: Block, max_words: int) -> bool:
    """The cheap half of :func:`is_short_line`: characters and words only."""
    return len(block.text) <= max_words * 10 and 0 < block.words <= max_words


def is_short_line(block: Block, max_words: int, max_sentences: int = 1) -> bool:
    """Whether ``block`` is short enough to be a chrome line of one family."""
    return fits(block, max_words) and sentences(block.text) <= max_sentences


def remove_marked(
    doc: Document,
    ctx: RuleContext,
    family: str,
    reason: str,
    *,
    max_words: int,
    max_sentences: int = 1,
) -> list[Block]:
    """Remove every short kept block carrying a marker of ``family``; return them.

    Size first, then the marker search, then the sentence count (the dearest).
    """
    removed = []
    longest = max_words * 10  # (fits() written out: this loop runs over every block)
    for block in doc.kept():
        text = block.text
        if (
            len(text) <= longest and 0 < block.words <= max_words
            and ctx.search(family, text)
            and sentences(text) <= max_sentences
        ):
            ctx.remove(block, reason)
            removed.append(block)
    return removed


def last_prose(blocks: list[Block], chrome: set[int]) -> int:
    """The ``index`` of the last paragraph of running prose among ``blocks`` (-1
    when there is none): the blocks after it are the article's closing lines.
    Blocks whose ``index`` is in ``chrome`` are not prose, however they read."""
    for block in reversed(blocks):
        if block.index not in chrome and features(block).prose:
            return block.index
    return -1


def closing_chrome(blocks: list[Block], is_chrome: Callable[[Block], bool]) -> list[Block]:
    """The blocks after the article's last paragraph of prose that ``is_chrome``
    accepts, in order. Read from the end, so the test runs on the closing lines
    only; a block it accepts is not prose, however it reads."""
    found = []
    for block in reversed(blocks):
        if is_chrome(block):
            found.append(block)
        elif features(block).prose:
            break
    found.reverse()
    return found


#: At most this many teaser lines follow one label.
_MAX_TEASERS = 12
#: A teaser is a headline: short, and not a sentence of prose.
_TEASER_WORDS = 20
_TEASER_CHARS = 170
#: How a line of prose ends (a headline does not).
PROSE_END = tuple(".;,。；，．")


def is_teaser(block: Block) -> bool:
    """Headline-shaped: short, one sentence, not ending like prose or with a colon
    (a colon introduces what follows: the article goes on)."""
    text = block.text
    return (
        len(text) <= _TEASER_CHARS
        and not text.endswith((*PROSE_END, ":"))
        and is_short_line(block, _TEASER_WORDS)
    )


def remove_teasers(blocks: list[Block], start: int, ctx: RuleContext, reason: str) -> int:
    """Remove the teaser lines from ``blocks[start]`` on; return the index after them.

    When the label stands in a group of lines with no blank line after it, its
    teasers are that group's lines: a headline-shaped line after the next blank
    line is a subheading of the article going on.
    """
    grouped = start > 0 and not blocks[start - 1].blank_after
    i = start
    while (
        i < len(blocks)
        and i - start < _MAX_TEASERS
        and not (grouped and i > start and blocks[i].blank_before)
        and is_teaser(blocks[i])
    ):
        ctx.remove(blocks[i], reason)
        i += 1
    return i


def marker_rule(
    name: str,
    family: str,
    *,
    order: int,
    description: str,
    reason: str,
    max_words: int,
    max_sentences: int = 1,
) -> Rule:
    """A chrome-stage rule removing the short blocks that carry a marker of ``family``."""

    def apply(doc: Document, ctx: RuleContext) -> None:
        remove_marked(doc, ctx, family, reason, max_words=max_words, max_sentences=max_sentences)

    return rule(name, stage="chrome", order=order, description=description)(apply)
