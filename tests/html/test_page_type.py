"""Page type from structure (rules/locate/page_type.py) and the profiles it selects."""

from __future__ import annotations

import json

import pytest

from cleanpress import Cleaner
from cleanpress.readers.html import read_html
from cleanpress.rules.locate import page_profiles
from cleanpress.rules.locate.page_profiles import PageProfile, page_profile, skipped
from cleanpress.rules.locate.page_type import page_type, stated_type

PROSE = ("This paragraph carries enough running words to count as prose for the page "
         "type, number {n}, and a little more besides.")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def json_ld(kind: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": kind})}</script>'


def article(n: int = 6) -> str:
    return "<article><h1>Headline</h1>" + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(n)) + "</article>"


def posts(n: int, cls: str = "post") -> str:
    return "".join(
        f'<div class="{cls}"><p class="author">by user{i}</p><p>{PROSE.format(n=i)}</p></div>'
        for i in range(n))


def cards(n: int, price: bool = False) -> str:
    return '<div class="grid">' + "".join(
        f'<div class="card"><h3><a href="/e{i}">Entry number {i}</a></h3>'
        + (f"<p>£{i}.50</p>" if price else "") + f"<p>Short summary {i}.</p></div>"
        for i in range(n)) + "</div>"


def sections(n: int) -> str:
    return "".join(
        f'<section class="block"><h2>Feature {i}</h2><p>One short line.</p><p>Another.</p>'
        "</section>" for i in range(n))


def side_nav() -> str:
    return "<nav>" + "".join(f'<a href="/d{i}">Doc page {i}</a><br><br>' for i in range(12)) \
        + "</nav>"


def code(n: int) -> str:
    return "".join(f"<p>Run this:</p><pre><code>tool --flag {i}\nmore</code></pre>"
                   for i in range(n))


def told(html: str) -> str:
    return page_type(read_html(html))


@pytest.mark.parametrize(("kind", "expected"), [
    ("QAPage", "forum"), ("DiscussionForumPosting", "forum"), ("Product", "product"),
    ("TechArticle", "documentation"), ("NewsArticle", "article"), ("ItemList", "listing"),
    ("WebPage", None),
])
def test_stated_types(kind: str, expected: str | None) -> None:
    assert stated_type(read_html(page("<p>x</p>", json_ld(kind)))) == expected


def test_a_thread_or_product_stated_beside_an_article_wins() -> None:
    head = json_ld("NewsArticle") + json_ld("Product")
    assert stated_type(read_html(page("<p>x</p>", head))) == "product"


def test_microdata_marks_state_a_type() -> None:
    body = '<div itemscope itemtype="https://schema.org/Product"><p>A kettle.</p></div>'
    assert told(page(body)) == "product"


def test_repeated_post_boxes_make_a_thread() -> None:
    assert told(page("<main>" + posts(4) + "</main>")) == "forum"


def test_two_posts_or_one_post_holding_nearly_all_prose_are_no_thread() -> None:
    assert told(page("<main>" + posts(2) + "</main>")) == "article"
    long_post = '<div class="post">' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(30)) + "</div>"
    assert told(page("<main>" + long_post + posts(2) + "</main>")) == "article"


def test_code_beside_a_side_navigation_makes_docs() -> None:
    assert told(page(side_nav() + "<main>" + code(3) + "</main>")) == "documentation"
    assert told(page("<main>" + code(3) + "</main>")) != "documentation"  # no side nav


def test_a_grid_of_cards_makes_a_listing_or_with_prices_a_collection() -> None:
    assert told(page("<main><h1>Jobs</h1>" + cards(6) + "</main>")) == "listing"
    assert told(page("<main><h1>Teas</h1>" + cards(6, price=True) + "</main>")) == "collection"


def test_an_article_with_a_few_teaser_cards_stays_an_article() -> None:
    assert told(page(article() + cards(6))) == "article"


def test_a_run_of_headed_sections_makes_a_service_page() -> None:
    assert told(page("<main>" + sections(5) + "</main>")) == "service"
    assert told(page("<main>" + sections(2) + "</main>")) == "article"


def test_a_run_of_prose_is_an_article_whatever_else() -> None:
    assert told(page(article(12) + sections(5))) == "article"


def test_nothing_to_tell_is_an_article() -> None:
    assert told(page("")) == "article"
    assert told(page("<p>Just a line.</p>")) == "article"


def test_page_type_goes_to_metadata_on_html_only() -> None:
    cleaner = Cleaner()
    assert cleaner.clean(page("<main>" + posts(4) + "</main>")).metadata.page_type == "forum"
    assert cleaner.clean("A plain text page.\n\nWith lines.", kind="text").metadata.page_type \
        is None


def test_profiles_say_what_is_located_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read_html(page("<p>x</p>"))
    assert page_profile(doc).regions == "one"
    doc.metadata.page_type = "listing"
    assert page_profile(doc).cards and "html-teaser-list" in skipped("listing")
    assert skipped("article") == frozenset() and skipped(None) == frozenset()
    monkeypatch.setitem(page_profiles.PROFILES, "listing", PageProfile("listing"))
    assert page_profile(doc).regions == "one" and skipped("listing") == frozenset()


def test_a_registered_profile_changes_what_a_thread_keeps(
        monkeypatch: pytest.MonkeyPatch) -> None:
    intro = "<p>The members below answer the question put to the forum this week.</p>"
    html = page("<main>" + intro + posts(4, "comment") + "</main>")
    assert "number 3" in Cleaner().clean(html).text
    monkeypatch.setattr(page_profiles, "PROFILES", dict(page_profiles.PROFILES))
    page_profiles.register(PageProfile("forum", "several"))  # comments are chrome again
    assert "number 3" not in Cleaner().clean(html).text
