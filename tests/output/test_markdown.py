"""Markdown from the output nodes: structure, escaping, inline elements, tables.

Each case is read back with markdown-it-py (CommonMark and GFM tables): the text
must come back unchanged and the structure must be what was written.
"""

from __future__ import annotations

import pytest
from md_strip import outline, parse, stripped
from out_docs import (
    TABLE_ELEMENTS,
    block,
    document,
    heading,
    item,
    row,
    spanned,
)

from cleanpress.document import Document, Inline
from cleanpress.output import Output, OutputOptions


def markdown(doc: Document, **options: bool) -> str:
    return Output(doc, OutputOptions(**options)).markdown


def plain(doc: Document) -> str:
    return "\n\n".join(b.render() for b in doc.blocks if not b.removed)


# --- headings ---


def test_top_body_heading_becomes_level_two() -> None:
    doc = document(heading("Install", 3), block("Text."), heading("On Linux", 4), block("More."))
    assert outline(markdown(doc)) == [
        ("h", 2, "Install"), ("p", "Text."), ("h", 3, "On Linux"), ("p", "More.")]


def test_a_kept_title_stays_level_one_above_the_body() -> None:
    doc = document(heading("Guide", 1), block("Intro."), heading("Part", 3), block("Text."))
    assert [entry[:2] for entry in outline(markdown(doc)) if entry[0] == "h"] == [
        ("h", 1), ("h", 2)]


def test_several_h1_are_section_headings() -> None:
    doc = document(heading("One", 1), block("a."), heading("Two", 1), block("b."))
    assert [entry[1] for entry in outline(markdown(doc)) if entry[0] == "h"] == [2, 2]


def test_a_paragraph_inside_a_heading_takes_its_level() -> None:
    doc = document(heading("Top", 2), block("Inner", "heading", tag="p",
                                             path="html/body/article/h4/p"))
    assert [entry[1] for entry in outline(markdown(doc)) if entry[0] == "h"] == [2, 4]


def test_removed_blocks_never_appear() -> None:
    doc = document(block("Kept."), block("Subscribe now", removed=True), block("Also kept."))
    assert "Subscribe" not in markdown(doc)
    assert stripped(markdown(doc)) == "Kept.\n\nAlso kept."


# --- lists, quotes, code ---


def test_nested_lists_keep_their_depth_and_kind() -> None:
    doc = document(
        item("First", "1.", ordered=True),
        item("Second", "2.", ordered=True),
        block("inner a", "list_item", tag="li", bullet="\u2022",
              path="html/body/article/ol/li/ul/li"),
        block("inner b", "list_item", tag="li", bullet="\u2022",
              path="html/body/article/ol/li/ul/li"),
        item("Third", "3.", ordered=True),
    )
    text = markdown(doc)
    assert outline(text) == [
        ("li", 1, True, "First"), ("li", 1, True, "Second"), ("li", 2, False, "inner a"),
        ("li", 2, False, "inner b"), ("li", 1, True, "Third")]
    assert stripped(text) == plain(doc)


def test_a_nested_numbered_list_not_starting_at_one_stays_a_list() -> None:
    doc = document(item("Top"), block("third", "list_item", tag="li", bullet="3.",
                                      path="html/body/article/ul/li/ol/li"))
    assert outline(markdown(doc))[1] == ("li", 2, True, "third")


def test_a_further_paragraph_of_an_item_stays_in_it() -> None:
    first = block("First paragraph.", "list_item", tag="p", bullet="\u2022",
                  path="html/body/article/ul/li/p")
    second = block("Second paragraph.", "list_item", tag="p", path="html/body/article/ul/li/p")
    doc = document(first, second, item("Next item."))
    tokens = [t.type for t in parse(markdown(doc))]
    assert tokens.count("list_item_open") == 2
    assert tokens.index("list_item_close") > tokens.index("paragraph_open", 3)
    assert stripped(markdown(doc)) == plain(doc)


def test_text_lists_nest_by_indentation() -> None:
    doc = document(block("a", "list_item", bullet="*"), block("b", "list_item", bullet="+"),
                   block("c", "list_item", bullet="*"), kind="text")
    doc.blocks[1].indent = 4
    assert [entry[1] for entry in outline(markdown(doc))] == [1, 2, 1]


def test_quotes_and_code() -> None:
    code = block('print("x")\n\n    if a:\n  ```\n\treturn', "code", tag="pre",
                 inline=Inline("", language="python"))
    doc = document(block("Said.", "quote"), block("Again.", "quote"), code)
    found = outline(markdown(doc))
    assert found[:2] == [("quote", "Said."), ("quote", "Again.")]
    assert found[2] == ("code", "python", code.text + "\n")


def test_a_language_that_is_not_a_plain_name_is_left_out() -> None:
    code = block("x", "code", tag="pre", inline=Inline("", language="py`thon evil"))
    assert markdown(document(code)).startswith("```\n")


# --- escaping ---

TRICKY = [
    "# not a heading", "1. not a list", "2) nor this", "- nor this", "+ nor this",
    "> nor a quote", "*stars* and _under_scores_ and snake_case_name", "`tick` ``two``",
    "[text](http://x.example) ![alt](y.png) <https://auto.example>", "<b>tag</b> <!-- c -->",
    "&amp; &#35; &copy; AT&T", "pipe | here", "~~strike~~ ~~~", "back\\slash \\* end\\",
    "---", "***", "___", "=== line", "    four spaces", "Wow![link]", "a  b", "日本語の文です",
    "\u00a0nbsp\u00a0inside", "C# and F#", "tail ##",
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_back_as_written(text: str) -> None:
    for kind in ("paragraph", "heading", "quote"):
        doc = document(block(" ".join(text.split()), kind, tag="h2" if kind == "heading" else "p"))
        assert stripped(markdown(doc)) == doc.blocks[0].text, kind
    doc = document(item(" ".join(text.split())))
    assert stripped(markdown(doc)) == doc.blocks[0].render()


# --- inline elements ---


def test_links_resolved_against_the_page_and_unsafe_ones_dropped() -> None:
    source = "See the guide and this and that."
    doc = document(spanned(source, (4, 13, "link", "../guide#top"),
                           (18, 22, "link", "java\tscript:alert(1)"),
                           (27, 31, "link", "/a (b)")), url="https://ex.example/docs/page")
    text = markdown(doc, links=True)
    assert "[the guide](https://ex.example/guide#top)" in text
    assert "javascript" not in text and "alert" not in text
    assert "[that](https://ex.example/a%20%28b%29)" in text
    assert stripped(text) == doc.blocks[0].text
    assert "[" not in markdown(doc)  # links are asked for


def test_emphasis_and_inline_code() -> None:
    source = "Use  quarry --version  to check, it is fast and safe."
    doc = document(spanned(source, (5, 21, "code", ""), (39, 43, "em", ""),
                           (48, 52, "strong", "")))
    text = markdown(doc)
    assert text == "Use `quarry --version` to check, it is _fast_ and **safe**."
    tokens = [t.type for t in parse(text)[1].children or []]
    assert {"code_inline", "em_open", "strong_open"} <= set(tokens)


def test_emphasis_a_parser_would_not_read_is_left_out() -> None:
    # "_" inside a word, "**" between a letter and punctuation
    source = "unbelievable and Note: yes"
    doc = document(spanned(source, (0, 2, "em", ""), (21, 22, "strong", "")))
    text = markdown(doc)
    assert "_" not in text and "**" not in text
    assert stripped(text) == doc.blocks[0].text


def test_spans_that_cross_are_dropped_not_their_text() -> None:
    source = "one two three four"
    doc = document(spanned(source, (0, 7, "em", ""), (4, 13, "strong", "")))
    assert stripped(markdown(doc)) == source


def test_images_when_asked_for() -> None:
    source = "Icon here."
    doc = document(spanned(source, images=[(5, "/i.png", "an  icon", False),
                                           (0, "javascript:x", "bad", False)]),
                   url="https://ex.example/a/")
    assert markdown(doc) == "Icon here."
    text = markdown(doc, images=True)
    assert text == "Icon ![an icon](https://ex.example/i.png)here."
    assert stripped(text) == "Icon here."


# --- tables ---


def test_a_table_with_header_and_spans_is_a_pipe_table() -> None:
    doc = document(
        block("Settings", "caption", tag="caption", containers=(0, 1)),
        row(("Name", True, 1, 1), ("Type", True, 1, 1), ("Default", True, 1, 1), head=True),
        row(("theme", False, 1, 2), "name", "plain"),
        row("or a path", "none"),
        row(("Paths | relative", False, 3, 1)),
        elements=TABLE_ELEMENTS,
    )
    text = markdown(doc)
    assert ("table", 4, 3) in outline(text)
    assert "| theme | name | plain |\n|  | or a path | none |" in text
    assert "Paths \\| relative |  |  |" in text
    assert stripped(text) == plain(doc)


def test_without_tables_rows_are_paragraphs() -> None:
    doc = document(row("a", "b"), row("c", "d"), elements=TABLE_ELEMENTS)
    assert markdown(doc, tables=False) == "a b\n\nc d"


def test_a_layout_table_is_left_to_its_blocks() -> None:
    # a paragraph sits in the table beside the rows: the page lays itself out with it
    doc = document(row("a", "b"), block("A whole paragraph.", containers=(0, 1)),
                   elements=TABLE_ELEMENTS)
    assert "|" not in markdown(doc)


def test_a_table_of_one_column_is_left_to_its_blocks() -> None:
    doc = document(row("a"), row("b"), elements=TABLE_ELEMENTS)
    assert markdown(doc) == "a\n\nb"


def test_an_image_standing_before_a_block_is_its_own_paragraph_once() -> None:
    doc = document(spanned("A caption.", images=[(0, "/photo.jpg", "A photo", True)],
                           kind="caption"))
    text = markdown(doc, images=True)
    assert text == "![A photo](/photo.jpg)\n\nA caption."
    assert markdown(doc) == "A caption."
