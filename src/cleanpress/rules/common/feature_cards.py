"""Feature cards: boxes of one template that each present a part of the page.

A landing or services page lays out its offers, features or steps as boxes of
one template, each opening with a heading and a line of text under it; page
builders often class them by their look ("promo", "cta", "banner"), the words
of a box of chrome. Boxes classed so that repeat in one shape, each with a
heading that is no link and a sentence, are the page's content: an ad or a
sign-up prompt comes alone or repeats without a heading of its own, and a
teaser of another page is led by its linked headline.
"""

from __future__ import annotations

from collections.abc import Iterable

from cleanpress.document import Block, Element
from cleanpress.rules.common.class_words import shape_words

#: Kinds of chrome (as :func:`~cleanpress.rules.common.class_words.classify` names
#: them) whose class words may only describe a band's look.
LOOK_REASONS = ("advertisement (", "newsletter or subscription prompt (")
#: At least this many boxes of one shape make a run of feature cards.
MIN_CARDS = 3
#: A card's sentence: at least this many words ...
SENTENCE_WORDS = 10
#: ... and at most this share of its characters in links.
SENTENCE_LINKS = 0.35
#: A heading with more of its characters in links is a teaser's headline.
HEADING_LINKS = 0.5


def feature_cards(elements: list[Element], blocks: Iterable[Block],
                  boxes: dict[int, str]) -> set[int]:
    """Of the chrome ``boxes`` (container number: reason), those that are feature
    cards: classed by a look's words (:data:`LOOK_REASONS`), at least
    :data:`MIN_CARDS` of one shape (tag and class words), each holding a heading
    that is no link and a sentence."""
    candidates = {number for number, reason in boxes.items() if reason.startswith(LOOK_REASONS)}
    if len(candidates) < MIN_CARDS:
        return set()
    headed: set[int] = set()
    told: set[int] = set()
    for block in blocks:
        box = next((n for n in block.containers if n in candidates), -1)
        if box < 0:
            continue
        if block.kind == "heading" and block.link_density <= HEADING_LINKS:
            headed.add(box)
        elif block.words >= SENTENCE_WORDS and block.link_density <= SENTENCE_LINKS:
            told.add(box)
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for number in headed & told:
        element = elements[number]
        groups.setdefault((element.tag, shape_words(element.words)), []).append(number)
    return {number for group in groups.values() if len(group) >= MIN_CARDS for number in group}
