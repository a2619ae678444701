"""Readers: a page (text or HTML, str or bytes) -> Document."""

from __future__ import annotations

import re

from cleanpress.document import Document
from cleanpress.errors import InputError
from cleanpress.readers.decode import decode_bytes, repair
from cleanpress.readers.text import read_text

KINDS = ("auto", "text", "html")
#: Default limit on input size; larger input raises InputError.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|\?xml)", re.I)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|h[1-6]|table|article|section|body|head|meta)\b", re.I
)
#: Leading comments skipped before the first tag is looked at (bounds the work).
_MAX_COMMENTS = 50


def _after_comments(head: str) -> str:
    """``head`` without leading whitespace and ``<!-- ... -->`` comments."""
    text = head.lstrip()
    for _ in range(_MAX_COMMENTS):
        if not text.startswith("<!--"):
            break
        end = text.find("-->", 4)
        if end < 0:
            return ""
        text = text[end + 3:].lstrip()
    return text


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text."""
    head = text[:5000]
    if _HTML_START.match(_after_comments(head)):
        return True
    return len(_HTML_TAG.findall(head)) >= 8


def read(
    source: str | bytes,
    *,
    kind: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    links: bool = True,
    images: bool = True,
) -> tuple[Document, list[str]]:
    """Read ``source`` into a Document; return it with notes on fallbacks taken.

    ``links``, ``images``: the HTML reader records links and images (for the
    structured output).
    """
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise InputError(f"source must be str or bytes, not {type(source).__name__}")
    size = len(source)
    if size > max_bytes:
        raise InputError(f"input is {size:,} bytes/characters, over the limit of {max_bytes:,}")
    notes: list[str] = []
    utf8: bytes | None = None
    if isinstance(source, str):
        text = source
    else:
        data = bytes(source)
        text, notes, same = decode_bytes(data, encoding=encoding)
        if same:
            utf8 = data
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    if kind == "html":
        try:
            from cleanpress.readers.html import read_html
        except ImportError as error:  # pragma: no cover - until the HTML reader lands
            raise InputError("HTML input is not supported yet; pass the page's text") from error
        return read_html(text, utf8=utf8, links=links, images=images), notes
    return read_text(repair(text)), notes
