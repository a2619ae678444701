"""The compiled walk (``readers/_walk.pyx``) gives what the pure-Python walk gives.

Both walk the same parsed tree; the blocks (every field), the containers and the
``rel=author`` link texts must be equal: over every HTML fixture, and over pages
made at random from the markup the walk treats specially. Skipped when the
compiled walk is not built (no C compiler at install).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from cleanpress.errors import InputError
from cleanpress.readers import html
from cleanpress.readers.decode import decode_bytes

pytestmark = pytest.mark.skipif(
    html.compiled_walk is None, reason="compiled walk not built (pure-Python install)"
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(ROOT.glob("fixtures/html/*/input.html")) + sorted(
    ROOT.glob("plugins/*/tests/fixtures/*/input.html")
)


def walked(page: str, walk: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[str]]:
    root = html._parse(page)
    assert root is not None
    walker = html._Walker()
    walk(root, walker)
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


def test_fixtures_are_found() -> None:
    assert len(PAGES) >= 20


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_same_walk_on_fixture_pages(path: Path) -> None:
    assert_twins(decode_bytes(path.read_bytes())[0])


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


@pytest.mark.parametrize("seed", range(300))
def test_same_walk_on_random_pages(seed: int) -> None:
    rng = random.Random(seed)
    assert_twins(f"<html><body>{_page(rng)}</body></html>{rng.choice(_TEXTS)}")


def test_both_refuse_too_many_elements(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<html><body>" + "<p>x</p>" * 50 + "</body></html>"
    monkeypatch.setattr(html, "MAX_ELEMENTS", 20)
    for walk in (html._walk, html.compiled_walk):
        with pytest.raises(InputError, match="more than 20 HTML elements"):
            walked(page, walk)
