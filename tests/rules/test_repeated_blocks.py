"""Repeated taglines go; a pull quote repeating a paragraph costs only the copy."""

from __future__ import annotations

from chrome_cases import ARTICLE, page, removed, run_module

from cleanpress.chain import RuleContext
from cleanpress.markers import Markers
from cleanpress.readers.html import read_html
from cleanpress.rules.chrome import repeated_blocks

TAGLINE = "Example is committed to finding connections in the search for common ground."
OTHER = (
    "Members agreed to meet again next month, after the auditors have reported on the "
    "state of the roads and the bridges in the northern district."
)


def test_adjacent_copies_all_go() -> None:
    assert removed(repeated_blocks, page(ARTICLE, OTHER, TAGLINE, TAGLINE)) == [TAGLINE, TAGLINE]


def test_copies_outside_the_article_all_go() -> None:
    got = removed(repeated_blocks, page(TAGLINE, ARTICLE, OTHER, TAGLINE))
    assert got == [TAGLINE, TAGLINE]


def test_a_run_with_a_paragraph_shown_twice_keeps_its_first_copy() -> None:
    # The whole article rendered twice (two layouts): no block is unique, so
    # the article's span is empty, yet its text must come out once.
    heading = "Roads and bridges in the north"
    got = removed(repeated_blocks, page(heading, ARTICLE, OTHER, "Share this", heading, ARTICLE,
                                        OTHER))
    assert got == [heading, ARTICLE, OTHER]


def test_a_run_of_short_lines_shown_twice_all_goes() -> None:
    menu = ["Home page of the site", "Contact the news desk", "About the whole team"]
    got = removed(repeated_blocks, page(*menu, ARTICLE, OTHER, *menu))
    assert got == menu + menu


def test_a_lone_tagline_before_and_after_the_article_still_all_goes() -> None:
    got = removed(repeated_blocks, page(TAGLINE, ARTICLE, "A closing line of the story.", OTHER,
                                        TAGLINE))
    assert got == [TAGLINE, TAGLINE]


def test_pull_quote_costs_only_the_later_copy() -> None:
    quote = "We will not stop until every road is repaired, the mayor said."
    text = page(ARTICLE, quote, OTHER, quote, ARTICLE.replace("Tuesday", "Friday"))
    doc_removed = removed(repeated_blocks, text)
    assert doc_removed == [quote]


def test_a_page_holding_all_its_text_twice_keeps_the_first_copy() -> None:
    # A shop's description shown in a summary and again in a tab.
    size = "Size: about 9.5 by 13 by 7 centimetres"
    text = page(ARTICLE, size, OTHER, "Description", ARTICLE, size, OTHER)
    assert removed(repeated_blocks, text) == [ARTICLE, size, OTHER]


def test_a_repeated_tagline_on_a_page_of_repeated_text_still_goes() -> None:
    # The tagline stands before the text's first copy: outside its flow.
    text = page(TAGLINE, ARTICLE, OTHER, ARTICLE, OTHER, TAGLINE)
    assert removed(repeated_blocks, text) == [TAGLINE, ARTICLE, OTHER, TAGLINE]


SUMMARY = "Before you plant, you need to know how much sun each bed gets."


def test_a_summary_shown_before_the_text_keeps_its_copy_in_it() -> None:
    # An overview lists the chapter's summary; the chapter opens with it again.
    text = page(SUMMARY, ARTICLE, "Chapter 1", SUMMARY, OTHER, ARTICLE.replace("Tuesday", "May"))
    assert removed(repeated_blocks, text) == [SUMMARY]
    assert run_module(repeated_blocks, text).kept()[2].text == SUMMARY


def test_filler_repeated_more_than_twice_still_goes_whole() -> None:
    text = page(SUMMARY, ARTICLE, SUMMARY, OTHER, SUMMARY, ARTICLE.replace("Tuesday", "May"))
    assert removed(repeated_blocks, text) == [SUMMARY] * 3


def test_short_repeats_and_unique_blocks_stay() -> None:
    assert removed(repeated_blocks, page(ARTICLE, "Yes.", OTHER, "Yes.")) == []


QUOTED = (
    '"We always said the river doesn\'t wait," said the ferryman, who has worked the '
    'crossing for thirty years. "It just rises, and you learn afterwards what it took."'
)


def test_a_pull_quote_in_part_goes() -> None:
    pull = "“The river doesn't wait. It just rises, and you learn afterwards what it took.”"
    assert removed(repeated_blocks, page(ARTICLE, QUOTED, pull, OTHER)) == [pull]


def test_a_quote_with_new_words_stays() -> None:
    quote = "“The river doesn't wait. Next year we will build a second landing stage.”"
    assert removed(repeated_blocks, page(ARTICLE, QUOTED, quote, OTHER)) == []


def test_a_quote_standing_before_its_echo_stays() -> None:
    quote = "“It just rises, and you learn afterwards what it took.”"
    assert removed(repeated_blocks, page(ARTICLE, quote, QUOTED, OTHER)) == []


def test_a_short_quoted_reply_stays() -> None:
    assert removed(repeated_blocks, page(ARTICLE, QUOTED, "“It just rises.”", OTHER)) == []


def test_a_paragraph_quoting_with_attribution_stays() -> None:
    echo = '"It just rises," she said, "and you learn afterwards what it took."'
    assert removed(repeated_blocks, page(ARTICLE, QUOTED, echo, OTHER)) == []


def test_a_question_the_article_repeats_stays() -> None:
    question = "What made you start cooking for a living?"
    answers = [ARTICLE, OTHER, ARTICLE.replace("Tuesday", "Friday")]
    intro = ARTICLE.replace("Tuesday", "Monday")
    text = page(intro, *(part for answer in answers for part in (question, answer)))
    assert removed(repeated_blocks, text) == []


OPENING = (
    "Hello all, new here and keen to get into the hobby properly. At the moment I only have "
    "basic power tools, a jigsaw, a circular saw and a drill, and I would like to know which "
    "first projects you would suggest to someone starting out like me."
)


def test_a_first_post_previewed_above_the_thread_keeps_the_copy_that_opens_it() -> None:
    got = removed(repeated_blocks, page(OPENING, "Jump to latest", "Discussion starter",
                                        OPENING, ARTICLE, OTHER))
    assert got == [OPENING]


def test_a_long_blurb_before_and_after_the_text_still_all_goes() -> None:
    got = removed(repeated_blocks, page(OPENING, ARTICLE, OTHER, OPENING))
    assert got == [OPENING, OPENING]


def test_a_tagline_twice_before_the_text_still_all_goes() -> None:
    got = removed(repeated_blocks, page(TAGLINE, "Menu", TAGLINE, ARTICLE, OTHER))
    assert got == [TAGLINE, TAGLINE]


def _removed_html(html: str) -> list[tuple[str, bool]]:
    doc = read_html(html)
    for rule in sorted(repeated_blocks.cleanpress_rules(), key=lambda r: r.sort_key):
        ctx = RuleContext(rule, Markers([]), {})
        rule.apply(doc, ctx)
        ctx._commit(doc)
    return [(b.text, b.hidden) for b in doc.removed()]


def test_a_hidden_copy_goes_and_the_shown_copy_stays() -> None:
    # A shop's description rendered for two layouts, the mobile one hidden: on a page
    # type that keeps hidden text, the copy shown is the content.
    html = (f"<html><body><main><h1>Kettle</h1><p>{ARTICLE}</p><p>{OTHER}</p>"
            f'<div style="display:none"><p>{OTHER}</p></div></main></body></html>')
    assert _removed_html(html) == [(OTHER, True)]


def test_shown_copies_outside_the_article_still_go_beside_a_hidden_one() -> None:
    html = (f"<html><body><p>{TAGLINE}</p><main><p>{ARTICLE}</p><p>{OTHER}</p></main>"
            f'<p>{TAGLINE}</p><div hidden><p>{TAGLINE}</p></div></body></html>')
    assert sorted(_removed_html(html)) == [(TAGLINE, False), (TAGLINE, False), (TAGLINE, True)]


def test_a_snippet_shown_again_later_in_a_guide_stays_and_a_paragraph_copy_goes() -> None:
    # A guide repeats its code at each step it serves; a later copy of a paragraph
    # (a pull quote) still goes.
    snippet = "pip install example-package --upgrade"
    later = OTHER.replace("month", "week")
    html = (f"<html><body><main><h1>Guide</h1><p>{OTHER}</p><p>{ARTICLE}</p>"
            f"<pre><code>{snippet}</code></pre><p>{later}</p><p>{ARTICLE}</p>"
            f"<pre><code>{snippet}</code></pre>"
            f"<p>{later.replace('auditors', 'engineers')}</p></main></body></html>")
    assert _removed_html(html) == [(ARTICLE, False)]
