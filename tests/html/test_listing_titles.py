"""A listing's entries may be linked titles alone: they are its content, found
beside the introduction, while on other page types such a strip of links stays
chrome."""

from __future__ import annotations

from html_pages import stated_page as page

from cleanpress import Cleaner

INTRO = ("Our collection of recipes has something for every kind of dish, whether you "
         "want a big plate of pasta or a slow supper with friends.")


def title_cards(n: int) -> str:
    """Entries that are a linked title each, in boxes of one shape."""
    return '<div class="cards">' + "".join(
        f'<div class="card"><p><a href="/r{i}">Slow cooked dish number {i}</a></p></div>'
        for i in range(n)) + "</div>"


def listing(n: int) -> str:
    return ('<main><section><div class="head"><h1>Sauce recipes</h1></div>'
            f'<div class="intro"><p>{INTRO}</p></div>' + title_cards(n) + "</section></main>")


def test_linked_titles_of_a_listing_are_kept_beside_its_introduction() -> None:
    result = Cleaner().clean(page(listing(12), "ItemList"), kind="html")
    assert result.metadata.page_type == "listing"
    assert "Our collection of recipes" in result.text
    for i in range(12):
        assert f"Slow cooked dish number {i}" in result.text


def test_a_strip_of_linked_titles_beside_an_article_still_goes() -> None:
    prose = "".join(f"<p>{INTRO} This is paragraph {i} of the story, and it runs on a "
                    "while longer to read as running text.</p>" for i in range(8))
    body = ("<main><article><h1>How to make a sauce</h1>" + prose + "</article>"
            '<div class="more">' + title_cards(6) + "</div></main>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "article"
    assert "paragraph 7 of the story" in result.text
    assert "Slow cooked dish number 3" not in result.text


def classed_cards(n: int, title_class: str) -> str:
    """Entries whose linked title carries a type scale's class, with a price and a line."""
    return '<ul class="results">' + "".join(
        f'<li class="item"><div class="card"><img src="/w{i}.jpg" alt="">'
        f'<h2 class="{title_class}"><a href="/w{i}">Handmade leather wallet number {i}</a></h2>'
        f"<p>Sale price USD {i}9.00</p><p>Ships from Finland</p></div></li>"
        for i in range(n)) + "</ul>"


def test_entry_titles_classed_as_caption_are_kept() -> None:
    body = "<main><h1>Handmade wallets</h1>" + classed_cards(8, "text-caption") + "</main>"
    result = Cleaner().clean(page(body, "ItemList"), kind="html")
    for i in range(8):
        assert f"Handmade leather wallet number {i}" in result.text


def test_a_short_line_classed_as_caption_still_goes() -> None:
    body = ("<main><h1>Handmade wallets</h1>" + classed_cards(8, "title")
            + '<p class="text-caption">Photo: the studio</p></main>')
    result = Cleaner().clean(page(body, "ItemList"), kind="html")
    assert "Handmade leather wallet number 3" in result.text
    assert "Photo: the studio" not in result.text


def posts(n: int, header: bool = True) -> str:
    """A blog archive's entries: an <article> each, its linked title in its <header>."""
    def title(i: int) -> str:
        h2 = f'<h2 class="entry-title"><a href="/p{i}">Crispy air fryer dish number {i}</a></h2>'
        return f'<header class="entry-header">{h2}</header>' if header else h2
    return "".join(f'<article class="post entry">{title(i)}<p>Posted on day {i}</p></article>'
                   for i in range(n))


def side_column() -> str:
    return ('<div class="sidebar"><h3>Popular</h3>' + "".join(
        f'<article class="mini"><h4><a href="/s{i}">Side story number {i} here</a></h4></article>'
        for i in range(5)) + "</div>")


def test_entry_titles_in_their_own_headers_are_kept() -> None:
    body = (f'<div class="site-inner"><main class="content"><div class="archive-description">'
            f"<h1>Air fryer</h1><p>{INTRO}</p></div>" + posts(12) + "</main>"
            + side_column() + "</div>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in range(12):
        assert f"Crispy air fryer dish number {i}" in result.text
    assert "Side story number 2" not in result.text


def test_a_theme_wrapper_classed_as_sidebar_around_the_entries_is_no_sidebar() -> None:
    body = (f'<div class="archive-description"><h1>Air fryer</h1><p>{INTRO}</p></div>'
            '<div class="content-sidebar-wrap"><main class="content">' + posts(12, header=False)
            + "</main>" + side_column() + "</div>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in range(12):
        assert f"Crispy air fryer dish number {i}" in result.text
    # The side column's cards sit in <article> elements too, one each: still chrome.
    assert "Side story number 2" not in result.text


def news_entries(n: int) -> str:
    """A news listing's entries: a linked headline and the reading time."""
    return '<div class="river">' + "".join(
        f'<div class="story"><h3><a href="/n{i}">Headline of the story number {i}</a></h3>'
        f"<p>{i + 2} min read</p>"
        "</div>" for i in range(n)) + "</div>"


def test_an_entrys_reading_time_and_the_label_over_the_entries_stay_on_a_listing() -> None:
    body = ("<main><h1>Latest stories</h1><h2>Trending</h2>" + news_entries(8) + "</main>")
    result = Cleaner().clean(page(body, "CollectionPage"), kind="html")
    assert result.metadata.page_type == "listing"
    assert "Trending" in result.text
    for i in range(8):
        assert f"Headline of the story number {i}" in result.text
        assert f"{i + 2} min read" in result.text


def test_an_articles_byline_and_reading_time_still_go() -> None:
    prose = "".join(f"<p>{INTRO} This is paragraph {i} of the story, and it runs on a "
                    "while longer to read as running text.</p>" for i in range(8))
    body = ('<main><article><h1>How to make a sauce</h1><p class="byline">Ann Writer</p>'
            "<p>Mar 07, 2026 | 4 min read</p>" + prose + "</article></main>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "article"
    assert "paragraph 7 of the story" in result.text
    assert "Ann Writer" not in result.text and "4 min read" not in result.text
