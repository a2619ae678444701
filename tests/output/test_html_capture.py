"""What the HTML reader records for the structured output (``Block.inline``)."""

from __future__ import annotations

from cleanpress.readers.html import read_html
from cleanpress.readers.html_inline import code_language, image_source, span_count


def blocks(body: str, **flags: bool):  # type: ignore[no-untyped-def]
    return read_html(f"<html><body>{body}</body></html>", **flags).blocks


def test_spans_are_offsets_into_the_text_as_gathered() -> None:
    (block,) = blocks('<p>Read <a href="/x">the  <em>whole</em> guide</a> and <code>run</code> '
                      "<b>now</b>.</p>")
    inline = block.inline
    assert inline is not None
    found = {(inline.source[s:e], kind, value) for s, e, kind, value in inline.spans}
    assert found == {("the  whole guide", "link", "/x"), ("whole", "em", ""), ("run", "code", ""),
                     ("now", "strong", "")}


def test_links_and_images_only_when_asked_for() -> None:
    page = '<p>See <a href="/x">this</a> <img src="/i.png" alt="pic"> here.</p>'
    (block,) = blocks(page, links=False, images=False)
    assert block.inline is None
    (block,) = blocks(page)
    assert block.inline is not None and block.inline.images == [(9, "/i.png", "pic", False)]


def test_an_image_before_a_block_stands_alone() -> None:
    found = blocks('<figure><img data-src="/real.jpg" src="data:image/gif;base64,R0" alt="A">'
                   "<figcaption>The caption.</figcaption></figure>")
    assert found[0].inline is not None
    assert found[0].inline.images == [(0, "/real.jpg", "A", True)]


def test_cells_with_header_and_spans() -> None:
    rows = blocks('<table><tr><th>A</th><th colspan="2">B</th></tr>'
                  '<tr><td rowspan="3">c</td><td>d</td><td>e</td></tr></table>')
    assert rows[0].inline is not None and rows[0].inline.cells == [(0, True, 1, 1),
                                                                    (2, True, 2, 1)]
    assert rows[1].inline is not None and rows[1].inline.cells == [
        (0, False, 1, 3), (2, False, 1, 1), (4, False, 1, 1)]


def test_code_language_from_the_inner_code_or_the_classes_around() -> None:
    (block,) = blocks('<pre><code class="hljs language-python">x = 1</code></pre>')
    assert block.inline is not None and block.inline.language == "python"
    (block,) = blocks('<div class="highlight-bash notranslate"><div class="highlight">'
                      "<pre>ls</pre></div></div>")
    assert block.inline is not None and block.inline.language == "bash"
    (block,) = blocks('<div class="lang-en"><div><div><div><pre>ls</pre></div></div></div></div>')
    assert block.inline is None  # a page's language class far up is no code language


def test_helpers() -> None:
    assert code_language(["highlight-source-python"]) == "python"
    assert code_language(["highlight-default"]) == ""
    assert span_count(" 3 ") == 3 and span_count("x") == 1 and span_count("99999") == 1000
    assert image_source([None, "", "data:image/png;base64,x", "/a.png"]) == "/a.png"
