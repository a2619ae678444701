"""Microdata items as JSON-LD-shaped objects.

Forum software and Q&A sites state their threads in microdata rather than in
JSON-LD (``itemscope itemtype="https://schema.org/DiscussionForumPosting"``
with an ``itemprop="author"`` person, and each reply an ``itemprop="comment"``
item of its own). Read as ``{"@type": ..., "author": {"@type": "Person",
"name": ...}, "datePublished": ..., "@from": "microdata"}``, the items are read by the same metadata
rules as JSON-LD, and a reply's author stays the reply's: a property belongs
to the nearest item around it. Several top-level items of one kind of post
are a list of teasers (related articles, a blog's index), not the page's own
post, and are left out.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

#: Item types read (their last path segment); other items are skipped whole.
WANTED = frozenset(
    "Article NewsArticle BlogPosting TechArticle ScholarlyArticle Report Review "
    "DiscussionForumPosting SocialMediaPosting QAPage Question WebPage ItemPage".split()
)
#: Types of a post: a page is one post, or lists several.
POSTS = WANTED - {"QAPage", "WebPage", "ItemPage"}
#: Properties kept: what the metadata rules read (not the text, which the walk reads).
PROPERTIES = frozenset(
    "author creator name headline datePublished dateCreated dateModified uploadDate url "
    "publisher mainEntity".split()
)
#: At most this many items are read from a page, and this many elements of each.
MAX_ITEMS = 30
MAX_ELEMENTS = 5000
#: Nested items deeper than this are not read.
MAX_DEPTH = 3
#: Longest text value kept.
MAX_VALUE = 300


def _type(el: etree._Element) -> str:
    """The item's type: the last segment of its first ``itemtype`` address."""
    kinds = (el.get("itemtype") or "").split()
    return kinds[0].rstrip("/").rsplit("/", 1)[-1] if kinds else ""


def _value(el: etree._Element) -> str:
    """A property's value by the microdata rules: an attribute, else the text."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "meta":
        value = el.get("content") or ""
    elif tag in ("a", "link", "area"):
        value = el.get("href") or ""
    elif tag in ("img", "audio", "video", "source"):
        value = el.get("src") or ""
    elif tag == "time":
        value = el.get("datetime") or "".join(el.itertext())
    elif tag in ("data", "meter"):
        value = el.get("value") or ""
    else:
        value = "".join(el.itertext())
    return " ".join(value[: MAX_VALUE * 4].split())[:MAX_VALUE]


def _item(root: etree._Element, depth: int) -> dict[str, Any]:
    """The item at ``root``: its type and the wanted properties that belong to it."""
    obj: dict[str, Any] = {"@type": _type(root), "@from": "microdata"}
    pending = list(reversed(root))
    seen = 0
    while pending and seen < MAX_ELEMENTS:
        el = pending.pop()
        seen += 1
        if not isinstance(el.tag, str):
            continue
        names = (el.get("itemprop") or "").split()
        scoped = el.get("itemscope") is not None
        wanted = [n for n in names if n in PROPERTIES]
        if wanted:
            value: Any
            if scoped:
                value = _item(el, depth + 1) if depth < MAX_DEPTH else None
            else:
                value = _value(el)
            for name in wanted:
                if value and name not in obj:
                    obj[name] = value
        if not scoped:  # a nested item's properties are its own
            pending.extend(reversed(el))
    return obj


_TOP_LEVEL = etree.XPath("//*[@itemscope][not(@itemprop)][@itemtype]")


def read_microdata(root: etree._Element, out: list[dict[str, Any]]) -> None:
    """Append the page's top-level items (``itemscope`` without ``itemprop``)
    of a wanted type to ``out``."""
    items: list[dict[str, Any]] = []
    for el in _TOP_LEVEL(root):
        if len(items) >= MAX_ITEMS:
            break
        if _type(el) in WANTED:
            items.append(_item(el, 0))
    posts = [item["@type"] for item in items if item["@type"] in POSTS]
    out.extend(item for item in items if posts.count(item["@type"]) < 2)
