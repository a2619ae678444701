"""Runs of landmark sections (rules/common/section_runs.py) on service pages."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner
from cleanpress.readers.html import read_html
from cleanpress.rules.common.container_tree import parents, sizes
from cleanpress.rules.common.section_runs import run_sections, section_run
from cleanpress.rules.locate import page_type

PROSE = ("Our team plans, builds and runs the service for you, with {what} included in "
         "every plan and support from people who know your account.")


def band(cls: str, title: str, what: str) -> str:
    return (f'<section class="{cls}"><h2>{title}</h2><p>{PROSE.format(what=what)}</p>'
            f"<p>{PROSE.format(what=what + ' reports')}</p></section>")


def landing(hero: str = "hero", pricing: str = "promo", faq: str = "teaser") -> str:
    return ("<html><head><title>Cleaning services</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main>"
            + band(hero, "Office cleaning", "weekly visits")
            + band("features", "What we do", "window washing")
            + band(pricing, "Pricing", "monthly billing")
            + band(faq, "Questions", "free quotes")
            + "</main><footer><p>Copyright Example Cleaning</p></footer></body></html>")


def _run_of(html: str) -> set[int]:
    doc = read_html(html)
    parent_of = parents(doc.elements)
    _, words = sizes(parent_of, doc.blocks)
    return run_sections(doc.elements, parent_of, words)


def test_four_sections_under_main_make_a_run() -> None:
    doc = read_html(landing())
    parent_of = parents(doc.elements)
    _, words = sizes(parent_of, doc.blocks)
    found = run_sections(doc.elements, parent_of, words)
    assert len(found) == 4
    first = min(found)
    run = section_run(doc.elements, parent_of, words, first)
    assert run is not None and doc.elements[run.parent].tag == "main"
    assert set(run.sections) == found


def test_two_sections_or_sections_beside_long_text_are_no_run() -> None:
    two = ("<html><body><main>" + band("a", "One", "x") + band("b", "Two", "y")
           + "</main></body></html>")
    assert not _run_of(two)
    prose = "".join(f"<p>{PROSE.format(what=f'item {i}')}</p>" for i in range(12))
    beside = ("<html><body><div>" + prose + band("a", "One", "x") + band("b", "Two", "y")
              + band("c", "Three", "z") + "</div></body></html>")
    assert not _run_of(beside)  # the sections hold too little of their parent's words


def _clean(html: str, monkeypatch: pytest.MonkeyPatch, kind: str) -> str:
    monkeypatch.setattr(page_type, "page_type", lambda doc: kind)
    return Cleaner(entry_points=False).clean(html, kind="html").text


BANDS = ("weekly visits", "window washing", "monthly billing", "free quotes")


def test_a_service_page_keeps_every_section_whatever_its_class_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = _clean(landing(), monkeypatch, "service")
    assert all(what in text for what in BANDS)
    assert "Copyright Example Cleaning" not in text


def test_an_article_page_keeps_one_band_and_drops_the_promo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = _clean(landing(), monkeypatch, "article")
    assert "window washing" in text and "monthly billing" not in text


def test_a_cookie_band_in_a_run_still_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _clean(landing(faq="cookie-consent"), monkeypatch, "service")
    assert "weekly visits" in text and "monthly billing" in text
    assert "free quotes" not in text


#: A band of short lines (a shop's grid): it outweighs the prose of the bands
#: beside it, so that no box around them scores above the best band.
GRID = ("<div class='products'><h2>Shop the range</h2>"
        + "".join(f"<div><p>Mop {i}</p><p>$ {i}.99</p><p>In stock</p></div>"
                  for i in range(60)) + "</div>")


def div_landing(lead: str = "<h2>{title}</h2>") -> str:
    """A landing page of ``<div>`` bands of different class words, each opening with
    ``lead`` (a heading by default), and a shop's grid under a heading."""
    bands = "".join(
        f'<div class="{cls}">{lead.format(title=title)}<p>{PROSE.format(what=what)}</p>'
        f"<p>{PROSE.format(what=what + ' reports')}</p></div>"
        for cls, title, what in (("intro", "Office cleaning", "weekly visits"),
                                 ("features", "What we do", "window washing"),
                                 ("pricing", "Pricing", "monthly billing")))
    return ("<html><head><title>Cleaning services</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
            f"<div class='page'>{bands}{GRID}</div>"
            "<footer><p>Copyright Example Cleaning</p></footer></body></html>")


def test_headed_div_bands_are_one_piece_on_an_article_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = _clean(div_landing(), monkeypatch, "article")
    assert all(what in text for what in BANDS[:3])
    assert "Copyright Example Cleaning" not in text
    assert "Mop 3" not in text and "Shop the range" not in text  # short lines outweigh


def test_div_boxes_without_headings_are_no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = div_landing(lead="<p>{title} and more of it for you</p>")
    text = _clean(boxes, monkeypatch, "article")
    assert sum(what in text for what in BANDS[:3]) == 1  # the best box alone
