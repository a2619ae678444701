"""A run of blocks shown twice back to back: the second copy.

Page templates render some boxes twice in a row: a carousel clones its slides
for a seamless loop, a card's hover face repeats its front (title, blurb,
button), a tab strip is written once for each layout. The text then reads as a
run of two or more blocks followed at once by the same run again. Only the copy
goes, on every page type: a listing's entries that repeat (one company's
several openings) repeat three times or more, or not back to back, and one
paragraph said twice is left to ``repeated-block``.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: A run holds at least this many blocks ...
MIN_RUN = 2
#: ... and at most this many (longer doubles are a layout's copy of a whole part,
#: which ``repeated-block`` takes where it may).
MAX_RUN = 12
#: A run's blocks hold at least this many words together (a pair of labels is no run).
MIN_WORDS = 10


def doubled_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """``(start, length)`` of each run of ``blocks`` followed at once by the same
    run, and neither preceded nor followed by a third copy; the second copy is
    ``blocks[start + length:start + 2 * length]``. Blocks are compared by
    their text."""
    keys = [block.text for block in blocks]
    words = [block.words for block in blocks]
    found: list[tuple[int, int]] = []
    i, count = 0, len(keys)
    while i < count:
        first = keys[i]
        for length in range(min(MAX_RUN, (count - i) // 2), MIN_RUN - 1, -1):
            if keys[i + length] != first:
                continue  # (the cheap test first)
            run = keys[i:i + length]
            if (
                keys[i + length:i + 2 * length] == run
                and sum(words[i:i + length]) >= MIN_WORDS
                and keys[i + 2 * length:i + 3 * length] != run
                and (i < length or keys[i - length:i] != run)
            ):
                found.append((i, length))
                i += 2 * length
                break
        else:
            i += 1
    return found


@rule(
    "doubled-run",
    stage="chrome",
    order=605,
    description="Remove the second copy of a run of blocks shown twice back to back (cloned "
    "carousel slides, a card's hover face)",
)
def doubled_run(doc: Document, ctx: RuleContext) -> None:
    blocks = [block for block in doc.kept() if block.words and block.kind != "code"]
    for start, length in doubled_runs(blocks):
        for block in blocks[start + length:start + 2 * length]:
            ctx.remove(block, "second copy of a run of blocks shown twice in a row")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [doubled_run]
