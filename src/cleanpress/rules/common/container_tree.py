"""Sums and flags over the container tree of an HTML page, in one pass each.

A container's number is always greater than its parent's (the reader numbers
elements in document order), so a backward pass adds every container into its
parent and a forward pass hands a parent's flag down to its children. Rules
put a block's value on its innermost container only and let these passes
spread it, instead of walking every block's chain of ancestors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from cleanpress.document import Block, Document, Element

T = TypeVar("T")


def parents(elements: list[Element]) -> list[int]:
    """Each container's parent number (-1 for none)."""
    return [element.parent for element in elements]


def page_parents(doc: Document) -> list[int]:
    """:func:`parents` of the page's elements, listed once per document (read only)."""
    return doc.derived("parents", lambda page: parents(page.elements))


def common_box(numbers: set[int], parent_of: list[int]) -> int:
    """The innermost container around all of ``numbers`` (-1 for none)."""
    common: list[int] | None = None
    for number in numbers:
        chain = []
        while number >= 0:
            chain.append(number)
            number = parent_of[number]
        chain.reverse()
        if common is None:
            common = chain
        else:
            size = 0
            while size < min(len(common), len(chain)) and common[size] == chain[size]:
                size += 1
            common = common[:size]
    return common[-1] if common else -1


def subtree_sums(parent_of: list[int], own: list[float]) -> list[float]:
    """``own`` values summed over each container's subtree (``own`` is changed in place)."""
    # Read backwards, a container's value is read once all of its subtree is in it.
    for value, parent in zip(reversed(own), reversed(parent_of), strict=True):
        if parent >= 0:
            own[parent] += value
    return own


def subtree_sums3(
    parent_of: list[int], first: list[float], second: list[float], third: list[float]
) -> None:
    """:func:`subtree_sums` of three lists in one pass (changed in place)."""
    for one, two, three, parent in zip(
        reversed(first), reversed(second), reversed(third), reversed(parent_of), strict=True
    ):
        if parent >= 0:
            first[parent] += one
            second[parent] += two
            third[parent] += three


def innermost(block: Block) -> int:
    """Number of the block's innermost container, or -1."""
    containers = block.containers
    return containers[-1] if containers else -1


def word_total(block: Block) -> int:
    """Words of the block, counted fast (prose text has single spaces between words)."""
    if block.kind == "code":
        return block.words
    text = block.text
    return text.count(" ") + 1 if text else 0


def sizes(parent_of: list[int], blocks: Iterable[Block]) -> tuple[list[float], list[float]]:
    """Blocks and words inside each container."""
    counts = [0.0] * len(parent_of)
    words = [0.0] * len(parent_of)
    for block in blocks:
        containers = block.containers
        if containers:
            number = containers[-1]
            counts[number] += 1
            words[number] += word_total(block)
    return subtree_sums(parent_of, counts), subtree_sums(parent_of, words)


def inherited(parent_of: list[int], marked: Mapping[int, T]) -> list[T | None]:
    """For each container, the value of its outermost marked ancestor-or-self, or None."""
    out: list[T | None] = [None] * len(parent_of)
    if not marked:
        return out
    for number, parent in enumerate(parent_of):
        value = out[parent] if parent >= 0 else None
        out[number] = value if value is not None else marked.get(number)
    return out


def own_words(block: Block, words: Iterable[str], elements: list[Element],
              page: frozenset[str]) -> list[str]:
    """Those of ``words`` (some of the block's class words) that are the block's own:
    in no container around it and not among the page's ``page`` words."""
    return [
        word for word in words
        if word not in page and not any(word in elements[n].words for n in block.containers)
    ]


#: How many blocks at the top of the page tell the words of the <html> element.
PAGE_SAMPLE = 5


def page_words(doc: Document) -> frozenset[str]:
    """Class words the first blocks of the page share (those of <html> among them).

    A block's own class words are its class words less its containers' and these
    (see :func:`own_words`).
    """
    common: frozenset[str] | None = None
    for block in doc.blocks[:PAGE_SAMPLE]:
        common = block.class_words if common is None else common & block.class_words
    return common or frozenset()


class WordPicker:
    """The class words that pass a test, remembered by word set (many blocks share one)
    and by word (many sets share words)."""

    def __init__(self, keep: Callable[[str], bool], size: int = 10_000) -> None:
        self.keep = keep
        self.size = size
        self._seen: dict[frozenset[str], tuple[str, ...]] = {}
        #: Words tested, those that pass and those that do not (a set of a page's
        #: words is told by two set operations, not a test of each word).
        self._kept: set[str] = set()
        self._left: set[str] = set()

    def __call__(self, words: frozenset[str]) -> tuple[str, ...]:
        found = self._seen.get(words)
        if found is None:
            if len(self._seen) >= self.size:
                self._seen.clear()
            kept, left = self._kept, self._left
            if len(kept) + len(left) >= 10 * self.size:
                kept.clear()
                left.clear()
            for word in words - kept - left:
                (kept if self.keep(word) else left).add(word)
            found = self._seen[words] = tuple(sorted(words & kept))
        return found
