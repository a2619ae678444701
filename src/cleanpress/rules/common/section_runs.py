"""Runs of landmark sections: a landing page's hero, features, pricing and FAQ.

A page built as a stack of ``<section>`` elements under one parent (the body,
``<main>`` or a wrapper) reads as one piece: each section is a band of the page
of the same width, and the page's content is the run of them, not the best of
them. The class words of such a band describe its look ("banner", "promo",
"cta", "teaser") more often than a box of chrome. Pages built of ``<div>`` bands
have runs too, told by their headings: sibling boxes that each open with one
(see :func:`headed_run`).
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanpress.document import Block, Element

#: Tags of landmark sections.
SECTION_TAGS = frozenset({"section"})
#: A run has at least this many sections holding words ...
MIN_SECTIONS = 3
#: ... and together they hold at least this share of their parent's words.
RUN_SHARE = 0.6


@dataclass(frozen=True)
class SectionRun:
    """A parent container and its child sections that hold words, in order."""

    parent: int
    sections: tuple[int, ...]


def _runs(elements: list[Element], parent_of: list[int],
          words: list[float]) -> dict[int, tuple[int, ...]]:
    """Each parent whose child sections holding words make a run, with them."""
    children: dict[int, list[int]] = {}
    for number, parent in enumerate(parent_of):
        if parent >= 0 and words[number] > 0 and elements[number].tag in SECTION_TAGS:
            children.setdefault(parent, []).append(number)
    return {
        parent: tuple(run) for parent, run in children.items()
        if len(run) >= MIN_SECTIONS and sum(words[s] for s in run) >= RUN_SHARE * words[parent]
    }


def run_sections(elements: list[Element], parent_of: list[int], words: list[float]) -> set[int]:
    """Every section of the page's runs (``words``: each container's words)."""
    return {number for run in _runs(elements, parent_of, words).values() for number in run}


def section_run(elements: list[Element], parent_of: list[int], words: list[float],
                inside: int) -> SectionRun | None:
    """The nearest run of sections around container ``inside`` (one of them holds
    it, or is it), or None. ``words`` are each container's words (its subtree's)."""
    runs = _runs(elements, parent_of, words)
    number = inside
    while runs and number >= 0:
        parent = parent_of[number]
        run = runs.get(parent)
        if run is not None and number in run:
            return SectionRun(parent, run)
        number = parent
    return None


def headed_run(elements: list[Element], parent_of: list[int], words: list[float],
               first: dict[int, Block], inside: int) -> SectionRun | None:
    """The nearest run of boxes around container ``inside`` that each open with a
    heading (``first``: each container's first block), of any tag: a landing page
    built of ``<div>`` bands instead of ``<section>`` elements. ``inside`` opens
    with a heading, and so does each box on the way up (it is the band's own
    heading, not one of a box around it); at least :data:`MIN_SECTIONS` sibling
    boxes holding words open with a heading, the box on the way up among them, and
    together they hold :data:`RUN_SHARE` of their parent's words."""
    lead = first.get(inside)
    if lead is None or lead.kind != "heading":
        return None
    number = inside
    while number >= 0 and first.get(number) is lead:
        parent = parent_of[number]
        if parent < 0:
            return None
        run = tuple(
            n for n, above in enumerate(parent_of)
            if above == parent and words[n] > 0 and (box := first.get(n)) is not None
            and box.kind == "heading"
        )
        if len(run) >= MIN_SECTIONS and sum(words[n] for n in run) >= RUN_SHARE * words[parent]:
            return SectionRun(parent, run)
        number = parent
    return None
