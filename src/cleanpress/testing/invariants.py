"""What every cleaned page must satisfy, whatever the input: the checks behind the
property tests and the fuzz targets, and for a plugin's own tests of its rules.

- Cleaning raises nothing but :class:`cleanpress.CleanpressError` (documented errors).
- Nothing is invented: every word of a kept block is in the input, read as the
  readers read it (decoded, mojibake repaired, odd spaces folded, NFC; for HTML,
  the text of the elements with entities resolved).
- Kept and removed blocks account for every block of the page, once each.
- ``to_dict()`` serialises to JSON and to UTF-8.
- On the text track, cleaning the clean text again changes nothing (a fallback's
  text is cleaned again without the rules it left out).
"""

from __future__ import annotations

import json

from lxml import etree

from cleanpress.cleaner import Cleaner, fallback_rules
from cleanpress.document import Document
from cleanpress.errors import CleanpressError, InputError
from cleanpress.readers import html, walk
from cleanpress.readers.decode import decode, repair
from cleanpress.readers.html import _SEPARATOR
from cleanpress.readers.walk import DROP, OPENED
from cleanpress.result import CleanResult


class InvariantError(AssertionError):
    """A cleaned page broke an invariant; the message says which and how."""


def squeeze(text: str) -> str:
    """``text`` without whitespace (where words are split and joined is the reader's
    choice; which characters they hold is not)."""
    return "".join(text.split())


def check_page(
    cleaner: Cleaner, source: str | bytes, *, kind: str = "auto"
) -> CleanResult | None:
    """Clean ``source`` and check the invariants; None when it is refused with a
    documented error. Any other exception propagates; a broken invariant raises
    :class:`InvariantError`."""
    try:
        doc, result = cleaner.explain(source, kind=kind)
    except CleanpressError:
        return None
    check_accounted(doc, result)
    check_serialises(result)
    check_nothing_invented(source, doc)
    return result


def check_accounted(doc: Document, result: CleanResult) -> None:
    """Every block with text is either in the clean text or among the removals, once."""
    kept = [b for b in doc.blocks if b.removed_by is None and b.text]
    removed = [b for b in doc.blocks if b.removed_by is not None]
    if result.text != "\n\n".join(b.render() for b in kept):
        raise InvariantError("the clean text is not the kept blocks")
    if [r.index for r in result.removed] != [b.index for b in removed]:
        raise InvariantError("the removals are not the removed blocks")
    if [b.index for b in doc.blocks] != list(range(len(doc.blocks))):
        raise InvariantError("the blocks are not numbered in order")
    for removal in result.removed:
        if not removal.rule or not removal.reason:
            raise InvariantError(f"removal of block {removal.index} names no rule or reason")


def check_serialises(result: CleanResult) -> None:
    """``to_dict()`` is JSON, writable as UTF-8."""
    try:
        json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise InvariantError(f"to_dict() does not serialise: {error}") from error


def check_nothing_invented(source: str | bytes, doc: Document) -> None:
    """Every word of every kept block is in the input as the reader reads it.

    For HTML this is checked in two steps: every word of the blocks the walk
    makes is in the text of the page's elements; and every kept word is in those
    blocks or in them as the reader repairs them (mojibake, odd spaces, NFC:
    whether the mojibake test finds mojibake depends on the text it is given).
    """
    text = source if isinstance(source, str) else decode(bytes(source))[0]
    readings = input_readings(text, doc.source_kind)
    if doc.source_kind == "html":
        walked = walked_blocks(text)
        elements = [squeeze("".join(element_texts(text, visible))) for visible in (False, True)]
        for raw in walked:
            for word in raw.split():
                if not any(word in reading for reading in elements):
                    raise InvariantError(f"the walk made {word!r}, not in the page's text")
        readings += ["\n".join(walked), _repaired(_SEPARATOR.join(walked))]
    squeezed = [squeeze(reading) for reading in readings]
    for block in doc.blocks:
        if block.removed_by is not None:
            continue
        for word in block.text.split():
            if not any(word in reading for reading in squeezed):
                raise InvariantError(f"block {block.index} holds {word!r}, not in the input")


def input_readings(text: str, kind: str) -> list[str]:
    """The input's text (decoded) as a reader of ``kind`` may see it: as it is, and
    repaired (mojibake, odd spaces, NFC); for HTML, the text of the parsed elements
    too, repaired as a whole and node by node, with whitespace as it is and folded."""
    readings = [text, _repaired(text)]
    if kind == "html":
        for visible in (False, True):
            nodes = element_texts(text, visible)
            readings.append("".join(nodes))
            for texts in (nodes, [" ".join(node.split()) for node in nodes]):
                readings += [_repaired("\n".join(texts)), "".join(map(_repaired, texts))]
    return readings


def walked_blocks(text: str) -> list[str]:
    """The raw text of the blocks the HTML reader's walk makes of ``text``, before
    the reader repairs them, in the order the reader repairs them (those that need
    it: not printable ASCII, or code)."""
    try:
        root = html._parse(text)
    except InputError:
        return []
    if root is None:
        return []
    walker = (html.compiled_walk or html._walk)(root, True, True)
    return [b.raw for b in walker.blocks
            if not (b.raw.isascii() and b.raw.isprintable()) or b.kind == "code"]


def _repaired(text: str) -> str:
    try:
        return repair(text)
    except InputError:  # control characters: the reader leaves such text as it is
        return text


#: The tag hidden elements are renamed to before they are stripped.
_UNSEEN = "cleanpress-unseen"


def element_texts(page: str, visible: bool = False) -> list[str]:
    """The text nodes of an HTML page, entities resolved, less those of the elements
    the reader drops with their content (scripts, styles, ...; a control or
    noscript holding prose is read, as the walk reads it), and with ``visible``
    less those of hidden elements and edit links too (the reader drops such inline
    elements, joining the text around them as a browser shows it): lxml's HTML
    parser, as the reader parses; nothing is loaded or fetched."""
    parser = etree.HTMLParser(no_network=True, huge_tree=True, remove_comments=True,
                              remove_pis=True, default_doctype=False, encoding="utf-8")
    try:
        root = etree.fromstring(page.encode("utf-8", "replace"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    for opened in list(root.iter(*OPENED)):
        if walk._holds_prose(opened):  # the walk reads it (a control left open over the page)
            opened.tag = "div"
    etree.strip_elements(root, *DROP, with_tail=False)
    if visible:
        for element in root.iter():
            keys = element.keys()
            if walk._hidden(keys, element) or (
                "class" in keys and walk._edit_control(element.get("class"))
            ):
                element.tag = _UNSEEN
        etree.strip_elements(root, _UNSEEN, with_tail=False)
    return list(root.itertext())


def check_idempotent(cleaner: Cleaner, result: CleanResult) -> None:
    """Cleaning ``result.text`` again as text, by the chain that made it (without
    the rules a fallback left out), keeps it as it is."""
    again = cleaner.explain(result.text, kind="text", leave_out=fallback_rules(result))[1]
    if again.text != result.text:
        removed = [(r.rule, r.text[:60]) for r in again.removed]
        raise InvariantError(f"cleaning the clean text again changed it; removed {removed}")


__all__ = [
    "InvariantError",
    "check_accounted",
    "check_idempotent",
    "check_nothing_invented",
    "check_page",
    "check_serialises",
    "input_readings",
    "squeeze",
]
