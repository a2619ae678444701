"""What the HTML walk records of a block's inline structure, for structured output:
links, emphasis and inline code as spans of the running text, a table row's
cells, images, and a code block's language (see ``cleanpress.document.Inline``).

The walk tells the recorder what it meets (cheap calls, made only for the few
elements concerned) with positions as indexes into its list of text parts;
at a block boundary, :meth:`InlineRecorder.take` turns them into character
offsets of the block's text, once per block that has any.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from cleanpress.document import Inline

#: Inline elements recorded as spans (links are recorded where the walk sees them).
SPAN_KINDS = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code",
              "kbd": "code", "samp": "code", "tt": "code"}
#: Class word prefixes that name a code block's language: "language-python" (Prism,
#: highlight.js, Markdown renderers), "highlight-source-python" (GitHub),
#: "highlight-python" (Sphinx, whose "highlight-default" names no language).
_LANGUAGE_PREFIXES = ("language-", "lang-", "highlight-source-", "highlight-")
_NO_LANGUAGE = frozenset({"default", "none", "text", "plaintext", "notranslate"})
#: Largest row or column span read (pages state absurd ones by mistake).
_MAX_SPAN = 1000


def code_language(words: Any, *, around: bool = False) -> str:
    """The language named by class words such as ``language-python``, or "".
    ``around``: the words of elements around the code, where "lang-" more often
    names the page's language ("lang-en") and is not read."""
    for word in words:
        for prefix in _LANGUAGE_PREFIXES:
            if word.startswith(prefix):
                if around and prefix == "lang-":
                    break
                name = word[len(prefix):]
                if name and name not in _NO_LANGUAGE:
                    return str(name)
                break
    return ""


def span_count(value: str | None) -> int:
    """A ``colspan`` or ``rowspan`` value as a count (1 when missing or not a number)."""
    if not value:
        return 1
    digits = value.strip()[:4]
    return max(1, min(int(digits), _MAX_SPAN)) if digits.isdigit() else 1


def image_source(values: Any) -> str:
    """The first real address among an image's source attributes, best first (a
    ``data:`` placeholder is passed over: lazy loaders put one in ``src``)."""
    for value in values:
        if value and not value.lstrip()[:5].lower() == "data:":
            return str(value)
    return ""


def _near_words(chain: Any, levels: int = 3) -> list[str]:
    """The class words of the nearest ``levels`` elements with class or id words
    around a block (a word chain: see ``cleanpress.document.WordChain``); a code
    block's language is stated there, not by the page's outer elements."""
    words: list[str] = []
    while chain is not None and levels:
        words.extend(chain[2])
        chain = chain[1]
        levels -= 1
    return words


class InlineRecorder:
    """Inline structure of the running text until the walk closes it into a block."""

    __slots__ = ("busy", "cells", "generation", "images", "language", "open", "spans")

    def __init__(self) -> None:
        #: Spans still open: (kind, value, start part, generation, element depth).
        self.open: list[tuple[str, str, int, int, int]] = []
        #: Closed spans of the running text: (start part, end part, kind, value).
        self.spans: list[tuple[int, int, str, str]] = []
        #: Cells of the running text: (start part, header, colspan, rowspan), or None.
        self.cells: list[tuple[int, bool, int, int]] | None = None
        #: Images not yet placed: (part or -1, generation, src, alt, owning frame).
        self.images: list[tuple[int, int, str, str, Any]] = []
        self.language = ""
        #: Counts the running texts closed so far (positions of an older one are stale).
        self.generation = 0
        #: Something is recorded for the running text.
        self.busy = False

    def open_span(self, kind: str, value: str, part: int, depth: int) -> None:
        self.open.append((kind, value, part, self.generation, depth))

    def close_span(self, part: int) -> None:
        kind, value, start, generation, _ = self.open.pop()
        if generation == self.generation and part > start:
            self.spans.append((start, part, kind, value))
            self.busy = True

    def cell(self, part: int, header: bool, colspan: str | None, rowspan: str | None) -> None:
        if self.cells is None:
            self.cells = []
        self.cells.append((part, header, span_count(colspan), span_count(rowspan)))
        self.busy = True

    def image(self, part: int, src: str, alt: str | None, owner: Any) -> None:
        if src:
            self.images.append((part, self.generation, src, alt or "", owner))
            self.busy = True

    def code_class(self, value: str) -> None:
        language = code_language(value.lower().split())
        if language:
            self.language = language
            self.busy = True

    def take(self, parts: list[str], source: str, frame: Any) -> Inline | None:
        """What was recorded for the running text ``parts`` (joined: ``source``) as
        the inline evidence of a block of ``frame``, or None when there is nothing."""
        self.generation += 1
        code = frame[5] == "code"
        if not self.busy and not code:
            return None
        self.busy = False
        ends = [0, *accumulate(map(len, parts))]
        generation = self.generation - 1
        images = []
        for part, made_in, src, alt, owner in self.images:
            if part >= 0 and made_in == generation and owner is frame:
                images.append((ends[part], src, alt, False))
            else:
                images.append((0, src, alt, True))
        self.images = []
        spans = [(ends[start], ends[end], kind, value) for start, end, kind, value in self.spans]
        self.spans = []
        cells = self.cells
        self.cells = None
        if cells is not None:
            cells = [(ends[part], header, colspan, rowspan)
                     for part, header, colspan, rowspan in cells] if frame[0] == "tr" else None
        language, self.language = self.language, ""
        if code and not language:
            language = code_language(_near_words(frame[2]), around=True)
            if not (language or spans or cells or images):
                return None
        return Inline(source, spans, cells, images, language)

    def put_back(self, inline: Inline) -> None:
        """The images of a running text that made no block wait for the next one."""
        if inline.images:
            self.images = [(-1, 0, src, alt, None) for _, src, alt, _ in inline.images]
            self.busy = True
