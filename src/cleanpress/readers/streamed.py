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
    words = _words_with_nested(segments)
    moved = 0
    for name, segment in segments.items():
        marker = markers.get(name)
        if (marker is None or _inside(marker, segment) or words[name] < PROSE_WORDS
                or _clamped(segment)):
            continue
        _hide_fallback(marker)
        _detach_keeping_tail(segment)
        del segment.attrib["hidden"]
        marker.addnext(segment)
        moved += 1
    return moved


def _words_with_nested(segments: dict[str, etree._Element]) -> dict[str, int]:
    """Words of each segment (scripts aside), with those of the segments whose
    markers it holds, and theirs in turn."""
    own: dict[str, int] = {}
    held: dict[str, list[str]] = {}
    for name, segment in segments.items():
        own[name] = sum(len(text.split()) for text in segment.xpath(_SHOWN_TEXT))
        held[name] = [
            marker.get("id", "")[2:] for marker in segment.iter("template")
            if marker.get("id", "").startswith(("B:", "P:"))
        ]
    total: dict[str, int] = {}
    opened: set[str] = set()
    for start in segments:
        # Depth first without recursion; a segment met again on its own path (a
        # loop of markers) counts nothing the second time.
        stack = [start]
        while stack:
            name = stack[-1]
            if name in total:
                stack.pop()
            elif name not in opened:
                opened.add(name)
                stack.extend(n for n in held[name] if n in segments and n not in opened)
            else:
                total[name] = own[name] + sum(total.get(n, 0) for n in held[name])
                stack.pop()
    return total


#: Classes that clamp an element's text to one line (the rest is cut off).
_ONE_LINE = ("contains(concat(' ', normalize-space(@class), ' '), ' line-clamp-1 ')"
             " or contains(concat(' ', normalize-space(@class), ' '), ' truncate ')")
#: The text of an element that shows in full, outside links: not that of its
#: scripts and styles, of its links (a segment of menus or of the footer's lists
#: of links is no text), nor that of an element clamped to one line (a comment's
#: preview under an entry of a listing: a few words of it show).
_SHOWN_TEXT = (".//text()[not(parent::script) and not(parent::style) and not(ancestor::a)"
               f" and not(ancestor::*[{_ONE_LINE}])]")
_CLAMPED_TEXT = f".//text()[ancestor::*[{_ONE_LINE}]]"


def _clamped(segment: etree._Element) -> bool:
    """Whether most of the segment's words sit in elements clamped to one line."""
    clamped = sum(len(text.split()) for text in segment.xpath(_CLAMPED_TEXT))
    return clamped > 0 and 2 * clamped > sum(
        len(text.split()) for text in segment.xpath(".//text()[not(parent::script)]"))


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
