"""Sections led by a related-content heading."""

from __future__ import annotations

from html_pages import P, paras

from cleanpress import Cleaner

TEASER = ("Another story from this site runs on here with enough words to look like prose, "
          "number {n}.")


def teasers(n: int) -> str:
    return "".join(f"<article class='post'><p>{TEASER.format(n=i)}</p></article>"
                   for i in range(n))


def page(article: str, section: str) -> str:
    return (f"<html><body><div class='column'><article class='entry'><h1>Headline</h1>"
            f"{article}</article>{section}</div></body></html>")


def test_grid_under_a_related_heading_goes_even_when_it_outweighs_the_article(
    cleaner: Cleaner,
) -> None:
    section = f"<section><h3>You may also like</h3>{teasers(6)}</section>"
    result = cleaner.clean(page(paras(2), section), kind="html")
    assert result.text.split("\n\n") == [P.format(n=0), P.format(n=1)]


def test_heading_classed_as_related_leads_the_section(cleaner: Cleaner) -> None:
    section = f"<div><h3 class='relatedpoststitle'>Voce pode gostar...</h3>{teasers(6)}</div>"
    result = cleaner.clean(page(paras(2), section), kind="html")
    assert "Another story" not in result.text


def test_related_heading_inside_the_article_text_leads_nothing(cleaner: Cleaner) -> None:
    # The heading is not the first block of any box: the paragraphs after it stay.
    article = paras(2) + "<h2>Related</h2>" + paras(2, 2)
    text = cleaner.clean(page(article, ""), kind="html").text
    for i in range(4):
        assert P.format(n=i) in text


def test_other_headings_lead_no_section(cleaner: Cleaner) -> None:
    article = paras(1) + "<div><h3>Related work on the bridge</h3>" + paras(2, 1) + "</div>"
    text = cleaner.clean(page(article, ""), kind="html").text
    assert "Related work on the bridge" in text and P.format(n=2) in text
