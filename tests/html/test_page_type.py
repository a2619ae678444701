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


def test_a_question_and_one_reply_make_a_thread() -> None:
    assert told(page("<main>" + posts(2) + "</main>")) == "forum"


def test_one_post_or_one_post_holding_nearly_all_prose_is_no_thread() -> None:
    assert told(page("<main>" + posts(1) + "</main>")) == "article"
    long_post = '<div class="post">' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(30)) + "</div>"
    assert told(page("<main>" + long_post + posts(2) + "</main>")) == "article"


def test_comments_under_an_articles_run_of_prose_keep_the_page_an_article() -> None:
    # A blog post of 14 paragraphs in one container, then many comment boxes.
    story = '<div class="entry">' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(14)) + "</div>"
    comments = '<div class="comments">' + posts(20, "comment") + "</div>"
    assert told(page("<main>" + story + comments + "</main>")) == "article"


def test_a_short_opening_outside_the_posts_leaves_a_thread() -> None:
    intro = '<div class="intro"><p>' + PROSE.format(n=99) + "</p></div>"
    assert told(page("<main>" + intro + posts(20) + "</main>")) == "forum"


def test_a_short_post_in_an_article_body_box_above_comments_is_an_article() -> None:
    # A blog post of six paragraphs (under an article's run of prose) in a box whose
    # class says article text, above many comment boxes: a blog post, not a thread.
    story = '<div class="entry-content">' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(6)) + "</div>"
    comments = '<div class="comments">' + posts(20, "comment") + "</div>"
    assert told(page("<main>" + story + comments + "</main>")) == "article"
    # The same opening in a box of no such class leaves a thread; so does one short
    # paragraph in an article-text box.
    plain = story.replace("entry-content", "intro")
    assert told(page("<main>" + plain + comments + "</main>")) == "forum"
    short = f'<div class="entry-content"><p>{PROSE.format(n=99)}</p></div>'
    assert told(page("<main>" + short + comments + "</main>")) == "forum"


def test_a_thread_stating_an_article_is_a_thread() -> None:
    # A forum's template may state an article on every page: its posts win.
    assert told(page("<main>" + posts(8) + "</main>", json_ld("Article"))) == "forum"
    # A news article or a blog post stated as such stays one, comments and all.
    assert told(page("<main>" + posts(8) + "</main>", json_ld("NewsArticle"))) == "article"


def test_a_stated_article_stays_beside_a_few_post_boxes_or_its_run_of_prose() -> None:
    # Post boxes holding little more than half the prose: the statement wins.
    story = "".join(f'<div class="note"><p>{PROSE.format(n=50 + i)}</p></div>' for i in range(3))
    assert told(page("<main>" + story + posts(4) + "</main>", json_ld("Article"))) == "article"
    # An article's run of prose in one of many post boxes: the statement wins too.
    run = '<div class="post">' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(10)) + "</div>"
    body = "<main>" + run + posts(12) + "</main>"
    assert told(page(body)) == "forum"
    assert told(page(body, json_ld("Article"))) == "article"


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


def tiles(n: int, price: bool = False, cls: str = "tile") -> str:
    """Boxes too large for teaser cards: a linked name, a rating, stock, a blurb."""
    return '<div class="results">' + "".join(
        f'<div class="{cls}"><p><a href="/p{i}">Item {i}</a></p><p>Rated 4.{i} by buyers</p>'
        f"<p>In stock</p><p>Ships in two days</p>"
        + (f"<p>${i}9.00</p>" if price else "<p>Free</p>")
        + f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p></div>"
        for i in range(n)) + "</div>"


def test_a_grid_of_large_linked_boxes_makes_a_listing_or_a_collection() -> None:
    assert told(page("<main><h1>Results</h1>" + tiles(6) + "</main>")) == "listing"
    assert told(page("<main><h1>Shop</h1>" + tiles(6, price=True) + "</main>")) == "collection"


def test_too_few_boxes_or_boxes_without_links_make_no_grid() -> None:
    assert told(page("<main><h1>Results</h1>" + tiles(4) + "</main>")) == "article"
    unlinked = tiles(6).replace('<a href="/p', '<span data-p="').replace("</a>", "</span>")
    assert told(page("<main><h1>Results</h1>" + unlinked + "</main>")) != "listing"


def test_menus_and_layout_rows_make_no_grid() -> None:
    # Boxes classed as navigation (a menu's dropdowns).
    assert told(page("<main>" + tiles(6, cls="nav-dropdown") + "</main>")) != "listing"
    # A grid deeper inside a box classed as a menu (a mobile menu's layer).
    layer = '<div class="mobile-menu"><div class="inner">' + tiles(6) + "</div></div>"
    assert told(page("<main>" + layer + "</main>")) != "listing"
    # A list of lists: an archive's years of months.
    years = '<div class="archive">' + "".join(
        '<ul class="year">' + "".join(f'<li><a href="/{y}/{m}">Month {m} ({m})</a></li>'
                                       for m in range(12)) + "</ul>"
        for y in range(6)) + "</div>"
    assert told(page("<main>" + years + "</main>")) != "listing"
    # Layout rows, one holding the text.
    rows = "".join(f'<div class="row"><p><a href="/r{i}">Row {i}</a></p><p>Note.</p></div>'
                   for i in range(5))
    long_row = '<div class="row"><p><a href="/a">Section</a></p>' + "".join(
        f"<p>{PROSE.format(n=i)}</p>" for i in range(8)) + "</div>"
    assert told(page("<main>" + long_row + rows + "</main>")) != "listing"


def test_listing_profiles_keep_entry_boxes_and_repeated_lines() -> None:
    for name in ("listing", "collection"):
        profile = page_profiles.PROFILES[name]
        assert profile.keeps("page tools (class 'rating')")
        assert not profile.keeps("footer (class 'footer')")
        assert "repeated-block" in skipped(name)
    assert not page_profiles.ARTICLE.keeps("page tools (class 'rating')")
    assert "repeated-block" not in skipped("article")


def test_post_boxes_that_are_teaser_cards_list_a_forums_topics() -> None:
    topics = "".join(
        f'<div class="topic-post"><h3><a href="/t/{i}">Which tyres for a wet winter, topic {i}</a>'
        f"</h3><p>{i + 2} replies</p><p>{PROSE.format(n=i)}</p></div>" for i in range(6))
    assert told(page("<main><h1>Cycling forum</h1>" + topics + "</main>")) == "listing"
    assert told(page("<main>" + posts(6) + "</main>")) == "forum"  # replies with prose


def test_a_long_grid_inside_one_article_element_is_a_listing() -> None:
    intro = f"<h1>Results</h1><p>{PROSE.format(n=0)}</p><p>{PROSE.format(n=1)}</p>"
    assert told(page("<article>" + intro + tiles(10) + "</article>")) == "listing"
    assert told(page("<article>" + intro + tiles(6) + "</article>")) == "article"


def test_a_service_pages_cards_of_offerings_stay() -> None:
    offers = '<div class="offers">' + "".join(
        f'<div class="offer"><h3><a href="/s{i}">Gutter clearing plan {i}</a></h3>'
        f"<p>Twice a year, ladders included, plan {i}.</p></div>" for i in range(3)) + "</div>"
    html = page("<main><h1>Window cleaning</h1>" + sections(5) + offers + "</main>")
    assert told(html) == "service"
    text = Cleaner(entry_points=False).clean(html, kind="html").text
    assert "Gutter clearing plan 2" in text and "ladders included" in text


def front_page(n: int, masthead: bool = False) -> str:
    """A news front page: each entry an <article> whose linked title sits in its own
    <header> (the entry's only link), a details line and a summary; or, with
    ``masthead``, the same boxes whose headers are not inside them."""
    entry = ("<article><header><a href='/n{i}'>Story number {i} of the day is here</a></header>"
             "<div class='details'>2 hours ago - Kernel</div>"
             "<p>A summary of story {i} in one short sentence.</p></article>")
    if masthead:
        entry = ("<div class='entry'><div class='details'>2 hours ago - Kernel</div>"
                 "<p>A summary of story {i} in one short sentence.</p></div>")
    return "<div id='main'>" + "".join(entry.format(i=i) for i in range(n)) + "</div>"


def test_entries_titled_in_their_own_header_make_a_listing() -> None:
    assert told(page("<h1>Latest news</h1>" + front_page(8))) == "listing"


def test_a_page_masthead_does_not_title_entries() -> None:
    head = "<header>" + "".join(f"<p><a href='/s{i}'>Section {i} link</a></p>"
                                for i in range(8)) + "</header>"
    assert told(page(head + "<h1>Latest news</h1>" + front_page(8, masthead=True))) == "article"
    # An <article> holding only its header is no entry grid either.
    lone = "<article><header><a href='/a'>One story title with enough words</a></header>" \
        + "".join(f"<p>{PROSE.format(n=i)}</p>" for i in range(6)) + "</article>"
    assert told(page(lone)) == "article"


def test_entry_blocks_keep_only_headers_inside_sectioning_elements() -> None:
    from cleanpress.rules.common.teaser_cards import entry_blocks

    doc = read_html(page("<header><a href='/home'>Home of the site</a></header>"
                         + front_page(2)))
    texts = [b.text for b in entry_blocks(doc.elements, doc.blocks)]
    assert "Story number 1 of the day is here" in texts
    assert "Home of the site" not in texts


def blurbs(n: int, words: int = 20) -> str:
    """Headed sections, each a blurb of ``words`` words in a box of its own."""
    text = " ".join(["Our team cleans windows gutters and frames with care"] * (words // 9))
    return "".join(f'<div class="feature"><h2>Service {i}</h2><p>{text} {i}.</p></div>'
                   for i in range(n))


def test_three_headed_blurbs_and_no_article_text_make_a_service_page() -> None:
    assert told(page("<main><h1>Window cleaning</h1>" + blurbs(3) + "</main>")) == "service"


def test_an_article_run_or_two_sections_keep_the_page_an_article() -> None:
    run = "<div>" + "".join(f"<p>{PROSE.format(n=i)}</p>" for i in range(8)) + "</div>"
    assert told(page("<main><h1>Window cleaning</h1>" + run + blurbs(3) + "</main>")) \
        == "article"
    assert told(page("<main><h1>Window cleaning</h1>" + blurbs(2) + "</main>")) == "article"


def test_a_threads_replies_led_by_their_posters_linked_names_stay() -> None:
    replies = "".join(
        f'<div class="message"><h4><a href="/members/u{i}">user{i}</a></h4>'
        f"<p>{PROSE.format(n=i)}</p></div>" for i in range(8))
    html = page(json_ld("DiscussionForumPosting") + "<main><h1>Which saw first?</h1>" + replies
                + "</main>")
    text = Cleaner().clean(html).text
    assert all(PROSE.format(n=i) in text for i in range(8))
    assert "html-teaser-list" in skipped("forum") and "html-teaser-list" not in skipped("article")


def test_a_threads_chrome_boxes_go_and_its_comment_boxes_stay() -> None:
    rules = ('<div class="side"><div class="sidebar"><h3>Forum rules</h3>'
             "<p>No memes or low-effort replies, please.</p><p>Be civil to each other.</p>"
             "</div></div>")
    html = page(json_ld("DiscussionForumPosting") + "<main><h1>Which saw first?</h1>"
                + posts(6, "comment") + rules + "</main>")
    result = Cleaner().clean(html)
    assert result.metadata.page_type == "forum"
    assert all(PROSE.format(n=i) in result.text for i in range(6))
    assert "low-effort" not in result.text
    assert "html-chrome-box" in {r.rule for r in result.removed if "low-effort" in r.text}
    assert "html-chrome-box" not in skipped("forum")
