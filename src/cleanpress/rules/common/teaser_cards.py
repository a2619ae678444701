"""Teaser cards: small repeated boxes of one shape, each led by a linked headline.

Lists of other stories (related, most read, more from the section) are built
from cards: a small container holding a headline that is a link, maybe a
summary line and a date. A card alone can be part of an article (a linked
box); two or more cards side by side under one parent are a teaser list.

A grid is the larger form of the same pattern, the entries of a listing or a
shop's category page: many sibling boxes of one shape, each of several blocks
(a title and a summary, a name and a price) and most with a link to the entry,
whatever their size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from cleanpress.document import Block, Document, Element
from cleanpress.rules.common.class_words import negative_reason, shape_words
from cleanpress.rules.common.container_tree import page_parents, parents, sizes, subtree_sums
from cleanpress.rules.metadata.byline_dates import is_date_text

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
    *,
    template: bool = False,
) -> set[int]:
    """Containers that are cards of a teaser list (two or more under one parent).

    ``counted`` is the blocks and words inside each container, when known; with
    ``template``, cards that differ only by a post's taxonomy tokens ("category-soup")
    are of one list (the entries of a blog's index; an article's strip of teasers is
    told apart without it).
    """
    heads = [
        block for block in blocks if block.link_density >= HEADLINE_LINKS and _is_headline(block)
    ]
    if len(heads) < 2 or not doc.elements:
        return set()
    counts, words = counted or sizes(page_parents(doc), blocks)
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
            # Cards of one list share their parent, tag and class words (numbers aside,
            # and with ``template`` a post's taxonomy tokens, see :func:`shape_words`).
            shape = (shape_words(element.words) if template
                     else frozenset(w for w in element.words if w.isalpha()))
            cards.setdefault((element.parent, element.tag, shape), set()).add(card)
            if block.words < HEADLINE_WORDS:
                short.add(card)
    return {
        card for group in cards.values()
        if len(group) >= (MANY_CARDS if group <= short else 2) for card in group
    }


def titled_cards(blocks: list[Block], cards: set[int]) -> set[int]:
    """Of ``cards``, those holding a heading that is no link: a box that presents a
    part of the page under its own title (an offer, a step) with a button under it,
    where a teaser's headline is the link to the page it teases."""
    if not cards:
        return set()
    return {
        number for block in blocks
        if block.kind == "heading" and block.link_density < HEADLINE_LINKS
        for number in block.containers if number in cards
    }


#: Cards of a list whose blocks outside the headline hold this many words of
#: unlinked sentences (blocks of SENTENCE_WORDS words or more, not a rating or a
#: credit line) each, on average, describe what they link to (a roundup's items),
DESCRIBED_WORDS = 20
SENTENCE_WORDS = 10
#: ... unless a card shows a date line (of at most this many words): stories.
DATE_WORDS = 6


def described_cards(doc: Document, blocks: list[Block], cards: set[int]) -> set[int]:
    """Of ``cards``, the lists (cards under one parent) whose cards each say in
    their own words what they link to: an article's roundup of things elsewhere
    ("ten projects to make", "the best machines") is read. Teasers of other
    stories, whose summaries may be as long, show their dates."""
    if not cards:
        return set()
    said: Counter[int] = Counter()
    for block in blocks:
        if block.link_density <= 0.1 and block.kind != "heading" and (
                block.words >= SENTENCE_WORDS):
            card = _card_of(block, cards)
            if card >= 0:
                said[card] += block.words
    lists: dict[int, list[int]] = {}
    for card in cards:
        lists.setdefault(doc.elements[card].parent, []).append(card)
    described = {
        card for group in lists.values()
        if sum(said[card] for card in group) >= DESCRIBED_WORDS * len(group)
        for card in group
    }
    if not described:
        return described
    # (date lines another rule may have removed already count: all the page's blocks)
    dated = {
        _card_of(block, described) for block in doc.blocks
        if block.words <= DATE_WORDS and is_date_text(block.text)
    }
    return {
        card for group in lists.values() if dated.isdisjoint(group)
        for card in group if card in described
    }


def _card_of(block: Block, cards: set[int]) -> int:
    """The card of ``cards`` the block sits in, or -1."""
    for number in block.containers:
        if number in cards:
            return number
    return -1


def in_cards(block: Block, cards: set[int]) -> bool:
    """Whether the block sits in one of ``cards``."""
    return any(number in cards for number in block.containers)


#: Landmarks that hold no entries of a listing (their blocks are left out of a grid).
NO_ENTRIES = frozenset({"nav", "aside", "footer", "header"})
#: Sectioning elements: a <header> inside one heads that entry (a post's title line),
#: not the page.
_SECTIONING = frozenset({"article", "section"})


def entry_blocks(elements: list[Element], blocks: list[Block]) -> list[Block]:
    """The blocks that may belong to a listing's entries: those outside the
    :data:`NO_ENTRIES` landmarks, and those of a <header> inside an <article> or
    <section> (each entry of a blog's or a news site's front page is an <article>
    whose linked title sits in its own <header>)."""
    return [
        block for block in blocks
        if block.landmark not in NO_ENTRIES
        or (block.landmark == "header" and entry_header(elements, block))
    ]


def entry_header(elements: list[Element], block: Block) -> bool:
    """Whether the block's innermost <header> element lies inside a sectioning element."""
    containers = block.containers
    for place in range(len(containers) - 1, -1, -1):
        if elements[containers[place]].tag == "header":
            return any(elements[n].tag in _SECTIONING for n in containers[:place])
    return False


#: A price: a currency sign before a number, or a currency after one.
PRICE = re.compile(r"(?:[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|EUR|USD|zł|kr)\b)")
#: A price line has at most this many words.
PRICE_LINE_WORDS = 6


def price_line(block: Block) -> bool:
    """Whether the block is a short line showing a price (a shop's card's)."""
    return block.words <= PRICE_LINE_WORDS and PRICE.search(block.text) is not None


#: A grid has at least this many boxes of one shape under one parent ...
GRID_BOXES = 5
#: ... holding this many blocks each on average (a title and something more) ...
GRID_BLOCKS = 2.0
#: ... of which at least this share hold a block with this share of its text in links
#: (or a price line: the name on a shop's card may be no link, its picture is).
GRID_LINKED = 0.5
ENTRY_LINKS = 0.3
#: No box of a grid holds more than this share of its words (rows of a page layout
#: where one holds the text are no grid).
GRID_TOP = 0.5
#: A grid holding this share of the words outside those landmarks is the page's
#: content (a listing), not a strip of other things beside it.
GRID_SHARE = 0.25
#: Lists of lists are menus (an archive's years and months), not grids of entries.
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})


@dataclass(frozen=True)
class Grid:
    """The page's largest group of repeated sibling boxes (see :func:`card_grid`)."""

    #: The innermost container holding the boxes (their parent, where one parent
    #: holds them all).
    parent: int
    #: The boxes, by container number.
    boxes: frozenset[int]
    #: Words of the blocks inside them.
    words: float
    #: Entries: the boxes, or the linked rows of a grid of rows (see :func:`row_grid`).
    entries: int = 0

    @property
    def size(self) -> int:
        """How many entries the grid holds."""
        return self.entries or len(self.boxes)


def card_grid(
    elements: list[Element], blocks: list[Block], counted: tuple[list[float], list[float]],
    *, classed: bool = False, rows: bool = False, parent_of: list[int] | None = None,
) -> Grid | None:
    """The group of sibling boxes of one shape (tag and class words, numbers and
    taxonomy tokens aside, see :func:`shape_words`)
    with the most words, among those of :data:`GRID_BOXES` boxes or more of
    :data:`GRID_BLOCKS` blocks each on average, at least half of them linked (or priced),
    none holding half their words, none a list, neither they nor a container
    around them classed as chrome (a menu's dropdowns, a mobile menu's layer, a
    related-products strip);
    ``blocks`` are the page's blocks outside :data:`NO_ENTRIES` landmarks,
    ``counted`` the blocks and words of them inside each container; with ``classed``
    the class words of the boxes and of the containers around them are not looked at;
    with ``rows``, such groups under parents of one shape (the rows of a category
    page's sections) count as one grid; ``parent_of`` is :func:`parents` of
    ``elements`` where the caller has it. None where there is none."""
    counts, words = counted
    if parent_of is None:
        parent_of = parents(elements)
    linked = [0.0] * len(parent_of)
    for block in blocks:
        if block.containers and (block.link_density >= ENTRY_LINKS or price_line(block)):
            linked[block.containers[-1]] += 1
    subtree_sums(parent_of, linked)
    # Only parents with enough boxes holding blocks can hold a grid.
    boxes_of = Counter(e.parent for n, e in enumerate(elements) if e.parent >= 0 and counts[n])
    groups: dict[tuple[int, str, frozenset[str]], list[int]] = {}
    for number, element in enumerate(elements):
        if element.parent >= 0 and counts[number] and boxes_of[element.parent] >= GRID_BOXES:
            shape = shape_words(element.words)
            groups.setdefault((element.parent, element.tag, shape), []).append(number)
    # With ``rows``, groups of one template under parents of one template (a category
    # page's rows of cards, one per section) make one grid.
    merged: dict[tuple[object, ...], list[list[int]]] = {}
    for (parent, tag, shape), boxes in groups.items():
        if (
            len(boxes) < GRID_BOXES or tag in _LIST_TAGS
            or sum(counts[n] for n in boxes) < GRID_BLOCKS * len(boxes)
            or sum(1 for n in boxes if linked[n]) < GRID_LINKED * len(boxes)
            or (not classed and (negative_reason(elements[boxes[0]])
                                 or _in_chrome(elements, parent)))
        ):
            continue
        above = elements[parent]
        where = (above.tag, shape_words(above.words)) if rows else parent
        merged.setdefault((tag, shape, where), []).append(boxes)
    best: Grid | None = None
    for found in merged.values():
        boxes = [n for row in found for n in row]
        held = sum(words[n] for n in boxes)
        if max(words[n] for n in boxes) > GRID_TOP * held:
            continue
        if best is None or held > best.words:
            best = Grid(_common(parent_of, [parent_of[row[0]] for row in found]),
                        frozenset(boxes), held)
    if best is not None:
        best = _with_variants(elements, best, words, groups)
    in_rows = row_grid(elements, blocks, counted, classed=classed)
    if in_rows is not None and (best is None or in_rows.words > best.words):
        return in_rows
    return best


def card_wrappers(parent_of: list[int], cards: set[int], marked: Callable[[int], bool]) -> set[int]:
    """Containers around an element ``marked`` as the page's content (``<main>``,
    ``<article>``, ``role=main``) that holds :data:`MANY_CARDS` teaser cards or more:
    layout wrappers of a listing whose entries are linked titles, whatever their
    class words say (a theme's "content-sidebar-wrap"). A listing's titles are no
    prose, so the wrappers around them are not told by the prose they hold."""
    held: dict[int, int] = {}
    for card in cards:
        number = parent_of[card]
        while number >= 0:
            if marked(number):
                held[number] = held.get(number, 0) + 1
            number = parent_of[number]
    out: set[int] = set()
    for number, count in held.items():
        if count < MANY_CARDS:
            continue
        number = parent_of[number]
        while number >= 0 and number not in out:
            out.add(number)
            number = parent_of[number]
    return out


#: A box is one more entry of a grid when its class words differ from the grid's
#: boxes' by at most this many (a position or a state: "first", "last", "sale") ...
VARIANT_WORDS = 2


def _with_variants(
    elements: list[Element], grid: Grid, words: list[float],
    groups: dict[tuple[int, str, frozenset[str]], list[int]],
) -> Grid:
    """The grid with the boxes beside its own (under one of their parents, of their
    tag) whose class words differ from theirs by :data:`VARIANT_WORDS` words or
    fewer, fewer than they share: a shop's template marks the first and last
    product of each row, or those on sale, with a word of their own."""
    first = elements[next(iter(grid.boxes))]
    shape = shape_words(first.words)
    parents = {elements[n].parent for n in grid.boxes}
    extra = [
        number
        for (parent, tag, other), boxes in groups.items()
        if parent in parents and tag == first.tag and other != shape
        and len(other ^ shape) <= VARIANT_WORDS and len(other ^ shape) < len(other & shape)
        for number in boxes
    ]
    if not extra:
        return grid
    return Grid(grid.parent, grid.boxes | frozenset(extra),
                grid.words + sum(words[n] for n in extra), grid.entries)


#: Block tags of the rows of a table or a definition list: the entries of a listing
#: written as a table (a news aggregator's links with their points) or as a <dl> (an
#: index of papers, each an identifier over its title and authors).
ROW_TAGS = frozenset({"tr", "dt"})


#: A list item is an entry when a link and a summary share it: between these shares
#: of its text in links (a menu's or a related list's items are all link) ...
SUMMARY_LINKS = (0.1, 0.7)
#: ... and at least this many words.
SUMMARY_WORDS = 10


def _entry_row(block: Block) -> bool:
    """Whether a row holds an entry: a linked row of two words or more; a list item
    must hold a summary beside its link too."""
    if block.tag == "li":
        least, most = SUMMARY_LINKS
        return least <= block.link_density <= most and block.words >= SUMMARY_WORDS
    return block.link_density >= ENTRY_LINKS and block.words >= SHORT_HEADLINE_WORDS


def _in_article(elements: list[Element], number: int) -> bool:
    """Whether the container lies in an <article> element (whose list of resources,
    each a link and a line on it, is part of its text)."""
    while number >= 0:
        if elements[number].tag == "article":
            return True
        number = elements[number].parent
    return False


def row_grid(
    elements: list[Element], blocks: list[Block], counted: tuple[list[float], list[float]],
    *, classed: bool = False,
) -> Grid | None:
    """The container holding the most words among those holding, right inside
    them, :data:`GRID_BOXES` rows (``<tr>``, ``<dt>``, or the one-block items of a
    list outside any <article>) or more of which at least half hold an entry (see
    :func:`_entry_row`), none holding half its words, neither it nor a container
    around it classed as chrome (see :func:`card_grid`). A table of figures (few
    rows linked), a glossary's terms or a menu's items are no such grid. The
    grid's boxes are the container and the containers right inside it (an entry's
    details under its <dd>); its entries are its rows that hold one."""
    counts, words = counted
    rows: dict[int, list[Block]] = {}
    for block in blocks:
        if not block.containers:
            continue
        home = block.containers[-1]
        if block.tag in ROW_TAGS:
            rows.setdefault(home, []).append(block)
        elif (
            block.tag == "li" and elements[home].tag == "li" and elements[home].parent >= 0
            and not _in_article(elements, home)
        ):
            rows.setdefault(elements[home].parent, []).append(block)
    best: Grid | None = None
    for home, found in rows.items():
        linked = sum(1 for b in found if _entry_row(b))
        if (
            len(found) < GRID_BOXES or linked < GRID_LINKED * len(found)
            or linked < GRID_BOXES or (best is not None and words[home] <= best.words)
            or max(b.words for b in found) > GRID_TOP * words[home]
            or (not classed and _in_chrome(elements, home))
        ):
            continue
        inner = {n for n, e in enumerate(elements) if e.parent == home and counts[n]}
        best = Grid(home, frozenset(inner | {home}), words[home], linked)
    return best


def _common(parent_of: list[int], numbers: list[int]) -> int:
    """The innermost container holding all of ``numbers`` (-1 if none does)."""
    common = numbers[0]
    for number in numbers[1:]:
        chain = set()
        while number >= 0:
            chain.add(number)
            number = parent_of[number]
        while common >= 0 and common not in chain:
            common = parent_of[common]
    return common


def _in_chrome(elements: list[Element], number: int) -> bool:
    """Whether the container or one around it (short of <body>) is classed as chrome."""
    while number >= 0:
        element = elements[number]
        if element.tag != "body" and negative_reason(element):
            return True
        number = element.parent
    return False
