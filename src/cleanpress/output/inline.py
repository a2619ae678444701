"""A block's text as a run of pieces: text, and the inline elements around it.

The Markdown and HTML writers both read a block (or a table cell of it) through
:func:`pieces`: text with its whitespace folded exactly as in ``Block.text``,
and, where the reader recorded them, links, emphasis, inline code and images,
properly nested and trimmed to the words they cover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from cleanpress.document import Block, Inline


class Piece(NamedTuple):
    """``op`` is "text" (``a``: the text), "open" or "close" (``a``: the kind: "link",
    "em", "strong" or "code"; ``b``: a link's address) or "image" (``a``: its
    address, ``b``: its alt text)."""

    op: str
    a: str
    b: str = ""


#: Nesting priority when two spans cover the same words: links outermost, code innermost.
_RANK = {"link": 0, "strong": 1, "em": 2, "code": 3}


def folded(source: str) -> str:
    """``source`` with whitespace folded as readers fold a block's text."""
    return " ".join(source.split())


def usable(block: Block) -> Inline | None:
    """The block's inline evidence when it still describes the block's text (a later
    repair of the text, such as fixing mojibake, makes its offsets stale)."""
    inline = block.inline
    if inline is None or (block.kind != "code" and folded(inline.source) != block.text):
        return None
    return inline


def pieces(
    block: Block,
    start: int = 0,
    end: int | None = None,
    *,
    link: Callable[[str], str | None] | None = None,
    image: Callable[[str], str | None] | None = None,
) -> list[Piece]:
    """The pieces of ``block``'s text, or of ``source[start:end]`` of its inline
    evidence (a table cell). ``link`` and ``image`` turn an address as written into
    the one to show, or None to leave the element out; without them links and
    images are left out (their text stays). Images that stand alone before the
    block's text are not among the pieces (the structure puts them before it)."""
    inline = block.inline
    if inline is None:
        return [Piece("text", block.text)] if start == 0 and end is None else []
    source = inline.source
    if end is None:
        end = len(source)
    whole = start == 0 and end >= len(source)
    spans = _trimmed(inline, start, end, link)
    images = [] if image is None else [
        found for found in inline.images
        if not found[3] and (start <= found[0] < end or (whole and found[0] <= end))]
    if not (spans or images) and whole:
        return [Piece("text", block.text)]
    if usable(block) is None:  # stale offsets: the text alone
        return [Piece("text", block.text)] if whole else []
    if not (spans or images):
        text = folded(source[start:end])
        return [Piece("text", text)] if text else []
    # Events by position; at one position closes come first (inner ones first),
    # then images, then opens (outer ones first).
    events: list[tuple[int, int, int, Piece]] = []
    for i, (s, e, kind, value) in enumerate(_nested(spans)):
        events.append((s, 2, i, Piece("open", kind, value)))
        events.append((e, 0, -i, Piece("close", kind, value)))
    for offset, src, alt, _ in images:
        address = image(src)  # type: ignore[misc]
        if address is not None:
            events.append((_next_word(source, offset, end), 1, 0,
                           Piece("image", address, folded(alt))))
    events.sort(key=lambda event: event[:3])
    out: list[Piece] = []
    at = _next_word(source, start, end)
    stop = _last_word(source, start, end)
    for position, _, _, piece in events:
        if position > at:
            text = _fold_inner(source[at:min(position, stop)])
            if text:
                out.append(Piece("text", text))
            at = position
        out.append(piece)
    if at < stop:
        out.append(Piece("text", _fold_inner(source[at:stop])))
    return out


def _fold_inner(text: str) -> str:
    """Whitespace runs as single spaces (the ends are kept: they sit between words)."""
    if text.isprintable() and "  " not in text:
        return text
    parts = text.split()
    if not parts:
        return " " if text else ""
    head = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() else ""
    return head + " ".join(parts) + tail


def _next_word(source: str, position: int, end: int) -> int:
    while position < end and source[position].isspace():
        position += 1
    return position


def _last_word(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1].isspace():
        end -= 1
    return end


def _trimmed(
    inline: Inline, start: int, end: int, link: Callable[[str], str | None] | None
) -> list[tuple[int, int, str, str]]:
    """The spans inside ``start:end``, trimmed to the words they cover; links only
    when ``link`` gives an address for them."""
    source = inline.source
    out = []
    for s, e, kind, value in inline.spans:
        if kind == "link":
            if link is None:
                continue
            address = link(value)
            if address is None:
                continue
            value = address
        s, e = max(s, start), min(e, end)
        s = _next_word(source, s, e)
        e = _last_word(source, s, e)
        if s < e:
            out.append((s, e, kind, value))
    return out


def _nested(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The spans that nest, outermost first; a span crossing another's edge, one
    inside a span of its own kind, and anything inside inline code are dropped."""
    spans.sort(key=lambda span: (span[0], -span[1], _RANK[span[2]]))
    kept: list[tuple[int, int, str, str]] = []
    open_: list[tuple[int, int, str, str]] = []
    for span in spans:
        s, e, kind, _ = span
        while open_ and open_[-1][1] <= s:
            open_.pop()
        if open_ and (e > open_[-1][1] or open_[-1][2] == "code"):
            continue
        if any(outer[2] == kind for outer in open_):
            continue
        kept.append(span)
        open_.append(span)
    return kept
