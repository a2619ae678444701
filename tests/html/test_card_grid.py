"""card_grid (rules/common/teaser_cards.py): repeated sibling boxes of one template."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.readers.html import class_words, read_html
from cleanpress.rules.common.class_words import shape_words
from cleanpress.rules.common.container_tree import parents, sizes
from cleanpress.rules.common.teaser_cards import Grid, card_grid, entry_blocks

_TOPICS = ("news", "sport", "food")


def row(n: int, start: int = 0, box: str = "card", lines: int = 1) -> str:
    """A row of recipe cards; each names its own category in its class, as blog
    templates do."""
    return '<div class="carousel">' + "".join(
        f'<article class="{box} category-{_TOPICS[i % 3]} post-{i}">'
        f'<p><a href="/r{i}">Recipe number {i}</a></p>'
        + "".join(f"<p>{i} reviews {k}</p>" for k in range(lines)) + "</article>"
        for i in range(start, start + n)) + "</div>"


def grid_of(body: str, rows: bool = False) -> Grid | None:
    doc = read_html(f"<html><body>{body}</body></html>")
    blocks = entry_blocks(doc.elements, doc.blocks)
    return card_grid(doc.elements, blocks, sizes(parents(doc.elements), blocks), rows=rows)


def test_taxonomy_tokens_do_not_split_a_grid() -> None:
    grid = grid_of(row(6))
    assert grid is not None and len(grid.boxes) == 6


def test_boxes_of_different_templates_are_no_grid() -> None:
    body = '<div class="carousel">' + "".join(
        f'<div class="{kind}"><p><a href="/r{i}">Recipe {i}</a></p><p>line</p></div>'
        for i, kind in enumerate(["hero", "recipe", "story", "video", "quote", "poll"]))
    body += "</div>"
    assert grid_of(body) is None


def test_rows_of_one_template_under_sections_make_one_grid_when_asked() -> None:
    body = ("<main><section class='a'><h2>Top rated</h2>" + row(5) + "</section>"
            "<section class='b'><h2>Chicken</h2>" + row(6, 5) + "</section></main>")
    one = grid_of(body)
    assert one is not None and len(one.boxes) == 6  # the fuller row alone
    both = grid_of(body, rows=True)
    assert both is not None and len(both.boxes) == 11


def test_rows_under_parents_of_different_shapes_stay_apart() -> None:
    body = ("<main><section>" + row(5) + "</section><section><div class='strip'>"
            + row(6, 5)[len('<div class="carousel">'):] + "</section></main>")
    grid = grid_of(body, rows=True)
    assert grid is not None and len(grid.boxes) == 6


def test_shape_words_drop_taxonomy_tokens_and_numbers() -> None:
    words = class_words("card category-news-daily post-12 has-thumbnail")
    # (the number goes, the word of "post-12" stays: "post" is a template's word)
    assert shape_words(words) == frozenset({"card", "post", "has", "thumbnail"})


def test_a_long_class_value_is_cut_between_tokens() -> None:
    value = "card " * 59 + "category-news"  # the limit falls inside the last token
    assert "catego" not in class_words(value) and "card" in class_words(value)
    assert "x" * 10 in "".join(class_words("x" * 400))  # one long token is still read


def test_a_page_of_rows_of_cards_is_a_listing() -> None:
    # Each row alone holds too small a share of the page's words to be its content
    # (cards of five lines: no teaser cards).
    intro = "".join(f"<p>Line {i} of the introduction to these recipes.</p>" for i in range(20))
    body = ("<main><h1>Air fryer recipes</h1>" + intro + "<section class='a'>"
            + row(5, lines=4) + "</section><section class='b'>" + row(5, 5, lines=4)
            + "</section></main>")
    result = Cleaner().clean(f"<html><body>{body}</body></html>", kind="html")
    assert result.metadata.page_type == "listing"
    assert "Recipe number 8" in result.text
