"""Runs of landmark sections: a landing page's hero, features, pricing and FAQ.

A page built as a stack of ``<section>`` elements under one parent (the body,
``<main>`` or a wrapper) reads as one piece: each section is a band of the page
of the same width, and the page's content is the run of them, not the best of
them. The class words of such a band describe its look ("banner", "promo",
"cta", "teaser") more often than a box of chrome.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanpress.document import Element

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
