"""html-metadata: what the page states about the article."""

from __future__ import annotations

import json

import pytest

from cleanpress import Cleaner
from cleanpress.rules.metadata.page_markup import clean_authors, iso_date
from cleanpress.rules.metadata.page_title import split_title

BODY = "<article><h1>{h1}</h1>" + "<p>{p}</p>" * 3 + "</article>"
PARA = "A long enough paragraph of the article, with words that make it read like prose."


def page(head: str = "", h1: str = "The headline", lang: str = "en", extra: str = "") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head>{head}</head><body>'
        + BODY.format(h1=h1, p=PARA)
        + extra
        + "</body></html>"
    )


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def json_ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_article_fields(cleaner: Cleaner) -> None:
    head = json_ld({
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Graph Site"},
            {
                "@type": ["NewsArticle"], "headline": "The headline",
                "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}],
                "datePublished": "2024-03-05T08:30:00Z",
                "dateModified": "2024-03-05T10:00:00+01:00",
                "keywords": "economy, trade", "publisher": {"name": "The Daily Test"},
                "image": {"@type": "ImageObject", "creditText": "Jo Photo/Agency"},
                "url": "https://daily.test/a",
            },
        ],
    })
    result = cleaner.clean(page(head), kind="html")
    meta = result.metadata
    assert meta.title == "The headline"
    assert meta.authors == ["Ann Lee", "Bo Chen"]
    assert meta.site_name == "The Daily Test"
    assert meta.published == "2024-03-05T08:30:00+00:00"
    assert meta.updated == "2024-03-05T10:00:00+01:00"
    assert meta.tags == ["economy", "trade"]
    assert meta.image_credits == ["Jo Photo/Agency"]
    assert meta.language == "en"
    assert meta.url == "https://daily.test/a"
    assert "The headline" not in result.text  # the headline is the title, not body


def test_meta_tags_when_there_is_no_json_ld(cleaner: Cleaner) -> None:
    head = (
        '<meta property="og:title" content="OG title | Site">'
        '<meta property="og:site_name" content="Site">'
        '<meta name="author" content="By Carla Ruiz and Dan Fox">'
        '<meta property="article:published_time" content="2023-11-02T14:05:09-0500">'
        '<meta property="article:tag" content="Politics"><meta property="article:tag" content="EU">'
        '<link rel="canonical" href="https://site.test/story">'
    )
    meta = cleaner.clean(page(head, h1="OG title", lang="de-AT"), kind="html").metadata
    assert meta.title == "OG title"
    assert meta.site_name == "Site"
    assert meta.authors == ["Carla Ruiz", "Dan Fox"]
    assert meta.published == "2023-11-02T14:05:09-05:00"
    assert meta.tags == ["Politics", "EU"]
    assert meta.language == "de"
    assert meta.url == "https://site.test/story"


def test_markup_fallbacks(cleaner: Cleaner) -> None:
    extra = (
        '<p>Posted <time datetime="2022-01-09">9 Jan</time> by '
        '<a rel="author" href="/e">Eve Ng</a></p>'
    )
    result = cleaner.clean(page("<title>Only title - Blog</title>", extra=extra), kind="html")
    meta = result.metadata
    assert meta.title == "The headline"
    assert meta.published == "2022-01-09"
    assert meta.authors == ["Eve Ng"]


def test_bad_values_are_ignored(cleaner: Cleaner) -> None:
    head = (
        '<meta name="author" content="https://facebook.com/someone">'
        '<meta property="article:published_time" content="last Tuesday">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": 5,'
        ' "datePublished": ["nope"]}</script>'
    )
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.authors == []
    assert meta.published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T08:30:00Z", "2024-03-05T08:30:00+00:00"),
        ("2024-03-05T08:30:00.123456789+0100", "2024-03-05T08:30:00+01:00"),
        ("2024-03-05 08:30", "2024-03-05T08:30:00"),
        ("2019-11-18 17:19:53 GMT", "2019-11-18T17:19:53+00:00"),
        ("2019-11-18T17:19:53 utc", "2019-11-18T17:19:53+00:00"),
        ("2024-13-45", None),
        ("March 5, 2024", None),
        ("0001-01-01T00:00:00+00:00", None),  # a placeholder
        ("9999-12-31", None),
        ("", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_clean_authors() -> None:
    assert clean_authors(["By Ann Lee, Bo Chen", "ann lee", "@handle", "www.x.test"]) == [
        "Ann Lee", "Bo Chen"
    ]


def test_json_ld_pointers_are_followed(cleaner: Cleaner) -> None:
    head = json_ld({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "The headline",
         "author": [{"@id": "#p1"}, {"@id": "#p2"}, {"@id": "#missing"}],
         "publisher": {"@id": "#org"}},
        {"@type": "Organization", "@id": "#org", "name": "Pointer Gazette"},
        {"@type": "Person", "@id": "#p1", "name": "Ann Lee"},
        {"@type": "Person", "@id": "#p2", "name": "Bo Chen"},
    ]})
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.authors == ["Ann Lee", "Bo Chen"]
    assert meta.site_name == "Pointer Gazette"


def test_publisher_listed_as_author_is_not_an_author(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "NewsArticle", "headline": "The headline", "author": [
        {"@type": "Person", "name": "Ann Lee"},
        {"@type": "Organization", "name": "The Daily Test"},
        {"@type": "Organization", "name": "Wire Agency"},
    ], "publisher": {"@type": "Organization", "name": "The Daily Test"}})
    meta = cleaner.clean(page(head), kind="html").metadata
    # The publisher goes; another organisation credited as author stays.
    assert meta.authors == ["Ann Lee", "Wire Agency"]


def test_person_named_like_the_site_stays_an_author(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "BlogPosting", "headline": "The headline",
                    "author": {"@type": "Person", "name": "Ann Lee"},
                    "publisher": {"@type": "Person", "name": "Ann Lee"}})
    assert cleaner.clean(page(head), kind="html").metadata.authors == ["Ann Lee"]


def test_zoned_form_of_the_same_moment_is_preferred(cleaner: Cleaner) -> None:
    head = json_ld({
        "@type": "NewsArticle", "headline": "The headline",
        "datePublished": "2024-05-21 18:30:00", "dateModified": "2024-05-22 07:12:00",
    }) + (
        '<meta property="article:published_time" content="2024-05-21T18:30:00+02:00">'
        '<meta property="article:modified_time" content="2024-05-22T09:00:00+02:00">'
    )
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.published == "2024-05-21T18:30:00+02:00"
    # A zoned value for another moment does not replace the stated one.
    assert meta.updated == "2024-05-22T07:12:00"


def test_two_part_title_beside_the_headline_names_the_site(cleaner: Cleaner) -> None:
    head = '<meta property="og:title" content="Configuration file | tidyrun">'
    meta = cleaner.clean(page(head, h1="Configuration file"), kind="html").metadata
    assert meta.title == "Configuration file"
    assert meta.site_name == "tidyrun"


@pytest.mark.parametrize("head", [
    "<title>Configuration file | Docs | tidyrun</title>",  # three parts: which one is the site?
    "<title>Something else | tidyrun</title>",  # no half is the headline
])
def test_no_site_guessed_from_unclear_titles(cleaner: Cleaner, head: str) -> None:
    meta = cleaner.clean(page(head, h1="Configuration file"), kind="html").metadata
    assert meta.title == "Configuration file"
    assert meta.site_name is None


def _dates(cleaner: Cleaner, extra: str) -> tuple[str | None, str | None]:
    meta = cleaner.clean(page(extra=extra), kind="html").metadata
    return meta.published, meta.updated


def test_last_updated_time_is_not_the_published_date(cleaner: Cleaner) -> None:
    extra = (
        '<footer><p>Last updated on <time datetime="2024-03-03T10:21:44Z">Mar 3, 2024</time>'
        "</p></footer>"
    )
    meta = cleaner.clean(page(extra=extra), kind="html").metadata
    assert meta.updated == "2024-03-03T10:21:44+00:00"
    assert meta.sources["updated"] == "html-metadata: time element after an update label"
    # No publication date is stated: the update date is the page's date.
    assert meta.published is None and meta.date == meta.updated
    assert meta.sources["date"] == "page-date: the update date (no publication date stated)"


def test_posted_and_updated_times_on_the_same_day(cleaner: Cleaner) -> None:
    extra = (
        '<p>Posted <time datetime="2024-03-03T08:00:00Z">Mar 3, 2024</time></p>'
        '<p>Updated <time datetime="2024-03-03T17:30:00Z">March 3, 2024</time></p>'
    )
    assert _dates(cleaner, extra) == ("2024-03-03T08:00:00+00:00", "2024-03-03T17:30:00+00:00")


def test_prose_starting_with_updated_is_no_label(cleaner: Cleaner) -> None:
    extra = (
        '<p>Posted <time datetime="2024-03-03">Mar 3, 2024</time></p>'
        "<p>Updated figures released on March 3, 2024 show the county's population grew faster "
        "than any other in the region, driven by families moving out of the city to find larger "
        "homes with gardens.</p>"
    )
    assert _dates(cleaner, extra) == ("2024-03-03", None)


def test_title_part_matches_the_h1_not_a_section_heading(cleaner: Cleaner) -> None:
    head = '<meta property="og:title" content="Opinion | The headline">'
    extra = "<aside><h3>Opinion</h3><p>More opinion pieces from our columnists.</p></aside>"
    meta = cleaner.clean(page(head, extra=extra), kind="html").metadata
    assert meta.title == "The headline"
    assert meta.site_name is None  # a leading part is a section more often than a site


def test_publisher_credited_alone_stays_the_author(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "NewsArticle", "headline": "The headline",
                    "author": {"@type": "Organization", "name": "The Daily Test"},
                    "publisher": {"@type": "Organization", "name": "The Daily Test"}})
    assert cleaner.clean(page(head), kind="html").metadata.authors == ["The Daily Test"]


def test_account_names_are_not_authors() -> None:
    assert clean_authors(["admin", "Administrator", "Ann Lee"]) == ["Ann Lee"]
    assert clean_authors(["Admina Okafor"]) == ["Admina Okafor"]


def test_microdata_author(cleaner: Cleaner) -> None:
    extra = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Owen Park</span></div>'
    )
    assert cleaner.clean(page(extra=extra), kind="html").metadata.authors == ["Owen Park"]


def test_microdata_author_box_with_a_bio_is_no_byline() -> None:
    extra = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><p>Owen Park is '
        "our reviews editor. He has tested e-readers, tablets and phones since 2012.</p></div>"
        '<div class="author"><p>Ann Lee</p></div>'  # a class is no microdata
    )
    # Text rules may read the bio; html-metadata alone must not take it as a byline.
    alone = Cleaner(disable=["author-bio", "byline"])
    assert alone.clean(page(extra=extra), kind="html").metadata.authors == []


def test_site_credited_beside_a_person_in_meta_tags(cleaner: Cleaner) -> None:
    head = (
        '<meta property="og:site_name" content="Site">'
        '<meta name="author" content="Carla Ruiz, Site">'
    )
    assert cleaner.clean(page(head), kind="html").metadata.authors == ["Carla Ruiz"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Tue, 12 Mar 2024 06:00:00 GMT", "2024-03-12T06:00:00+00:00"),
        ("2024/03/12 06:00", "2024-03-12T06:00:00"),
        ("March 5, 2024", "2024-03-05"),
        ("1710223200", None),  # a bare number is no date
    ],
)
def test_written_dates_in_meta_tags(cleaner: Cleaner, content: str, expected: str | None) -> None:
    head = f'<meta name="date" content="{content}">'
    assert cleaner.clean(page(head), kind="html").metadata.published == expected


def _article_ld(headline: str, author: str, url: str) -> dict[str, object]:
    return {"@type": "NewsArticle", "headline": headline, "url": url,
            "author": {"@type": "Person", "name": author}}


def test_related_article_objects_are_not_the_article(cleaner: Cleaner) -> None:
    related = _article_ld("Another story", "Rel Ated", "https://s.test/other")
    head = json_ld([related, _article_ld("The headline", "Ann Lee", "https://s.test/a")])
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.authors == ["Ann Lee"]  # its headline is the page's title
    head += '<link rel="canonical" href="https://s.test/other/">'
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.authors == ["Rel Ated"]  # the canonical url decides first


def test_article_named_as_main_entity_of_a_page(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "WebPage", "name": "Page", "mainEntity": {
        "@type": "NewsArticle", "headline": "The headline", "datePublished": "2024-02-01",
        "author": {"@type": "Person", "name": "Ann Lee"}}})
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.authors == ["Ann Lee"]
    assert meta.published == "2024-02-01"


def test_cut_off_headline_is_completed_from_the_h1(cleaner: Cleaner) -> None:
    h1 = "Council approves the long-delayed plan to rebuild the harbour wall before winter"
    head = json_ld({"@type": "NewsArticle", "headline": h1[:50] + "…"})
    result = cleaner.clean(page(head, h1=h1), kind="html")
    assert result.metadata.title == h1
    assert h1 not in result.text
    # A short stem is too weak to match.
    head = json_ld({"@type": "NewsArticle", "headline": "Council…"})
    two_h1 = page(head, h1="Council approves plan", extra="<h1>Council news</h1>")
    assert cleaner.clean(two_h1, kind="html").metadata.title == "Council…"


def test_headline_cut_off_inside_brackets_is_completed_from_a_heading(cleaner: Cleaner) -> None:
    full = "Fix It Friday: We Help 4 Readers Find Solutions (Including One Universal Trick)"
    head = json_ld({"@type": "BlogPosting", "headline": full[:63]})
    body = f"<h2>{full}</h2><p>{PARA}</p>"
    result = cleaner.clean(page(head, h1="", extra=body), kind="html")
    assert result.metadata.title == full
    # A headline with its brackets closed is no cut-off one.
    head = json_ld({"@type": "BlogPosting", "headline": "Fix It Friday: Four Solutions (Tested)"})
    body = f"<h2>Fix It Friday: Four Solutions (Tested) and more</h2><p>{PARA}</p>"
    result = cleaner.clean(page(head, h1="", extra=body), kind="html")
    assert result.metadata.title == "Fix It Friday: Four Solutions (Tested)"


def test_page_title_confirms_the_h1_over_a_social_headline(cleaner: Cleaner) -> None:
    head = (
        '<meta property="og:title" content="Night buses are back: what changes for riders">'
        "<title>Night buses return to six routes - Metro Wire</title>"
    )
    h1 = "Night buses return to six routes"
    meta = cleaner.clean(page(head, h1=h1), kind="html").metadata
    assert meta.title == h1
    assert meta.site_name == "Metro Wire"


@pytest.mark.parametrize("title", [
    "見出しの例文です｜地方新聞",
    "見出しの例文です|地方新聞",
    "見出しの例文です | 地方新聞",
])
def test_bar_separators_without_spaces(cleaner: Cleaner, title: str) -> None:
    head = f"<title>{title}</title>"
    meta = cleaner.clean(page(head, h1="見出しの例文です", lang="ja"), kind="html").metadata
    assert (meta.title, meta.site_name) == ("見出しの例文です", "地方新聞")


def test_hyphen_inside_words_is_no_separator(cleaner: Cleaner) -> None:
    head = "<title>Long-delayed harbour-wall plan approved</title>"
    meta = cleaner.clean(page(head, h1="Long-delayed"), kind="html").metadata
    assert meta.site_name is None


@pytest.mark.parametrize(("link", "expected"), [
    ("View my complete profile", []),
    ("jdadmin", []),
    ("by Maria van der Berg", ["Maria van der Berg"]),
    ("山田 太郎", ["山田 太郎"]),
])
def test_rel_author_link_texts_must_read_as_names(
    cleaner: Cleaner, link: str, expected: list[str]
) -> None:
    extra = f'<p><a rel="author" href="/profile">{link}</a></p>'
    alone = Cleaner(disable=["byline", "author-bio"])
    assert alone.clean(page(extra=extra), kind="html").metadata.authors == expected


def test_colon_title_names_a_site_only_when_it_heads_the_page(cleaner: Cleaner) -> None:
    head = (
        '<meta property="og:title" content="Pressing day">'
        "<title>The Orchard Notebook: Pressing day</title>"
    )
    body = "<h1>The Orchard Notebook</h1><h3>Pressing day</h3>" + f"<p>{PARA}</p>" * 3
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    meta = cleaner.clean(html, kind="html").metadata
    assert (meta.title, meta.site_name) == ("Pressing day", "The Orchard Notebook")
    html = html.replace("<h1>The Orchard Notebook</h1>", "")
    assert cleaner.clean(html, kind="html").metadata.site_name is None


@pytest.mark.parametrize(("value", "expected"), [
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
    ("Anna Berger, Redakteurin", ["Anna Berger"]),
    ("Analysis by Chris Lane, Editor-at-large", ["Chris Lane"]),
    ("Written by Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ("Staff Reporter", ["Staff Reporter"]),  # a role alone is all the page says
    ("Ann Lee, Seniorita Gomez", ["Ann Lee", "Seniorita Gomez"]),  # a name holding a role's letters
])
def test_roles_and_labels_around_author_names(value: str, expected: list[str]) -> None:
    assert clean_authors([value]) == expected


def test_microdata_comment_authors_are_not_article_authors() -> None:
    person = '<div itemprop="author" itemscope itemtype="https://schema.org/Person">{}</div>'
    comment = (
        '<li class="comment" itemscope itemtype="https://schema.org/Comment">'
        + person.format("Gwen Price") + "<p>Lovely post, thank you for writing it up.</p></li>"
    )
    extra = person.format("Owen Park") + f'<ol class="comment-list">{comment}</ol>'
    alone = Cleaner(disable=["byline", "author-bio"])
    assert alone.clean(page(extra=extra), kind="html").metadata.authors == ["Owen Park"]


def test_many_microdata_authors_are_a_list_of_posts() -> None:
    posts = "".join(
        f'<div itemprop="author" itemscope><span itemprop="name">User {n}</span></div>'
        f"<p>Post number {n} in the thread, with a few words of its own.</p>"
        for n in range(1, 6)
    )
    alone = Cleaner(disable=["byline", "author-bio"])
    assert alone.clean(page(extra=posts), kind="html").metadata.authors == []


def test_twitter_handle_is_not_the_site_name() -> None:
    head = '<meta name="twitter:site" content="@dailytest">'
    alone = Cleaner(disable=["site-name"])
    assert alone.clean(page(head), kind="html").metadata.site_name is None


def test_scholarly_and_library_tags(cleaner: Cleaner) -> None:
    head = (
        '<meta name="citation_title" content="Soil warmth and tomato transplant survival">'
        '<meta name="citation_author" content="Oakes, Harriet">'
        '<meta name="citation_author" content="van der Berg, Maria J.">'
        '<meta name="citation_publication_date" content="2024/04/18">'
        '<meta name="DC.publisher" content="Allotment Research Society">'
    )
    h1 = "Soil warmth and tomato transplant survival"
    meta = cleaner.clean(page(head, h1=h1), kind="html").metadata
    assert meta.title == h1
    assert meta.authors == ["Harriet Oakes", "Maria J. van der Berg"]
    assert meta.published == "2024-04-18"
    assert meta.site_name == "Allotment Research Society"


@pytest.mark.parametrize(("values", "site", "expected"), [
    (["Ilana Muhlstein, MS, RDN"], None, ["Ilana Muhlstein"]),
    (["Troy L. Smith, Cleveland.com"], None, ["Troy L. Smith"]),
    (["Amy Kuperinsky | NJ Advance Media for NJ.com"], None, ["Amy Kuperinsky"]),
    (["Brigit Katz", "Follow @brigitkatz"], None, ["Brigit Katz"]),
    (["Jill Disis, CNN Business"], "CNN", ["Jill Disis"]),
    (["CNN", "Jill Disis"], "CNN", ["Jill Disis"]),
    (["CNN"], "CNN", ["CNN"]),  # the site alone is all the page says
    (["Ann Lee", "Annabel Kerr"], "Ann's Kitchen", ["Ann Lee", "Annabel Kerr"]),
    (["MS Dhoni"], None, ["MS Dhoni"]),  # a first name is never an addendum
    (["Author: Ashley Biancuzzo"], None, ["Ashley Biancuzzo"]),
    (["By: Paul Fenaroli"], None, ["Paul Fenaroli"]),
    (["David Jackson - FullStack Editorial Team"], None, ["David Jackson"]),
    (["page.head.extra.author"], None, []),  # a template's placeholder
    (["262588213843476"], None, []),  # an account number
    (["sara.r.peter"], None, ["sara.r.peter"]),  # a user name with dots stays
])
def test_byline_addenda(values: list[str], site: str | None, expected: list[str]) -> None:
    assert clean_authors(values, site) == expected


@pytest.mark.parametrize(("stated", "expected"), [
    ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
    ("Autoracing | F1 | Indy | MotoGP", "Autoracing"),
    ("Fish & Chips Weekly", "Fish & Chips Weekly"),
    ("Nord-Süd-Kurier", "Nord-Süd-Kurier"),
])
def test_site_name_without_tagline(cleaner: Cleaner, stated: str, expected: str) -> None:
    head = f'<meta property="og:site_name" content="{stated}">'
    assert cleaner.clean(page(head), kind="html").metadata.site_name == expected


def test_site_name_handle_gives_way(cleaner: Cleaner) -> None:
    head = '<meta property="og:site_name" content="@politifact">' + json_ld(
        {"@type": "NewsArticle", "headline": "The headline", "publisher": {"name": "PolitiFact"}})
    assert cleaner.clean(page(head), kind="html").metadata.site_name == "PolitiFact"


@pytest.mark.parametrize(("value", "expected"), [
    ("Bruce Y. Lee", ["Bruce Y. Lee"]),  # an initial, not the Spanish 'y'
    ("Lucía Navarro y Andrés Gil", ["Lucía Navarro", "Andrés Gil"]),
    ("Claire Dubois et Julien Martin", ["Claire Dubois", "Julien Martin"]),
    ("Sandy Andrews", ["Sandy Andrews"]),
])
def test_list_separators_in_author_names(value: str, expected: list[str]) -> None:
    assert clean_authors([value]) == expected


def test_web_address_is_no_site_name(cleaner: Cleaner) -> None:
    head = '<meta property="og:site_name" content="https://www.newsnation.example">' + json_ld(
        {"@type": "NewsArticle", "headline": "The headline", "publisher": {"name": "News Nation"}})
    assert cleaner.clean(page(head), kind="html").metadata.site_name == "News Nation"


def test_curly_quotes_and_dashes_do_not_hide_the_headline(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "NewsArticle", "headline": "Mayor's plan - a \"fine\" idea"})
    h1 = "Mayor’s plan – a “fine” idea"
    two_h1 = page(head, h1=h1, extra="<h1>Other stories</h1>")
    result = cleaner.clean(two_h1, kind="html")
    assert result.metadata.title == h1  # the heading's wording
    assert h1 not in result.text


@pytest.mark.parametrize("depth", [50_000, 900])
def test_deeply_nested_json_ld_is_skipped(cleaner: Cleaner, depth: int) -> None:
    for deep in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth):
        head = f'<script type="application/ld+json">{deep}</script>'
        assert cleaner.clean(page(head), kind="html").metadata.title == "The headline"


def test_site_beside_a_headline_written_with_straight_quotes(cleaner: Cleaner) -> None:
    head = "<title>Mayor's plan is back | Lakeshore Gazette</title>"
    meta = cleaner.clean(page(head, h1="Mayor’s plan is back"), kind="html").metadata
    assert (meta.title, meta.site_name) == ("Mayor’s plan is back", "Lakeshore Gazette")


def test_review_object_describes_a_review_page(cleaner: Cleaner) -> None:
    head = json_ld({"@type": "Review", "author": {"@type": "Person", "name": "Owen Park"},
                    "datePublished": "2024-04-02", "itemReviewed": {"@type": "Product"}})
    meta = cleaner.clean(page(head), kind="html").metadata
    assert (meta.authors, meta.published) == (["Owen Park"], "2024-04-02")


def test_a_time_element_that_states_what_it_dates_wins_over_an_earlier_one(
    cleaner: Cleaner,
) -> None:
    extra = (
        '<header><time datetime="2024-06-01">Today: June 1, 2024</time></header>'
        '<p>Published <time itemprop="datePublished" datetime="2024-03-03T08:00:00Z">'
        'Mar 3, 2024</time> · <time itemprop="dateModified" datetime="2024-03-05T09:00:00Z">'
        "changed Mar 5</time></p>"
    )
    assert _dates(cleaner, extra) == ("2024-03-03T08:00:00+00:00", "2024-03-05T09:00:00+00:00")


def test_a_pubdate_time_is_the_published_date(cleaner: Cleaner) -> None:
    extra = (
        '<aside><time datetime="2024-06-01">June 1</time></aside>'
        '<p><time pubdate datetime="2024-03-03">Mar 3, 2024</time></p>'
    )
    assert _dates(cleaner, extra)[0] == "2024-03-03"


def test_an_unmarked_time_is_still_read_when_nothing_else_dates_the_page(
    cleaner: Cleaner,
) -> None:
    extra = '<p>Posted <time datetime="2024-03-03">Mar 3, 2024</time></p>'
    assert _dates(cleaner, extra)[0] == "2024-03-03"


@pytest.mark.parametrize(("stated", "title", "url", "expected"), [
    # A section stated as the site; the page title names the host.
    ("U.S.", "The headline - Wirehouse", "https://www.wirehouse.test/a", "Wirehouse"),
    ("Politics", "The headline | Tri-County Ledger", "https://tricountyledger.test/a",
     "Tri-County Ledger"),
    # One site, written two ways.
    ("nj", "The headline - nj.com", "https://www.nj.test/a", "nj"),
    # The title's part is a section, not the host: the stated name stands.
    ("Tri-County Ledger", "The headline | Politics", "https://tricountyledger.test/a",
     "Tri-County Ledger"),
    # Both name the host: the stated one stands.
    ("Ledger", "The headline | Ledger Online", "https://ledger.test/a", "Ledger"),
    # No address to tell by.
    ("U.S.", "The headline - Wirehouse", None, "U.S."),
])
def test_stated_site_name_against_the_host(
    cleaner: Cleaner, stated: str, title: str, url: str | None, expected: str
) -> None:
    head = f'<meta property="og:site_name" content="{stated}"><title>{title}</title>'
    if url:
        head += f'<link rel="canonical" href="{url}">'
    meta = cleaner.clean(page(head), kind="html").metadata
    assert (meta.title, meta.site_name) == ("The headline", expected)


@pytest.mark.parametrize("name", ["publishdate", "publish_date"])
def test_publish_date_meta_names(cleaner: Cleaner, name: str) -> None:
    head = f'<meta name="{name}" content="2026-11-20 08:30:00">'
    assert cleaner.clean(page(head), kind="html").metadata.published == "2026-11-20T08:30:00"


@pytest.mark.parametrize(
    ("title", "h1", "site"),
    [
        ("上海地铁新线路今日开通运营_东方日报网", "上海地铁新线路今日开通运营", "东方日报网"),
        ("Using snake_case names - Dev Notes", "Using snake_case names", "Dev Notes"),
        # Three parts: which one is the site?
        ("上海地铁新线路今日开通运营_城市频道_东方日报网", "上海地铁新线路今日开通运营", None),
    ],
)
def test_underscore_between_cjk_characters_separates_title_parts(
    cleaner: Cleaner, title: str, h1: str, site: str | None
) -> None:
    meta = cleaner.clean(page(f"<title>{title}</title>", h1=h1), kind="html").metadata
    assert (meta.title, meta.site_name) == (h1, site)


def _titled(head: str, h1: str = "The headline", extra: str = "") -> tuple[str | None, str]:
    meta = Cleaner().clean(page(head, h1=h1, extra=extra), kind="html").metadata
    return meta.title, meta.sources.get("title", "")


CANONICAL = '<link rel="canonical" href="https://investor.example-funds.com/index-funds">'
DATED = '<meta property="article:published_time" content="2024-03-05T08:30:00Z">'


def test_the_site_named_by_the_host_is_cut_from_the_title() -> None:
    head = CANONICAL + (
        '<meta property="og:title" content="Index Funds: How to Invest | Example Funds">'
    )
    assert _titled(head, h1="Index funds")[0] == "Index Funds: How to Invest"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Best Resume Writing Service | Professional Resume Writers | TopResume",
         "Best Resume Writing Service"),
        ("Cloud Based HR Software | HRMS Solution", "Cloud Based HR Software"),
        ("Example Funds | Index funds for everyone", "Index funds for everyone"),  # brand first
        ("Wedding Planning Tools - Caterer Comparison Spreadsheet",  # a dash is no bar
         "Wedding Planning Tools - Caterer Comparison Spreadsheet"),
    ],
)
def test_what_follows_a_bar_is_no_part_of_the_headline(title: str, expected: str) -> None:
    head = CANONICAL + f'<meta property="og:title" content="{title}">'
    assert _titled(head, h1="Something else entirely")[0] == expected


def test_on_an_article_the_h1_wins_over_a_search_title_it_shares_words_with() -> None:
    head = DATED + '<meta property="og:title" content="Health And Nutrition Trends For 2026">'
    title, source = _titled(head, h1="Top 10 Health and Nutrition Trends to Watch")
    assert (title, source) == ("Top 10 Health and Nutrition Trends to Watch", "html-metadata: h1")
    # Not on a page that states no date or author (a shop's, a service's page) ...
    assert _titled(head.replace(DATED, ""), h1="Top 10 Health and Nutrition Trends to Watch")[0] \
        == "Health And Nutrition Trends For 2026"
    # ... nor when the h1 shares no words with it, or is written in capitals.
    stated = "Health And Nutrition Trends For 2026"
    assert _titled(head, h1="Your content. Your canvas.")[0] == stated
    assert _titled(head, h1="TOP 10 HEALTH TRENDS")[0] == stated


def test_an_h1_running_a_label_into_the_title_does_not_replace_it() -> None:
    head = DATED + '<meta property="og:title" content="Question - Want to compare these GPUs">'
    assert _titled(head, h1="Question Want to compare these GPUs")[0] \
        == "Question - Want to compare these GPUs"


def test_a_headline_naming_the_site_is_still_the_headline() -> None:
    head = ('<meta property="og:site_name" content="Gardenary">'
            "<title>Gardenary Planting vs. Ordinary Planting • Gardenary</title>")
    assert _titled(head, h1="Gardenary Planting vs. Ordinary Planting")[0] \
        == "Gardenary Planting vs. Ordinary Planting"


def test_a_masthead_h1_naming_the_site_is_not_the_title() -> None:
    head = (CANONICAL + '<meta property="og:site_name" content="Example Funds">'
            "<title>A brief intro to git • Example Funds</title>")
    title, source = _titled(head, h1="Example Funds")
    assert (title, source) == ("A brief intro to git", "html-metadata: page title")


BYLINE_PAGE = (
    '<!doctype html><html lang="en"><head><meta property="og:site_name" content="Example Clinic">'
    '{ld}</head><body><article><h1>Council approves the budget</h1>'
    '<div class="post-hero__author"><span>{byline}</span></div>'
    + f"<p>{PARA}</p>" * 3 + "</article></body></html>"
)


def test_a_person_in_the_byline_goes_before_an_organisation_credited_in_the_markup() -> None:
    ld = json_ld({"@type": "NewsArticle", "headline": "Council approves the budget",
                  "author": {"@type": "Organization", "name": "Example Clinic"}})
    meta = Cleaner().clean(BYLINE_PAGE.format(ld=ld, byline="Holly Wilgus"), kind="html").metadata
    assert (meta.authors, meta.sources["authors"]) == (["Holly Wilgus"], "byline: byline text")
    # With no person in the byline, the organisation stays the author.
    meta = Cleaner().clean(BYLINE_PAGE.format(ld=ld, byline="Share"), kind="html").metadata
    assert meta.authors == ["Example Clinic"]
    assert meta.sources["authors"] == "html-metadata: json-ld author (an organisation)"


def test_a_person_named_like_the_site_is_no_organisation() -> None:
    ld = json_ld({"@type": "BlogPosting", "headline": "Council approves the budget",
                  "author": {"@type": "Person", "name": "Example Clinic"}})
    meta = Cleaner().clean(BYLINE_PAGE.format(ld=ld, byline="Holly Wilgus"), kind="html").metadata
    assert meta.authors == ["Example Clinic"]


def test_an_h1_over_the_page_naming_the_last_part_of_its_title_is_a_masthead() -> None:
    html = ("<!doctype html><html><head><title>Plan and intended audience | Quantum Notes"
            "</title></head><body><header><h1>Quantum Notes</h1></header><article>"
            + f"<p>{PARA}</p>" * 3 + "</article></body></html>")
    meta = Cleaner().clean(html, kind="html").metadata
    assert meta.title == "Plan and intended audience"
    # The same h1 inside the article is the headline ("Section | Headline").
    html = html.replace("<header><h1>Quantum Notes</h1></header><article>",
                        "<nav><a href='/'>Home</a></nav><article><h1>Quantum Notes</h1>")
    assert Cleaner().clean(html, kind="html").metadata.title == "Quantum Notes"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="w-published-date" content="2025-05-27T06:03Z">', "2025-05-27T06:03:00+00:00"),
        ('<meta name="published" content="July 17, 2025">', "2025-07-17"),
        ('<meta name="ms.date" content="2025-02-23">', "2025-02-23"),
        # Names that are no dates, and values that are none.
        ('<meta name="auto-publish" content="true">', None),
        ('<meta property="article:publisher" content="https://example.com/">', None),
        ('<meta name="modified-date" content="2024-07-30">', None),
    ],
)
def test_other_meta_names_of_the_publication_date(
    cleaner: Cleaner, head: str, expected: str | None
) -> None:
    assert cleaner.clean(page(head), kind="html").metadata.published == expected


def test_published_time_long_after_the_update_is_not_the_publication_date(
    cleaner: Cleaner,
) -> None:
    head = (
        '<meta name="published-time" content="2026-03-09T08:45:32Z">'
        '<meta name="modified-date" content="2024-07-30">'
        '<meta name="published-date" content="2021-02-16">'
    )
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.published == "2021-02-16"
    # A post scheduled a few hours after its last edit keeps its date.
    head = (
        '<meta property="article:published_time" content="2025-12-18T04:00:04-05:00">'
        '<meta property="article:modified_time" content="2025-12-17T15:33:55-05:00">'
        '<meta name="dc.date" content="2025-12-07">'
    )
    assert cleaner.clean(page(head), kind="html").metadata.published == (
        "2025-12-18T04:00:04-05:00"
    )


@pytest.mark.parametrize(
    ("og_title", "h1", "expected"),
    [
        ("Hiking Boots for Hiking & Backpacking", "Hiking Boots", "Hiking Boots"),
        # The h1 is the topic a headline opens with ("Topic: headline").
        ("Hiking Boots: How to Choose", "Hiking Boots", "Hiking Boots: How to Choose"),
        ("Buy Electric Guitars at Thomann", "Electric Guitars", "Electric Guitars"),
        ("Acme Pro Tech Toolkit", "Pro Tech Toolkit", "Pro Tech Toolkit"),
        # The h1 does not stand inside the stated title: the stated one stays.
        ("Adjustable Standing Desks", "Desks that stand", "Adjustable Standing Desks"),
        # The h1 names the site.
        ("Acme Tools: Hand Tools for You", "Acme Tools", "Acme Tools: Hand Tools for You"),
    ],
)
def test_h1_within_the_stated_title_is_the_title(
    cleaner: Cleaner, og_title: str, h1: str, expected: str
) -> None:
    head = (
        f'<meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="Acme Tools">'
    )
    assert cleaner.clean(page(head, h1=h1), kind="html").metadata.title == expected


@pytest.mark.parametrize(("h1", "expected"), [("Models¶", "Models"), ("C#", "C#")])
def test_permalink_mark_after_the_heading_is_no_part_of_the_title(
    cleaner: Cleaner, h1: str, expected: str
) -> None:
    assert cleaner.clean(page(h1=h1), kind="html").metadata.title == expected


def test_book_name_over_its_pages_is_not_the_title(cleaner: Cleaner) -> None:
    html = (
        "<!doctype html><html lang='en'><head>"
        "<title>What Is Ownership? - The Rust Programming Language</title></head><body>"
        "<div class='menu-bar'><h1 class='menu-title'>The Rust Programming Language</h1></div>"
        "<main><h2>What Is Ownership?</h2>"
        + f"<p>{PARA}</p>" * 3
        + "</main></body></html>"
    )
    assert cleaner.clean(html, kind="html").metadata.title == "What Is Ownership?"


def test_permalink_mark_does_not_keep_a_heading_from_matching(cleaner: Cleaner) -> None:
    html = (
        "<!doctype html><html lang='en'><head>"
        "<title>ORM Quick Start — SQLAlchemy 2.0 Documentation</title></head><body>"
        "<h1><a href='/'>SQLAlchemy 2.0 Documentation</a></h1>"
        "<main><h1>ORM Quick Start<a class='headerlink' href='#q'>¶</a></h1>"
        + f"<p>{PARA}</p>" * 3
        + "</main></body></html>"
    )
    assert cleaner.clean(html, kind="html").metadata.title == "ORM Quick Start"


def test_a_utc_moment_is_put_on_the_page_clock(cleaner: Cleaner) -> None:
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
    extra = '<time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>'
    meta = cleaner.clean(page(head, extra=extra), kind="html").metadata
    assert meta.published == "2025-12-18T19:05:00-08:00"
    assert "page's zone" in meta.sources["published"]
    # A <time> of another moment leaves the stated one.
    extra = '<time datetime="2025-12-18T21:46:01-05:00">December 18, 2025</time>'
    meta = cleaner.clean(page(head, extra=extra), kind="html").metadata
    assert meta.published == "2025-12-19T03:05:00+00:00"


def test_a_utc_moment_takes_the_local_day_of_the_address(cleaner: Cleaner) -> None:
    stated = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    head = stated + '<link rel="canonical" href="https://example.org/2025/12/18/a-post/">'
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.published == "2025-12-18"
    assert "local day the address gives" in meta.sources["published"]
    head = stated + '<link rel="canonical" href="https://example.org/2025/12/15/a-post/">'
    assert cleaner.clean(page(head), kind="html").metadata.published == "2025-12-19T02:41:41+00:00"


def test_json_ld_in_a_meta_tag_is_read(cleaner: Cleaner) -> None:
    obj = {"@type": "Article", "headline": "The headline",
           "datePublished": "2025-11-17T09:00:00-05:00"}
    content = json.dumps(obj).replace('"', "&quot;")
    head = f'<meta name="script:ld+json" content="{content}">'
    meta = cleaner.clean(page(head), kind="html").metadata
    assert meta.published == "2025-11-17T09:00:00-05:00"
    assert meta.sources["published"].endswith("json-ld datePublished")
    # Another meta tag holding JSON is no JSON-LD; broken JSON is passed over.
    head = f'<meta name="app-state" content="{content}"><meta name="x:ld+json" content="{{oops">'
    assert cleaner.clean(page(head), kind="html").metadata.published is None


def _forum(title: str, masthead: str, extra: str = "") -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<header><h1>{masthead}</h1></header><main>{extra}"
            + f"<p>{PARA}</p>" * 3 + "</main></body></html>")


def test_a_forum_title_of_slashed_parts_gives_the_thread_over_a_masthead_h1() -> None:
    html = _forum("Why does my ISO not boot / Install Help / Arch Linux Forums", "Arch Linux")
    meta = Cleaner().clean(html, kind="html").metadata
    assert (meta.title, meta.sources["title"]) == (
        "Why does my ISO not boot", "html-metadata: page title")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tech conferences in Americas 2026 / 2027", ["Tech conferences in Americas 2026 / 2027"]),
        ("Thread / Board / Site", ["Thread", "Board", "Site"]),
        ("Thread / Board / Site | Forums", ["Thread", "Board", "Site", "Forums"]),
    ],
)
def test_one_slash_joins_two_or_more_separate_parts(title: str, expected: list[str]) -> None:
    assert split_title(title) == expected


def test_an_h1_over_the_page_whose_words_the_page_title_holds_is_a_masthead() -> None:
    html = _forum("SMF vs MyBB? What are the differences between them", "MyBB")
    assert Cleaner().clean(html, kind="html").metadata.title \
        == "SMF vs MyBB? What are the differences between them"
    # An h1 with words the page title lacks is the headline the page shows ...
    html = _forum("SMF vs MyBB? What are the differences between them", "Comparing forum software")
    assert Cleaner().clean(html, kind="html").metadata.title == "Comparing forum software"
    # ... and so is one whose words make up most of the page title.
    html = _forum("Camp Stoves Online", "Camp Stoves")
    assert Cleaner().clean(html, kind="html").metadata.title == "Camp Stoves"


def test_a_masthead_h1_is_no_masthead_beside_a_stated_title() -> None:
    stated = "Headlamps for Camping, Hiking &amp; Running | Example Outfitters"
    html = _forum(stated, "Headlamps")
    html = html.replace("</title>", f'</title><meta property="og:title" content="{stated}">')
    assert Cleaner().clean(html, kind="html").metadata.title == "Headlamps"


def test_a_masthead_written_before_the_headline_without_a_separator_is_cut() -> None:
    html = _forum("example.com Vibe Coding", "example.com", extra="<h3>Vibe Coding</h3>")
    assert Cleaner().clean(html, kind="html").metadata.title == "Vibe Coding"
    html = _forum("Vibe Coding EXAMPLE.COM", "example.com", extra="<h3>Vibe Coding</h3>")
    assert Cleaner().clean(html, kind="html").metadata.title == "Vibe Coding"
    # Only when the rest of the page title is a heading of the page.
    html = _forum("example.com Vibe Coding notes", "example.com", extra="<h3>Vibe Coding</h3>")
    assert Cleaner().clean(html, kind="html").metadata.title == "example.com Vibe Coding notes"


def test_an_h1_showing_what_follows_a_label_and_colon_is_the_headline() -> None:
    head = '<meta property="og:title" content="Example Blog: Hardware-Attested Builds">'
    title, source = _titled(head, h1="Hardware-Attested Builds")
    assert (title, source) == ("Hardware-Attested Builds",
                               "html-metadata: h1 matching the meta og:title")
    # An h1 that is not what follows the colon leaves the stated title as it is.
    assert _titled(head, h1="Attested builds, explained")[0] \
        == "Example Blog: Hardware-Attested Builds"
