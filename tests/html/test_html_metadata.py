"""html-metadata: what the page states about the article."""

from __future__ import annotations

import json

import pytest

from cleanpress import Cleaner
from cleanpress.rules.html_metadata import clean_authors, iso_date

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
        ("2024-13-45", None),
        ("March 5, 2024", None),
        ("", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_clean_authors() -> None:
    assert clean_authors(["By Ann Lee, Bo Chen", "ann lee", "@handle", "www.x.test"]) == [
        "Ann Lee", "Bo Chen"
    ]
