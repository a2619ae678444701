"""The document model: what readers produce and rules read and mark.

A page becomes a :class:`Document`, an ordered list of :class:`Block` objects.
Rules never re-parse the page; they read the blocks' text and evidence and mark
blocks as removed through their :class:`~cleanpress.chain.RuleContext`.
A removed block stays in the document, so kept and removed blocks together
always account for the whole input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from cleanpress.metadata import Metadata

T = TypeVar("T")

#: The class words of an element of a page and of its ancestors, joined only when
#: asked for (most blocks never are): ``[joined words or None, the parent's chain
#: or None, the element's own words]``. A reader makes one for each element with
#: class or id words; elements without share their parent's.
WordChain = list[Any]


def _as_is(words: frozenset[str]) -> frozenset[str]:
    return words


#: Applied to each set of words :func:`joined_words` makes. The compiled HTML reader
#: puts ``_nodes.untracked`` here, as it does for the walk's own sets (see
#: ``readers/walk.py``): a set of strings can hold no reference cycle, and rules keep
#: thousands of these sets in caches that the garbage collector would go through.
keep_words: Callable[[frozenset[str]], frozenset[str]] = _as_is


def joined_words(chain: WordChain) -> frozenset[str]:
    """The words of ``chain`` and of its ancestors' chains (each joined once, then kept)."""
    pending = []
    while chain[0] is None:
        pending.append(chain)
        chain = chain[1]
    words: frozenset[str] = chain[0]
    for open_chain in reversed(pending):
        own = open_chain[2]
        words = open_chain[0] = keep_words(words | own) if words else own
    return words


#: Scripts written without spaces between words (CJK and beyond) start here;
#: ``WIDE_RANGE`` is their characters as a regex class range.
_WIDE_START = 0x2E80
WIDE_RANGE = f"{chr(_WIDE_START)}-\U0010ffff"
_WIDE_CHAR = re.compile(f"[{WIDE_RANGE}]")


def wide_words(text: str, words: int) -> int:
    """``words``, the count of ``text``'s space-separated words, or half its characters
    when it is written mostly in a script without spaces (Chinese, Japanese): a word
    there is about two characters, so that limits in words mean about the same in
    every language."""
    if words * 4 < len(text) and not text.isascii():
        head = text[:40]
        # (Cheap tests before counting; a string knows at once whether it is ASCII.)
        wide = not head.isascii() and _WIDE_CHAR.search(head) is not None
        if wide and 2 * sum(1 for c in head if ord(c) >= _WIDE_START) >= len(head):
            return max(words, len(text) // 2)
    return words


@dataclass(eq=False, slots=True)
class Inline:
    """What a block's text holds besides its words, for structured output.

    Offsets index ``source``, the block's text as the reader gathered it (before
    whitespace was folded); folding ``source`` gives the block's ``text``.
    """

    source: str
    #: Inline elements: ``(start, end, kind, value)`` with kind "link" (value: the
    #: href as written), "em", "strong" or "code" (value "").
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    #: A table row's cells: ``(start, header, colspan, rowspan)`` each, in order
    #: (each cell runs to the next one's start); None for a block that is no row.
    cells: list[tuple[int, bool, int, int]] | None = None
    #: Images: ``(offset, src, alt, alone)``; ``alone``: the image stood before the
    #: block's text, outside it (as in ``<figure>``), rather than inside a line.
    images: list[tuple[int, str, str, bool]] = field(default_factory=list)
    #: A code block's language, as the page states it ("python"), or "".
    language: str = ""


BlockKind = Literal[
    "paragraph", "heading", "list_item", "caption", "quote", "code", "table", "other"
]


@dataclass(eq=False, slots=True)
class Block:
    """One block of the page: a paragraph, heading, list item, caption, ...

    ``text`` is the normalised content (whitespace folded, bullet stripped);
    ``raw`` is the block as it stood in the source text (bullet included,
    surrounding whitespace stripped). The remaining fields are evidence.
    """

    index: int
    text: str
    raw: str
    kind: BlockKind = "paragraph"
    #: Text input: the source line (0-based) the block starts on.
    line: int = 0
    #: Text input: leading spaces of the first line; HTML input: tree depth.
    indent: int = 0
    #: The list marker as written ("•", "*", "1."), or None.
    bullet: str | None = None
    #: A blank line (text) or block boundary (HTML) stands before / after it.
    blank_before: bool = True
    blank_after: bool = True
    # --- HTML evidence (empty for text input) ---
    #: Element tag, e.g. "p", "li", "h2".
    tag: str = ""
    #: Ancestor tags from the root, e.g. "html/body/div/article/p".
    path: str = ""
    #: The element's and its ancestors' class and id words (see ``class_words``),
    #: or a word chain that joins them on first use.
    _class_words: frozenset[str] | WordChain = field(default=frozenset(), repr=False)
    #: Share of the block's characters that sit inside links (0..1).
    link_density: float = 0.0
    #: Landmark the block sits in: "nav", "header", "footer", "aside", "article",
    #: "main", "figure", or "".
    landmark: str = ""
    #: The element or an ancestor is hidden (``hidden``, ``aria-hidden``, ``display:none``).
    hidden: bool = False
    #: Numbers of the enclosing container elements, outermost first (see ``Document.elements``).
    containers: tuple[int, ...] = ()
    # --- structure, for structured output (see ``cleanpress.output``) ---
    #: Text input: the heading level (1-6) a line's shape gives it, 0 for a line that
    #: is no heading. (An HTML heading's level is its ``<hN>`` tag's.)
    level: int = 0
    #: Links, emphasis, inline code, table cells and images inside the block, or None.
    inline: Inline | None = None
    # --- decisions (set through the chain, never directly by rules) ---
    removed_by: str | None = None
    reason: str | None = None
    # --- cache of ``words`` (the text it was counted on, and the count) ---
    _counted: str | None = field(default=None, init=False, repr=False)
    _words: int = field(default=0, init=False, repr=False)

    @property
    def removed(self) -> bool:
        return self.removed_by is not None

    @property
    def class_words(self) -> frozenset[str]:
        """Lower-cased class and id words of the element and its ancestors."""
        words = self._class_words
        if type(words) is frozenset:
            return words
        words = self._class_words = joined_words(words)  # type: ignore[arg-type]
        return words

    @class_words.setter
    def class_words(self, words: frozenset[str]) -> None:
        self._class_words = words

    @property
    def words(self) -> int:
        """Number of words: whitespace-separated, and in text written without spaces
        (Chinese, Japanese) one per two characters (see :func:`wide_words`)."""
        if self._counted is not self.text:
            self._words = wide_words(self.text, len(self.text.split()))
            self._counted = self.text
        return self._words

    def render(self) -> str:
        """The block as it appears in the clean text (list items keep a marker)."""
        if self.bullet is None:
            return self.text
        marker = self.bullet if self.bullet[:1].isdigit() else "-"
        return f"{marker} {self.text}"


@dataclass(eq=False, slots=True)
class Element:
    """A container element of an HTML page: where blocks sit."""

    tag: str
    #: Lower-cased words of the element's own class and id.
    words: frozenset[str]
    #: ARIA role, ``itemprop`` and ``itemtype`` words, lower-cased ("main", "articlebody").
    marks: frozenset[str] = frozenset()
    #: Number of the parent container, or -1.
    parent: int = -1
    depth: int = 0


@dataclass(eq=False)
class Document:
    """An ordered list of blocks plus what rules learn about the page."""

    blocks: list[Block]
    #: "text" or "html": which reader made it.
    source_kind: str = "text"
    metadata: Metadata = field(default_factory=Metadata)
    #: Blocks that rules promoted to metadata (title, byline) keep a pointer here.
    title_block: Block | None = None
    # --- HTML evidence (empty for text input) ---
    #: What the page's head and markup state: ``"meta:<name>"`` (meta name,
    #: property or itemprop), ``"title"``, ``"lang"``, ``"link:<rel>"``,
    #: ``"time"`` (``<time datetime>`` values), ``"author-link"`` (rel=author
    #: link texts), each a list of strings in page order.
    head: dict[str, list[str]] = field(default_factory=dict)
    #: The page's JSON-LD objects (``@graph`` members flattened), parsed.
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    #: Container elements (div, section, article, ...) that blocks point to
    #: through ``Block.containers``, indexed by their number.
    elements: list[Element] = field(default_factory=list)
    #: The kept blocks, cached while a chain runs (it drops the cache when a rule's
    #: removals are undone).
    _kept: list[Block] | None = field(default=None, init=False, repr=False)
    #: Blocks of ``_kept`` may have been removed since it was made (a removal sets it).
    _stale: bool = field(default=False, init=False, repr=False)
    _caching: bool = field(default=False, init=False, repr=False)
    #: What :meth:`derived` computed, by key.
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)

    def kept(self) -> list[Block]:
        """Blocks no rule has removed, in document order (a new list each time)."""
        cached = self._kept
        if cached is None or self._stale:
            # Removals since the cache was made only take blocks out of it.
            kept = self.blocks if cached is None else cached
            cached = [b for b in kept if b.removed_by is None]
            if not self._caching:
                return cached
            self._kept, self._stale = cached, False
        return list(cached)

    def derived(self, key: str, make: Callable[[Document], T]) -> T:
        """``make(self)``, computed once per document and kept under ``key``: for what
        several rules read that depends on the page as read (its blocks, elements and
        head), never on which blocks rules have removed."""
        try:
            return self._derived[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[key] = make(self)
            return value

    def removed(self) -> list[Block]:
        """Blocks some rule removed, in document order."""
        return [b for b in self.blocks if b.removed_by is not None]

    def next_kept(self, block: Block, step: int = 1) -> Block | None:
        """The nearest kept block after (step=1) or before (step=-1) ``block``."""
        i = block.index + step
        while 0 <= i < len(self.blocks):
            if self.blocks[i].removed_by is None:
                return self.blocks[i]
            i += step
        return None
