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


def item(name: str, dated: bool = False) -> str:
    """A card led by a linked headline over a description of some thirty words."""
    date = "<p>March 4, 2025</p>" if dated else ""
    return (f"<div class='col'><h3><a href='https://example.org/{name}'>{name} cedar bench plans"
            "</a></h3>"
            f"{date}<p>This {name.lower()} bench takes an afternoon to build from two boards"
            " and a box of screws, and it holds up on a porch through the whole winter with"
            " a coat of oil.</p></div>")


def test_a_roundup_of_described_items_stays() -> None:
    # Each card says in its own words what it links to: the article's list.
    html = page("".join(item(name) for name in ("Garden", "Porch", "Entry", "Kitchen")))
    assert _removed_by_rule(html) == []


def test_dated_teasers_with_long_summaries_still_go() -> None:
    # Stories of the site, each with its date: summaries as long as a roundup's.
    html = page("".join(item(name, dated=True) for name in ("Garden", "Porch", "Entry")))
    assert "Garden cedar bench plans" in _removed_by_rule(html)
