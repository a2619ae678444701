"""Page type: told from the page's structure in one cheap pass.

What the page states comes first: a schema.org type in its JSON-LD or microdata
(QAPage, DiscussionForumPosting, Comment and Answer items for a thread; Product,
Offer for a product page; TechArticle, APIReference for docs; Article, NewsArticle,
BlogPosting for an article; ItemList, CollectionPage, SearchResultsPage for a
listing). Then its shape: repeated post boxes with authors and times (a thread);
code blocks beside a side navigation (docs); a grid of repeated linked boxes of
several blocks each (rows of one template under sections count as one), or of
similar cards (a listing, or a collection where they carry prices); a run of
sections with headings and little running prose (a service page). A page with none of these is an
article. The type goes to ``metadata.page_type``; the profile of that type (see
:mod:`cleanpress.rules.locate.page_profiles`) tells the region rule how to
locate the content.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, RuleContext, rule
from cleanpress.rules.common.class_words import is_positive
from cleanpress.rules.common.container_tree import page_parents, sizes, subtree_sums
from cleanpress.rules.common.teaser_cards import (
    GRID_SHARE,
    MANY_CARDS,
    PRICE,
    ROW_TAGS,
    card_grid,
    entry_blocks,
    teaser_cards,
)
from cleanpress.rules.metadata.json_ld import types

#: schema.org types (lower-cased) that say the page type outright.
STATED_TYPES: dict[str, str] = {
    **dict.fromkeys(["qapage", "discussionforumposting", "socialmediaposting"], "forum"),
    **dict.fromkeys(["product", "productgroup", "individualproduct", "productmodel"], "product"),
    **dict.fromkeys(["techarticle", "apireference"], "documentation"),
    **dict.fromkeys(["searchresultspage", "collectionpage", "itemlist"], "listing"),
    **dict.fromkeys(["article", "newsarticle", "blogposting", "reportagenewsarticle",
                     "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                     "scholarlyarticle", "liveblogposting", "recipe"], "article"),
}
#: Stated types in the order they win when a page states several: a thread or a
#: product page often states an article too, and a listing an item list of products.
_PRECEDENCE = ("forum", "product", "documentation", "article", "listing")
#: Microdata marks of the posts of a thread.
POST_MARKS = frozenset({"comment", "answer", "suggestedanswer", "acceptedanswer",
                        "discussionforumposting", "usercomments"})
#: Class words of the boxes of posts.
POST_WORDS = frozenset({"post", "posts", "message", "messages", "reply", "replies", "comment",
                        "comments", "topic-post", "postbody", "post-body", "message-body",
                        "answer", "answers", "cooked", "thread", "bbpost", "postrow"})
#: A thread has at least this many post boxes of one shape (a question and a reply) ...
MIN_POSTS = 2
#: ... holding this share of the page's prose.
POST_SHARE = 0.5
#: ... of which the largest post holds at most this share (one post holding nearly
#: all is an article in a box whose class says post).
TOP_POST = 0.8
#: A page that states only a generic article is a thread where its post boxes hold
#: this share of its prose and it has no article's run of prose (a forum's template
#: may state an article on every page; a press release's boxes of news items hold
#: less; a news article or a blog post stated as such keeps its comments below).
STATED_POST_SHARE = 0.7
#: Post boxes under this many words of prose in a box marked as article text are a
#: blog post's comments, not a thread (a thread's first post is one of its boxes).
OUTSIDE_ARTICLE = 100
#: Docs: at least this many code blocks ...
MIN_CODE = 2
#: ... or code holding this share of the page's words.
CODE_SHARE = 0.15
#: Listing: at least this many cards (as many as make a teaser list of short
#: headlines) ...
MIN_CARDS = MANY_CARDS
#: ... holding this share of the words of the page's blocks outside chrome landmarks.
CARD_SHARE = 0.25
#: Listing: a grid of repeated boxes (see :func:`card_grid`) holding GRID_SHARE of
#: those words; a collection where half its boxes or more show a price. A grid of
#: this many boxes is a listing even inside one <article> element (a listing's page
#: template may wrap it in one; an article's strip of teasers is shorter).
LONG_GRID = 8
#: Service: at least this many sections of one shape, each opening with a heading ...
MIN_SECTIONS = 4
#: ... and running prose (paragraphs of 30 words or more) under this share of the words.
ESSAY_SHARE = 0.35
ESSAY_WORDS = 30
#: A page with no run of prose of this many words (no container of an article's
#: paragraphs) is a service page with fewer sections, and longer blurbs: ...
NO_RUN = 100
#: ... at least this many ...
FEW_SECTIONS = 3
#: ... with running prose under this share of the words.
BLURB_SHARE = 0.5
#: An article's run of prose has at least this many words (see :func:`_essay_run`).
ESSAY_RUN = 200
#: Paragraphs of an article's run of prose have at least this many words.
RUN_WORDS = 20


@dataclass(frozen=True)
class Evidence:
    """What the page type is told from (kept for tests and explain)."""

    stated: str | None
    posts: int
    post_share: float
    code_blocks: int
    code_share: float
    cards: int
    card_share: float
    priced_cards: int
    sections: int
    essay_share: float
    #: One <article> element (or a box marked as an article's body) holds most prose.
    one_article: bool = False
    #: Share of the posts' prose in the largest post.
    top_post: float = 0.0
    #: Words of the longest run of prose: paragraphs side by side in one container.
    essay_run: int = 0
    #: Boxes of the page's grid of repeated boxes, their share of the words, and how
    #: many of them show a price.
    grid: int = 0
    grid_share: float = 0.0
    priced_boxes: int = 0
    #: Words of the longest run of prose outside the post boxes: the article that
    #: a blog's or a news site's comments (boxes of posts too) sit under.
    outside_run: int = 0
    #: The article the page states is only the generic schema.org ``Article`` (a
    #: template's default), not a news article or a blog post.
    generic_article: bool = False
    #: That run outside the post boxes sits in a box whose class words or marks say
    #: article text ("entry-content", "post-body"): a blog post above its comments.
    outside_article: bool = False


def stated_type(doc: Document) -> str | None:
    """The page type its JSON-LD or microdata states, or None."""
    found: set[str] = set()
    for obj in doc.json_ld:
        for name in types(obj):
            page_type = STATED_TYPES.get(name.lower())
            if page_type is not None:
                found.add(page_type)
    for element in doc.elements:
        for mark in element.marks:
            if mark in STATED_TYPES and mark != "article":
                found.add(STATED_TYPES[mark])
    for page_type in _PRECEDENCE:
        if page_type in found:
            return page_type
    return None


def stated_page_type(doc: Document) -> str | None:
    """:func:`stated_type`, worked out once per document."""
    return doc.derived("stated-page-type", stated_type)


def states_product(doc: Document) -> bool:
    """Whether the page states a product (schema.org Product, ProductGroup, ...): a
    product page whatever its shape (see :func:`decide`)."""
    return stated_page_type(doc) == "product"


def _post_boxes(doc: Document, prose: list[float]) -> tuple[set[int], float, float]:
    """The largest group of post boxes of one shape (the same microdata mark, or the
    same tag and class words that say post), none inside another: their numbers, the
    share of the page's prose they hold and the share of that in the largest."""
    groups: Counter[object] = Counter()
    members: dict[object, set[int]] = {}
    held: dict[object, float] = {}
    largest: dict[object, float] = {}
    shapes: list[object] = [None] * len(doc.elements)
    for number, element in enumerate(doc.elements):
        if not prose[number]:
            continue
        marked = bool(element.marks & POST_MARKS)
        if not marked and not (element.words & POST_WORDS):
            continue
        shape = shapes[number] = _shape(element)
        parent = element.parent
        while parent >= 0 and shapes[parent] != shape:
            parent = doc.elements[parent].parent
        if parent >= 0:
            continue  # a box inside a box of its own shape is part of that post
        groups[shape] += 1
        members.setdefault(shape, set()).add(number)
        held[shape] = held.get(shape, 0.0) + prose[number]
        largest[shape] = max(largest.get(shape, 0.0), prose[number])
    total = max(prose, default=0.0) or 1.0
    best = max(groups, key=lambda s: (groups[s], held[s]), default=None)
    if best is None:
        return set(), 0.0, 0.0
    return members[best], min(1.0, held[best] / total), largest[best] / (held[best] or 1.0)


def post_boxes(doc: Document) -> set[int]:
    """The numbers of the page's post boxes: the boxes of the shape of the largest
    group of boxes whose marks or class words say post (see :func:`evidence`)."""
    blocks = [b for b in doc.kept() if not b.hidden]
    if not doc.elements or not blocks:
        return set()
    found = _post_boxes(doc, _prose(doc, blocks))[0]
    if not found:
        return found
    shape = _shape(doc.elements[min(found)])
    return found | {n for n, e in enumerate(doc.elements) if _shape(e) == shape}


def _shape(element: Element) -> object:
    """A post box's shape: its post marks, or its tag and letters-only class words."""
    if element.marks & POST_MARKS:
        return "mark", frozenset(element.marks & POST_MARKS)
    return element.tag, frozenset(w for w in element.words if w.isalpha())


def _prose(doc: Document, blocks: list[Block]) -> list[float]:
    """Words of running prose (paragraphs of ten words or more, few links) in each
    container's subtree."""
    parent_of = page_parents(doc)
    own = [0.0] * len(parent_of)
    for block in blocks:
        if block.containers and block.link_density < 0.35 and block.words >= 10:
            own[block.containers[-1]] += block.words
    return subtree_sums(parent_of, own)


def evidence(doc: Document) -> Evidence:
    """Measure what the page type is told from."""
    blocks = [b for b in doc.blocks if not b.hidden and b.removed_by is None]
    stated = stated_page_type(doc)
    if not doc.elements or not blocks:
        return Evidence(stated, 0, 0.0, 0, 0.0, 0, 0.0, 0, 0, 0.0)
    prose = _prose(doc, blocks)
    boxes_of_posts, post_share, top_post = _post_boxes(doc, prose)
    body = entry_blocks(doc.elements, blocks)
    words = sum(b.words for b in body) or 1
    code = [b for b in body if b.kind == "code"]
    parent_of = page_parents(doc)
    counted = sizes(parent_of, body)
    cards = teaser_cards(doc, body, counted, template=True)
    grid = card_grid(doc.elements, body, counted, rows=True, parent_of=parent_of)
    boxes = grid.boxes if grid is not None else frozenset()
    card_words = 0
    priced: set[int] = set()
    priced_boxes: set[int] = set()
    rows = grid is not None and grid.entries > 0
    for block in body:
        inside = [n for n in block.containers if n in cards] if cards else None
        if not inside and not boxes:
            continue
        price = PRICE.search(block.text) is not None  # (one search serves both counts)
        if inside:
            card_words += block.words
            if price:
                priced.add(inside[-1])
        if boxes and price:
            if rows:  # a grid of rows: each priced row counts
                if block.tag in ROW_TAGS and block.containers[-1] in boxes:
                    priced_boxes.add(-1 - block.index)
            else:
                priced_boxes.update(n for n in block.containers if n in boxes)
    essay = sum(b.words for b in body if b.kind == "paragraph" and b.words >= ESSAY_WORDS
                and b.link_density < 0.35)
    sections = _headed_boxes(doc, body)
    outside_home, outside_run = _longest_run(
        [b for b in body if boxes_of_posts.isdisjoint(b.containers)])
    return Evidence(
        stated, len(boxes_of_posts), post_share, len(code), sum(b.words for b in code) / words,
        len(cards), card_words / words, len(priced), sections, essay / words,
        _one_article(doc, prose), top_post, _essay_run(body),
        grid.size if grid is not None else 0, grid.words / words if grid is not None else 0.0,
        len(priced_boxes),
        outside_run,
        stated == "article" and _article_names(doc) == {"article"},
        outside_home >= 0 and is_positive(doc.elements[outside_home]),
    )


def _article_names(doc: Document) -> set[str]:
    """The article types (lower-cased) the page's JSON-LD states."""
    return {name.lower() for obj in doc.json_ld for name in types(obj)
            if STATED_TYPES.get(name.lower()) == "article"}


def _one_article(doc: Document, prose: list[float]) -> bool:
    """Whether a single <article> element, or a single box whose marks say article body,
    holds half the page's prose or more (a listing of posts has an <article> each)."""
    total = max(prose, default=0.0)
    found = [
        number for number, element in enumerate(doc.elements)
        if prose[number] and (element.tag == "article" or "articlebody" in element.marks)
    ]
    outer = [n for n in found if doc.elements[n].parent not in found]
    return len(outer) == 1 and prose[outer[0]] >= 0.5 * total > 0


def _headed_boxes(doc: Document, blocks: list[Block]) -> int:
    """The largest number of boxes of one shape (tag and class words) that each open
    with a heading: the sections of a page built from them."""
    seen: set[int] = set()
    shapes: Counter[tuple[str, frozenset[str]]] = Counter()
    for block in blocks:
        if not block.containers:
            continue
        home = block.containers[-1]
        if home in seen:
            continue
        seen.add(home)
        if block.kind == "heading":
            element = doc.elements[home]
            letters = frozenset(w for w in element.words if w.isalpha())
            shapes[element.tag, letters] += 1
    return max(shapes.values(), default=0)


def _essay_run(blocks: list[Block]) -> int:
    """Words of the largest group of prose paragraphs (twenty words or more, few links)
    that share their container: an article's text, which a listing's summaries and a
    service page's blurbs, each in a box of its own, do not make."""
    return _longest_run(blocks)[1]


def _longest_run(blocks: list[Block]) -> tuple[int, int]:
    """The container of :func:`_essay_run`'s group (-1 if none) and its words."""
    runs: Counter[int] = Counter()
    for block in blocks:
        if (
            block.kind == "paragraph" and block.containers and block.words >= RUN_WORDS
            and block.link_density < 0.35
        ):
            runs[block.containers[-1]] += block.words
    return max(runs.items(), key=lambda item: item[1], default=(-1, 0))


def decide(found: Evidence, has_side_nav: bool) -> str:
    """The page type the evidence points to: what the page states first (an article
    stated beside a thread's or a product's type is the weaker statement), then its
    shape; an article where nothing else is told."""
    # (post boxes that are mostly teaser cards list a forum's topics; beside an
    # article's run of prose they are its comments)
    thread = (
        found.posts >= MIN_POSTS and found.post_share >= POST_SHARE
        and found.top_post <= TOP_POST and found.card_share < CARD_SHARE
        and found.outside_run < ESSAY_RUN
        and not (found.outside_article and found.outside_run >= OUTSIDE_ARTICLE)
    )
    if (found.generic_article and thread and found.post_share >= STATED_POST_SHARE
            and found.essay_run < ESSAY_RUN):
        return "forum"  # a forum's template stating an article for every page
    if found.stated in ("forum", "product", "documentation", "article"):
        return found.stated
    if has_side_nav and (found.code_blocks >= MIN_CODE or found.code_share >= CODE_SHARE):
        return "documentation"
    if thread:
        return "forum"
    grid = found.grid_share >= GRID_SHARE
    long_grid = grid and found.grid >= LONG_GRID
    if found.essay_run >= ESSAY_RUN or (found.one_article and not long_grid):
        return "article"
    if grid:
        return "collection" if 2 * found.priced_boxes >= found.grid else "listing"
    if found.cards >= MIN_CARDS and found.card_share >= CARD_SHARE:
        return "collection" if 2 * found.priced_cards >= found.cards else "listing"
    if found.stated == "listing":
        return "listing"
    if found.sections >= MIN_SECTIONS and found.essay_share < ESSAY_SHARE:
        return "service"
    if (
        found.sections >= FEW_SECTIONS and found.essay_run < NO_RUN
        and found.essay_share < BLURB_SHARE
    ):
        return "service"  # headed blurbs, each in a box of its own, and no article text
    return "article"


def side_navigation(doc: Document) -> bool:
    """Whether the page has a navigation of many links (a docs page's table of
    contents or side menu): ten link blocks in navigation or sidebar boxes."""
    linked = 0
    for block in doc.blocks:
        if block.link_density > 0.5 and block.landmark in ("nav", "aside"):
            linked += 1
            if linked >= 10:
                return True
    return False


def page_type(doc: Document) -> str:
    """The page's type: one of the profiles' names (see :mod:`page_profiles`)."""
    return decide(evidence(doc), side_navigation(doc))


@rule(
    "page-type",
    stage="prepare",
    order=60,
    description="Tell the page type (article, forum, product, listing, collection, service, "
    "documentation) from the page's structure",
    kinds=("html",),
)
def page_type_rule(doc: Document, ctx: RuleContext) -> None:
    ctx.set_meta("page_type", page_type(doc))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [page_type_rule]
