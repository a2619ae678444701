"""HTML article region: the container holding the article text; the rest goes.

Every container element gets a score from the blocks inside it: prose (long,
few links) counts for it, link text and short lines against it. Blocks in
containers whose own words, landmark or microdata say chrome (navigation,
sidebar, comments, ...), in teaser cards or in a box led by a related-content
heading count wholly against their ancestors. Where the page's JSON-LD carries
the article body, blocks found in it count as prose whatever their shape. The
best-scoring container wins, with a bonus for ``<article>``, ``<main>``,
``itemprop=articleBody`` and class words such as ``entry-content``, and a
container so marked around it takes its place where it holds twice its prose. Where
the page has one ``<main>`` and the best container lies outside it, the best inside
it is taken when it scores a quarter as much. Containers
of its shape beside it (page-builder text blocks) stay with it, and so do the
bands beside it where it is one of a run of boxes each opening with a heading
(a landing page's features, pricing and FAQ). Blocks outside
are removed with the reason their own markup gives.

Scores are summed over the container tree in one backward pass (see
:mod:`cleanpress.rules.common.container_tree`), not block by block up its ancestors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, Element, wide_words
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.markup import (
    ENTRY_PARTS,
    OWN_MAX_WORDS,
    Prose,
    menu_named,
    prose_words,
    running_text,
)
from cleanpress.rules.chrome.markup import _own_reason as own_reason  # (the box rule's test)
from cleanpress.rules.common.class_words import (
    BAND_REASONS,
    LANDMARK_REASONS,
    NEVER_WRAPPERS,
    Classes,
    classify,
)
from cleanpress.rules.common.container_tree import (
    inherited,
    page_parents,
    page_words,
    sizes,
    subtree_sums,
    subtree_sums3,
)
from cleanpress.rules.common.feature_cards import feature_cards
from cleanpress.rules.common.hidden_text import shown_by_script
from cleanpress.rules.common.related_sections import related_sections
from cleanpress.rules.common.section_runs import headed_run, section_run
from cleanpress.rules.common.teaser_cards import (
    Grid,
    card_grid,
    card_wrappers,
    entry_blocks,
    entry_header,
    teaser_cards,
)
from cleanpress.rules.locate.page_profiles import PageProfile, page_profile
from cleanpress.rules.locate.stop_words import name_run

#: A block of prose: at least this many words ...
PROSE_WORDS = 10
#: ... and at most this share of its characters in links.
PROSE_LINKS = 0.35
#: Weight of chrome characters against prose characters.
CHROME_WEIGHT = 0.6
#: Share of its weight against the region that a table row of links carries (a
#: list page's table of entries is its data, not a menu; it still counts a little
#: against, so that a table beside the article does not pull its parent in).
ROW_WEIGHT = 0.05
#: Score bonus of containers marked as the article (tag, role, microdata, class).
POSITIVE_BONUS = 1.2
#: Elements that can be the article region (lists, tables and figures are parts of one).
REGION_TAGS = frozenset({"body", "div", "section", "article", "main", "form", "center", "td"})
#: A container holding this share of the page's prose is a wrapper, whatever its words.
WRAPPER_SHARE = 0.6
#: An element marked as the article makes its ancestors wrappers if it holds this share.
WRAPPER_ARTICLE = 0.3
#: A box whose class words say banner or promo is a band of the page,
#: not chrome, when it holds this many characters of prose (two or three paragraphs).
BAND_PROSE = 400
#: The stated body is trusted when the page's blocks hold this share of it.
TRUSTED_SHARE = 0.6
#: With a trusted stated body, prose it does not hold counts against a container this much.
UNSTATED_WEIGHT = 0.3
#: A container marked as the article holding this many times the prose of the best
#: container inside it is taken instead (see :meth:`Found.take_marked`).
MARKED_GROWTH = 2.0
#: Where the best container lies outside the page's one <main> landmark, the best
#: inside it is taken instead when it scores this share of the best's score.
MAIN_SHARE = 0.25
#: JSON-LD article bodies shorter than this are not trusted to locate the article.
MIN_BODY_CHARS = 200
_SPACE = re.compile(r"\s+")
_TEXT_BODY_KEYS = ("articleBody", "text")


def _json_ld_body(doc: Document) -> str:
    """The longest article body stated in the page's JSON-LD, normalised."""
    best = ""
    for obj in doc.json_ld:
        for key in _TEXT_BODY_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and len(value) > len(best):
                best = value
    if len(best) < MIN_BODY_CHARS:
        return ""
    return _SPACE.sub(" ", best[:500_000])


def _in_body(block: Block, body: str) -> bool:
    text = block.text
    if len(text) < 30:
        return False
    return text[:60] in body


_ARTICLE_TAGS = frozenset({"article", "main"})
_NOTHING: Classes = (False, None)


class _Tree:
    """The page's containers as flat lists: parent and class-word answers."""

    __slots__ = ("chrome", "classes", "elements", "footer_wrappers", "parent_of")

    def __init__(self, doc: Document, footer_wrappers: bool = True) -> None:
        self.elements = doc.elements
        self.parent_of = page_parents(doc)
        #: Whether a <footer> holding most of the prose is a layout wrapper: not on a
        #: page of one region, where it is the site's footer with a long legal notice
        #: under a short text (a listing's template may put its entries in one).
        self.footer_wrappers = footer_wrappers
        #: (marked as the article by its words, why its words say chrome) of each
        #: container that holds blocks (see :meth:`read_classes`).
        self.classes: list[Classes] = []
        #: Containers whose own words say chrome and that hold too little prose to be
        #: a layout wrapper, with the reason, in document order.
        self.chrome: list[tuple[int, str]] = []

    def read_classes(self, counts: list[float], prose: list[float], words: list[float],
                     visible: list[Block]) -> None:
        """Answer the class words of the containers that could matter: those with a
        block in them (``counts``), less the small ones inside a chrome box (a
        container's own chrome words decide for what it holds) and the outermost
        one (<body> words describe the page, not a part of it). A chrome box holding
        most of the prose is a layout wrapper, unless its reason is one of
        :data:`NEVER_WRAPPERS`. A box whose class words say navigation but that
        holds running text (see :func:`running_text`: a section whose id names it as
        the target of the table of contents) is no chrome either."""
        total = max(prose, default=0.0)
        running: Prose | None = None
        wrapper, article = WRAPPER_SHARE * total, WRAPPER_ARTICLE * total
        in_chrome = [False] * len(counts)
        classes: list[Classes] = []
        elements, chrome = self.elements, self.chrome
        for number, parent in enumerate(self.parent_of):
            inherited_chrome = parent >= 0 and in_chrome[parent]
            share = prose[number]
            if not counts[number] or (inherited_chrome and share < article) or not number:
                in_chrome[number] = inherited_chrome
                classes.append(_NOTHING)
                continue
            positive, reason = found = classify(elements[number])
            classes.append(found)
            if (
                reason is not None and not positive and elements[number].tag != "body"
                and (share < wrapper or not total or reason.startswith(NEVER_WRAPPERS)
                     or (elements[number].tag == "footer" and not self.footer_wrappers))
                and not (share >= BAND_PROSE and reason.startswith(BAND_REASONS))
            ):
                element = elements[number]
                if share and not element.marks and element.tag not in LANDMARK_REASONS and (
                        menu_named(element, reason)):
                    if running is None:
                        running = prose_words(self.parent_of, visible)
                    if running_text(running, number, words[number], True):
                        reason = None  # a section of the text, whatever its class says
                if reason is not None:
                    chrome.append((number, reason))
                    in_chrome[number] = True
                    continue
            in_chrome[number] = inherited_chrome
        self.classes = classes

    def marked(self, number: int) -> bool:
        """Marked as the article: <article>, <main>, or article class words and marks."""
        return self.classes[number][0] or self.elements[number].tag in _ARTICLE_TAGS


def _article_ancestors(tree: _Tree, prose: list[float], least: float) -> set[int]:
    """Containers that hold an element marked as the article (layout wrappers)."""
    out: set[int] = set()
    parent_of = tree.parent_of
    for number, share in enumerate(prose):
        if share >= least and tree.marked(number):
            parent = parent_of[number]
            while parent >= 0 and parent not in out:
                out.add(parent)
                parent = parent_of[parent]
    return out


def _chrome_containers(tree: _Tree, prose: list[float]) -> dict[int, str]:
    """Containers whose own words or tag mark them as chrome, with the reason.

    A container that holds most of the page's prose, or an element marked as
    the article, is a layout wrapper ("content-with-sidebar"), not chrome.
    """
    if not tree.chrome:
        return {}
    wrappers = _article_ancestors(tree, prose, WRAPPER_ARTICLE * max(prose, default=0.0))
    return {number: reason for number, reason in tree.chrome if number not in wrappers}


class _Values:
    """What each block adds to (prose) or takes from (chrome) the containers around it.

    ``plain[i]`` is block i's value where nothing marks it as chrome, ``chrome[i]``
    its value inside a chrome box or teaser card: prose counts its characters
    outside links, other blocks count against (headings count neither way unless
    in chrome, table rows only a little, see :data:`ROW_WEIGHT`); prose the trusted
    stated body holds counts even in chrome, prose
    it does not hold counts a little against. ``prose``, ``counts`` and ``words``
    are, for each container, the prose characters that count for the page's prose
    (all prose, or only what a trusted stated body holds), the blocks and the words
    of the blocks right inside it.
    """

    __slots__ = ("chrome", "counts", "home", "plain", "prose", "words")

    def __init__(self, visible: list[Block], body: str, containers: int) -> None:
        if body:
            confirmed = [_in_body(block, body) for block in visible]
            found = sum(len(b.text) for b, ok in zip(visible, confirmed, strict=True) if ok)
            trusted = found >= TRUSTED_SHARE * len(body)
        else:
            confirmed, trusted = [False] * len(visible), False
        self.home = home_of = [block.containers[-1] for block in visible]
        self.prose = [0.0] * containers
        self.counts = [0.0] * containers
        self.words = [0.0] * containers
        self.plain: list[float] = []
        self.chrome: list[float] = []
        prose_in, counts, words_in = self.prose, self.counts, self.words
        add_plain, add_chrome = self.plain.append, self.chrome.append
        for block, stated, home in zip(visible, confirmed, home_of, strict=True):
            stated = stated and trusted
            text = block.text
            size = len(text)
            heading = block.kind == "heading"
            words = block.words if block.kind == "code" else text.count(" ") + 1
            counts[home] += 1
            words_in[home] += words
            links = block.link_density
            against = -CHROME_WEIGHT * size
            if stated or (
                not heading and links <= PROSE_LINKS
                and (words >= PROSE_WORDS or wide_words(text, words) >= PROSE_WORDS)
                and not name_run(text)
            ):
                prose = size * (1.0 - links)
                if stated or not trusted:
                    prose_in[home] += prose
                    add_plain(prose)
                    add_chrome(prose if stated else against)
                else:
                    add_plain(-UNSTATED_WEIGHT * prose)
                    add_chrome(against)
            else:
                add_plain(0.0 if heading else ROW_WEIGHT * against if block.tag == "tr"
                          else against)
                add_chrome(against)


def best_container(doc: Document, blocks: list[Block], body: str = "") -> int:
    """Number of the container most likely to hold the article, or -1."""
    if not doc.elements:
        return -1
    return _best(doc, _Tree(doc), blocks, body, {}).best


class Found:
    """What the region search found: the best container, the containers beside it
    that continue its text (see :func:`_text_beside`), the chrome boxes (by their
    words or other evidence, with the reason) and the teaser cards."""

    __slots__ = ("around", "beside", "best", "cards", "chrome", "flagged", "prose", "scores",
                 "visible", "words")

    def __init__(self, best: int, beside: set[int], chrome: dict[int, str], cards: set[int],
                 visible: list[Block], words: list[float]) -> None:
        self.best, self.beside, self.chrome, self.cards = best, beside, chrome, cards
        self.visible, self.words = visible, words
        #: Each container's score, and the chrome reason (or "" for a teaser card) it
        #: lies under, or None.
        self.scores: list[float] = []
        self.flagged: list[str | None] = []
        #: Each container's prose characters (see :class:`_Values`).
        self.prose: list[float] = []
        #: The smallest container holding the best one and the run of sections it
        #: lies in (see :meth:`widen`).
        self.around = best

    def widen(self, tree: _Tree) -> None:
        """Take in the run of landmark sections the best container lies in (see
        :func:`section_run`): the sections beside it stay with it, and their own
        class words (a "banner", "promo" or "teaser" band) do not make them chrome,
        unless they say cookie notice."""
        run = section_run(tree.elements, tree.parent_of, self.words, self.best)
        if run is None:
            return
        self.around = run.parent
        for number in run.sections:
            reason = self.chrome.get(number)
            if reason is not None and not reason.startswith(NEVER_WRAPPERS):
                del self.chrome[number]
            self.cards.discard(number)
        self.beside |= {n for n in run.sections if n not in self.chrome and n != self.best}

    def take_marked(self, tree: _Tree) -> None:
        """Take the container marked as the article around the best one
        (``<article>``, ``<main>``, article class words) where it holds
        :data:`MARKED_GROWTH` times its prose and scores above nothing: the best
        container is then one box of the article (one entry of a long review whose
        short lines of ratings and prices weigh the whole down). Not where the best
        container lies in a run of sections (see :meth:`widen`)."""
        best, parent_of = self.best, tree.parent_of
        if self.around != best:
            return
        least = MARKED_GROWTH * self.prose[best]
        number = parent_of[best]
        while number >= 0 and self.flagged[number] is None:
            if tree.marked(number) and self.prose[number] >= least and self.scores[number] > 0:
                self.best = self.around = number
                return
            number = parent_of[number]


def first_blocks(blocks: list[Block]) -> dict[int, Block]:
    """For each container holding one of ``blocks``, the first of them in it."""
    first: dict[int, Block] = {}
    for block in blocks:
        for number in reversed(block.containers):
            if number in first:
                break  # (its ancestors have their first block too)
            first[number] = block
    return first


def headed_beside(tree: _Tree, found: Found) -> set[int]:
    """The bands beside the best container on a page built of bands that each open
    with a heading (see :func:`headed_run`), of any tag: a landing page's hero,
    features and pricing in ``<div>`` boxes, where the best container is one band.
    Bands under chrome or teaser cards, and those whose short lines outweigh their
    prose (a grid of products, a logo wall), stay out."""
    run = headed_run(tree.elements, tree.parent_of, found.words, first_blocks(found.visible),
                     found.best)
    if run is None:
        return set()
    return {n for n in run.sections if found.flagged[n] is None and found.scores[n] > 0}


def _best(doc: Document, tree: _Tree, blocks: list[Block], body: str,
          sections: dict[int, str]) -> Found:
    """The best container and what was found on the way; ``sections`` are chrome
    boxes found by other evidence."""
    parent_of = tree.parent_of
    shown = shown_by_script(blocks)
    visible = [b for b in blocks if b.containers and (not b.hidden or shown in b.containers)]
    size = len(parent_of)
    values = _Values(visible, body, size)
    prose, counts, words = values.prose, values.counts, values.words
    subtree_sums3(parent_of, prose, counts, words)
    tree.read_classes(counts, prose, words, visible)
    chrome = {**_chrome_containers(tree, prose), **sections}
    for number in feature_cards(tree.elements, visible, chrome):
        del chrome[number]  # a services page's offers, whatever their class words
    cards = teaser_cards(doc, visible, (counts, words),
                         template=page_profile(doc).linked_entries)
    flagged = inherited(parent_of, {**dict.fromkeys(cards, ""), **chrome})
    scores = [0.0] * size
    for home, plain, in_chrome in zip(values.home, values.plain, values.chrome, strict=True):
        scores[home] += plain if flagged[home] is None else in_chrome
    subtree_sums(parent_of, scores)
    best = _best_scoring(tree, scores, chrome, range(size))
    if best >= 0:
        best = _inside_main(tree, best, scores, chrome)
    beside = _text_beside(tree, best, scores, prose, flagged) if best >= 0 else set()
    found = Found(best, beside, chrome, cards, visible, words)
    found.scores, found.flagged, found.prose = scores, flagged, prose
    return found


def _best_scoring(tree: _Tree, scores: list[float], chrome: dict[int, str],
                  numbers: Iterable[int]) -> int:
    """The best-scoring of ``numbers`` that can be the region, or -1."""
    best, best_score = -1, 0.0
    elements = tree.elements
    for number in numbers:
        score = scores[number]
        if score <= 0 or number in chrome or elements[number].tag not in REGION_TAGS:
            continue
        if tree.marked(number):
            score *= POSITIVE_BONUS
        if score > best_score:
            best, best_score = number, score
    return best


def _main_landmark(tree: _Tree) -> int:
    """The page's one ``<main>`` (or ``role=main``) container, the outermost where
    they nest; -1 where there is none, or two apart."""
    found = -1
    for number, element in enumerate(tree.elements):
        if element.tag == "main" or "main" in element.marks:
            if found < 0:
                found = number
            elif not _within(number, {found}, tree.parent_of):
                return -1
    return found


def _inside_main(tree: _Tree, best: int, scores: list[float], chrome: dict[int, str]) -> int:
    """The best container inside the page's main landmark where ``best`` lies
    outside it (and does not hold it) and that one scores :data:`MAIN_SHARE` of
    its score: a bar of promotions above the page, long with one notice per
    country, outweighs a short text in ``<main>``."""
    main = _main_landmark(tree)
    parent_of = tree.parent_of
    if main < 0 or _within(best, {main}, parent_of) or _within(main, {best}, parent_of):
        return best
    under = inherited(parent_of, {main: True})
    inside = _best_scoring(tree, scores, chrome,
                           (n for n, flag in enumerate(under) if flag))
    return inside if inside >= 0 and scores[inside] >= MAIN_SHARE * scores[best] else best


def _text_beside(tree: _Tree, best: int, scores: list[float], prose: list[float],
                 flagged: list[str | None]) -> set[int]:
    """Containers beside the best one that continue the text: of its shape (see
    :func:`box_shape`) under the same parent, with prose, no chrome words and no
    teaser cards. Page builders put an article's text in blocks of one kind, with
    image blocks between them; a document's sections each open with a heading and
    may hold more links than prose (a list of changes) without being chrome."""
    parent = tree.parent_of[best]
    if parent < 0:
        return set()
    elements = tree.elements
    shape = box_shape(elements[best])
    return {
        number for number, above in enumerate(tree.parent_of)
        if above == parent and number != best and prose[number] > 0
        and flagged[number] is None and box_shape(elements[number]) == shape
    }


def box_shape(element: Element) -> tuple[str, frozenset[str]]:
    """An element's tag and class words less those with digits (the numbers that
    tell boxes of one kind apart: ``card-1``, ``post-123``)."""
    return element.tag, frozenset(w for w in element.words if not any(c.isdigit() for c in w))


#: Landmarks that are chrome on every page type (a <header> holds a hero section
#: as often as the site's masthead: only its links go).
CHROME_LANDMARKS = frozenset({"nav", "aside", "footer"})
#: The content of a page of several regions is the smallest container around the
#: best one holding this share of the page's content words.
ROOT_SHARE = 0.8
#: A block with more of its characters in links is no content evidence.
CONTENT_LINKS = 0.5


def several_regions(tree: _Tree, found: Found, profile: PageProfile) -> list[bool]:
    """For each container, whether its blocks are content on a page of several
    regions: inside the root (the smallest container around the best one that
    holds most of the page's content words: prose and short lines, and the words of
    teaser cards where the profile says a listing's entries may be all link),
    outside chrome boxes (less those the
    profile counts as content and, where the profile keeps cards, those inside the
    entries of the page's grid, an entry's tags or date line, and the teaser cards
    and the boxes inside them) and, unless the profile keeps them, teaser cards."""
    parent_of = tree.parent_of
    size = len(parent_of)
    grid = _entry_grid(tree, found) if profile.cards else None
    cards = found.cards if profile.cards else set()
    wrappers = _card_wrappers(tree, cards) if profile.linked_entries else set()
    chrome: dict[int, str] = {
        number: reason for number, reason in found.chrome.items()
        if not profile.keeps(reason)
        and not (grid is not None and _in_entry(number, grid, parent_of))
        and not (cards and _within(number, cards, parent_of))
        and number not in wrappers
    }
    if not profile.cards:
        chrome.update(dict.fromkeys(found.cards, "teaser card"))
    flagged = inherited(parent_of, chrome)
    in_card = inherited(parent_of, dict.fromkeys(cards if profile.linked_entries else (), True))
    words = [0.0] * size
    for block in found.visible:
        home = block.containers[-1]
        if (
            flagged[home] is None and block.landmark not in CHROME_LANDMARKS
            and (block.link_density <= CONTENT_LINKS or in_card[home])
        ):
            words[home] += block.words
    subtree_sums(parent_of, words)
    total = sum(w for w, parent in zip(words, parent_of, strict=True) if parent < 0)
    root = found.around
    if grid is not None:
        root = _around_grid(tree, grid, root)
    while words[root] < ROOT_SHARE * total and parent_of[root] >= 0:
        root = parent_of[root]
    inside = [False] * size
    for number in range(root, size):
        if number == root or (parent_of[number] >= 0 and inside[parent_of[number]]):
            inside[number] = flagged[number] is None
    return inside


def _card_wrappers(tree: _Tree, cards: set[int]) -> set[int]:
    """:func:`card_wrappers` of the page, told by what marks its containers as content."""
    return card_wrappers(tree.parent_of, cards, tree.marked)


class _EntryGrid:
    """The page's grid of entries (see :func:`card_grid`) and the words of the
    entry blocks in each container."""

    __slots__ = ("grid", "words")

    def __init__(self, grid: Grid, words: list[float]) -> None:
        self.grid, self.words = grid, words


def _entry_grid(tree: _Tree, found: Found) -> _EntryGrid | None:
    """The page's grid of entries, or None."""
    body = entry_blocks(tree.elements, found.visible)
    counted = sizes(tree.parent_of, body)
    grid = card_grid(tree.elements, body, counted, parent_of=tree.parent_of)
    return _EntryGrid(grid, counted[1]) if grid is not None else None


def _within(number: int, boxes: set[int], parent_of: list[int]) -> bool:
    """Whether container ``number`` is one of ``boxes`` or lies inside one (a box
    of a listing's teaser cards, whatever its class words say: entries classed as
    calls to action)."""
    while number >= 0:
        if number in boxes:
            return True
        number = parent_of[number]
    return False


def _in_entry(number: int, grid: _EntryGrid, parent_of: list[int]) -> bool:
    """Whether container ``number`` lies inside one of the grid's boxes (an entry's
    tags, date or price line, whatever its class words say)."""
    boxes = grid.grid.boxes
    number = parent_of[number]
    while number >= 0:
        if number in boxes:
            return True
        number = parent_of[number]
    return False


def _around_grid(tree: _Tree, entries: _EntryGrid, best: int) -> int:
    """The smallest container around ``best`` and the page's grid of entries (see
    :func:`card_grid`), where the grid holds more words than ``best``: a listing's
    entries are often all links, which count for no container's prose, so the best
    container may miss them."""
    grid = entries.grid
    if grid.words < entries.words[best]:
        return best  # a strip of other things beside the text (related products)
    parent_of = tree.parent_of
    around = set()
    number = best
    while number >= 0:
        around.add(number)
        number = parent_of[number]
    number = grid.parent
    while number >= 0 and number not in around:
        number = parent_of[number]
    return number if number >= 0 else best


def _remove_outside(doc: Document, blocks: list[Block], keep: list[bool], tree: _Tree,
                    profile: PageProfile, ctx: RuleContext) -> None:
    """Remove the blocks of containers not kept, those in chrome landmarks (and the
    links of a <header> other than an entry's own, see :func:`entry_header`), and short
    blocks whose own class words say chrome (the author and time line of a post), less
    those the profile counts as content."""
    said: dict[tuple[str, int, bool], str] = {}
    page: frozenset[str] | None = None
    for block in blocks:
        containers = block.containers
        if (
            containers and keep[containers[-1]] and block.landmark not in CHROME_LANDMARKS
            and (block.landmark != "header" or block.link_density <= CONTENT_LINKS
                 or entry_header(tree.elements, block))
        ):
            if block.class_words and block.words <= OWN_MAX_WORDS and block.kind != "code":
                if page is None:
                    page = page_words(doc)
                own = own_reason(doc, block, page)
                if (own is not None and not profile.keeps(own)
                        and not (profile.cards and own.startswith(ENTRY_PARTS))):
                    ctx.remove(block, own)  # (a deck among a listing's entries is a summary)
            continue
        ctx.remove(block, _said(block, tree, said))


def _said(block: Block, tree: _Tree, said: dict[tuple[str, int, bool], str]) -> str:
    """:func:`outside_reason`, once for the blocks of a container that share it."""
    containers = block.containers
    key = (block.landmark, containers[-1] if containers else -1, block.link_density > 0.5)
    reason = said.get(key)
    if reason is None:
        reason = said[key] = outside_reason(block, tree.classes)
    return reason


def outside_reason(block: Block, classes: list[Classes]) -> str:
    """Why a block outside the region goes: its landmark, its container's words, its shape.

    ``classes`` are the page's containers' answers of :func:`classify`.
    """
    if block.landmark in LANDMARK_REASONS:
        return f"{LANDMARK_REASONS[block.landmark]} (outside the article)"
    for number in reversed(block.containers):
        reason = classes[number][1]
        if reason is not None:
            return f"{reason}, outside the article"
    if block.link_density > 0.5:
        return "link list outside the article"
    return "outside the article region"


@rule(
    "html-article-region",
    stage="locate",
    order=100,
    description="Keep the container holding the article text; remove blocks outside it",
    kinds=("html",),
)
def html_article_region(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    if not blocks:
        return
    if not doc.elements:
        return
    profile = page_profile(doc)
    tree = _Tree(doc, footer_wrappers=profile.regions == "several")
    # (a listing's runs of entries under "Latest" or "More stories" are its content)
    sections = {} if profile.linked_entries else related_sections(doc, blocks, ctx)
    found = _best(doc, tree, blocks, _json_ld_body(doc), sections)
    if found.best < 0:
        return
    if profile.section_runs:
        found.widen(tree)
    found.take_marked(tree)
    if profile.regions == "one":
        found.beside |= headed_beside(tree, found)
    region, beside = found.best, found.beside
    if profile.regions == "several":
        keep = several_regions(tree, found, profile)
        _remove_outside(doc, blocks, keep, tree, profile, ctx)
        return
    said: dict[tuple[str, int, bool], str] = {}  # blocks of one container share the reason
    for block in blocks:
        containers = block.containers
        if region in containers or (beside and beside.intersection(containers)):
            continue
        ctx.remove(block, _said(block, tree, said))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_article_region]
