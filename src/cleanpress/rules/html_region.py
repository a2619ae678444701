"""HTML article region: the container holding the article text; the rest goes.

Every container element gets a score from the blocks inside it: prose (long,
few links) counts for it, link text and short lines against it. Containers
whose own words or landmark say chrome (navigation, sidebar, comments, ...)
count wholly against their ancestors. Where the page's JSON-LD carries the
article body, blocks found in it count as prose whatever their shape. The
best-scoring container wins, with a bonus for ``<article>``, ``<main>``,
``itemprop=articleBody`` and class words such as ``entry-content``; blocks
outside it are removed with the reason their own markup gives.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.html_cards import in_cards, teaser_cards
from cleanpress.rules.html_words import LANDMARK_REASONS, is_positive, negative_reason

#: A block of prose: at least this many words ...
PROSE_WORDS = 10
#: ... and at most this share of its characters in links.
PROSE_LINKS = 0.35
#: Weight of chrome characters against prose characters.
CHROME_WEIGHT = 0.6
#: Score bonus of containers marked as the article (tag, role, microdata, class).
POSITIVE_BONUS = 1.2
#: Elements that can be the article region (lists, tables and figures are parts of one).
REGION_TAGS = frozenset({"body", "div", "section", "article", "main", "form", "center", "td"})
#: A container holding this share of the page's prose is a wrapper, whatever its words.
WRAPPER_SHARE = 0.6
#: An element marked as the article makes its ancestors wrappers if it holds this share.
WRAPPER_ARTICLE = 0.3
#: The stated body is trusted when the page's blocks hold this share of it.
TRUSTED_SHARE = 0.6
#: With a trusted stated body, prose it does not hold counts against a container this much.
UNSTATED_WEIGHT = 0.3
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


def _article_ancestors(elements: list[Element], prose: list[float], least: float) -> set[int]:
    """Containers that hold an element marked as the article (layout wrappers)."""
    out: set[int] = set()
    for number, element in enumerate(elements):
        if prose[number] >= least and (element.tag in ("article", "main") or is_positive(element)):
            parent = element.parent
            while parent >= 0 and parent not in out:
                out.add(parent)
                parent = elements[parent].parent
    return out


def _chrome_containers(doc: Document, prose: list[float]) -> dict[int, str]:
    """Containers whose own words or tag mark them as chrome, with the reason.

    A container that holds most of the page's prose, or an element marked as
    the article, is a layout wrapper ("content-with-sidebar"), not chrome.
    """
    out: dict[int, str] = {}
    total = max(prose, default=0.0)
    wrappers: set[int] | None = None
    for number, element in enumerate(doc.elements):
        if element.tag == "body" or (total > 0 and prose[number] >= WRAPPER_SHARE * total):
            continue
        reason = None if is_positive(element) else negative_reason(element)
        if reason is None:
            continue
        if wrappers is None:
            wrappers = _article_ancestors(doc.elements, prose, WRAPPER_ARTICLE * total)
        if number not in wrappers:
            out[number] = reason
    return out


def word_count(block: Block) -> int:
    """Words of the block; for scripts written without spaces (CJK), a third of its length."""
    words = block.words
    size = len(block.text)
    if words * 15 < size:
        return max(words, size // 3)
    return words


def _value(block: Block, confirmed: bool, is_chrome: bool, body: str) -> float:
    """What a block adds to (prose) or takes from (chrome) each container around it."""
    size = len(block.text)
    links = block.link_density
    if confirmed or (
        not is_chrome and word_count(block) >= PROSE_WORDS and links <= PROSE_LINKS
        and block.kind != "heading"
    ):
        value = size * (1.0 - links)
        if body and not confirmed:
            return -UNSTATED_WEIGHT * value  # prose the stated body does not hold
        return value
    if block.kind == "heading" and not is_chrome:
        return 0.0
    return -CHROME_WEIGHT * size


def _prose(doc: Document, blocks: list[Block], body: str) -> tuple[list[float], list[bool], bool]:
    """Prose characters in each container, which blocks the stated body confirms,
    and whether the body is trusted (the page's blocks hold most of it)."""
    confirmed = [bool(body) and _in_body(block, body) for block in blocks]
    found = sum(len(b.text) for b, ok in zip(blocks, confirmed, strict=True) if ok)
    trusted = bool(body) and found >= TRUSTED_SHARE * len(body)
    if body and not trusted:
        body, confirmed = "", [False] * len(blocks)
    prose = [0.0] * len(doc.elements)
    for block, ok in zip(blocks, confirmed, strict=True):
        value = _value(block, ok, False, body)
        if value > 0 and not block.hidden:
            for number in block.containers:
                prose[number] += value
    return prose, confirmed, trusted


def _scores(doc: Document, blocks: list[Block], chrome: dict[int, str], confirmed: list[bool],
            body: str) -> list[float]:
    scores = [0.0] * len(doc.elements)
    cards = teaser_cards(doc, blocks)
    for block, ok in zip(blocks, confirmed, strict=True):
        if block.hidden:
            continue
        is_chrome = not ok and (
            any(c in chrome for c in block.containers) or in_cards(block, cards)
        )
        value = _value(block, ok, is_chrome, body)
        for number in block.containers:
            scores[number] += value
    return scores


def best_container(doc: Document, blocks: list[Block], body: str = "") -> int:
    """Number of the container most likely to hold the article, or -1."""
    if not doc.elements:
        return -1
    prose, confirmed, trusted = _prose(doc, blocks, body)
    chrome = _chrome_containers(doc, prose)
    scores = _scores(doc, blocks, chrome, confirmed, body if trusted else "")
    best, best_score = -1, 0.0
    for number, element in enumerate(doc.elements):
        score = scores[number]
        if score <= 0 or number in chrome or element.tag not in REGION_TAGS:
            continue
        if element.tag in ("article", "main") or is_positive(element):
            score *= POSITIVE_BONUS
        if score > best_score:
            best, best_score = number, score
    return best


def outside_reason(block: Block, elements: list[Element], region: int) -> str:
    """Why a block outside the region goes: its landmark, its container's words, its shape."""
    if block.landmark in LANDMARK_REASONS:
        return f"{LANDMARK_REASONS[block.landmark]} (outside the article)"
    for number in reversed(block.containers):
        reason = negative_reason(elements[number])
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
    region = best_container(doc, blocks, _json_ld_body(doc))
    if region < 0:
        return
    for block in blocks:
        if region not in block.containers:
            ctx.remove(block, outside_reason(block, doc.elements, region))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_article_region]
