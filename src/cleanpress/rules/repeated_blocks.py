"""Taglines and other blocks repeated within the page.

Copies that stand next to each other, or whose first copy lies outside the
article's flow (before its first or after its last paragraph), all go. When
the first copy is inside the article, only the later copies go: a pull quote
repeating a paragraph must not cost the paragraph.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Blocks shorter than this are not compared (labels belong to other rules).
_MIN_CHARS = 20
_MIN_WORDS = 3
#: A kept block this long is an article paragraph, for the article's span.
_PARAGRAPH_WORDS = 15
#: Only this many characters of a block make its key.
_KEY_CHARS = 1000


def _key(block: Block) -> str:
    return " ".join(block.text[:_KEY_CHARS].casefold().split())


def _bucket(block: Block) -> tuple[int, str, str]:
    """What two blocks with the same key surely share, cheap to get: the word
    count and the case-folded first and last characters (for a block no longer
    than the key and without edge spaces; others share one bucket)."""
    text = block.text
    if len(text) > _KEY_CHARS or text[0].isspace() or text[-1].isspace():
        return (-1, "", "")
    return (block.words, text[0].casefold()[:1], text[-1].casefold()[-1:])


def _groups(kept: list[Block]) -> list[list[int]]:
    """Positions in ``kept`` of blocks with the same text, groups of two or more.

    Blocks are first sorted into buckets by :func:`_bucket`; only blocks that
    share a bucket have their key made and compared.
    """
    buckets: dict[tuple[int, str, str], list[int]] = {}
    for i, block in enumerate(kept):
        if len(block.text) >= _MIN_CHARS and block.words >= _MIN_WORDS:
            buckets.setdefault(_bucket(block), []).append(i)
    seen: dict[str, list[int]] = {}
    for bucket in buckets.values():
        if len(bucket) > 1:
            for i in bucket:
                seen.setdefault(_key(kept[i]), []).append(i)
    return sorted((g for g in seen.values() if len(g) > 1), key=lambda g: g[0])


@rule(
    "repeated-block",
    stage="chrome",
    order=600,
    description="Remove taglines and blocks repeated within the page",
)
def repeated_block(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    groups = _groups(kept)
    if not groups:
        return
    repeated = {i for group in groups for i in group}
    article = [
        i for i, b in enumerate(kept) if b.words >= _PARAGRAPH_WORDS and i not in repeated
    ]
    first, last = (article[0], article[-1]) if article else (-1, -1)
    for group in groups:
        adjacent = all(b - a == 1 for a, b in zip(group, group[1:]))
        inside = first <= group[0] <= last
        if adjacent or not inside:
            for i in group:
                ctx.remove(kept[i], "block repeated on the page")
        else:
            for i in group[1:]:
                ctx.remove(kept[i], "later copy of an article block")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [repeated_block]
