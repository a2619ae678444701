"""Short lines among a thread's posts that sit in no post go (topic counts, a pager,
a reply prompt); the posts stay, and so does an opening post of another shape among
them, and lines before the first post."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.readers.html import read_html
from cleanpress.rules.locate.page_type import post_boxes

REPLIES = [
    "Measure the chain with a gauge before you buy anything else; a worn cassette is the"
    " usual reason a new chain skips under load.",
    "Check the limit screws and the cable tension first, it costs nothing and takes five"
    " minutes with a small screwdriver.",
    "Mine did the same and the cassette teeth looked like shark fins once I cleaned them"
    " properly under a bright lamp in the garage.",
    "A stiff link can skip too, so run the chain backwards slowly and watch the derailleur"
    " jump as each link passes over the pulleys.",
    "I fitted a new cassette and chain together last spring and have had no skipping at all"
    " since then, even on the steep climbs.",
]
OPENING = [
    "My new chain skips on the two smallest cogs.",
    "It started right after I fitted it last week.",
    "The old one never did that, even when it was worn.",
    "Do I need a new cassette as well, or is it only the adjustment?",
]
LONG = ("I have cleaned and lubed it twice, checked that the wheel sits straight in the"
        " dropouts and tried both barrel adjusters, and it still jumps every time I stand up"
        " on the pedals.")
LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
      ' "@type": "DiscussionForumPosting", "headline": "Chain skips"}</script>')


def thread(opening: bool = False) -> str:
    # An opening post of another shape, after a hidden copy of a reply: short lines
    # beside a long one.
    first = ('<div class="opening-post">' + "".join(f"<p>{line}</p>" for line in OPENING)
             + f"<p>{LONG}</p></div>") if opening else ""
    replies = [f'<article class="message"><p>{text}</p></article>' for text in REPLIES]
    return (
        f"<html><head>{LD}</head><body><main><h1>Chain skips</h1>"
        '<div class="feed"><p class="intro">Started by rider0</p>'
        f'{replies[0]}{first}{"".join(replies[1:2])}<div class="overview"><p>Replies 14</p>'
        f'<p>Views 2.1k</p></div>{"".join(replies[2:])}'
        '<div class="pages"><a href="?page=2">Next page</a></div>'
        "<p>You must log in to reply.</p></div></main></body></html>"
    )


def test_lines_among_the_posts_go(cleaner: Cleaner) -> None:
    result = cleaner.clean(thread(), kind="html")
    assert result.metadata.page_type == "forum"
    assert all(text in result.text for text in REPLIES)
    for gone in ("Replies 14", "Views 2.1k", "You must log in to reply."):
        assert gone not in result.text
    assert {r.rule for r in result.removed if r.text == "Views 2.1k"} == {"between-posts"}
    assert "Started by rider0" in result.text  # before the first post


def test_an_opening_post_of_another_shape_stays(cleaner: Cleaner) -> None:
    result = cleaner.clean(thread(opening=True), kind="html")
    assert all(line in result.text for line in OPENING)
    assert "Views 2.1k" not in result.text


def test_lines_stay_with_the_rule_disabled() -> None:
    result = Cleaner(disable=["between-posts"]).clean(thread(), kind="html")
    assert "Views 2.1k" in result.text


def test_post_boxes_are_every_box_of_the_posts_shape() -> None:
    short = '<article class="message"><p>Same here.</p></article>'
    doc = read_html(thread().replace("</main>", short + "</main>"))
    boxes = post_boxes(doc)
    assert len(boxes) == len(REPLIES) + 1  # the short reply too, though it holds no prose
    assert all(doc.elements[n].tag == "article" for n in boxes)
    assert post_boxes(read_html("<html><body><p>No posts here.</p></body></html>")) == set()
