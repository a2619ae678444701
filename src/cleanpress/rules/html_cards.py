"""Teaser cards: small repeated boxes of one shape, each led by a linked headline.

Lists of other stories (related, most read, more from the section) are built
from cards: a small container holding a headline that is a link, maybe a
summary line and a date. A card alone can be part of an article (a linked
box); two or more cards side by side under one parent are a teaser list.
"""

from __future__ import annotations

from cleanpress.document import Block, Document

#: A card holds at most this many blocks ...
CARD_BLOCKS = 4
#: ... and this many words.
CARD_WORDS = 80
#: Its headline link has at least this many words ...
HEADLINE_WORDS = 3
#: ... and this share of its characters in links.
HEADLINE_LINKS = 0.6


def container_sizes(doc: Document, blocks: list[Block]) -> tuple[list[int], list[int]]:
    """Blocks and words inside each container."""
    counts = [0] * len(doc.elements)
    words = [0] * len(doc.elements)
    for block in blocks:
        n = block.words
        for number in block.containers:
            counts[number] += 1
            words[number] += n
    return counts, words


def teaser_cards(doc: Document, blocks: list[Block]) -> set[int]:
    """Containers that are cards of a teaser list (two or more under one parent)."""
    if not doc.elements:
        return set()
    counts, words = container_sizes(doc, blocks)
    cards: dict[tuple[int, str, frozenset[str]], set[int]] = {}
    for block in blocks:
        if (
            block.link_density < HEADLINE_LINKS
            or block.words < HEADLINE_WORDS
            or block.kind in ("code", "list_item")
            or not block.containers
        ):
            continue
        card = -1
        for number in reversed(block.containers):
            if counts[number] > CARD_BLOCKS or words[number] > CARD_WORDS:
                break
            card = number
        if card >= 0:
            element = doc.elements[card]
            # Cards of one list share their parent, tag and class words (numbers aside).
            shape = frozenset(w for w in element.words if w.isalpha())
            cards.setdefault((element.parent, element.tag, shape), set()).add(card)
    return {card for group in cards.values() if len(group) >= 2 for card in group}


def in_cards(block: Block, cards: set[int]) -> bool:
    """Whether the block sits in one of ``cards``."""
    return any(number in cards for number in block.containers)
