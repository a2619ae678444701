"""Feature cards (rules/common/feature_cards.py): offers classed by their look."""

from __future__ import annotations

from cleanpress.readers.html import read_html
from cleanpress.rules.common.class_words import negative_reason
from cleanpress.rules.common.feature_cards import feature_cards
from cleanpress.rules.locate.html_region import _best, _Tree

BLURB = "We help {what} teams plan, build and run their systems with less effort each year."


def card(name: str, heading: str = "<h3>{name}</h3>", cls: str = "cmp-promo") -> str:
    return (f'<div class="grid"><div class="column"><div class="{cls}">'
            + heading.format(name=name) + f"<p>{BLURB.format(what=name.lower())}</p>"
            "<a href='/x'>Find out more</a></div></div></div>")


def page(cards: str) -> str:
    return ("<html><head><title>Our services</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main><div>"
            "<h1>Our services</h1><p>Whatever your size, our people bring experience and "
            "insight to your hardest problems, from audit to engineering.</p></div>"
            f"<div>{cards}</div></main>"
            "<footer><p>Copyright Example Consulting</p></footer></body></html>")


NAMES = ("Audit", "Engineering", "Tax", "Strategy")


def _cards(html: str) -> set[str]:
    doc = read_html(html)
    boxes = {n: r for n, e in enumerate(doc.elements) if (r := negative_reason(e)) is not None}
    found = feature_cards(doc.elements, doc.blocks, boxes)
    return {next(b.text for b in doc.blocks if n in b.containers) for n in found}


def test_headed_boxes_of_one_shape_classed_promo_are_feature_cards() -> None:
    assert _cards(page("".join(card(n) for n in NAMES))) == set(NAMES)


def _region_chrome(html: str) -> set[str]:
    """The reasons of the chrome boxes the region search finds."""
    doc = read_html(html)
    found = _best(doc, _Tree(doc), doc.blocks, "", {})
    return set(found.chrome.values())


def test_the_region_search_takes_feature_cards_for_no_chrome() -> None:
    promo = "advertisement (class 'promo')"
    assert promo not in _region_chrome(page("".join(card(n) for n in NAMES)))
    assert promo in _region_chrome(page("".join(card(n) for n in NAMES[:2])))


def test_linked_headlines_lone_boxes_and_headless_boxes_are_no_feature_cards() -> None:
    linked = "<h3><a href='/{name}'>{name}</a></h3>"
    assert not _cards(page("".join(card(n, linked) for n in NAMES)))  # teasers
    assert not _cards(page("".join(card(n) for n in NAMES[:2])))  # too few
    assert not _cards(page("".join(card(n, "<b>{name}</b>") for n in NAMES)))  # no heading
    assert not _cards(page("".join(card(n, cls="related") for n in NAMES)))  # related links
