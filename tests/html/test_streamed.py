"""The HTML reader puts a React page's streamed segments (``<div hidden id="S:N">``)
at their markers (``<template id="B:N">``, ``"P:N"``), where the page shows them."""

from __future__ import annotations

from lxml import html

from cleanpress import Cleaner
from cleanpress.readers.streamed import place_streamed_segments

LONG = ("The fund tracks the whole market, so its holders own a small part of every company"
        " in the index and pay very little in fees for that, year after year, whatever the"
        " market does.")


def test_a_streamed_paragraph_is_read_where_its_marker_stands(cleaner: Cleaner) -> None:
    page = ('<html><body><main><h1>Index funds</h1><p>Intro of the guide, long enough to read'
            ' as the opening line of the page.</p><template id="B:0"></template>'
            '<p>Loading paragraph...</p><p>Closing words of the guide.</p></main>'
            f'<footer><p>Site footer</p></footer><div hidden id="S:0"><p>{LONG}</p></div>'
            "</body></html>")
    text = cleaner.clean(page, kind="html").text
    assert LONG in text
    assert "Loading paragraph" not in text
    assert text.index("Intro of the guide") < text.index(LONG) < text.index("Closing words")


def test_small_segments_and_segments_without_a_marker_stay_put() -> None:
    root = html.fromstring(
        '<html><body><nav><template id="B:0"></template><span>Products</span></nav>'
        '<div hidden id="S:0"><a href="/p">Products</a></div>'
        f'<div hidden id="S:7"><p>{LONG}</p></div></body></html>')
    assert place_streamed_segments(root) == 0
    assert root.find(".//nav/span") is not None
    assert all(d.get("hidden") is not None for d in root.iter("div"))


def test_the_text_after_a_moved_segment_stays_in_place() -> None:
    root = html.fromstring(
        f'<html><body><p><template id="P:1"></template></p><div>a<div hidden id="S:1">'
        f"<p>{LONG}</p></div>tail</div></body></html>")
    assert place_streamed_segments(root) == 1
    box = root.find("body/div")
    assert box is not None and box.text == "atail"
    assert root.find("body/p/div/p") is not None


def test_a_segment_counts_the_words_streamed_into_it() -> None:
    # S:1 is a section frame; its paragraph arrives in S:2, whose marker S:1 holds.
    # A loop of markers (S:3 and S:4 hold each other's) ends.
    root = html.fromstring(
        '<html><body><main><template id="B:1"></template></main>'
        '<div hidden id="S:1"><h2>Types</h2><template id="B:2"></template></div>'
        f'<div hidden id="S:2"><ul><li>{LONG}</li></ul></div>'
        '<div hidden id="S:3"><template id="P:4"></template></div>'
        '<div hidden id="S:4"><template id="P:3"></template></div></body></html>')
    assert place_streamed_segments(root) == 2
    assert root.find(".//main/div/h2") is not None
    assert root.find(".//main/div/div/ul/li") is not None


def test_a_segment_whose_text_is_clamped_to_one_line_stays_hidden() -> None:
    # A comment's one-line preview under an entry: a few of its words show.
    root = html.fromstring(
        '<html><body><section><h3>Entry</h3><template id="B:5"></template></section>'
        f'<div hidden id="S:5"><p class="line-clamp-1 text-sm">{LONG}</p></div></body></html>')
    assert place_streamed_segments(root) == 0


def test_a_segment_of_links_stays_hidden() -> None:
    # The footer's lists of brands and categories: words, but all in links.
    links = "".join(f'<li><a href="/b{i}">Brand number {i} of the shop</a></li>' for i in range(20))
    root = html.fromstring(
        '<html><body><footer><template id="B:2"></template></footer>'
        f'<div hidden id="S:2"><h3>More brands</h3><ul>{links}</ul></div></body></html>')
    assert place_streamed_segments(root) == 0



def test_a_segment_of_prose_with_scripts_styles_and_links_beside_it_is_moved() -> None:
    # Words of scripts, styles and links do not count; the text after each does
    # (a tail belongs to the element around it), and so does a segment's own text.
    prose = " ".join(["word"] * 12)
    root = html.fromstring(
        '<html><body><section><template id="B:7"></template></section>'
        f'<div hidden id="S:7">{prose}<script>{LONG}</script>{prose}'
        f'<style>{LONG}</style><a href="/x">{LONG}</a>{prose}</div></body></html>')
    assert place_streamed_segments(root) == 1
    root = html.fromstring(
        '<html><body><section><template id="B:7"></template></section>'
        f'<div hidden id="S:7">{prose}<script>{LONG}</script><a href="/x">{LONG}</a>'
        '</div></body></html>')
    assert place_streamed_segments(root) == 0  # 12 words of its own: too few


def test_clamping_around_the_segment_counts_too() -> None:
    # The class that clamps may stand on an element around the segment.
    shown = (f'<html><body><section><template id="B:8"></template></section>'
             f'<div class="{{}}"><div hidden id="S:8"><p>{LONG}</p></div></div></body></html>')
    assert place_streamed_segments(html.fromstring(shown.format("wrap"))) == 1
    assert place_streamed_segments(html.fromstring(shown.format("x\ttruncate"))) == 0
