"""``result.html``: clean HTML that a sanitiser check passes, whatever the page held."""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html
from out_docs import TABLE_ELEMENTS, block, document, item, row, spanned

from cleanpress import Cleaner
from cleanpress.document import Inline
from cleanpress.output import Output, OutputOptions
from cleanpress.output.html import ALLOWED

_BAD_URL = re.compile(r"^\s*(?:javascript|vbscript|data|file):", re.I)


def assert_sanitised(markup: str) -> None:
    """Only allowed tags and attributes; no script, style, event handler or unsafe URL
    (page text that spells those out stays text: escaped)."""
    for tag in re.findall(r"<\s*/?\s*([a-zA-Z][^\s>/]*)", markup):
        assert tag.lower() in ALLOWED, tag
    if not markup.strip():
        return
    for element in lxml_html.fragments_fromstring(markup):
        if isinstance(element, str):
            continue
        for node in element.iter():
            assert node.tag in ALLOWED, node.tag
            for name, value in node.attrib.items():
                assert name in ALLOWED[node.tag], (node.tag, name)
                assert "javascript:" not in value.lower().replace("\t", "")
                if name in ("href", "src"):
                    assert not _BAD_URL.match(value), value


HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>Hostile</title>
<style>p { color: red }</style><script>alert('head')</script>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head>
<body onload="alert('body')"><article>
<h2 onclick="alert('h')" style="color:red">A heading <script>alert('in heading')</script></h2>
<p onmouseover="alert(1)">Click <a href="javascript:alert(1)">here</a>, or
<a href=" JaVaScRiPt:alert(2)">here</a>, or <a href="jav&#x09;ascript:alert(3)">there</a>, or
<a href="&#106;avascript:alert(4)">this</a>, or <a href="vbscript:msgbox(5)">that</a>, or
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">data</a>, or
<a href="https://ok.example/x" onclick="steal()" style="x" target="_blank">a good link</a>.</p>
<p>An image <img src="x" onerror="alert(7)" alt="x&quot; onerror=&quot;alert(8)">
and <img src="javascript:alert(9)" alt="js"> and
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg"> in a paragraph
that is long enough to be kept as the body of this article, with words.</p>
<p>Text with &lt;script&gt;alert(10)&lt;/script&gt; written out, and a "quote" &amp; more.</p>
<svg><script>alert(11)</script><a href="javascript:alert(12)">svg link</a></svg>
<iframe src="javascript:alert(13)"></iframe>
<form action="javascript:alert(14)"><input value="x" onfocus="alert(15)" autofocus></form>
<pre><code class="language-js&quot; onmouseover=&quot;alert(16)">var x = "&lt;/code&gt;";
</code></pre>
<table><tr><th onclick="x">Head</th><th>Other</th></tr>
<tr><td colspan="2" onclick="y" style="z">cell <b onclick="z">bold</b></td></tr></table>
<ul><li style="x">item <em onmouseover="z">one</em></li>
<li><a href="java script:x">two</a></li></ul>
<blockquote onclick="q">A quote long enough to stay with the article text kept.</blockquote>
</article></body></html>"""


@pytest.mark.parametrize("links,images", [(False, False), (True, True)])
def test_hostile_page_gives_sanitised_html(links: bool, images: bool) -> None:
    result = Cleaner(links=links, images=images).clean(HOSTILE_PAGE, url="https://ex.example/")
    assert "Click" in result.html and "<blockquote>" in result.html
    assert_sanitised(result.html)
    assert "&lt;script&gt;alert(10)" in result.html  # text stays text


def test_hostile_evidence_gives_sanitised_html() -> None:
    """Whatever a reader recorded (addresses, alt text, languages) is escaped or dropped."""
    source = "one two three four five"
    doc = document(
        spanned(source, (0, 3, "link", "javascript:alert(1)"),
                (4, 7, "link", "\x00javascript:alert(2)"),
                (8, 13, "link", '"><script>alert(3)</script>'),
                (14, 18, "link", "data:text/html,<script>alert(4)</script>"),
                images=[(19, 'x" onerror="alert(5)', '"><script>alert(6)</script>', False),
                        (19, "vbscript:alert(7)", "v", True)]),
        block("code", "code", tag="pre",
              inline=Inline("", language='x"><script>alert(8)</script>')),
        block("<script>alert(9)</script>", "heading", tag="h2"),
        item("<img src=x onerror=alert(10)>"),
        row("<b onclick=x>", "<i>"), row("a", "b"),
        elements=TABLE_ELEMENTS,
    )
    doc.blocks[4].containers = doc.blocks[5].containers = (0, 1)
    for base in (None, "https://ex.example/", "javascript:alert(11)"):
        doc.metadata.url = base
        markup = Output(doc, OutputOptions(links=True, images=True)).html
        assert_sanitised(markup)


def test_html_keeps_the_structure() -> None:
    doc = document(
        block("Intro.", "paragraph"),
        block("Part", "heading", tag="h3"),
        item("one", "1.", ordered=True), item("two", "2.", ordered=True),
        block("inner", "list_item", tag="li", bullet="\u2022",
              path="html/body/article/ol/li/ul/li"),
        block("Said.", "quote"),
        row(("H1", True, 1, 1), ("H2", True, 1, 1), head=True), row(("wide", False, 2, 1)),
        elements=TABLE_ELEMENTS,
    )
    doc.blocks[6].containers = doc.blocks[7].containers = (0, 1)
    markup = Output(doc).html
    assert markup == (
        "<p>Intro.</p>\n<h2>Part</h2>\n"
        "<ol><li>one</li><li>two<ul><li>inner</li></ul></li></ol>\n"
        "<blockquote><p>Said.</p></blockquote>\n"
        "<table><thead><tr><th>H1</th><th>H2</th></tr></thead>"
        '<tbody><tr><td colspan="2">wide</td></tr></tbody></table>'
    )
    assert_sanitised(markup)
