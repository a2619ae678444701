"""Sections led by a related-content heading ("You may also like", "More from ...").

A box of other stories often has no telling class words of its own, only a
heading at its top: the heading's text is a related-content label, or its own
class says so (``<h3 class="related-posts-title">``). The section such a
heading leads is the outermost container whose first block is the heading.
The section goes whatever prose its teasers carry, unless it holds the
page's headline.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.rules.html_tree import WordPicker, own_words, page_words

#: A label heading has at most this many words.
LABEL_WORDS = 10
#: Parts of a heading's own class words that say it heads related content.
_CLASS_PARTS = ("related", "recommend", "morestories", "more-stories", "youmaylike")


#: The class words of a block that say "related".
_label_words = WordPicker(lambda word: any(part in word for part in _CLASS_PARTS))


def _labels(doc: Document, blocks: list[Block], ctx: RuleContext,
            parent_of: list[int]) -> list[Block]:
    """Headings that read or are classed as related-content labels."""
    out: list[Block] = []
    page: frozenset[str] | None = None
    for block in blocks:
        if block.kind != "heading" or block.words > LABEL_WORDS or not block.containers:
            continue
        if ctx.search("related", block.text) is not None:
            out.append(block)
            continue
        candidates = _label_words(block.class_words) if block.class_words else ()
        if candidates:
            if page is None:
                page = page_words(doc)
            if own_words(block, candidates, doc.elements, page):
                out.append(block)
    return out


def _first_blocks(blocks: list[Block], parent_of: list[int]) -> list[int]:
    """Index of the first of ``blocks`` inside each container (-1 for none)."""
    first = [-1] * len(parent_of)
    for block in blocks:
        home = block.containers[-1] if block.containers else -1
        if home >= 0 and first[home] < 0:
            first[home] = block.index
    for number in range(len(parent_of) - 1, 0, -1):
        parent, mine = parent_of[number], first[number]
        if parent >= 0 and mine >= 0 and (first[parent] < 0 or mine < first[parent]):
            first[parent] = mine
    return first


def related_sections(doc: Document, blocks: list[Block], ctx: RuleContext,
                     parent_of: list[int]) -> dict[int, str]:
    """Containers led by a related-content heading, with the reason."""
    labels = _labels(doc, blocks, ctx, parent_of)
    if not labels:
        return {}
    first = _first_blocks(blocks, parent_of)
    title = doc.title_block
    headline = set(title.containers) if title is not None else set()
    out: dict[int, str] = {}
    for label in labels:
        section = -1
        for number in reversed(label.containers):
            if first[number] != label.index:
                break
            section = number
        if section < 0 or section in headline or doc.elements[section].tag == "body":
            continue
        out[section] = f"related links (under the heading '{label.text[:40]}')"
    return out
