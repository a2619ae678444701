"""A shop's or a catalogue's filter panel, told by the shape of its lines.

The panel beside a grid lists, under short facet names ("Brand", "Price",
"Availability"), the values one can tick, each with the number of entries it
would leave: "Weber (31)", "In stock (89)", or several in one line when the
markup runs them together ("Gas (156) Charcoal (5) Electric (1)"). Whatever
its class words, a box is such a panel when at least ``MIN_COUNTS`` of its
values are lines made only of labels with a count in brackets, and every other line
in it is a short name (a facet's heading, a "Clear" button); no more names than
counts. A value is a box to tick, not a link: a list of linked categories with
counts ("Power Banks (158)") is a catalogue's index and stays. A box that holds
anything longer (a sentence, an entry's description) is no panel, so a list of
categories with counts inside the text, or a thread's replies, stays.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: A line made only of labels, each followed by a count in brackets.
_COUNTED = re.compile(r"(?:[^()\s][^()]{0,59}\(\d[\d.,]{0,9}\)\s*){1,40}")
#: A line with this share of its characters in links is no value to tick.
LINKED = 0.5
#: A panel has at least this many counted values ...
MIN_COUNTS = 3
#: ... and its other lines are names of at most this many words ...
NAME_WORDS = 4
#: ... no more of them than its counted values.
NAME_SHARE = 1.0


def counted(block: Block) -> int:
    """How many labels with counts the block's text is made of ("Weber (31)"), 0 when
    it holds anything else or sits mostly in a link (a category's link, not a value
    to tick)."""
    text = block.text
    if (text.endswith(")") and block.link_density < LINKED
            and _COUNTED.fullmatch(text) is not None):
        return text.count("(")
    return 0


def facet_panels(blocks: list[Block]) -> set[int]:
    """The outermost containers (by number) that are filter panels (see above)."""
    counts: dict[int, int] = {}
    names: dict[int, int] = {}
    spoilt: set[int] = set()
    for block in blocks:
        if not block.containers:
            continue
        weight = counted(block)
        if weight:
            tally = counts
        elif block.words <= NAME_WORDS and block.kind != "code":
            tally, weight = names, 1
        else:
            spoilt.update(block.containers)
            continue
        for number in block.containers:
            tally[number] = tally.get(number, 0) + weight
    panels = {number for number, count in counts.items()
              if count >= MIN_COUNTS and number not in spoilt
              and names.get(number, 0) <= NAME_SHARE * count}
    return panels


@rule(
    "facet-panel",
    stage="chrome",
    order=132,
    description="Remove a grid's filter panel: boxes of lines that are labels with counts "
    "('Weber (31)', 'In stock (89)') under short facet names",
    kinds=("html",),
)
def facet_panel(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    if not any(counted(block) for block in blocks):
        return
    panels = facet_panels(blocks)
    if not panels:
        return
    for block in blocks:
        if not panels.isdisjoint(block.containers):
            ctx.remove(block, "filter panel (labels with counts)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [facet_panel]
