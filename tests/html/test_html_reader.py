"""The HTML reader: blocks and evidence from markup, robust on bad input."""

from __future__ import annotations

import pytest

from cleanpress.readers import read
from cleanpress.readers.html import class_words, read_html


def texts(html: str) -> list[str]:
    return [b.text for b in read_html(html).blocks]


def test_paragraphs_headings_and_inline_text() -> None:
    doc = read_html("<body><h1>Big <em>news</em></h1><p>One <b>two</b> three.</p></body>")
    assert [(b.kind, b.tag, b.text) for b in doc.blocks] == [
        ("heading", "h1", "Big news"),
        ("paragraph", "p", "One two three."),
    ]
    assert doc.source_kind == "html"
    assert doc.blocks[1].path == "html/body/p"


def test_lists_get_bullets_and_ordered_numbers() -> None:
    doc = read_html("<ul><li>apples</li><li>pears</li></ul><ol><li>first</li><li>second</li></ol>")
    assert [(b.kind, b.bullet) for b in doc.blocks] == [
        ("list_item", "\u2022"), ("list_item", "\u2022"), ("list_item", "1."), ("list_item", "2."),
    ]
    assert doc.blocks[3].render() == "2. second"


def test_pre_keeps_whitespace_as_code() -> None:
    doc = read_html("<p>Run:</p><pre><code>def f():\n    return 1\n</code></pre>")
    assert doc.blocks[1].kind == "code"
    assert doc.blocks[1].text == "def f():\n    return 1"


def test_figcaption_blockquote_and_table_kinds() -> None:
    doc = read_html(
        "<figure><img src=x><figcaption>A cat. Photo: Jo</figcaption></figure>"
        "<blockquote><p>Quoted words here.</p></blockquote>"
        "<table><tr><td>a</td><td>b</td></tr></table>"
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("caption", "A cat. Photo: Jo"), ("quote", "Quoted words here."), ("table", "a b"),
    ]
    assert doc.blocks[0].landmark == "figure"


def test_dropped_elements_keep_their_tail() -> None:
    html = (
        "<p>Before<script>var x = 1;</script> after<style>p{}</style>.</p>"
        "<form><button>Share</button><input value=q></form><noscript>enable js</noscript>"
        "<svg><text>logo</text></svg><iframe src=x>frame</iframe>"
    )
    assert texts(html) == ["Before after."]


def test_landmarks_roles_and_class_words() -> None:
    doc = read_html(
        '<nav><a href="/">Home</a></nav><div role="complementary"><p>Side</p></div>'
        '<footer><p>Foot</p></footer><div class="post__content main"><p>Body</p></div>'
    )
    assert [b.landmark for b in doc.blocks] == ["nav", "aside", "footer", ""]
    assert doc.blocks[0].link_density == 1.0
    assert {"post__content", "post", "content", "main"} <= doc.blocks[3].class_words


def test_class_words_split_tokens_and_parts() -> None:
    assert class_words("Article-Body  sideBar") == frozenset(
        {"article-body", "article", "body", "sidebar"}
    )


def test_hidden_elements_are_flagged_and_hidden_inline_text_dropped() -> None:
    doc = read_html(
        '<div hidden><p>Gone one</p></div><p style="display: none">Gone two</p>'
        '<div aria-hidden="true"><p>Gone three</p></div>'
        '<p>Shown <span style="display:none">secret</span>text</p>'
    )
    assert [b.hidden for b in doc.blocks] == [True, True, True, False]
    assert doc.blocks[3].text == "Shown text"


def test_double_line_break_splits_paragraphs() -> None:
    assert texts("<div>Line one<br>still one<br><br>Line two</div>") == [
        "Line one still one", "Line two"
    ]


def test_entities_and_comments() -> None:
    assert texts("<p>Caf&eacute; &amp; bar<!-- hidden note --> &#8212; open</p>") == [
        "Café & bar \u2014 open"
    ]


def test_head_meta_links_and_json_ld() -> None:
    doc = read_html(
        '<html lang="de"><head><title>T | Site</title>'
        '<meta property="og:title" content="The title">'
        '<meta name="author" content="Ann Lee">'
        '<link rel="canonical" href="https://x.test/a">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "headline": "H"}, {"@type": "Person", "name": "P"}]}</script>'
        '<script type="application/ld+json">{broken</script>'
        '</head><body><p>x <time datetime="2024-05-01T10:00:00Z">May 1</time></p>'
        '<a rel="author" href="/ann">Ann Lee</a></body></html>'
    )
    assert doc.head["lang"] == ["de"]
    assert doc.head["title"] == ["T | Site"]
    assert doc.head["meta:og:title"] == ["The title"]
    assert doc.head["meta:author"] == ["Ann Lee"]
    assert doc.head["link:canonical"] == ["https://x.test/a"]
    assert doc.head["time"] == ["2024-05-01T10:00:00Z"]
    assert doc.head["author-link"] == ["Ann Lee"]
    assert [o["@type"] for o in doc.json_ld] == ["NewsArticle", "Person"]


def test_head_values_are_repaired_like_the_text() -> None:
    doc = read_html(
        "<html><head><title>itertools \u00e2\u0080\u0094 Functions</title>"
        '<meta property="og:title" content="An Investor\u00e2\u0080\u0099s Guide">'
        '<meta name="author" content="Zo\u00eb Caf\u00e9">'
        "</head><body><p>x</p></body></html>"
    )
    assert doc.head["title"] == ["itertools \u2014 Functions"]
    assert doc.head["meta:og:title"] == ["An Investor\u2019s Guide"]
    assert doc.head["meta:author"] == ["Zo\u00eb Caf\u00e9"]  # right as it is


def test_containers_point_to_elements() -> None:
    doc = read_html('<body><article class="story"><div><p>In</p></div></article><p>Out</p></body>')
    inner, outer = doc.blocks
    tags = [doc.elements[n].tag for n in inner.containers]
    assert tags == ["body", "article", "div"]
    assert [doc.elements[n].tag for n in outer.containers] == ["body"]
    assert doc.elements[inner.containers[-1]].parent == inner.containers[-2]


def test_only_containers_with_text_are_listed_in_document_order() -> None:
    doc = read_html(
        '<body><div class="empty"><ul><li> </li></ul></div>'
        '<section><div class="a"><p>A</p></div><aside><div></div></aside>'
        '<div class="b"><p>B</p></div></section></body>'
    )
    assert [(e.tag, sorted(e.words)) for e in doc.elements] == [
        ("body", []), ("section", []), ("div", ["a"]), ("div", ["b"]),
    ]
    assert [e.parent for e in doc.elements] == [-1, 0, 1, 1]
    assert [b.containers for b in doc.blocks] == [(0, 1, 2), (0, 1, 3)]


def test_malformed_markup() -> None:
    html = "<html><body><p>One <b>bold <i>both</p><div>Two</span></div><p>Three <a href=x>link"
    assert texts(html) == ["One bold both", "Two", "Three link"]


def test_empty_and_script_only_pages() -> None:
    assert read_html("").blocks == []
    assert read_html("<html><head><script>x()</script></head><body></body></html>").blocks == []
    assert read_html("<html><body><script>document.write('hi')</script></body></html>").blocks == []


def test_dispatch_reads_bytes_as_html() -> None:
    page = (
        '<!doctype html><html><head><meta charset="windows-1252"></head>'
        "<body><p>Grüße aus Köln.</p></body></html>"
    ).encode("cp1252")
    doc, _ = read(page)
    assert doc.source_kind == "html"
    assert doc.blocks[0].text == "Grüße aus Köln."


def test_text_and_raw_agree_for_every_block() -> None:
    doc = read_html("<div>a\n  b<br>c</div><p>  spaced   out  </p>")
    for block in doc.blocks:
        assert " ".join(block.raw.split()) == block.text


def test_tail_of_dropped_element_joins_the_running_text() -> None:
    doc = read_html(
        "<p>foo<script>x</script>\n<b>bar</b>\n<i>baz</i></p>"
        "<div>a<br>b<style>s</style>\n<br>c</div>"
    )
    assert [(b.text, b.raw) for b in doc.blocks] == [
        ("foo bar baz", "foo bar baz"), ("a b c", "a\nb\nc")
    ]


def test_blocks_inside_a_link_count_as_link_text() -> None:
    doc = read_html(
        '<a href="x"><div>in <b>link</b></div> tail</a><p>no <a>anchor</a> here</p>'
        '<p>one <a href="y">link</a> of many words</p>'
    )
    assert [(b.text, b.link_density) for b in doc.blocks] == [
        ("in link", 6 / 7), ("tail", 1.0), ("no anchor here", 0.0),
        ("one link of many words", 4 / 22),
    ]


def test_aria_hidden_false_and_plain_styles_stay_visible() -> None:
    doc = read_html(
        '<p>a <span aria-hidden="false">b</span> <span style="color: red">c</span></p>'
        '<div style="font-weight:bold"><p>d</p></div>'
    )
    assert [(b.text, b.hidden) for b in doc.blocks] == [("a b c", False), ("d", False)]


def test_a_link_out_of_the_tab_order_stays_visible() -> None:
    # A card's second link to its story (aria-hidden and tabindex -1) is seen on the
    # page; an icon hidden from screen readers is not text.
    doc = read_html(
        '<p><a href="/s" aria-hidden="true" tabindex="-1">Walmart now sells them.</a></p>'
        '<p>Read <span aria-hidden="true">&#9654;</span></p>'
        '<p>x <a href="/s" aria-hidden="true">icon</a></p>'
        '<p><a href="/s" aria-hidden="true" tabindex="-1" hidden>gone</a> y</p>'
    )
    assert [b.text for b in doc.blocks] == ["Walmart now sells them.", "Read", "x", "y"]


def test_class_words_of_non_ascii_tokens() -> None:
    # A token of letters and digits stays whole; others also give their ASCII runs.
    assert class_words("café-Über x_y Café") == frozenset(
        {"café-über", "caf", "ber", "x_y", "x", "y", "café"}
    )
    assert class_words("") == frozenset()


def test_structured_marks_of_containers() -> None:
    doc = read_html(
        '<div role="main" itemprop="articleBody" itemtype="https://schema.org/NewsArticle">'
        '<p role="note">t</p></div>'
    )
    body, div = doc.elements
    assert body.marks == frozenset()
    assert {"main", "articlebody", "newsarticle", "schema"} <= div.marks
    assert doc.blocks[0].containers == (0, 1)


def test_indent_counts_inline_ancestors_and_path_skips_them() -> None:
    doc = read_html("<body><div><span><p>deep</p></span></div></body>")
    assert [(b.indent, b.path) for b in doc.blocks] == [(5, "html/body/div/p")]


def test_pages_over_the_element_limit_are_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import cleanpress.readers.html as html_reader
    from cleanpress.errors import InputError

    monkeypatch.setattr(html_reader, "MAX_ELEMENTS", 6)
    page = "<html><head><title>T</title></head><body>{}</body></html>"
    assert [b.text for b in read_html(page.format("<p>one</p><p>two</p>")).blocks] == [
        "one", "two"
    ]
    # Cleaning part of the page would lose the rest without a word: refuse it instead.
    with pytest.raises(InputError, match="more than 6 HTML elements"):
        read_html(page.format("<p>one</p><p>two</p><p>three</p><p>four</p>"))


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_pages_are_read_whole(depth: int) -> None:
    page = "<html><body>" + "<div>" * depth + "<p>deep words</p>" + "</div>" * depth
    page += "<p>after the nest</p></body></html>"
    assert [b.text for b in read_html(page).blocks] == ["deep words", "after the nest"]


def test_nesting_past_the_parser_limit_is_refused() -> None:
    from cleanpress.errors import InputError

    page = "<html><body>" + "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="deeper than"):
        read_html(page)


def test_markup_after_an_early_end_of_the_document_is_read() -> None:
    # A template that closes the page before the article: a browser reads on, so do we.
    html = ("<html><body><nav><a href='/'>Home</a></nav></body></HTML>\n"
            "<div class='post'><h1>Title</h1><p>The article's text.</p></div></html>")
    assert texts(html) == ["Home", "Title", "The article's text."]
    # An end tag inside a script, or with nothing after it, changes nothing.
    assert texts("<body><p>One.</p><script>w('</html>')</script><p>Two.</p></body>"
                 "</html>\n") == ["One.", "Two."]


def test_edit_section_links_are_dropped_from_headings() -> None:
    html = (
        '<h2><span class="mw-headline">History</span><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2>'
        '<p>Posted in news <a class="post-edit-link" href="/wp-admin">Edit</a> today</p>'
    )
    assert texts(html) == ["History", "Posted in news today"]


def test_an_edit_word_in_ordinary_classes_is_kept() -> None:
    assert texts('<p>Read the <span class="editor-note">editor\'s note</span></p>') == [
        "Read the editor's note"
    ]


def test_a_styled_line_in_a_layout_element_ends_at_its_line_break() -> None:
    html = (
        '<td><h1>Headline</h1><font class="summary">The summary of the story</font><br>'
        '<font class="byline">by Ann Lee</font> - <font class="date">12/03/2024</font>'
        "<br><br><p>Body.</p></td>"
    )
    assert texts(html) == [
        "Headline", "The summary of the story", "by Ann Lee - 12/03/2024", "Body."
    ]


def test_line_breaks_in_plain_text_or_inside_a_paragraph_stay_soft() -> None:
    assert texts("<div>Thanks,<br>that worked!<br>Cheers</div>") == [
        "Thanks, that worked! Cheers"
    ]
    assert texts("<p><b>Jane Doe</b><br>12 High Street</p>") == ["Jane Doe 12 High Street"]


def test_block_class_words_join_every_ancestor_and_only_theirs() -> None:
    doc = read_html(
        '<html><body><div class="page"><div id="main-col"><section>'
        '<p class="lead">Lead paragraph here.</p></section></div>'
        '<div class="sidebar"><p>Other text.</p></div></div></body></html>'
    )
    lead, other = doc.blocks
    assert lead.class_words == frozenset({"page", "main-col", "main", "col", "lead"})
    assert other.class_words == frozenset({"page", "sidebar"})
    lead.class_words = frozenset({"set"})
    assert lead.class_words == frozenset({"set"})


def test_joined_words_joins_a_chain_once() -> None:
    from cleanpress.document import joined_words

    root = [frozenset(), None, frozenset()]
    outer = [None, root, frozenset({"a"})]
    inner = [None, outer, frozenset({"b"})]
    assert joined_words(inner) == frozenset({"a", "b"})
    assert outer[0] == frozenset({"a"}) and inner[0] == frozenset({"a", "b"})


def test_blocks_are_repaired_where_they_need_it_and_only_there() -> None:
    doc = read_html(
        "<html><body><p>CafÃ© crÃ¨me on the square.</p><p>Plain words, nothing odd.</p>"
        "<p>A bell\x07 rang\x0b twice.</p><pre>\tindented\x07 code</pre></body></html>"
    )
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["Café crème on the square.", "Plain words, nothing odd.",
                         "A bell rang twice."]
    assert doc.blocks[3].raw == "    indented code"


_PROSE = " ".join(f"word{i}" for i in range(45))


def test_noscript_with_prose_is_read_and_short_noscript_dropped() -> None:
    page = (
        "<body><div id=app></div><noscript>Please enable JavaScript."
        f"<div><p>{_PROSE}</p></div></noscript>"
        "<noscript><img src=pixel.gif>You need JavaScript to run this app.</noscript>"
        "<p>After.</p></body>"
    )
    assert texts(page) == ["Please enable JavaScript.", _PROSE, "After."]


def test_noscript_menu_of_links_is_dropped_and_linked_prose_read() -> None:
    # A site menu kept for browsers without JavaScript is links: not read.
    menu = "".join(f"<li><a href=/s{i}>Section {i} news</a></li>" for i in range(30))
    page = f"<body><noscript><details><summary>Menu</summary><ul>{menu}</ul></details>" \
        "</noscript><p>After.</p></body>"
    assert texts(page) == ["After."]
    # Prose with a few links in it is still read.
    page = f"<body><noscript><p><a href=/a>One link</a> {_PROSE}</p></noscript></body>"
    assert texts(page) == [f"One link {_PROSE}"]
    # Cards each wrapped in a link are text, not a menu.
    card = "<a href=/c><div><p>A new laptop, lighter and faster than before.</p></div></a>"
    assert len(texts(f"<body><noscript>{card * 5}</noscript></body>")) == 5


def test_an_unclosed_control_does_not_swallow_the_page() -> None:
    # A button or select whose end tag is missing holds the rest of the page:
    # its content is read, its own label is not.
    assert texts(f"<body><button>Menu<div><p>{_PROSE}</p></div></button></body>") == [_PROSE]
    select = "<select><option>France</option><option>Spain</option>"
    assert texts(f"<body>{select}<div><p>{_PROSE}</p></div></select></body>") == [_PROSE]


def test_short_controls_are_dropped_whole() -> None:
    options = "".join(f"<option>Country {i}</option>" for i in range(60))
    page = f"<body><p>Pick <button>Open menu</button><select>{options}</select> one.</p></body>"
    assert texts(page) == ["Pick one."]


def test_tab_and_accordion_panels_are_not_hidden_but_menus_are() -> None:
    doc = read_html(
        "<body><div role=tabpanel hidden><p>Specifications</p></div>"
        '<div class="accordion-body collapse" style="display:none"><p>Answer</p></div>'
        '<div class="navbar-collapse collapse" aria-hidden="true"><p>Home</p></div>'
        '<div class="modal" hidden><p>Sign in</p></div></body>'
    )
    assert [(b.text, b.hidden) for b in doc.blocks] == [
        ("Specifications", False), ("Answer", False), ("Home", True), ("Sign in", True),
    ]


def test_the_hidden_part_of_a_disclosure_is_not_hidden() -> None:
    doc = read_html(
        "<body><details><summary>What is it?</summary>"
        '<div aria-hidden="true"><div><p>The answer</p></div></div></details>'
        '<button aria-controls="a1" id="q1">Learn fast</button>'
        '<div id="a1" hidden aria-labelledby="q1"><p>Build skills</p></div></body>'
    )
    assert [(b.text, b.hidden) for b in doc.blocks] == [
        ("What is it?", False), ("The answer", False), ("Build skills", False),
    ]


def test_hidden_dialogs_menus_and_plain_boxes_stay_hidden() -> None:
    doc = read_html(
        '<body><div role="dialog" aria-labelledby="t" hidden><p>Sign in</p></div>'
        '<div aria-modal="true" aria-labelledby="t" hidden><p>Subscribe</p></div>'
        '<ul class="menu" aria-labelledby="m" hidden><li>Home</li></ul>'
        '<div hidden><p>Old text</p></div>'
        '<details><summary>More</summary><div><div><div><div aria-hidden="true">'
        "<p>Far below</p></div></div></div></div></details></body>"
    )
    assert [(b.text, b.hidden) for b in doc.blocks] == [
        ("Sign in", True), ("Subscribe", True), ("Home", True), ("Old text", True),
        ("More", False), ("Far below", True),
    ]


def test_a_box_controlled_by_the_toggle_before_it_is_not_hidden() -> None:
    # An accordion: each question's link says which answer it expands.
    doc = read_html(
        '<body><h3><a href="#" aria-controls="c1" aria-expanded="false">How much?</a></h3>'
        '<div id="c1" aria-hidden="true"><p>About a tenth of your pay.</p></div>'
        '<button aria-controls="c2">Open</button><div id="c2" hidden><p>No toggle</p></div>'
        '<a aria-controls="c9" aria-expanded="false">Far</a><p>Between</p>'
        '<div id="c9" hidden><p>Not right after</p></div></body>'
    )
    assert [(b.text, b.hidden) for b in doc.blocks] == [
        ("How much?", False), ("About a tenth of your pay.", False), ("No toggle", True),
        ("Far", False), ("Between", False), ("Not right after", True),
    ]
