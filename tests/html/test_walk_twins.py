"""The compiled walk gives what the pure-Python walk gives.

Both run ``readers/walk.py``; what differs is the node layer: lxml's own
iterwalk and elements, or ``readers/_nodes.pyx`` reading libxml2's structs. So
the node layer is held to lxml's answers, call by call, and the whole walk to the
same output: the blocks (every field), the containers and the ``rel=author`` link
texts. Over every HTML fixture, and over pages made at random from the markup the
walk treats specially. Skipped when the compiled walk is not built (no C compiler
at install).
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from cleanpress.errors import InputError
from cleanpress.readers import html
from cleanpress.readers.decode import decode_bytes

built = pytest.mark.skipif(
    html.compiled_walk is None, reason="compiled walk not built, or turned off"
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(ROOT.glob("fixtures/html/*/input.html")) + sorted(
    ROOT.glob("plugins/*/tests/fixtures/*/input.html")
)


def walked(page: str, walk: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[str]]:
    root = html._parse(page)
    assert root is not None
    walker = walk(root)
    blocks = [
        (b.index, b.text, b.raw, b.kind, b.indent, b.bullet, b.tag, b.path, b.class_words,
         b.link_density, b.landmark, b.hidden, b.containers, _inline(b.inline))
        for b in walker.blocks
    ]
    elements = [(e.tag, e.words, e.marks, e.parent, e.depth) for e in walker.elements]
    return blocks, elements, walker.author_links


def _inline(inline: Any) -> tuple[Any, ...] | None:
    if inline is None:
        return None
    return (inline.source, inline.spans, inline.cells, inline.images, inline.language)


def assert_twins(page: str) -> None:
    assert walked(page, html.compiled_walk) == walked(page, html._walk)


def _facts(el: Any) -> tuple[Any, ...]:
    """What the walk can ask of an element, and of those it can reach from it."""
    if el is None:
        return (None,)
    tag = el.tag if isinstance(el.tag, str) else None  # (not a str either way)
    if tag is None:
        return (None, el.tail)
    keys = el.keys()
    return (tag, el.text, el.tail, keys, [el.get(key) for key in keys], el.get("class"),
            el.get("no-such-attribute", "default"), "".join(el.itertext()),
            [link.get("href") for link in el.iter("a")])


def assert_same_nodes(page: str, seed: int) -> None:
    """``_nodes.Events`` gives lxml's events and answers, skipping the same subtrees."""
    from cleanpress.readers import _nodes  # type: ignore[attr-defined]

    root = html._parse(page)
    assert root is not None
    expected = etree.iterwalk(root, events=("start", "end"))
    got = _nodes.Events(root)
    skips = random.Random(seed)
    for (event, el), (twin_event, twin) in zip(expected, got, strict=True):
        assert twin_event == event
        assert _facts(twin) == _facts(el)
        if event == "start":
            assert _facts(twin.getprevious()) == _facts(el.getprevious())
            assert _facts(twin.getparent()) == _facts(el.getparent())
            if skips.random() < 0.2:
                expected.skip_subtree()
                got.skip_subtree()


def test_fixtures_are_found() -> None:
    assert len(PAGES) >= 20


@built
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_same_walk_on_fixture_pages(path: Path) -> None:
    assert_twins(decode_bytes(path.read_bytes())[0])


@built
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_same_nodes_on_fixture_pages(path: Path) -> None:
    assert_same_nodes(decode_bytes(path.read_bytes())[0], seed=len(path.name))


# Markup the walk treats specially, for pages made at random.
_BLOCKS = ["div", "p", "section", "article", "aside", "nav", "footer", "ul", "ol", "li", "h2",
           "pre", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "form"]
_INLINE = ["span", "a", "em", "b", "code", "font", "td", "svg:path", "img", "strong", "kbd",
           "th"]
_DROPPED = ["script", "style", "button", "noscript", "svg"]
_ATTRIBUTES = [
    'class="post-content"', 'class="sidebar widget"', 'id="main"', 'class="x" id="y"',
    'role="navigation"', 'role="Main"', 'itemprop="articleBody"',
    'itemtype="https://schema.org/Person"', "hidden", 'aria-hidden="true"',
    'aria-hidden="false"', 'style="display: none"', 'style="color:red"', 'href="/a"',
    'rel="author"', 'rel="nofollow Author"', 'class="mw-editsection"', 'class=""',
    'src="/a.png"', 'data-src="/lazy.png"', 'src="data:image/gif;base64,R0"', 'alt="An image"',
    'class="language-python"', 'colspan="2"', 'rowspan="x"', 'href=""',
    'data-note="café &amp; más"', 'xlink:href="#icon"', "title", 'CLASS="upper"',
]
_TEXTS = ["Some words here.", "  ", "\n", "Zoë’s café", "日本語の文", "a\u00a0b", "&amp; more",
          "\t tabbed \t", "x"]


def _page(rng: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.25 or depth > 6:
            out.append(rng.choice(_TEXTS))
        elif roll < 0.32:
            out.append("<br>" * rng.randint(1, 3))
        elif roll < 0.36:
            out.append(f"<{rng.choice(_DROPPED)}>dropped</>")
        elif roll < 0.38:
            out.append("<!-- a comment -->")
        else:
            tag = rng.choice(_BLOCKS if roll < 0.7 else _INLINE)
            attributes = " ".join(rng.sample(_ATTRIBUTES, rng.randint(0, 3)))
            closing = f"</{tag}>" if rng.random() < 0.9 else ""  # some left open
            out.append(f"<{tag} {attributes}>{_page(rng, depth + 1)}{closing}")
    return "".join(out)


def _random_page(seed: int) -> str:
    rng = random.Random(seed)
    return f"<html><body>{_page(rng)}</body></html>{rng.choice(_TEXTS)}"


@built
@pytest.mark.parametrize("seed", range(300))
def test_same_walk_on_random_pages(seed: int) -> None:
    assert_twins(_random_page(seed))


@built
@pytest.mark.parametrize("seed", range(100))
def test_same_nodes_on_random_pages(seed: int) -> None:
    assert_same_nodes(_random_page(seed), seed)


@built
def test_both_refuse_too_many_elements(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<html><body>" + "<p>x</p>" * 50 + "</body></html>"
    monkeypatch.setattr(html, "MAX_ELEMENTS", 20)
    for walk in (html._walk, html.compiled_walk):
        with pytest.raises(InputError, match="more than 20 HTML elements"):
            walked(page, walk)


@pytest.mark.skipif(bool(os.environ.get("CLEANPRESS_PURE_PYTHON")), reason="turned off")
def test_compiled_walk_is_that_of_this_walk_py() -> None:
    """A compiled walk built from an older walk.py is not used (and these tests would
    be skipped): say so, rather than test the pure walk alone without a word."""
    try:
        from cleanpress.readers import _nodes  # type: ignore[attr-defined]
    except ImportError:
        pytest.skip("compiled walk not built")
    assert _nodes.WALK_SOURCE == html._source_digest(), (
        "walk.py changed since the compiled walk was built: build it again (make setup)"
    )
    assert html.compiled_walk is not None


@built
def test_the_compiled_walk_keeps_its_word_sets_out_of_the_collector_s_reach() -> None:
    import gc

    from cleanpress.readers import _walk  # type: ignore[attr-defined]

    words = _walk.class_words("untracked-test-value sidebarWidget")
    assert words == frozenset({"untracked-test-value", "untracked", "test", "value",
                               "sidebarwidget"})
    assert not gc.is_tracked(words)
    assert _walk.class_words("untracked-test-value sidebarWidget") is words
