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
from cleanpress.rules.common.container_tree import WordPicker, own_words, page_words

#: A label heading has at most this many words ...
LABEL_WORDS = 10
#: ... and characters.
LABEL_CHARS = 120
#: Parts of a heading's own class words that say it heads related content.
_CLASS_PARTS = ("related", "recommend", "morestories", "more-stories", "youmaylike")


#: The class words of a block that say "related".
_label_words = WordPicker(lambda word: any(part in word for part in _CLASS_PARTS))


def _labels(doc: Document, blocks: list[Block], ctx: RuleContext) -> list[tuple[int, Block]]:
    """Headings that read or are classed as related-content labels, with their place."""
    out: list[tuple[int, Block]] = []
    page: frozenset[str] | None = None
    headings = [(n, b) for n, b in enumerate(blocks) if b.kind == "heading" and b.containers]
    for position, block in headings:
        if len(block.text) > LABEL_CHARS or block.words > LABEL_WORDS:
            continue
        if ctx.search("related", block.text) is not None:
            out.append((position, block))
            continue
        candidates = _label_words(block.class_words) if block.class_words else ()
        if candidates:
            if page is None:
                page = page_words(doc)
            if own_words(block, candidates, doc.elements, page):
                out.append((position, block))
    return out


def _led_box(label: Block, before: Block | None) -> int:
    """The outermost container whose first block is ``label`` (``before`` is the block
    right before it), or -1: the first of its containers not around ``before``."""
    mine = label.containers
    theirs = before.containers if before is not None else ()
    shared = 0
    while shared < len(mine) and shared < len(theirs) and mine[shared] == theirs[shared]:
        shared += 1
    return mine[shared] if shared < len(mine) else -1


def related_sections(doc: Document, blocks: list[Block], ctx: RuleContext) -> dict[int, str]:
    """Containers led by a related-content heading, with the reason (``blocks`` in
    document order)."""
    labels = _labels(doc, blocks, ctx)
    if not labels:
        return {}
    title = doc.title_block
    headline = set(title.containers) if title is not None else set()
    out: dict[int, str] = {}
    for position, label in labels:
        section = _led_box(label, blocks[position - 1] if position > 0 else None)
        if section < 0 or section in headline or doc.elements[section].tag == "body":
            continue
        out[section] = f"related links (under the heading '{label.text[:40]}')"
    return out
