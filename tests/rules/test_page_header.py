"""The header lines left above the headline go; prose above it keeps everything."""

from __future__ import annotations

from chrome_cases import ARTICLE, page

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rule import rule
from cleanpress.rules.chrome import page_header
from cleanpress.rules.metadata import title

HEADLINE = "Queues round the block as village baker's cookie goes viral"
#: A byline under the headline: the evidence, with nothing cut above it, that the
#: article begins at the headline.
BYLINE = "By Jane Doe"


@rule("byline", stage="chrome", order=100, description="test: remove lines opening with 'By '")
def _byline(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if block.text.startswith("By "):
            ctx.remove(block, "byline")


def _run(text: str) -> Document:
    """Take the title, then apply the page-header rule."""
    doc = read_text(text)
    for r in (*title.cleanpress_rules(), _byline, *page_header.cleanpress_rules()):
        ctx = RuleContext(r, Markers([]), {})
        r.apply(doc, ctx)
        ctx._commit(doc)
    return doc


def _gone(doc: Document) -> list[str]:
    return [b.text for b in doc.removed() if b.removed_by == "page-header"]


def test_masthead_and_menu_above_the_headline_go() -> None:
    top = "THE DAILY EXAMPLE\nNews | Showbiz | Sport | Money | Food | Travel"
    doc = _run(page(top, HEADLINE, BYLINE, ARTICLE, ARTICLE))
    assert doc.metadata.title == HEADLINE
    assert _gone(doc) == [
        "THE DAILY EXAMPLE", "News | Showbiz | Sport | Money | Food | Travel", HEADLINE,
    ]


def test_a_kicker_above_the_headline_goes() -> None:
    assert _gone(_run(page("Climate", HEADLINE, BYLINE, ARTICLE))) == ["Climate", HEADLINE]


def test_a_headline_with_no_evidence_stays_with_the_lines_above() -> None:
    # Nothing cut above, no byline below, an opening that does not speak of it.
    doc = _run(page("Climate", HEADLINE, ARTICLE, ARTICLE))
    assert doc.metadata.title == HEADLINE
    assert [b.text for b in doc.removed()] == []


def test_prose_above_the_headline_keeps_everything() -> None:
    doc = _run(page("Climate", ARTICLE, HEADLINE, ARTICLE, ARTICLE))
    assert _gone(doc) == []


def test_no_title_no_removal() -> None:
    assert _gone(_run(page(ARTICLE, ARTICLE))) == []
