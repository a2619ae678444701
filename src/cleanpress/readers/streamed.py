"""Put the segments a page streams in after its first paint where they show.

A page rendered by React with streamed Suspense boundaries (Next.js and the
like) sends each late part of the page twice over: at its place, a marker
``<template id="B:N">`` followed by a fallback ("Loading..."), or a bare
placeholder ``<template id="P:N">``; at the end of the body, the part itself in
``<div hidden id="S:N">``. A script then moves the part into the marker's place
and drops the fallback. The scripts are gone from a
saved page, so the reader makes that move itself: the part goes where it is
shown, and a short fallback is marked hidden (the hidden-element rule removes
it, with its reason).
"""

from __future__ import annotations

import re

from lxml import etree

#: Text a page holds only where it streams segments (a quick test on the source).
SIGNATURE = '<div hidden id="S:'
#: Segments moved are those holding this many words outside links, with the
#: segments streamed into them: small ones (a menu entry, a button) and lists of
#: links are left hidden, their fallback most often shows the same words (a
#: small segment may also be a widget, which can change what the page looks like).
PROSE_WORDS = 30
#: A fallback shown until the segment arrives is a few words at most ("Loading
#: paragraph..."); a longer element after a marker is left as it is.
FALLBACK_WORDS = 5


def place_streamed_segments(root: etree._Element) -> int:
    """Move each hidden ``S:N`` segment to its ``B:N`` or ``P:N`` marker; the
    number moved."""
    markers = {
        marker.get("id", "")[2:]: marker
        for marker in root.iter("template")
        if marker.get("id", "").startswith(("B:", "P:"))
    }
    if not markers:
        return 0
    segments = {
        segment.get("id", "")[2:]: segment
        for segment in root.iter("div")
        if segment.get("id", "").startswith("S:") and segment.get("hidden") is not None
    }
    counts = {name: _Counts(segment) for name, segment in segments.items()}
    held = {
        name: [marker.get("id", "")[2:] for marker in segment.iter("template")
               if marker.get("id", "").startswith(("B:", "P:"))]
        for name, segment in segments.items()
    }
    words = _words_with_nested(counts, held)
    moved = 0
    for name, segment in segments.items():
        marker = markers.get(name)
        if (marker is None or _inside(marker, segment) or words[name] < PROSE_WORDS
                or _clamped(counts[name])):
            continue
        _hide_fallback(marker)
        _detach_keeping_tail(segment)
        del segment.attrib["hidden"]
        marker.addnext(segment)
        moved += 1
    return moved


def _words_with_nested(counts: dict[str, _Counts], held: dict[str, list[str]]) -> dict[str, int]:
    """Words shown in each segment (see :class:`_Counts`), with those of the segments
    whose markers it holds, and theirs in turn."""
    total: dict[str, int] = {}
    opened: set[str] = set()
    for start in counts:
        # Depth first without recursion; a segment met again on its own path (a
        # loop of markers) counts nothing the second time.
        stack = [start]
        while stack:
            name = stack[-1]
            if name in total:
                stack.pop()
            elif name not in opened:
                opened.add(name)
                stack.extend(n for n in held[name] if n in counts and n not in opened)
            else:
                total[name] = counts[name].shown + sum(total.get(n, 0) for n in held[name])
                stack.pop()
    return total


#: Class words that clamp an element's text to one line (the rest is cut off).
_ONE_LINE = frozenset({"line-clamp-1", "truncate"})
#: Whitespace that separates class words (XML's, as a browser reads them).
_CLASS_SPACE = re.compile(r"[ \t\r\n]+")


class _Counts:
    """Words of a segment's text nodes, each node split on its own: ``shown``, those
    that show in full outside links (not in a script or style, not in a link, not in
    an element clamped to one line: a segment of menus or of the footer's lists of
    links is no text, nor is a comment's preview under an entry of a listing);
    ``clamped``, those in an element clamped to one line; ``read``, all but those of
    scripts."""

    __slots__ = ("clamped", "read", "shown")

    def __init__(self, segment: etree._Element) -> None:
        self.shown = self.clamped = self.read = 0
        linked = clamped = False
        for ancestor in segment.iterancestors():
            linked = linked or ancestor.tag == "a"
            clamped = clamped or _one_line(ancestor)
        # Elements to read, each with whether it or an element around it is a
        # link and is clamped: its text, then its children's, each child's tail
        # (a node of this element) after the child's own.
        stack: list[tuple[etree._Element, bool, bool] | tuple[str, str, bool, bool]] = [
            (segment, linked, clamped)]
        while stack:
            item = stack.pop()
            if len(item) == 4:
                self._count(*item)  # type: ignore[arg-type]
                continue
            element, linked, clamped = item  # type: ignore[misc]
            tag = element.tag
            linked = linked or tag == "a"
            clamped = clamped or _one_line(element)
            if element.text:
                self._count(element.text, tag, linked, clamped)
            for child in reversed(element):
                if child.tail:
                    stack.append((child.tail, tag, linked, clamped))
                if isinstance(child.tag, str):
                    stack.append((child, linked, clamped))

    def _count(self, text: str, parent: str, linked: bool, clamped: bool) -> None:
        words = len(text.split())
        if parent != "script":
            self.read += words
            if clamped:
                self.clamped += words
            elif parent != "style" and not linked:
                self.shown += words
        elif clamped:
            self.clamped += words


def _one_line(element: etree._Element) -> bool:
    value = element.get("class")
    return bool(value) and not _ONE_LINE.isdisjoint(_CLASS_SPACE.split(value))


def _clamped(counts: _Counts) -> bool:
    """Whether most of the segment's words sit in elements clamped to one line."""
    return counts.clamped > 0 and 2 * counts.clamped > counts.read


def _inside(element: etree._Element, box: etree._Element) -> bool:
    return any(ancestor is box for ancestor in element.iterancestors())


def _hide_fallback(marker: etree._Element) -> None:
    if not marker.get("id", "").startswith("B:"):
        return
    fallback = marker.getnext()
    if fallback is None or not isinstance(fallback.tag, str) or fallback.tag == "template":
        return
    if len("".join(fallback.itertext()).split()) <= FALLBACK_WORDS:
        fallback.set("hidden", "")


def _detach_keeping_tail(element: etree._Element) -> None:
    """Take ``element`` out of its parent, leaving the text after it in place."""
    tail, element.tail = element.tail, None
    parent = element.getparent()
    if parent is None:
        return
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
