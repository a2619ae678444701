"""Metadata an HTML page states: JSON-LD, OpenGraph, Twitter, Dublin Core, markup.

Runs first (stage ``prepare``) so that what the page states wins over what
text rules guess later. Each field takes the first source that has it, in
order of trust: the article's JSON-LD object, then meta tags, then markup
(``<time datetime>``, ``rel=author``, ``<html lang>``, ``<link rel=canonical>``).
The headline block is taken out of the body as the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from html import unescape
from typing import Any

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    "Article NewsArticle BlogPosting ReportageNews AnalysisNewsArticle OpinionNewsArticle "
    "ReviewNewsArticle BackgroundNewsArticle TechArticle ScholarlyArticle LiveBlogPosting "
    "SocialMediaPosting DiscussionForumPosting Report HowTo Recipe".split()
)
_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "QAPage", "AboutPage", "FAQPage"})
_SITE_TYPES = frozenset({"WebSite", "Organization", "NewsMediaOrganization", "Corporation"})

_META_TITLE = ("meta:og:title", "meta:twitter:title", "meta:dc.title", "meta:dcterms.title")
_META_AUTHOR = (
    "meta:author", "meta:article:author", "meta:dc.creator", "meta:dcterms.creator",
    "meta:parsely-author", "meta:sailthru.author", "meta:byl", "meta:citation_author",
)
_META_SITE = ("meta:og:site_name", "meta:application-name", "meta:twitter:site")
_META_PUBLISHED = (
    "meta:article:published_time", "meta:datepublished", "meta:og:published_time",
    "meta:date", "meta:pubdate", "meta:publish-date", "meta:dc.date", "meta:dc.date.issued",
    "meta:dcterms.created", "meta:dcterms.date", "meta:parsely-pub-date", "meta:sailthru.date",
    "meta:citation_publication_date", "meta:article.published",
)
_META_UPDATED = (
    "meta:article:modified_time", "meta:datemodified", "meta:og:updated_time",
    "meta:dcterms.modified", "meta:last-modified", "meta:article.updated",
)
_META_TAGS = ("meta:article:tag", "meta:news_keywords", "meta:parsely-tags")
_META_LANG = ("lang", "meta:og:locale", "meta:content-language", "meta:dc.language")

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?")
_ZONE = re.compile(r"(Z|[+-]\d{2}(?::?\d{2})?)$")
_BY = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_TITLE_SPLIT = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022:-]\s+")
_LANG = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")
_MAX_ITEMS = 30


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _find(objects: list[dict[str, Any]], types: frozenset[str]) -> dict[str, Any] | None:
    for obj in objects:
        if _types(obj) & types:
            return obj
    return None


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD value: a string, an object with ``name``, or a list of those."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:_MAX_ITEMS]:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            out.append(unescape(item.strip()))
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    if isinstance(value, str) and value.strip():
        return " ".join(unescape(value).split())
    return None


def iso_date(value: str | None) -> str | None:
    """``value`` as ISO 8601 if it is an ISO-style date or timestamp, else None.

    The zone is kept as stated (``Z`` becomes ``+00:00``); a date alone stays a date.
    """
    if not value:
        return None
    value = value.strip()[:40]
    match = _ISO.match(value)
    if match is None:
        return None
    core = match.group(0).replace(" ", "T").replace(",", ".")
    if "T" not in core:
        try:
            return datetime.fromisoformat(core).date().isoformat()
        except ValueError:
            return None
    zone = _ZONE.search(value[match.end():].strip() or "")
    suffix = ""
    if zone:
        suffix = "+00:00" if zone.group(1) == "Z" else zone.group(1)
        if len(suffix) == 5 and ":" not in suffix:
            suffix = f"{suffix[:3]}:{suffix[3:]}"
        elif len(suffix) == 3:
            suffix += ":00"
    if "." in core:
        head, fraction = core.split(".", 1)
        core = f"{head}.{fraction[:6].ljust(6, '0')}"
    try:
        parsed = datetime.fromisoformat(core + suffix)
    except ValueError:
        return None
    return parsed.replace(microsecond=0).isoformat()


def clean_authors(values: Iterable[str]) -> list[str]:
    """Author names: no URLs, no 'By' prefix, lists split, duplicates dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _BY.sub("", " ".join(value.split()))
        if not value or "://" in value or value.startswith(("@", "www.")) or len(value) > 120:
            continue
        for name in _AUTHOR_SPLIT.split(value):
            name = name.strip(" .")
            if name and len(name.split()) <= 6 and name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
    return out


def _first(head: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in head.get(key, ()):
            if value.strip():
                return value.strip()
    return None


def _all(head: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return [v for key in keys for v in head.get(key, ())]


def _keywords(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:_MAX_ITEMS]:
        if isinstance(item, str):
            out.extend(part.strip() for part in item.split(","))
    return [t for t in out if t][:_MAX_ITEMS]


def _language(value: str | None) -> str | None:
    match = _LANG.match(value or "")
    return match.group(0).lower() if match else None


def _title_block(doc: Document, title: str | None) -> Block | None:
    """The heading that states the title (or the page's only h1)."""
    headings = [b for b in doc.blocks[:2000] if b.tag == "h1" and b.removed_by is None]
    wanted = " ".join((title or "").split()).casefold()
    for block in headings:
        if wanted and block.text.casefold() == wanted:
            return block
    if wanted:
        for block in doc.blocks[:2000]:
            if block.kind == "heading" and block.removed_by is None and (
                block.text.casefold() == wanted
            ):
                return block
    return headings[0] if len(headings) == 1 else None


def _without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without a trailing or leading `` | Site name``."""
    if not title or not site:
        return title
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1 and site.casefold() in (parts[-1].casefold(), parts[0].casefold()):
        keep = parts[:-1] if parts[-1].casefold() == site.casefold() else parts[1:]
        return " - ".join(keep) if len(keep) > 1 else keep[0]
    return title


def _page_title(head: dict[str, list[str]], site: str | None) -> str | None:
    """The ``<title>`` without the site name around it."""
    title = _first(head, ("title",))
    if not title:
        return None
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1:
        keep = [p for p in parts if not site or p.casefold() != site.casefold()]
        return max(keep or parts, key=len)
    return title


@rule(
    "html-metadata",
    stage="prepare",
    order=50,
    description="Read title, authors, dates, site, tags, language and url from the page's markup",
    kinds=("html",),
)
def html_metadata(doc: Document, ctx: RuleContext) -> None:
    head, objects = doc.head, doc.json_ld
    article = _find(objects, ARTICLE_TYPES) or _find(objects, frozenset(_PAGE_TYPES)) or {}
    site_obj = _find(objects, _SITE_TYPES) or {}
    publisher = article.get("publisher")

    publishers = _names(publisher)
    site = (
        _first(head, _META_SITE[:2])
        or (publishers[0] if publishers else None)
        or _text(site_obj.get("name"))
        or _first(head, _META_SITE[2:])
    )
    ctx.set_meta("site_name", site)

    title = _text(article.get("headline")) or _first(head, _META_TITLE)
    block = _title_block(doc, title)
    title = _without_site(title, site) or (block.text if block else None) or _page_title(head, site)
    if block is not None:
        ctx.set_title(block, title)
    else:
        ctx.set_meta("title", title)

    authors = clean_authors(_names(article.get("author")))
    if not authors:
        authors = clean_authors(_all(head, _META_AUTHOR) + head.get("author-link", []))
    ctx.set_meta("authors", authors)

    ctx.set_meta(
        "published",
        iso_date(_text(article.get("datePublished")))
        or iso_date(_first(head, _META_PUBLISHED))
        or iso_date(_text(article.get("dateCreated")))
        or iso_date(_first(head, ("time",))),
    )
    ctx.set_meta(
        "updated",
        iso_date(_text(article.get("dateModified"))) or iso_date(_first(head, _META_UPDATED)),
    )
    tags = _keywords(article.get("keywords")) or _keywords(_all(head, _META_TAGS))
    ctx.set_meta("tags", tags or _keywords(head.get("meta:keywords", [])))
    ctx.set_meta("image_credits", _image_credits(article.get("image")))
    ctx.set_meta(
        "language",
        _language(_first(head, _META_LANG)) or _language(_text(article.get("inLanguage"))),
    )
    ctx.set_meta(
        "url",
        _first(head, ("link:canonical", "meta:og:url"))
        or _text(article.get("url"))
        or _text(article.get("mainEntityOfPage")),
    )


def _image_credits(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:_MAX_ITEMS]:
        if not isinstance(item, dict):
            continue
        for key in ("creditText", "copyrightHolder", "author", "creator"):
            out.extend(_names(item.get(key)))
    return out


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_metadata]
