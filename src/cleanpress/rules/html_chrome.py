"""HTML chrome inside the article region, told by markup.

- hidden elements (``hidden``, ``aria-hidden``, ``display:none``);
- figure captions and the credit lines beside them in a ``<figure>``;
- boxes whose own class/id words, role or tag say chrome (share bar,
  newsletter box, related links, ad slot, comments, ...);
- teaser lists: two or more cards, each led by a linked headline.

The region rule has removed what lies outside the article; these rules clean
inside it. A box holding most of the region's prose is a layout wrapper and
is left alone, whatever its words.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.html_cards import in_cards, teaser_cards
from cleanpress.rules.html_words import is_positive, negative_reason

#: A chrome box holding more than this share of the kept words is a wrapper.
WRAPPER_SHARE = 0.5
#: Kinds kept inside a ``<figure>``: pull quotes, tables and code are content.
_FIGURE_CONTENT = frozenset({"quote", "table", "code", "list_item"})


@rule(
    "html-hidden",
    stage="locate",
    order=50,
    description="Remove blocks of hidden elements (hidden, aria-hidden, display:none)",
    kinds=("html",),
)
def html_hidden(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if block.hidden:
            ctx.remove(block, "hidden element")


@rule(
    "html-figure-caption",
    stage="chrome",
    order=120,
    description="Remove figure captions and the credit lines inside <figure> elements",
    kinds=("html",),
)
def html_figure_caption(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if block.kind == "caption":
            ctx.remove(block, "figure caption")
        elif block.landmark == "figure" and block.kind not in _FIGURE_CONTENT:
            ctx.remove(block, "text inside a figure (caption or credit)")


def _box_reasons(doc: Document, blocks: list[Block]) -> dict[int, str]:
    """Chrome boxes among the containers of ``blocks``, with the reason of each."""
    total = sum(b.words for b in blocks)
    words: dict[int, int] = {}
    for block in blocks:
        for number in block.containers:
            words[number] = words.get(number, 0) + block.words
    out: dict[int, str] = {}
    for number, count in words.items():
        element = doc.elements[number]
        if count > WRAPPER_SHARE * total or element.tag == "body" or is_positive(element):
            continue
        reason = negative_reason(element)
        if reason is not None:
            out[number] = reason
    return out


@rule(
    "html-chrome-box",
    stage="chrome",
    order=130,
    description="Remove boxes whose class/id words, role or tag say chrome (share, ad, ...)",
    kinds=("html",),
)
def html_chrome_box(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    if not blocks or not doc.elements:
        return
    boxes = _box_reasons(doc, blocks)
    if not boxes:
        return
    for block in blocks:
        for number in block.containers:
            reason = boxes.get(number)
            if reason is not None:
                ctx.remove(block, reason)
                break


@rule(
    "html-teaser-list",
    stage="chrome",
    order=140,
    description="Remove teaser lists: two or more small cards, each led by a linked headline",
    kinds=("html",),
)
def html_teaser_list(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    cards = teaser_cards(doc, blocks)
    if not cards:
        return
    for block in blocks:
        if in_cards(block, cards):
            ctx.remove(block, "teaser list (cards led by linked headlines)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_hidden, html_figure_caption, html_chrome_box, html_teaser_list]
