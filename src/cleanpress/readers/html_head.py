"""What an HTML page states about itself: meta tags, links, title, JSON-LD.

Collected into a mapping of lists (see ``Document.head``) and a list of
JSON-LD objects, for the metadata and region rules to read.
"""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from cleanpress.errors import InputError
from cleanpress.readers.decode import repair
from cleanpress.readers.microdata import read_microdata

#: JSON-LD scripts longer than this are skipped.
MAX_JSON_LD = 2_000_000
#: At most this many values are kept per key.
MAX_VALUES = 50
_MAX_VALUE = 2000
#: How the name of a meta tag that holds JSON-LD ends.
_LD_JSON = "ld+json"


def put_value(head: dict[str, list[str]], key: str, value: str | None) -> None:
    """Add ``value`` (whitespace folded, cut at a length, mojibake fixed as in the
    page's text) to ``head[key]``, up to MAX_VALUES."""
    if not value:
        return
    value = " ".join(value[:_MAX_VALUE].split())
    if not value:
        return
    if not value.isascii():
        try:
            value = repair(value)
        except InputError:  # control characters throughout: no value
            return
    values = head.setdefault(key, [])
    if len(values) < MAX_VALUES:
        values.append(value)


def read_head(
    root: etree._Element, items: bool = True
) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    """The page's meta values and its JSON-LD objects (``@graph`` flattened),
    then its microdata items in the same shape (see :mod:`microdata`).

    ``items``: False when no element of the page has an ``itemscope`` attribute
    (microdata items are then not searched for).

    ``rel=author`` link texts (``"author-link"``) are read by the walk of the body.
    """
    head: dict[str, list[str]] = {}
    json_ld: list[dict[str, Any]] = []
    put_value(head, "lang", root.get("lang") or root.get("xml:lang"))
    for el in root.iter("meta", "link", "title", "time", "script"):
        tag = el.tag
        if tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop")
            if key and key.strip().lower().endswith(_LD_JSON):
                # JSON-LD some frameworks put in a meta tag ("script:ld+json").
                _read_json_ld(el.get("content") or "", json_ld)
            elif key:
                put_value(head, "meta:" + key.strip().lower(), el.get("content"))
            elif el.get("http-equiv", "").lower() == "content-language":
                put_value(head, "meta:content-language", el.get("content"))
        elif tag == "link":
            rel = el.get("rel")
            if rel:
                for word in rel.lower().split():
                    put_value(head, "link:" + word, el.get("href"))
        elif tag == "title":
            if "title" not in head:
                put_value(head, "title", "".join(el.itertext()))
        elif tag == "time":
            value = el.get("datetime")
            put_value(head, "time", value)
            # A <time> that states what it dates: microdata, or the old pubdate flag.
            prop = el.get("itemprop") or ("datePublished" if el.get("pubdate") is not None else "")
            if prop:
                put_value(head, "meta:" + prop.strip().lower(), value)
        elif (el.get("type") or "").strip().lower() == "application/ld+json":
            _read_json_ld(el.text or "", json_ld)
    if items:
        read_microdata(root, json_ld)
    return head, json_ld


def _read_json_ld(text: str, out: list[dict[str, Any]]) -> None:
    if len(text) > MAX_JSON_LD:
        return
    try:
        data = json.loads(text.strip().rstrip(";"), strict=False)
    except (ValueError, RecursionError):  # broken, or nested past the parser's depth
        return
    # Iterative flattening of lists and @graph containers (no recursion on input).
    pending: list[Any] = [data]
    while pending and len(out) < 200:
        item = pending.pop(0)
        if isinstance(item, list):
            pending[:0] = item[:200]
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending[:0] = graph[:200]
                if len(item) > 2:  # the container says more than its context
                    out.append({k: v for k, v in item.items() if k != "@graph"})
            else:
                out.append(item)
