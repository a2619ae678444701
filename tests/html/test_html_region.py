"""html-article-region and the HTML chrome rules."""

from __future__ import annotations

import json

from html_pages import P, paras

from cleanpress import Cleaner

NAV = '<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>'
FOOTER = '<footer><p>About us</p><p><a href="/c">Contact</a></p></footer>'
SIDEBAR = (
    '<div class="sidebar"><h3>Most read</h3>'
    + "".join(f'<p><a href="/s{i}">Another story headline number {i}</a></p>' for i in range(5))
    + "</div>"
)


def clean(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    return cleaner.clean(f"<html><body>{body}</body></html>", kind="html")


def test_article_kept_chrome_around_it_removed(cleaner: Cleaner) -> None:
    result = clean(cleaner, NAV + f'<div class="wrap"><article>{paras(4)}</article>{SIDEBAR}</div>'
                   + FOOTER)
    assert result.text.split("\n\n") == [P.format(n=i) for i in range(4)]
    reasons = {r.text: (r.rule, r.reason) for r in result.removed}
    assert reasons["World"][0] == "html-article-region"
    assert "navigation" in reasons["World"][1]
    assert "footer" in reasons["About us"][1]
    assert "sidebar" in reasons["Most read"][1]


def test_page_without_article_tag_uses_text_density(cleaner: Cleaner) -> None:
    body = NAV + '<div id="x1"><div>' + paras(5) + "</div></div>" + SIDEBAR + FOOTER
    result = clean(cleaner, body)
    assert result.text.split("\n\n") == [P.format(n=i) for i in range(5)]


def test_wrapper_with_chrome_word_is_not_chrome(cleaner: Cleaner) -> None:
    # "layout-with-sidebar" wraps the whole article: a layout box, not a sidebar.
    body = f'<div class="layout-with-sidebar"><div class="entry-content">{paras(4)}</div></div>'
    assert clean(cleaner, body).text.count("\n\n") == 3


def test_short_lines_and_lists_inside_the_article_stay(cleaner: Cleaner) -> None:
    body = (
        NAV + "<article>" + paras(2) + "<h2>Steps</h2><ol><li>Open the lid.</li>"
        "<li>Pour the water.</li></ol><pre><code>make install\n  --prefix=/opt</code></pre>"
        "<p>Short line.</p>" + paras(2, 2) + "</article>" + FOOTER
    )
    text = clean(cleaner, body).text
    for line in ("Steps", "1. Open the lid.", "2. Pour the water.", "make install\n  --prefix=/opt",
                 "Short line."):
        assert line in text


def test_json_ld_body_picks_the_region(cleaner: Cleaner) -> None:
    article = [
        f"{word} is how this stated paragraph begins, and it goes on long enough to be prose."
        for word in ("First", "Second", "Third")
    ]
    decoy = "<div>" + paras(6, 10) + "</div>"
    stated = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(article)})
    ld = f'<script type="application/ld+json">{stated}</script>'
    body = ld + decoy + "<div class='story'>" + "".join(f"<p>{p}</p>" for p in article) + "</div>"
    assert clean(cleaner, body).text.split("\n\n") == article


def test_forum_thread_keeps_every_post(cleaner: Cleaner) -> None:
    posts = "".join(
        f'<article class="post"><div class="author"><a href="/u{i}">user{i}</a></div>'
        f"<div class='message'>{paras(1, i)}</div></article>"
        for i in range(5)
    )
    result = clean(cleaner, NAV + f'<div class="thread">{posts}</div>' + FOOTER)
    for i in range(5):
        assert P.format(n=i) in result.text


def test_hidden_and_figure_captions_removed(cleaner: Cleaner) -> None:
    body = (
        "<article>" + paras(2) + '<div style="display:none"><p>Hidden modal text here.</p></div>'
        "<figure><img src=x><figcaption>A dog on a beach. Photo: Ann Lee/Agency</figcaption>"
        "</figure><figure><blockquote><p>A pull quote that is content.</p></blockquote></figure>"
        + paras(2, 2) + "</article>"
    )
    result = clean(cleaner, body)
    assert "Hidden modal" not in result.text
    assert "A dog on a beach" not in result.text
    assert "A pull quote that is content." in result.text
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Hidden modal text here."] == "html-hidden"
    assert rules["A dog on a beach. Photo: Ann Lee/Agency"] == "html-figure-caption"


def test_chrome_boxes_inside_the_article(cleaner: Cleaner) -> None:
    body = (
        "<article><h1>Headline</h1>" + paras(3)
        + '<div class="share-buttons"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>'
        + '<div class="newsletter-box"><p>Get our free morning email, every weekday.</p></div>'
        + paras(3, 3) + "</article>"
    )
    result = clean(cleaner, body)
    assert "Facebook" not in result.text
    assert "morning email" not in result.text
    assert result.text.count("\n\n") == 5
    reasons = {r.text: r.reason for r in result.removed}
    assert "share" in reasons["Facebook Twitter"]


def test_teaser_list_removed_but_a_lone_linked_line_stays(cleaner: Cleaner) -> None:
    cards = "".join(
        f'<div class="card card-{i}"><h3><a href="/r{i}">Related story headline {i}</a></h3>'
        f"<p>Summary {i}.</p></div>"
        for i in range(3)
    )
    lone = '<div><p><a href="/doc">Read the full court ruling here.</a></p></div>'
    result = clean(
        cleaner, "<article><h1>Headline</h1>" + paras(3) + lone + paras(2, 3) + cards + "</article>"
    )
    assert "Related story headline" not in result.text
    assert "Read the full court ruling here." in result.text


def test_empty_and_chrome_only_pages(cleaner: Cleaner) -> None:
    assert clean(cleaner, "").text == ""
    result = clean(cleaner, NAV + FOOTER)  # no article at all: nothing to locate
    assert "About us" not in result.text


def test_kicker_above_and_deck_under_the_headline(cleaner: Cleaner) -> None:
    body = (
        '<article><div class="label"><a href="/local">Local</a></div><h1>The headline</h1>'
        "<h2>A deck that says a little more about the story</h2>" + paras(3) + "</article>"
    )
    result = clean(cleaner, body)
    assert result.text.split("\n\n") == [P.format(n=i) for i in range(3)]
    assert {r.text: r.rule for r in result.removed}["Local"] == "html-article-header"


def test_section_heading_under_the_headline_stays(cleaner: Cleaner) -> None:
    body = "<main><h1>Install guide</h1><h2>Overview</h2>" + paras(3) + "</main>"
    assert clean(cleaner, body).text.startswith("Overview\n\n")


def _short_cards(n: int) -> str:
    return "".join(
        f'<div class="tile"><div class="t"><a href="/d{i}">Diet {i}</a></div>'
        f"<div class='b'>A popular diet with a short summary line, number {i}.</div></div>"
        for i in range(n)
    )


def test_many_cards_with_short_linked_titles_are_a_teaser_list(cleaner: Cleaner) -> None:
    text = clean(cleaner, "<article><h1>Headline</h1>" + paras(3) + _short_cards(6)
                 + "</article>").text
    assert "Diet 1" not in text and "popular diet" not in text


def test_a_few_cards_with_short_linked_titles_stay(cleaner: Cleaner) -> None:
    text = clean(cleaner, "<article><h1>Headline</h1>" + paras(3) + _short_cards(3)
                 + "</article>").text
    assert "Diet 1" in text and "number 2." in text


def test_text_blocks_of_one_kind_around_an_image_block_all_stay(cleaner: Cleaner) -> None:
    def block(inner: str) -> str:
        return f'<div class="sqs-block html-block"><div class="html-content">{inner}</div></div>'

    closing = "<p>Thank you to everyone who has put up with the change, see you soon.</p><p>- T</p>"
    body = (
        "<article><h1>Headline</h1><div class='row'>" + block(paras(4))
        + '<div class="sqs-block image-block"><figure><img src="x.jpg">'
        "<figcaption>Bread cooling on the racks.</figcaption></figure></div>"
        + block(closing)
        + '<div class="newsletter-block"><h2>Bread news</h2><p>Sign up for new bakes.</p></div>'
        + "<div class='bio'><p>Tamsin runs the bakery with her brother and has baked for years.</p>"
        "</div></div></article>"
    )
    text = clean(cleaner, body).text
    assert "Thank you to everyone" in text and text.endswith("- T")
    assert "Sign up" not in text and "Tamsin runs" not in text and "cooling" not in text


def _changes(n: int, start: int = 0) -> str:
    return "<ul>" + "".join(
        f'<li><a href="/pr/{i}">Fix the handling of case number {i}</a></li>'
        for i in range(start, start + n)) + "</ul>"


def test_sections_of_one_kind_stay_though_one_holds_mostly_links(cleaner: Cleaner) -> None:
    # A document's sections: the second lists changes (links) under a line of prose.
    body = (
        "<div class='wrap'><div class='content'>"
        "<div class='sect1'><h2>What it is</h2>" + paras(2) + "</div>"
        "<div class='sect1'><h2>Progress</h2>" + paras(1, 5) + _changes(12) + "</div>"
        "</div><div class='sidebar'>" + _changes(12, 100) + "</div></div>"
    )
    text = clean(cleaner, body).text
    assert P.format(n=5) in text and "case number 3" in text
    assert "case number 103" not in text


def test_boxes_whose_classes_differ_only_by_their_numbers_are_one_shape() -> None:
    from cleanpress.document import Element
    from cleanpress.rules.locate.html_region import box_shape

    def box(tag: str, *words: str) -> Element:
        return Element(tag, frozenset(words))

    numbered = box("div", "card", "card-12", "12")
    assert box_shape(box("div", "card", "card-1", "1")) == box_shape(numbered)
    assert box_shape(box("div", "card", "card-1")) != box_shape(box("div", "card", "featured"))
    assert box_shape(box("div", "card", "card-1")) != box_shape(box("section", "card", "card-2"))


def test_a_box_of_another_shape_beside_the_text_stays_out(cleaner: Cleaner) -> None:
    # The same slug rule does not join boxes whose other class words differ.
    body = ("<div class='page'><div class='post-body post-12'>" + paras(4) + "</div>"
            "<div class='author-card author-12'><p>" + P.format(n=9) + "</p></div></div>")
    text = clean(cleaner, body).text
    assert P.format(n=0) in text and P.format(n=9) not in text


LONG = ("We plan the work with you, send the same trained crew every visit and check "
        "each room against the list we agreed, point {n}.")


def test_a_banner_band_of_prose_stays_with_the_text_beside_it(cleaner: Cleaner) -> None:
    band = '<div class="promo"><h2>Why us</h2>' + "".join(
        f"<p>{LONG.format(n=i)}</p>" for i in range(4)) + "</div>"
    body = NAV + "<main><div>" + paras(5) + "</div>" + band + "</main>" + FOOTER
    text = clean(cleaner, body).text
    assert P.format(n=0) in text and all(LONG.format(n=i) in text for i in range(4))


def test_a_short_banner_beside_the_article_still_goes(cleaner: Cleaner) -> None:
    banner = '<div class="banner"><p>Spring sale: half price on every plan this week.</p></div>'
    result = clean(cleaner, NAV + f"<div><article>{paras(4)}</article>{banner}</div>" + FOOTER)
    assert "Spring sale" not in result.text
    assert result.text.split("\n\n") == [P.format(n=i) for i in range(4)]


def _laureates(rows: int) -> str:
    return "<table class='wikitable'>" + "".join(
        f"<tr><td>{1900 + i}</td><td><a href='/a{i}'>Winner number {i}</a></td>"
        f"<td><a href='/b{i}'>Second winner {i}</a></td></tr>" for i in range(rows)) + "</table>"


def test_a_table_of_linked_rows_does_not_push_the_region_to_the_notes(cleaner: Cleaner) -> None:
    # A list page: a short introduction and a table whose rows are mostly links,
    # then a box of notes in prose. The rows are the page's data, not link chrome.
    notes = "<div class='notes'>" + "".join(
        f"<p>{P.format(n=i)} {P.format(n=i)}</p>" for i in range(10, 20)) + "</div>"
    body = NAV + "<main><div class='text'>" + paras(3) + _laureates(80) + notes + "</div></main>"
    text = clean(cleaner, body).text
    assert P.format(n=0) in text
    assert "Winner number 17" in text


def test_a_table_of_links_beside_the_article_still_goes(cleaner: Cleaner) -> None:
    body = (f"<div class='wrap'><div class='story'>{paras(6)}</div>"
            f"<div class='box'>{_laureates(6)}</div></div>")
    text = clean(cleaner, body).text
    assert P.format(n=5) in text
    assert "Winner number 3" not in text


#: A site footer's legal notice: long paragraphs, no links.
NOTICE = ("This material is not intended to replace the advice of a qualified advisor and"
          " is provided for general information only; it may not reflect current opinion"
          " and no part of it may be reproduced without written permission, number {n}.")


def test_a_short_text_beside_a_long_legal_notice_in_the_site_footer(cleaner: Cleaner) -> None:
    # The footer holds most of the page's prose; on a page of one text it is still
    # the site's footer, not a wrapper of the text.
    notice = "".join(f"<p>{NOTICE.format(n=i)}</p>" for i in range(4))
    body = (NAV + f"<main><div class='col'><h1>Renting vehicles</h1>{paras(2)}</div></main>"
            f"<footer><div class='row'>{notice}</div></footer>")
    result = clean(cleaner, body)
    assert P.format(n=1) in result.text
    assert "qualified advisor" not in result.text


def test_a_footer_that_wraps_the_article_element_keeps_it(cleaner: Cleaner) -> None:
    # An element marked as the article makes its ancestors wrappers, a <footer> too.
    notice = f"<p>{NOTICE.format(n=0)}</p>"
    body = f"<footer><article>{paras(6)}</article>{notice}</footer>"
    result = clean(cleaner, body)
    assert P.format(n=5) in result.text


def _review_entry(n: int, prose: int, kind: str = "entry") -> str:
    """One entry of a long review page: a few prose paragraphs under rows of ratings."""
    ratings = "".join(f"<li>Overall rating {k} of 5</li>" for k in range(24))
    return (f"<div class='{kind}'><h2>Company {n}</h2><ul>{ratings}</ul>"
            f"{paras(prose, 10 * n)}</div>")


def test_the_article_element_wins_over_one_entry_inside_it(cleaner: Cleaner) -> None:
    # The rows of ratings weigh the whole review down below its longest entry; the
    # <article> around that entry holds twice its prose and is taken instead.
    article = "<article>" + _review_entry(1, 8, "top-pick") + "".join(
        _review_entry(n, 3) for n in range(2, 5)) + "</article>"
    text = clean(cleaner, NAV + article + SIDEBAR + FOOTER).text
    assert P.format(n=10) in text and P.format(n=40) in text
    assert "Most read" not in text and "World" not in text


def test_an_article_element_with_little_more_prose_does_not_win(cleaner: Cleaner) -> None:
    # The <main> around the story holds under twice its prose (a short note beside it):
    # the story stays the region and the note beside it goes.
    note = "<div class='aside-note'>" + _review_entry(9, 2) + "</div>"
    body = f"<main><div class='story'>{paras(6)}</div>{note}</main>"
    text = clean(cleaner, body).text
    assert P.format(n=5) in text
    assert P.format(n=90) not in text


def _promo_bar(countries: int) -> str:
    """A bar of promotions above the page: one shipping notice per country."""
    return "<div class='promo-bar'>" + "".join(
        f"<p>Free standard shipping on orders over {20 + n} in country {n}. For more on"
        " rates and timelines, please see our international shipping page.</p>"
        for n in range(countries)) + "</div>"


#: A site menu long enough to weigh the page's <body> down.
MENU = "<div class='menu'>" + "".join(
    f"<p><a href='/m{n}'>Menu entry number {n} of the site</a></p>" for n in range(60)) + "</div>"


def test_the_text_in_main_wins_over_a_long_promo_bar_outside_it(cleaner: Cleaner) -> None:
    page = f"<main><div class='page'><h1>Promo terms</h1>{paras(5)}</div></main>"
    body = _promo_bar(12) + MENU + page
    text = clean(cleaner, body).text
    assert P.format(n=4) in text
    assert "country 5" not in text


def test_a_much_longer_text_outside_main_still_wins(cleaner: Cleaner) -> None:
    # <main> holds one paragraph, under a quarter of the story's weight beside it.
    body = (f"<div class='story'>{paras(12)}</div>{MENU}"
            f"<main><div class='page'><p>{P.format(n=50)}</p></div></main>")
    text = clean(cleaner, body).text
    assert P.format(n=11) in text
    assert P.format(n=50) not in text
