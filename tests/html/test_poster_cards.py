"""The poster's card beside each post of a thread goes but for the poster's name, and
the signature under the post goes; a post its software wraps in its author's item
stays, and so do the author boxes of other page types."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.document import Element
from cleanpress.rules.chrome.poster_cards import card_kind

POSTS = [
    "I replaced the chain on my bike last week and now it skips under load on the two"
    " smallest cogs; do I need a new cassette as well or is it the adjustment?",
    "A new chain on a worn cassette skips exactly like that, so measure the cogs first and"
    " replace the cassette if the teeth look like shark fins under a good light.",
    "That was it: the new cassette arrived today, I fitted it and the skipping is gone"
    " completely even on the steepest climb near my house.",
]
SIGNATURE = ("My bikes: a 2019 Trek Domane SL6, a 2015 Surly Long Haul Trucker and an old"
             " folding bike for the train")
ARTICLE_LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
              ' "@type": "NewsArticle", "headline": "Chains"}</script>')


def post(number: int, card_class: str = "message-userDetails", marks: str = "",
         sig_class: str = "usersig") -> str:
    return (
        f'<article class="message" id="post-{number}">'
        f'<div class="message-cell--user"{marks}><div class="{card_class}">'
        f'<h4 class="message-name"><a href="/members/{number}">rider{number}</a></h4>'
        '<h5 class="userTitle">Well-travelled cyclist</h5>'
        '<div class="userBanner">Original poster</div>'
        '<dl><dt>Location</dt><dd>Leeds, UK</dd></dl></div></div>'
        f'<div class="message-content"><div class="bbWrapper"><p>{POSTS[number]}</p></div>'
        f'<div class="{sig_class}">{SIGNATURE}</div></div></article>'
    )


def thread(**kwargs: str) -> str:
    posts = "".join(post(n, **kwargs) for n in range(len(POSTS)))
    return (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "DiscussionForumPosting", "headline": "Chain skips"}</script></head>'
        f"<body><main><h1>Chain skips</h1>{posts}</main></body></html>"
    )


def test_cards_and_signatures_go_but_names_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(thread(), kind="html")
    assert result.metadata.page_type == "forum"
    assert all(text in result.text for text in POSTS)
    assert all(f"rider{n}" in result.text for n in range(len(POSTS)))
    for gone in ("Well-travelled cyclist", "Original poster", "Leeds, UK", SIGNATURE):
        assert gone not in result.text
    assert {r.rule for r in result.removed if r.text == "Original poster"} == {"poster-cards"}


def test_signatures_go_by_this_rule() -> None:
    result = Cleaner(disable=["html-article-region"]).clean(thread(), kind="html")
    assert SIGNATURE not in result.text
    assert {r.rule for r in result.removed if r.text == SIGNATURE} == {"poster-cards"}


def test_an_author_item_marks_a_card(cleaner: Cleaner) -> None:
    marks = ' itemprop="author" itemscope itemtype="https://schema.org/Person"'
    result = cleaner.clean(thread(card_class="side", marks=marks), kind="html")
    assert "Well-travelled cyclist" not in result.text
    assert "rider1" in result.text


def test_cards_stay_with_the_rule_disabled() -> None:
    result = Cleaner(disable=["poster-cards"]).clean(thread(), kind="html")
    assert "Well-travelled cyclist" in result.text


def test_an_author_item_holding_the_post_is_no_card(cleaner: Cleaner) -> None:
    posts = "".join(
        f'<div class="post" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f"<b>rider{n}</b><p>{text}</p></div>" for n, text in enumerate(POSTS)
    )
    page = (f'<html><head><script type="application/ld+json">{{"@type": "QAPage"}}</script>'
            f"</head><body><main>{posts}</main></body></html>")
    result = cleaner.clean(page, kind="html")
    assert all(text in result.text for text in POSTS)


def test_an_article_keeps_its_author_box(cleaner: Cleaner) -> None:
    body = "".join(f"<p>{text}</p>" for text in POSTS)
    page = (f"<html><head>{ARTICLE_LD}</head><body><article><h1>Chains</h1>{body}"
            '<div class="signature">Our cycling desk</div></article></body></html>')
    result = cleaner.clean(page, kind="html")
    assert result.metadata.page_type == "article"
    assert not [r for r in result.removed if r.rule == "poster-cards"]


def test_card_kind_reads_class_words_and_marks() -> None:
    assert card_kind(Element("div", frozenset({"postprofile"}))) == "card"
    assert card_kind(Element("div", frozenset({"post-signature"}))) == "signature"
    assert card_kind(Element("div", frozenset(), frozenset({"author", "person"}))) == "card"
    assert card_kind(Element("div", frozenset(), frozenset({"author"}))) is None
    assert card_kind(Element("div", frozenset({"post", "message"}))) is None


def test_a_rank_before_the_name_goes_and_the_linked_name_stays(cleaner: Cleaner) -> None:
    html = thread().replace(
        '<h4 class="message-name">', '<h5 class="userTitle">Gravel grinder</h5>'
        '<h4 class="message-name">')
    result = cleaner.clean(html, kind="html")
    assert "Gravel grinder" not in result.text
    assert all(f"rider{n}" in result.text for n in range(len(POSTS)))
