"""Teaser cards: small repeated boxes of one shape, each led by a linked headline.

Lists of other stories (related, most read, more from the section) are built
from cards: a small container holding a headline that is a link, maybe a
summary line and a date. A card alone can be part of an article (a linked
box); two or more cards side by side under one parent are a teaser list.
"""

from __future__ import annotations

from cleanpress.document import Block, Document
from cleanpress.rules.common.container_tree import parents, sizes

#: A card holds at most this many blocks ...
CARD_BLOCKS = 4
#: ... and this many words.
CARD_WORDS = 80
#: Its headline link has at least this many words ...
HEADLINE_WORDS = 3
#: Cards led by shorter headlines (a name, "Protein diet") make a list when this many
#: stand side by side ...
MANY_CARDS = 4
#: ... and their headlines have at least this many words.
SHORT_HEADLINE_WORDS = 2
#: A headline has this share of its characters in links.
HEADLINE_LINKS = 0.6


def _is_headline(block: Block) -> bool:
    """A block that could lead a card: mostly a link, a few words, not code or a list item."""
    return (
        block.link_density >= HEADLINE_LINKS
        and bool(block.containers)
        and block.kind not in ("code", "list_item")
        and block.words >= SHORT_HEADLINE_WORDS
    )


def teaser_cards(
    doc: Document,
    blocks: list[Block],
    counted: tuple[list[float], list[float]] | None = None,
) -> set[int]:
    """Containers that are cards of a teaser list (two or more under one parent).

    ``counted`` is the blocks and words inside each container, when known.
    """
    heads = [
        block for block in blocks if block.link_density >= HEADLINE_LINKS and _is_headline(block)
    ]
    if len(heads) < 2 or not doc.elements:
        return set()
    counts, words = counted or sizes(parents(doc.elements), blocks)
    cards: dict[tuple[int, str, frozenset[str]], set[int]] = {}
    short: set[int] = set()
    for block in heads:
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
            if block.words < HEADLINE_WORDS:
                short.add(card)
    return {
        card for group in cards.values()
        if len(group) >= (MANY_CARDS if group <= short else 2) for card in group
    }


def in_cards(block: Block, cards: set[int]) -> bool:
    """Whether the block sits in one of ``cards``."""
    return any(number in cards for number in block.containers)
