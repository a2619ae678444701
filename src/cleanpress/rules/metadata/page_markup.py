"""Metadata an HTML page states: JSON-LD, microdata, OpenGraph, Twitter, Dublin Core.

Runs first (stage ``prepare``) so that what the page states wins over what
text rules guess later. Each field takes the first source that has it, in
order of trust: the article's JSON-LD object (``@id`` pointers followed; the
reader gives microdata items the same shape), then the page's own object of a
graph, then meta tags, then markup (``<time datetime>``, ``rel=author`` links,
microdata bylines, ``<html lang>``, ``<link rel=canonical>``); each value says
where it was read (``Metadata.sources``). The heading that states the title is
taken out of the body as the title; the site name may come from beside it in
the page title, which also wins over a stated name that is not the host's (a
section stated as the site). Authors that are only organisations are said to
be, so that a person the byline names goes before them. Helpers: ``json_ld``,
``page_title``, ``page_dates``, ``date_order``, ``author_names``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from cleanpress.chain import RuleContext
from cleanpress.dates import parse_datetime
from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.locate.page_type import states_product
from cleanpress.rules.metadata.author_names import (
    ORGANISATION,
    clean_authors,
    first_last,
    looks_like_name,
)
from cleanpress.rules.metadata.date_order import TWO_WAYS, DateOrder, page_order, settle
from cleanpress.rules.metadata.json_ld import (
    MAX_ITEMS,
    Index,
    find,
    id_index,
    names,
    origin,
    resolve,
    text,
    types,
)
from cleanpress.rules.metadata.page_date import url_date
from cleanpress.rules.metadata.page_dates import (
    TIME_ELEMENT,
    Stated,
    iso_date,
    local_day,
    local_form,
    pick_date,
    split_times,
    stated_date,
)
from cleanpress.rules.metadata.page_title import (
    fold,
    headings,
    headline_part,
    named_in_title,
    names_host,
    names_site,
    page_title,
    same_words,
    site_beside,
    split_title,
    title_block,
    without_anchor,
    without_site,
    words_shared,
    words_within,
)

__all__ = ["ARTICLE_TYPES", "clean_authors", "html_metadata", "iso_date"]

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    "Article NewsArticle BlogPosting ReportageNews AnalysisNewsArticle OpinionNewsArticle "
    "ReviewNewsArticle BackgroundNewsArticle TechArticle ScholarlyArticle LiveBlogPosting "
    "SocialMediaPosting DiscussionForumPosting Question Report HowTo Recipe Review CriticReview"
    .split()
)
_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "QAPage", "AboutPage", "FAQPage"})
_SITE_TYPES = frozenset({"WebSite", "Organization", "NewsMediaOrganization", "Corporation"})

_META_TITLE = (
    "meta:og:title", "meta:twitter:title", "meta:dc.title", "meta:dcterms.title",
    "meta:citation_title",
)
_META_AUTHOR = (
    "meta:author", "meta:article:author", "meta:dc.creator", "meta:dcterms.creator",
    "meta:parsely-author", "meta:sailthru.author", "meta:byl",
)
#: (twitter:site is a handle, "@name": the site-name rule finds better names.)
_META_SITE = ("meta:og:site_name", "meta:application-name")
#: A bar or dot between a site's name and its tagline or sections.
_SITE_TAGLINE = re.compile(r"\s+[|\u00b7\u2022]\s+")
#: Publishers named by library and scholarly tags, read when nothing else names the site.
_META_PUBLISHER = ("meta:dc.publisher", "meta:dcterms.publisher", "meta:citation_publisher")
_META_PUBLISHED = (
    "meta:article:published_time", "meta:datepublished", "meta:og:published_time",
    "meta:date", "meta:pubdate", "meta:publish-date", "meta:dc.date", "meta:dc.date.issued",
    "meta:dcterms.created", "meta:dcterms.date", "meta:parsely-pub-date", "meta:sailthru.date",
    "meta:citation_publication_date", "meta:citation_date", "meta:citation_online_date",
    "meta:article.published", "meta:publishdate", "meta:publish_date",
)
_META_UPDATED = (
    "meta:article:modified_time", "meta:datemodified", "meta:og:updated_time",
    "meta:dcterms.modified", "meta:last-modified", "meta:article.updated",
)
#: Other meta names that say they hold when the page was published
#: ("w-published-date", "cdc:first_published", "published_at", "ms.date"), read
#: after the names above; a value that is no date ("auto-publish": "true") is
#: passed over. (Names of update times are not read so: a visible "Updated" note
#: is surer than a served copy's time.)
_PUBLISHED_NAME = re.compile(
    r"^meta:(?:.*[:._ -])?(?:first[_-]?)?(?:published|publish|publication|pub)"
    r"(?:[:._ -]?(?:date|time|at|on))?$|^meta:(?:.*[:._ -])?date[_-]?pub(?:lished)?$"
    r"|^meta:[a-z]+[.:]date$"
)
#: Meta names of update times, read only to check a publication date against.
_UPDATED_NAME = re.compile(
    r"^meta:(?:.*[:._ -])?(?:last[_ -]?)?(?:updated|modified)(?:[:._ -]?(?:date|time|at|on))?$"
)
#: A publication date more than this many days after the last update is
#: another moment (when the copy was served), not when the page was published.
_AFTER_UPDATE_DAYS = 7
_META_TAGS = ("meta:article:tag", "meta:news_keywords", "meta:parsely-tags")
#: Where a page states its own address.
_META_URL = ("link:canonical", "meta:og:url")
_META_LANG = ("lang", "meta:og:locale", "meta:content-language", "meta:dc.language")

#: Class, id and microdata words of comment elements.
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "usercomments"})
#: More author elements than this are a list of posts or comments.
_MAX_BYLINES = 3
#: Ancestors looked at for a comment.
_MAX_DEPTH = 60
#: Longest microdata byline read as author names.
_MAX_BYLINE = 80
_LANG = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")


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
    for item in items[:MAX_ITEMS]:
        if isinstance(item, str):
            out.extend(part.strip() for part in item.split(","))
    return [t for t in out if t][:MAX_ITEMS]


def _language(value: str | None) -> str | None:
    match = _LANG.match(value or "")
    return match.group(0).lower() if match else None


def _site_name(head: dict[str, list[str]], objects: list[dict[str, Any]],
               publisher: list[str]) -> str | None:
    """The site's name as the page states it (not guessed from the title).

    Handles ("@name") and web addresses are no names; a tagline or section list after a bar
    ("Name | Tagline") is left out.
    """
    site_obj = find(objects, _SITE_TYPES) or {}
    for value in (
        *_all(head, _META_SITE)[:4], *publisher[:1], text(site_obj.get("name")),
        *_all(head, _META_PUBLISHER)[:2],
    ):
        value = (value or "").strip()
        if value and not value.startswith("@") and "://" not in value:
            if "|" in value or "\u00b7" in value or "\u2022" in value:
                return _SITE_TAGLINE.split(value, 1)[0].strip() or value
            return value
    return None


def _stated_title(head: dict[str, list[str]], article: dict[str, Any]) -> tuple[str | None, str]:
    """The headline the markup states, and where: the article object's, else a meta tag's."""
    headline = text(article.get("headline"))
    if headline:
        return headline, f"{origin(article)} headline"
    for key in _META_TITLE:
        value = _first(head, (key,))
        if value:
            return value, key.replace(":", " ", 1)
    return None, ""


def _set_title_and_site(doc: Document, ctx: RuleContext, article: dict[str, Any],
                        publisher: list[str], is_article: bool) -> str | None:
    """Set the title (taking its heading out of the body, but on a product page) and the
    site name; return the site.

    The headline is the heading that states the title the markup gives, in the
    heading's wording; else the stated title without the site; else the only h1
    (not a masthead naming the site); else the page title. On an article, the
    only h1 wins over a stated title it shares words with: the page shows it as
    the headline, the stated one is written for search and social sites. What a
    page title adds to a headline (the site after it, a subtitle after a bar) is
    cut off.
    """
    head = doc.head
    site = _site_name(head, doc.json_ld, publisher)
    stated, source = _stated_title(head, article)
    found = headings(doc)
    block, confirmed = title_block(found, stated)
    if confirmed is None and head.get("title"):  # a social or search variant of the headline
        in_title = title_block(found, head["title"][0])
        if in_title[1] is not None:
            block, confirmed = in_title
            source = "page title"
    url = doc.metadata.url or _first(head, _META_URL)
    if site is not None and confirmed:
        beside = site_beside(head, confirmed, found)
        if beside and names_host(site, beside, url):
            site = beside
    sites = [n for n in (site, *_all(head, _META_SITE)[:2]) if n]
    if confirmed and block is not None and _masthead(block, confirmed, head):
        sites.append(confirmed)  # the site's name over the page, last in its title
    if confirmed and names_site(confirmed, sites, url):
        confirmed = None  # the part of the page title the h1 matches is the site's name
    masthead = block is not None and confirmed is None and (
        names_site(block.text, sites, url) or (stated is None and _names_page(block, head))
    )
    title: str | None
    if confirmed:
        title, source = confirmed, f"{block.tag if block else 'heading'} matching the {source}"
    elif (title := without_site(stated, site)) is None:
        if block is not None and not masthead:
            title, source = block.text, block.tag or "heading"
        else:
            over = block.text if block is not None and masthead else None
            title = page_title(head, sites[0] if sites else None, over, found)
            source = "page title"
    h1s = found[0]
    if (
        confirmed is None and stated and block is not None and not masthead
        and len(h1s) == 1 and block is h1s[0] and words_within(block.text, stated)
        and not fold(stated).startswith(fold(block.text) + ":")
        and not names_site(block.text, sites, url)
    ):
        # The stated title words the page's heading for search and social sites
        # ("Shop Hiking Boots", "Brand Toolkit"); a heading that is only the topic
        # before a headline's colon ("Index funds" / "Index Funds: How to Invest") is not.
        title, source = block.text, f"h1 within the {source}"
    if (
        is_article and title and len(h1s) == 1 and not masthead
        and _shows_headline(h1s[0].text, title, sites, url)
    ):
        block, title, source = h1s[0], h1s[0].text, "h1"
    if title:
        title = without_anchor(title)
        cut = headline_part(title, sites, url, is_article)
        if cut != title:
            title, source = cut, f"{source}, without the site and subtitle"
    if site is None and confirmed:
        site = site_beside(head, confirmed, found)
    ctx.set_meta("site_name", site)
    if block is not None and not masthead:
        # A product's name heads its description on the page: it stays there too.
        ctx.set_title(block, title, source=source, keep=states_product(doc))
    else:
        ctx.set_meta("title", title, source=source)
    return site


#: Landmarks of a masthead over the page.
_MASTHEAD_LANDMARKS = frozenset({"header", "nav"})


def _masthead(block: Block, confirmed: str, head: dict[str, list[str]]) -> bool:
    """Whether the h1 that matches the last part of the page title ("Headline |
    Site") is the site's name over the page, not the headline: it stands in the
    page's header or navigation, or opens the page."""
    parts = split_title(next(iter(head.get("title", ())), ""))
    if len(parts) < 2 or fold(parts[-1]) != fold(confirmed):
        return False
    return block.landmark in _MASTHEAD_LANDMARKS or block.index == 0


def _names_page(block: Block, head: dict[str, list[str]]) -> bool:
    """Whether an h1 that neither the markup nor the page title states is a masthead
    over the page: it stands in the page's header or navigation, or opens the page,
    and the page title holds its words beside a headline at least as long (see
    ``named_in_title``)."""
    title = next(iter(head.get("title", ())), "")
    return (block.landmark in _MASTHEAD_LANDMARKS or block.index == 0) and named_in_title(
        block.text, title
    )


#: The h1 shares at least this share of its words with a stated title it replaces.
_SHARED_WORDS = 0.2


def _shows_headline(shown: str, title: str, sites: list[str], url: str | None) -> bool:
    """Whether the page's only h1 is the headline it shows for ``title``: another
    wording of it, not written in capitals, not the site's name, and not the
    title with a label or date before it ("Blog: Title", "Dec 18 2025 Title")."""
    if fold(shown) == fold(title) or shown.isupper() or names_site(shown, sites, url):
        return False
    if same_words(shown, title) and len(split_title(title)) > len(split_title(shown)):
        return False  # the h1 runs a label into the title: "Question" + "Want to know ..."
    if fold(shown).endswith(fold(headline_part(title, sites, url, True))):
        return False
    return words_shared(shown, title) >= _SHARED_WORDS


def _stated(head: dict[str, list[str]], keys: tuple[str, ...]) -> list[Stated]:
    """The first value of each of ``keys`` in the head, with the key it was stated under."""
    return [(head[key][0], key.replace(":", " ", 1)) for key in keys if head.get(key)]


def _stated_like(head: dict[str, list[str]], name: re.Pattern[str],
                 known: tuple[str, ...]) -> list[Stated]:
    """The first value of each head key ``name`` matches that is not in ``known``."""
    return [
        (values[0], key.replace(":", " ", 1))
        for key, values in head.items()
        if values and key.startswith("meta:") and key not in known and name.match(key)
    ]


def _ld_dates(doc: Document, article: dict[str, Any], key: str) -> list[Stated]:
    """``key`` ("datePublished") of the article's JSON-LD object, then of the
    objects that describe the page itself (a ``WebPage`` node of a graph)."""
    found: list[Stated] = [(text(article.get(key)), f"{origin(article)} {key}")]
    for obj in doc.json_ld[:MAX_ITEMS]:
        kinds = types(obj) & _PAGE_TYPES
        if obj is not article and kinds and obj.get(key):
            found.append((text(obj.get(key)), f"{origin(obj)} {min(kinds)} {key}"))
    return found


#: Blocks read for dates written out, and how long such a block is at most.
_WRITTEN_BLOCKS, _WRITTEN_CHARS = 400, 200
_YEAR = re.compile(r"(?:19|20)\d\d")


def _written_days(doc: Document) -> set[str]:
    """The days the page writes out with the month's name, near its top."""
    days: set[str] = set()
    for block in doc.blocks[:_WRITTEN_BLOCKS]:
        if len(block.text) <= _WRITTEN_CHARS and _YEAR.search(block.text):
            found = parse_datetime(block.text)
            if found and TWO_WAYS.search(block.text) is None:
                days.add(found[:10])
    return days


def _settled(value: str | None, source: str, order: DateOrder, written: set[str]) -> Stated:
    """A stated value whose numbers read two ways, read one way, the reason said."""
    if not value or iso_date(value) or TWO_WAYS.search(value) is None:
        return value, source
    found, reason = settle(value, order, written)
    return found, f"{source} ({value} read {reason})" if reason else source


def _days_after(later: str, earlier: str) -> int:
    """How many days the day of ISO ``later`` is after that of ``earlier``."""
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def _not_after(values: list[Stated], day: str, dayfirst: bool | None) -> list[Stated]:
    """The stated values not read as a day after ``day`` (YYYY-MM-DD)."""
    return [
        (v, source) for v, source in values
        if (stated_date(v, dayfirst) or "")[:10] <= day
    ]


def _set_dates(doc: Document, ctx: RuleContext, article: dict[str, Any]) -> None:
    """Published and updated dates: JSON-LD and meta tags, then ``<time>`` elements."""
    head = doc.head
    published = [
        *_ld_dates(doc, article, "datePublished")[:1],
        *_stated(head, _META_PUBLISHED),
        *_ld_dates(doc, article, "datePublished")[1:],
        (text(article.get("dateCreated")), f"{origin(article)} dateCreated"),
        *_stated_like(head, _PUBLISHED_NAME, _META_PUBLISHED),
    ]
    updated = [
        *_ld_dates(doc, article, "dateModified"),
        *_stated(head, _META_UPDATED),
    ]
    order = page_order(_first(head, _META_LANG), doc.metadata.url or _first(head, _META_URL))
    if any(v and TWO_WAYS.search(v) for v, _ in (*published, *updated)):
        written = _written_days(doc)
        published = [_settled(v, source, order, written) for v, source in published]
        updated = [_settled(v, source, order, written) for v, source in updated]
    dayfirst = order.dayfirst
    first, last = pick_date(published, dayfirst), pick_date(updated, dayfirst)
    # <time> values can only add a missing date or a zone; read them only then.
    if head.get("time") and (last is None or first is None or len(first[0]) < 25):
        times, update_times = split_times(doc, head["time"])
        first = pick_date([*published, *((t, TIME_ELEMENT) for t in times[:1])], dayfirst)
        last = pick_date(
            [*updated, *((t, "time element after an update label") for t in update_times[:1])],
            dayfirst,
        )
    changed = last or pick_date(
        [*updated, *_stated_like(head, _UPDATED_NAME, _META_UPDATED)], dayfirst
    )
    if first is not None and changed is not None and (
        _days_after(first[0], changed[0]) > _AFTER_UPDATE_DAYS
    ):
        # A page is not published after it was last changed: that value is another
        # moment (when the copy was served); a stated date before the change is taken.
        first = pick_date(_not_after(published, changed[0][:10], dayfirst), dayfirst) or first
    if first is not None:
        value, source = _on_local_clock(first, doc, published)
        ctx.set_meta("published", value, source=source)
    if last is not None:
        ctx.set_meta("updated", last[0], source=last[1])


def _on_local_clock(
    first: tuple[str, str], doc: Document, published: list[Stated]
) -> tuple[str, str]:
    """A publication moment stated in UTC, as the page states it on its own clock:
    the same moment in a ``<time>`` element or another stated value with a local
    zone, else the day the page's address gives when that is the moment's local
    day (see :func:`page_dates.local_day`); with where it was read and why."""
    value, source = first
    local = local_form(value, [*doc.head.get("time", ()), *(v for v, _ in published)])
    if local is not None:
        return local, f"{source} (in the page's zone, as another value states it)"
    day = url_date(doc.metadata.url or _first(doc.head, _META_URL))
    if day is not None and local_day(value, day):
        return day, f"{source} (on the local day the address gives: {value} is in UTC)"
    return value, source


@rule(
    "html-metadata",
    stage="prepare",
    order=50,
    description="Read title, authors, dates, site, tags, language and url from the page's markup",
    kinds=("html",),
)
def html_metadata(doc: Document, ctx: RuleContext) -> None:
    head, objects = doc.head, doc.json_ld
    index = id_index(objects)
    article = _article(doc, index)
    publisher = names(resolve(article.get("publisher"), index))
    is_article = bool(
        text(article.get("datePublished"))
        or _stated(head, _META_PUBLISHED)
        or names(resolve(article.get("author"), index))
        or _all(head, _META_AUTHOR)
    )
    site = _set_title_and_site(doc, ctx, article, publisher, is_article)

    authors, source = _authors(doc, article, index, site)
    ctx.set_meta("authors", authors, source=source)
    _set_dates(doc, ctx, article)

    tags = _keywords(article.get("keywords")) or _keywords(_all(head, _META_TAGS))
    ctx.set_meta("tags", tags or _keywords(head.get("meta:keywords", [])))
    ctx.set_meta("image_credits", _image_credits(resolve(article.get("image"), index)))
    ctx.set_meta(
        "language",
        _language(_first(head, _META_LANG)) or _language(text(article.get("inLanguage"))),
    )
    ctx.set_meta(
        "url",
        _first(head, _META_URL)
        or text(article.get("url"))
        or text(article.get("mainEntityOfPage")),
    )


def _authors(
    doc: Document, article: dict[str, Any], index: Index, site: str | None
) -> tuple[list[str], str]:
    """The article's authors and where they were read: the people the article's
    object credits (the publisher only when no one else is), else the meta
    tags and ``rel=author`` links, else microdata bylines. Authors that are all
    organisations (typed so, or named like the site or its publisher) are said
    to be (see ``ORGANISATION``): a person the byline names goes before them."""
    head = doc.head
    credited = resolve(article.get("author"), index)
    source = f"{origin(article)} author"
    authors = clean_authors(names(credited, skip_types=_SITE_TYPES, skip_name=site or ""))
    # Typed organisations, and the people typed so (a personal site is named after them).
    organisations: set[str] = set()
    people: set[str] = set()
    if not authors:  # the publisher credited alone is the author
        authors = clean_authors(names(credited))
        organisations.update(a.casefold() for a in authors)
    for item in credited if isinstance(credited, list) else [credited]:
        if isinstance(item, dict):
            kinds = types(item)
            named = {n.casefold() for n in clean_authors(names(item))}
            if kinds & _SITE_TYPES:
                organisations.update(named)
            elif "Person" in kinds:
                people.update(named)
    if not authors:
        linked = [t for t in head.get("author-link", []) if looks_like_name(t)]
        cited = [first_last(v) for v in head.get("meta:citation_author", [])]
        stated = _all(head, _META_AUTHOR)
        authors = clean_authors(stated + cited + linked)
        source = "meta author" if stated or cited else "rel=author link"
    if not authors:
        authors, source = clean_authors(_microdata_authors(doc)), "microdata author element"
    if site and len(authors) > 1:  # "Ann Lee, Site" credits the site beside the person
        authors = clean_authors(authors, site)
    sites = [n for n in (site, *names(resolve(article.get("publisher"), index))) if n]
    url = doc.metadata.url or _first(head, _META_URL)
    if authors and all(
        a.casefold() in organisations
        or (a.casefold() not in people and names_site(a, sites, url))
        for a in authors
    ):
        source = f"{source} {ORGANISATION}"
    return authors, source


def _url_key(url: str | None) -> str:
    """``url`` without scheme, fragment and trailing slash, lower-cased, for comparing."""
    return (url or "").split("#", 1)[0].split("://", 1)[-1].rstrip("/").lower()


def _article(doc: Document, index: Index) -> dict[str, Any]:
    """The JSON-LD object describing this article.

    Among several article objects (related stories listed beside the main
    one), the one whose url is the page's canonical url or whose headline is
    the page's title or h1; with none at the top level, the article a page object
    names as its ``mainEntity``, else the page object itself.
    """
    articles = [o for o in doc.json_ld if types(o) & ARTICLE_TYPES]
    if len(articles) > 1:
        head = doc.head
        canonical = _url_key(_first(head, _META_URL))
        titles = {fold(t) for t in _all(head, ("meta:og:title", "title"))[:2]}
        titles.update(fold(b.text) for b in headings(doc)[0])
        for obj in articles:
            url = text(obj.get("url")) or text(obj.get("mainEntityOfPage"))
            if canonical and _url_key(url) == canonical:
                return obj
        for obj in articles:
            if fold(text(obj.get("headline")) or "") in titles:
                return obj
    if articles:
        return articles[0]
    page = find(doc.json_ld, _PAGE_TYPES) or {}
    main = resolve(page.get("mainEntity"), index)
    for obj in main if isinstance(main, list) else [main]:
        if isinstance(obj, dict) and types(obj) & ARTICLE_TYPES:
            return obj
    return page


def _microdata_authors(doc: Document) -> list[str]:
    """Short blocks right inside an ``itemprop="author"`` element (a microdata byline).

    Authors of comments (an element marked or classed as a comment around
    them) are not the article's; more than a few author elements are a list of
    posts or comments, and give none.
    """
    elements = doc.elements
    bylines = {
        i for i, el in enumerate(elements)
        if el.marks and ("author" in el.marks or "creator" in el.marks)
        and not _in_comment(elements, i)
    }
    out: list[str] = []
    if not bylines or len(bylines) > _MAX_BYLINES:
        return out
    for block in doc.blocks[:2000]:
        if block.containers and block.containers[-1] in bylines and (
            len(block.text) <= _MAX_BYLINE
        ):
            out.append(block.text)
            if len(out) >= _MAX_BYLINES:
                break
    return out


def _in_comment(elements: list[Element], index: int) -> bool:
    """Whether element ``index`` sits in a comment (its own marks or an ancestor's)."""
    for _ in range(_MAX_DEPTH):
        if index < 0:
            return False
        el = elements[index]
        if el.marks & _COMMENT_WORDS or el.words & _COMMENT_WORDS:
            return True
        index = el.parent
    return False


def _image_credits(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, dict):
            continue
        for key in ("creditText", "copyrightHolder", "author", "creator"):
            out.extend(names(item.get(key)))
    return out


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_metadata]
