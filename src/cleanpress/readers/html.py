"""HTML reader: one lxml parse, one walk over the tree (``walk.py``), a list of blocks.

Nothing is fetched or executed. The head's meta tags, links, title and JSON-LD
go to ``Document.head`` and ``Document.json_ld`` for the metadata rules; the
walk turns the body into blocks. It runs compiled where a C compiler was at hand
at install (see ``walk.py``), or as Python without one or with
``CLEANPRESS_PURE_PYTHON=1``; the output is the same.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from cleanpress import document
from cleanpress.document import Block, Document
from cleanpress.errors import InputError
from cleanpress.readers import walk
from cleanpress.readers.decode import repair
from cleanpress.readers.html_head import put_value, read_head
from cleanpress.readers.streamed import SIGNATURE as STREAMED
from cleanpress.readers.streamed import place_streamed_segments
from cleanpress.readers.walk import Walker, class_words

__all__ = ["MAX_ELEMENTS", "class_words", "compiled_walk", "read_html"]

#: A page with more elements than this is refused with an InputError (a bound on
#: hostile input: real pages have a few thousand; the walk costs a few µs an element).
MAX_ELEMENTS = 100_000


def _parse(text: str, utf8: bytes | None = None) -> etree._Element | None:
    # huge_tree lifts libxml2's nesting limit from 256 to about 2,000 levels (pages built
    # by nested page builders pass 256); input size is bounded before this.
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8",
        default_doctype=False, collect_ids=False, huge_tree=True,
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "replace") if utf8 is None else utf8, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 drops what lies past its limits: refuse rather than lose text silently.
        raise InputError(
            "page nests elements deeper than the HTML parser allows (about 2,000 levels); "
            "refused rather than cleaned in part"
        )
    return root


#: The document's end tag. libxml2 drops all that follows the first one, where a
#: browser reads on into the body: a template that closes the page early, then the
#: article after it, would lose the article.
_HTML_END = re.compile(r"</[hH][tT][mM][lL]\s*>")
#: A tag opening: markup after the end tag.
_TAG_OPEN = re.compile(r"<[a-zA-Z]")


def _reopened(text: str) -> str | None:
    """``text`` without its ``</html>`` end tags where markup follows the first one
    (so that the parser reads it as a browser does), or None where none is early."""
    first = _HTML_END.search(text)
    if first is None or _TAG_OPEN.search(text, first.end()) is None:
        return None
    return _HTML_END.sub("", text)


def read_html(
    text: str, *, utf8: bytes | None = None, links: bool = True, images: bool = True
) -> Document:
    """Read an HTML page (decoded text) into a Document.

    ``utf8``: the page's bytes, when the caller has them and they are ``text`` in
    UTF-8 exactly (the parser then reads them instead of the text encoded again).
    ``links``, ``images``: record links and images in ``Block.inline``.
    """
    doc = Document([], source_kind="html")
    early = _reopened(text)
    if early is not None:
        text, utf8 = early, None
    root = _parse(text, utf8)
    if root is None:
        return doc
    if STREAMED in text:
        place_streamed_segments(root)
    doc.head, doc.json_ld = read_head(root, has_attribute(root, "itemscope"))
    walker = (compiled_walk or _walk)(root, links, images)
    doc.elements = walker.elements
    for link_text in walker.author_links:
        put_value(doc.head, "author-link", link_text)
    _repair_blocks(walker.blocks)
    doc.blocks = walker.blocks
    return doc


#: Joins block texts for one repair pass; a private-use character no repair touches.
_SEPARATOR = "\n\ue000\n"


def _repair_blocks(blocks: list[Block]) -> None:
    """Fix mojibake and odd characters in the blocks' text, in one pass over all of it.

    A block of printable ASCII outside code has nothing to repair (mojibake and
    odd spaces are not ASCII, tabs and control characters are not printable), so
    only the other blocks are read.
    """
    blocks = [b for b in blocks if not (b.raw.isascii() and b.raw.isprintable())
              or b.kind == "code"]
    if not blocks:
        return
    joined = _SEPARATOR.join(b.raw for b in blocks)
    try:
        fixed = repair(joined)
    except InputError:
        return
    if fixed == joined:
        return
    parts = fixed.split(_SEPARATOR)
    if len(parts) != len(blocks):
        return
    for block, raw in zip(blocks, parts, strict=True):
        if raw != block.raw:
            block.raw = raw
            block.text = raw if block.kind == "code" else " ".join(raw.split())


def _walk(root: etree._Element, links: bool = True, images: bool = True) -> Walker:
    """The walk, run as Python over lxml's own elements."""
    return walk.walk(etree.iterwalk(root, events=("start", "end")), MAX_ELEMENTS, links, images)


def _has_attribute(root: etree._Element, name: str) -> bool:
    """Whether ``root`` or an element inside it has the attribute ``name``; True
    where only the compiled node layer could tell quickly (the caller then searches)."""
    return True


def _load_compiled() -> Callable[[etree._Element, bool, bool], Walker] | None:
    """The walk compiled, over libxml2's nodes (see ``walk.py``), or None when it is
    not built, does not fit the installed lxml, was built from another ``walk.py``
    than the one here, or ``CLEANPRESS_PURE_PYTHON`` is set (to anything but "")."""
    nodes = _node_layer()
    if nodes is None:
        return None
    try:
        from cleanpress.readers import _walk  # type: ignore[attr-defined]
    except (ImportError, ValueError):  # not built; built against another lxml
        return None
    source = _source_digest()
    if source and source != nodes.WALK_SOURCE:
        warnings.warn(
            "cleanpress: the compiled HTML walk was built from another walk.py; walk.py "
            "runs as Python until it is built again (make setup, or pip install again)",
            RuntimeWarning, stacklevel=2,
        )
        return None

    _walk.keep = document.keep_words = nodes.untracked

    def compiled(root: etree._Element, links: bool = True, images: bool = True) -> Walker:
        return _walk.walk(  # type: ignore[no-any-return]
            nodes.Events(root), MAX_ELEMENTS, links, images)

    return compiled


def _source_digest() -> str:
    """SHA-256 of walk.py as it is now ("" when its source cannot be read)."""
    path = Path(walk.__file__)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.suffix == ".py" else ""
    except OSError:
        return ""


def _node_layer() -> Any | None:
    """The compiled node layer (``_nodes``), or None when it is not built, does not
    fit the installed lxml, or ``CLEANPRESS_PURE_PYTHON`` is set."""
    if os.environ.get("CLEANPRESS_PURE_PYTHON"):
        return None
    try:
        from cleanpress.readers import _nodes  # type: ignore[attr-defined]
    except (ImportError, ValueError):  # not built; built against another lxml
        return None
    return _nodes


def _load_has_attribute() -> Callable[[etree._Element, str], bool]:
    """The compiled node layer's ``has_attribute``, or an answer of True without it."""
    nodes = _node_layer()
    return _has_attribute if nodes is None else getattr(nodes, "has_attribute", _has_attribute)


#: The walk :func:`read_html` uses when compiled (see ``walk.py``), else None.
compiled_walk = _load_compiled()
#: Whether an element of a tree has an attribute (True when that takes a search).
has_attribute = _load_has_attribute()
