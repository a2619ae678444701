"""A heading over removed chrome goes; a subheading over article paragraphs stays."""

from __future__ import annotations

from chrome_cases import ARTICLE, page, run_module

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rule import rule
from cleanpress.rules.chrome import section_labels


@rule("drop-promo", stage="chrome", order=1, description="test: remove lines saying PROMO")
def _drop_promo(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if "PROMO" in block.text:
            ctx.remove(block, "promo")


def _run(text: str) -> list[str]:
    doc = read_text(text)
    for r in (_drop_promo, *section_labels.cleanpress_rules()):
        ctx = RuleContext(r, Markers([]), {})
        r.apply(doc, ctx)
        ctx._commit(doc)
    return [b.text for b in doc.removed() if b.removed_by == "section-label"]


def test_label_over_removed_chrome() -> None:
    assert _run(page(ARTICLE, "More From Us", "PROMO one.", "PROMO two.")) == ["More From Us"]


def test_label_before_the_next_heading() -> None:
    text = page(ARTICLE, "Uncommon Knowledge", "PROMO one.", "Next Part", ARTICLE)
    assert _run(text) == ["Uncommon Knowledge"]


def test_label_closing_the_page_over_removed_chrome() -> None:
    assert _run(page(ARTICLE, ARTICLE, "Trending Now", "PROMO one.")) == ["Trending Now"]


def test_a_last_line_shaped_like_a_label_stays() -> None:
    # Nothing was removed after it: cleaning the clean text again would take the next line.
    assert _run(page(ARTICLE, ARTICLE, "Trending Now")) == []


def test_real_subheading_stays() -> None:
    text = page(ARTICLE, "What Happens Next", ARTICLE, "PROMO one.", ARTICLE)
    assert _run(text) == []


def test_module_alone_keeps_subheadings() -> None:
    doc = run_module(section_labels, page("The Budget", ARTICLE))
    assert doc.removed() == []


def test_a_line_ending_in_a_colon_introduces_what_follows() -> None:
    text = page(ARTICLE, "See more photos:", "PROMO one.", "Next Part", ARTICLE)
    assert _run(text) == []


def test_a_short_closing_line_of_several_sentences_is_no_label() -> None:
    assert _run(page(ARTICLE, "Thanks, that worked! It doubled. Cheers")) == []
