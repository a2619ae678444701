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
#: Segments moved are those holding a paragraph of prose this long: small ones
#: (a menu entry, a button) are left hidden, their fallback most often shows the
#: same words.
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
    moved = 0
    for segment in list(root.iter("div")):
        name = segment.get("id", "")
        if not name.startswith("S:") or segment.get("hidden") is None:
            continue
        marker = markers.get(name[2:])
        if marker is None or _inside(marker, segment):
            continue
        _hide_fallback(marker)
        _detach_keeping_tail(segment)
        del segment.attrib["hidden"]
        marker.addnext(segment)
        moved += 1
    return moved


def _holds_prose(segment: etree._Element) -> bool:
    return any(len("".join(p.itertext()).split()) >= PROSE_WORDS for p in segment.iter("p"))


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
