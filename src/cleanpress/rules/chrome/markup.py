"""HTML chrome inside the article region, told by markup.

- hidden elements (``hidden``, ``aria-hidden``, ``display:none``);
- kickers above the headline, the deck right under it, the article's <header>;
- bylines: the author's name alone, or a short box whose class says byline;
- figure captions and the credit lines beside them in a ``<figure>`` (the
  credits go to ``image_credits``), less those of a figure holding code or a
  table (a listing's title and file name are content) or most of an entry of
  a listing's grid (a product card written as a figure);
- boxes whose own class/id words, role, microdata type or tag say chrome
  (share bar, newsletter box, related links, ad slot, comments, ...), boxes
  led by a related-content heading, and short blocks whose own class says
  chrome (a ``<p class="author">`` line); code blocks always stay;
- teaser lists: two or more cards, each led by a linked headline.

The region rule has removed what lies outside the article; these rules clean
inside it. A box holding most of the region's words is a layout wrapper and
is left alone, whatever its words (a consent dialog aside); so are, on a listing,
the boxes of its grid of entries, the containers around the grid and a box holding
most of an entry (a card's body classed "caption"), and boxes of one shape repeated three times
or more that together hold most of the words: the page's structure says they
are content. Inside those entries a deck (an entry's summary) is content too.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.captions import FAMILY as CREDIT_FAMILY
from cleanpress.rules.chrome.captions import caption_credit
from cleanpress.rules.common.class_words import (
    BAND_REASONS,
    NEGATIVE,
    NEVER_WRAPPERS,
    classify,
    negative_reason,
)
from cleanpress.rules.common.container_tree import (
    WordPicker,
    inherited,
    own_words,
    page_parents,
    page_words,
    sizes,
    subtree_sums,
)
from cleanpress.rules.common.hidden_text import (
    PROSE_WORDS,
    class_hidden,
    hidden_dialogs,
    shown_by_script,
)
from cleanpress.rules.common.related_sections import related_sections
from cleanpress.rules.common.section_runs import run_sections
from cleanpress.rules.common.teaser_cards import (
    GRID_SHARE,
    NO_ENTRIES,
    Grid,
    card_grid,
    card_wrappers,
    described_cards,
    in_cards,
    teaser_cards,
    titled_cards,
)
from cleanpress.rules.locate.page_profiles import page_profile

#: A chrome box holding more than this share of the kept words is a wrapper.
WRAPPER_SHARE = 0.5
#: Prose has at most this share of its characters in links.
PROSE_LINKS = 0.2
#: Kinds kept inside a ``<figure>``: pull quotes, tables and code are content.
_FIGURE_CONTENT = frozenset({"quote", "table", "code", "list_item"})
#: Blocks in a <header> inside the article are its header while this short in all.
HEADER_WORDS = 80
#: Bylines are at most this long.
BYLINE_WORDS = 12
_BYLINE_WORDS = frozenset({"byline", "byline__name", "author-name", "authorname", "byline-name"})
#: Heading tags a deck (sub-headline) is written in ...
_DECK_TAGS = frozenset({"h2", "h3"})
#: ... and its least words (section headings are shorter).
DECK_WORDS = 6


@rule(
    "html-hidden",
    stage="locate",
    order=50,
    description="Remove blocks of hidden elements (hidden, aria-hidden, display:none, "
    "a utility class that hides a box at every width)",
    kinds=("html",),
)
def html_hidden(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    shown = shown_by_script(blocks)
    for block in blocks:
        if block.hidden and not (shown >= 0 and shown in block.containers):
            ctx.remove(block, "hidden element")
    for block in class_hidden(doc.elements, doc.kept()):
        if not (shown >= 0 and shown in block.containers):
            ctx.remove(block, "hidden element (class 'd-none')")


@rule(
    "html-hidden-dialog",
    stage="locate",
    order=51,
    description="Remove blocks of hidden pop-up boxes (role 'dialog', class 'modal' or "
    "'popup'), also on the page types whose hidden tab panels are content",
    kinds=("html",),
)
def html_hidden_dialog(doc: Document, ctx: RuleContext) -> None:
    for block in hidden_dialogs(doc.elements, doc.kept()):
        ctx.remove(block, "hidden pop-up box")


#: Blocks above the headline are header chrome only while they are this short in all.
ABOVE_TITLE_WORDS = 40


@rule(
    "html-article-header",
    stage="locate",
    order=150,
    description="Remove kickers and section labels above the headline, and the deck under it",
    kinds=("html",),
)
def html_article_header(doc: Document, ctx: RuleContext) -> None:
    title = doc.title_block
    if title is None:
        return
    blocks = doc.kept()
    above = [b for b in blocks if b.index < title.index]
    if sum(b.words for b in above) <= ABOVE_TITLE_WORDS:
        for block in above:
            ctx.remove(block, "above the headline (kicker or section label)")
    in_header = [b for b in doc.kept() if b.landmark == "header"]
    if sum(b.words for b in in_header) <= HEADER_WORDS:
        for block in in_header:
            ctx.remove(block, "article header (deck, byline, date)")
    following = doc.next_kept(title)
    if (
        following is not None
        and following.tag in _DECK_TAGS
        and following.words >= DECK_WORDS
        and not following.text.endswith((".", ":"))
    ):
        ctx.remove(following, "deck under the headline")


@rule(
    "html-byline",
    stage="chrome",
    order=110,
    description="Remove short byline blocks: the author's name, or a box whose class says byline",
    kinds=("html",),
)
def html_byline(doc: Document, ctx: RuleContext) -> None:
    names = {a.casefold() for a in doc.metadata.authors}
    for block in doc.kept():
        if block.words > BYLINE_WORDS or block.kind in ("code", "quote"):
            continue
        text = block.text.casefold()
        if text in names or (text.startswith("by ") and text[3:] in names):
            ctx.remove(block, "byline (the author's name)")
        elif block.class_words & _BYLINE_WORDS:
            ctx.remove(block, "byline (class words)")


@rule(
    "html-figure-caption",
    stage="chrome",
    order=120,
    description="Remove figure captions and the credit lines inside <figure> elements; "
    "credits go to image_credits",
    kinds=("html",),
)
def html_figure_caption(doc: Document, ctx: RuleContext) -> None:
    label = ctx.markers.pattern(CREDIT_FAMILY)
    blocks = doc.kept()
    listings = _listings(doc, blocks) | _entry_figures(doc, blocks)
    for block in blocks:
        if listings and _figure_of(doc, block) in listings:
            continue  # a code listing's title, a table's, a listing's entry are content
        if block.kind == "caption":
            ctx.remove(block, "figure caption")
        elif block.landmark == "figure" and block.kind not in _FIGURE_CONTENT:
            ctx.remove(block, "text inside a figure (caption or credit)")
        else:
            continue
        found = caption_credit(block.text, label)
        if found is not None:
            ctx.set_meta("image_credits", found[1])


def _figure_of(doc: Document, block: Block) -> int:
    """The innermost ``<figure>`` around the block, or -1."""
    elements = doc.elements
    for number in reversed(block.containers):
        if elements[number].tag == "figure":
            return number
    return -1


def _entry_figures(doc: Document, blocks: list[Block]) -> set[int]:
    """The figures that hold most of an entry of a listing's grid (a shop's product
    card written as a ``<figure>``: its name and price are content)."""
    figures = {_figure_of(doc, b) for b in blocks if b.landmark == "figure"} - {-1}
    if not figures:
        return set()
    parent_of = page_parents(doc)
    grid = _entry_grid(doc, [b for b in blocks if b.containers], parent_of)
    if grid is None:
        return set()
    _, words = sizes(parent_of, blocks)
    return {figure for figure in figures
            if (entry := _entry_of(figure, grid.boxes, parent_of)) >= 0
            and words[figure] >= ENTRY_SHARE * words[entry]}


def _listings(doc: Document, blocks: list[Block]) -> set[int]:
    """The figures holding a code block or a table (listings, not pictures)."""
    return {_figure_of(doc, b) for b in blocks
            if b.landmark == "figure" and b.kind in ("code", "table")} - {-1}


def _box_reasons(
    doc: Document, blocks: list[Block], parent_of: list[int]
) -> tuple[dict[int, str], set[int]]:
    """Chrome boxes among the containers of ``blocks``, with the reason of each, and
    the boxes of the page's entries (a listing's grid, repeated boxes).

    Only the outermost box of a nest counts (its words decide for what it holds),
    so containers inside one are not looked at. Boxes of the kinds the page's
    profile counts as content (a product's reviews) are not chrome.
    """
    profile = page_profile(doc)
    content = profile.content_boxes
    _, words = sizes(parent_of, blocks)
    least = WRAPPER_SHARE * max(words, default=0.0)
    elements = doc.elements
    grid = _entry_grid(doc, blocks, parent_of)
    repeated = _repeated_boxes(elements, words, least)
    entries = _around(grid, parent_of) | repeated
    if profile.linked_entries:  # the wrappers around a <main> of linked titles
        entries |= card_wrappers(parent_of, teaser_cards(doc, blocks, template=True),
                                 _marked(elements))
    if profile.section_runs:  # the bands of a landing page, whatever their class words
        entries |= {n for n in run_sections(elements, parent_of, words)
                    if not (negative_reason(elements[n]) or "").startswith(NEVER_WRAPPERS)}
    parts = repeated | (grid.boxes if grid is not None else set())
    out: dict[int, str] = {}
    inside = [False] * len(elements)
    prose: Prose | None = None
    for number, parent in enumerate(parent_of):
        if parent >= 0 and inside[parent]:
            inside[number] = True
            continue
        count = words[number]
        if not count or number in entries:
            continue
        positive, reason = classify(elements[number])
        if reason is None or positive or elements[number].tag == "body":
            continue
        if count > least and not reason.startswith(NEVER_WRAPPERS):
            continue
        if grid is not None:
            entry = _entry_of(number, grid.boxes, parent_of)
            if entry >= 0 and count >= ENTRY_SHARE * words[entry]:
                continue  # the body of an entry of the page's listing
        if content and reason.split(" (", 1)[0] in content:
            continue
        if reason.startswith(ENTRY_PARTS) and _entry_of(number, parts, parent_of) >= 0:
            continue  # an entry's summary
        menu = menu_named(elements[number], reason)
        if menu or reason.startswith(BAND_REASONS):
            if prose is None:
                prose = prose_words(parent_of, blocks)
            if running_text(prose, number, count, menu):
                continue  # running text is no menu or banner, whatever the box's class says
        out[number] = reason
        inside[number] = True
    return out, parts


def _marked(elements: list[Element]) -> Callable[[int], bool]:
    """Whether a container is marked as the page's content: ``<main>``, ``<article>``,
    or article class words and marks."""
    def marked(number: int) -> bool:
        element = elements[number]
        return element.tag in _CONTENT_TAGS or classify(element)[0]
    return marked


_CONTENT_TAGS = frozenset({"main", "article"})


#: Page types whose content is a grid of entries.
_ENTRY_PAGES = frozenset({"listing", "collection"})


def _entry_grid(doc: Document, blocks: list[Block], parent_of: list[int]) -> Grid | None:
    """On a listing, its grid of entries (see :func:`card_grid`, class words aside)
    where it holds ``GRID_SHARE`` of the words outside chrome landmarks; else None."""
    if doc.metadata.page_type not in _ENTRY_PAGES:
        return None
    body = [b for b in blocks if b.landmark not in NO_ENTRIES]
    counted = sizes(parent_of, body)
    grid = card_grid(doc.elements, body, counted, classed=True, parent_of=parent_of)
    if grid is None or grid.words < GRID_SHARE * max(counted[1], default=0.0):
        return None
    return grid


def _around(grid: Grid | None, parent_of: list[int]) -> set[int]:
    """The grid's boxes and the containers around the grid (none without a grid)."""
    if grid is None:
        return set()
    out = set(grid.boxes)
    number = grid.parent
    while number >= 0:
        out.add(number)
        number = parent_of[number]
    return out


def _repeated_boxes(elements: list[Element], words: list[float], least: float) -> set[int]:
    """Boxes classed as chrome that repeat in one shape (tag and class words, numbers
    aside), or as siblings of one tag, chrome reason and mostly the same class words,
    at least ``MIN_REPEATS`` times and together hold more than ``least`` words: the
    page's entries or sections under a template's class word (a river of stories each
    classed "ad"), not chrome."""
    groups: dict[tuple[object, ...], list[int]] = {}
    shapes: dict[int, frozenset[str]] = {}
    for number, element in enumerate(elements):
        if (words[number] and words[number] <= least
                and (reason := negative_reason(element))
                and reason.split(" (", 1)[0] not in _REPEATED_CHROME):
            shape = shapes[number] = frozenset(w for w in element.words if w.isalpha())
            groups.setdefault((element.tag, shape), []).append(number)
            groups.setdefault((element.parent, element.tag, reason), []).append(number)
    return {number for key, boxes in groups.items()
            if len(boxes) >= MIN_REPEATS and sum(words[n] for n in boxes) > least
            and (len(key) == 2 or _alike([shapes[n] for n in boxes]))
            for number in boxes}


#: Sibling boxes classed as chrome for the same reason are of one template when the
#: class words they all share are this share of all their class words (a page
#: builder's cards laid out left and right in turn; not a sidebar's widgets).
ALIKE_SHARE = 0.6


def _alike(shapes: list[frozenset[str]]) -> bool:
    """Whether boxes' class words (``shapes``) are mostly the same words."""
    shared = frozenset.intersection(*shapes)
    return len(shared) >= ALIKE_SHARE * len(frozenset.union(*shapes))


#: Chrome boxes of one shape repeated this often may be the page's entries ...
MIN_REPEATS = 3
#: ... unless they are chrome that comes in repeats (the comments under a post;
#: a page profile says where comments are content).
_REPEATED_CHROME = frozenset({"comments"})


def _entry_of(number: int, boxes: AbstractSet[int], parent_of: list[int]) -> int:
    """The one of ``boxes`` around container ``number`` (or itself), or -1."""
    while number >= 0 and number not in boxes:
        number = parent_of[number]
    return number


#: A box inside a grid's entry holding this share of the entry's words is the
#: entry's body (a product card's caption, a card written as a ``<figure>``).
ENTRY_SHARE = 0.5


#: A box classed as navigation whose words are at least this share prose is text,
MENU_PROSE_SHARE = 0.5
#: ... or, for a box classed as navigation, whose words are at most this share in
#: links (a section of the text with lists in it, the target of the table of
#: contents: a menu is mostly links, whatever blurbs it carries),
MENU_LINKED_SHARE = 0.15
#: ... when that prose is at least this many paragraphs (a menu may carry a blurb;
#: for the second test, as many paragraphs' words outside links),
MENU_PROSE_PARAGRAPHS = 2
#: ... unless its words say it links the previous and next pages (their excerpts
#: are prose).
_PAGER_WORDS = frozenset({"prev", "previous", "next", "pager", "pagination", "post-navigation",
                          "nav-links", "nav-previous", "nav-next"})
#: Words, paragraphs of running prose and words in links inside each container
#: (see :func:`prose_words`).
Prose = tuple[list[float], list[float], list[float]]


def menu_named(element: Element, reason: str) -> bool:
    """Whether ``reason`` (the element's chrome reason) says navigation, and the
    element's words do not say it links the previous and next pages."""
    return reason.startswith("navigation") and _PAGER_WORDS.isdisjoint(element.words)


def running_text(prose: Prose, number: int, words: float, menu: bool) -> bool:
    """Whether container ``number``, of ``words`` words, holds running text (see
    :data:`MENU_PROSE_SHARE`); ``prose`` is what :func:`prose_words` gives, ``menu``
    whether the container's words say navigation."""
    if menu and prose[2][number] <= MENU_LINKED_SHARE * words:
        return words - prose[2][number] >= MENU_PROSE_PARAGRAPHS * PROSE_WORDS
    return (prose[0][number] >= MENU_PROSE_SHARE * words
            and prose[1][number] >= MENU_PROSE_PARAGRAPHS)


def prose_words(parent_of: list[int], blocks: list[Block]) -> Prose:
    """Words and paragraphs of running prose inside each container (paragraphs
    and list items of at least ``PROSE_WORDS`` words, mostly outside links: a band
    may set its text as a list of paragraphs), and the words of all its blocks that
    sit in links."""
    words = [0.0] * len(parent_of)
    count = [0.0] * len(parent_of)
    linked = [0.0] * len(parent_of)
    for block in blocks:
        home = block.containers[-1]
        linked[home] += block.words * block.link_density
        if (block.kind in ("paragraph", "list_item") and block.link_density <= PROSE_LINKS
                and block.words >= PROSE_WORDS):
            words[home] += block.words
            count[home] += 1
    return (subtree_sums(parent_of, words), subtree_sums(parent_of, count),
            subtree_sums(parent_of, linked))


#: Words of a short block's own class (a <p> or heading, not a container) that say
#: it is a byline or date line, beside the chrome words of boxes.
_OWN_WORDS = {**dict.fromkeys(["author", "date", "dates", "timestamp", "meta"],
                              "byline or date line")}
#: Blocks longer than this are not judged by their own class words.
OWN_MAX_WORDS = 25


#: The chrome words among a block's class words.
_chrome_words = WordPicker(lambda word: word in _OWN_WORDS or word in NEGATIVE)


#: Reasons that a heading's own class words never give: a heading classed "caption"
#: (a type scale's "text-caption") titles an entry, it does not caption a picture.
_NO_HEADING_REASONS = frozenset({NEGATIVE["caption"]})


def _own_reason(doc: Document, block: Block, page: frozenset[str]) -> str | None:
    """Why the block's own class words (not its containers') say chrome, or None."""
    hits = _chrome_words(block.class_words)
    if not hits:
        return None
    for word in own_words(block, hits, doc.elements, page):
        reason = _OWN_WORDS.get(word) or NEGATIVE[word]
        if block.kind == "heading" and reason in _NO_HEADING_REASONS:
            continue
        return f"{reason} (class '{word}')"
    return None


#: Chrome of these kinds, told by a short block's own class, is part of an entry of
#: a listing (the deck under an entry's headline is its summary).
ENTRY_PARTS = ("standfirst (deck)",)


@rule(
    "html-chrome-box",
    stage="chrome",
    order=130,
    description="Remove boxes and short blocks whose class/id words, role or tag say chrome",
    kinds=("html",),
)
def html_chrome_box(doc: Document, ctx: RuleContext) -> None:
    blocks = [b for b in doc.kept() if b.containers]
    if not blocks:
        return
    parent_of = page_parents(doc)
    boxes, entries = _box_reasons(doc, blocks, parent_of)
    if not page_profile(doc).linked_entries:  # (a listing's runs of entries, see above)
        boxes.update(related_sections(doc, blocks, ctx))
    box_of = inherited(parent_of, boxes)
    page: frozenset[str] | None = None
    for block in blocks:
        reason = box_of[block.containers[-1]]
        if reason is None and block.class_words and block.words <= OWN_MAX_WORDS:
            if page is None:
                page = page_words(doc)
            reason = _own_reason(doc, block, page)
            if (reason is not None and reason.startswith(ENTRY_PARTS)
                    and _entry_of(block.containers[-1], entries, parent_of) >= 0):
                reason = None  # an entry's summary line
        if reason is not None and block.kind != "code":  # code is content wherever it sits
            ctx.remove(block, reason)


@rule(
    "html-teaser-list",
    stage="chrome",
    order=140,
    description="Remove teaser lists: two or more small cards, each led by a linked headline",
    kinds=("html",),
)
def html_teaser_list(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    # (cards titled by a heading that is no link present the page's own offers or steps)
    cards = teaser_cards(doc, blocks)
    cards -= titled_cards(blocks, cards)
    cards -= described_cards(doc, blocks, cards)
    if not cards:
        return
    for block in blocks:
        if in_cards(block, cards):
            ctx.remove(block, "teaser list (cards led by linked headlines)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [
        html_hidden, html_hidden_dialog, html_article_header, html_byline, html_figure_caption,
        html_chrome_box,
        html_teaser_list,
    ]
