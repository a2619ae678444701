"""The teaser-list rule (html-teaser-list) and the cards it leaves: boxes titled
by a heading that is no link, with a button under it."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.readers.html import read_html
from cleanpress.rules.common.teaser_cards import teaser_cards, titled_cards

ARTICLE = "".join(
    f"<p>The council met on Tuesday evening to discuss item {i} of the budget, which "
    "drew a long line of residents to the microphone before the vote.</p>"
    for i in range(6)
)


def offer(title: str) -> str:
    return (f'<div class="col"><h3>{title}</h3><p>We plan and run {title.lower()} for '
            "you.</p><a href='/start'>Begin journey</a></div>")


def teaser(title: str) -> str:
    return (f"<div class='col'><h3><a href='/{title}'>{title} wins the final</a></h3>"
            "<p>Read the match report.</p></div>")


def page(cards: str) -> str:
    return f"<html><body><main><article>{ARTICLE}<div>{cards}</div></article></main></body></html>"


def _removed_by_rule(html: str) -> list[str]:
    doc, _ = Cleaner(entry_points=False).explain(html, kind="html")
    return [b.text for b in doc.blocks if b.removed_by == "html-teaser-list"]


def test_cards_titled_by_a_heading_that_is_no_link_are_no_teasers() -> None:
    html = page("".join(offer(name) for name in ("Search ads", "Social", "Email", "Video")))
    doc = read_html(html)
    cards = teaser_cards(doc, doc.blocks)
    assert len(cards) == 4 and titled_cards(doc.blocks, cards) == cards
    assert _removed_by_rule(html) == []


def test_cards_led_by_linked_headlines_are_a_teaser_list() -> None:
    html = page(teaser("Leeds") + teaser("York") + teaser("Hull"))
    doc = read_html(html)
    cards = teaser_cards(doc, doc.blocks)
    assert len(cards) == 3 and not titled_cards(doc.blocks, cards)
    assert "Leeds wins the final" in _removed_by_rule(html)
