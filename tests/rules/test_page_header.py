"""The header lines left above the headline go; prose above it keeps everything."""

from __future__ import annotations

from chrome_cases import ARTICLE, page

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rules.chrome import page_header
from cleanpress.rules.metadata import title

HEADLINE = "Queues round the block as village baker's cookie goes viral"


def _run(text: str) -> Document:
    """Take the title, then apply the page-header rule."""
    doc = read_text(text)
    for rule in (*title.cleanpress_rules(), *page_header.cleanpress_rules()):
        ctx = RuleContext(rule, Markers([]), {})
        rule.apply(doc, ctx)
        ctx._commit(doc)
    return doc


def _gone(doc: Document) -> list[str]:
    return [b.text for b in doc.removed() if b.removed_by == "page-header"]


def test_masthead_and_menu_above_the_headline_go() -> None:
    top = "THE DAILY EXAMPLE\nNews | Showbiz | Sport | Money | Food | Travel"
    doc = _run(page(top, HEADLINE, ARTICLE, ARTICLE))
    assert doc.metadata.title == HEADLINE
    assert _gone(doc) == ["THE DAILY EXAMPLE", "News | Showbiz | Sport | Money | Food | Travel"]


def test_a_kicker_above_the_headline_goes() -> None:
    assert _gone(_run(page("Climate", HEADLINE, ARTICLE, ARTICLE))) == ["Climate"]


def test_prose_above_the_headline_keeps_everything() -> None:
    doc = _run(page("Climate", ARTICLE, HEADLINE, ARTICLE, ARTICLE))
    assert _gone(doc) == []


def test_no_title_no_removal() -> None:
    assert _gone(_run(page(ARTICLE, ARTICLE))) == []
