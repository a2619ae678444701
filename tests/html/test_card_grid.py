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
    # (the number goes, the word of "post-12" stays: "post" is a template's word;
    # "has-thumbnail" says what the card holds: a card without one is of its shape)
    assert shape_words(words) == frozenset({"card", "post"})
    assert shape_words(class_words("card post-13 no-thumbnail")) == shape_words(words)
    assert shape_words(class_words("card featured")) != shape_words(words)


def test_a_shops_taxonomy_terms_are_no_shape_words() -> None:
    # A shop's template names each product's categories and tags ("product_cat-...").
    one = class_words("product type-product product_cat-outdoor-gear product_tag-msa-bags")
    two = class_words("product type-product product_cat-cooking product_tag-camp-oven")
    assert shape_words(one) == shape_words(two) == frozenset({"type"})
    # ... other underscored names are the box's own (a script's hook, a BEM name)
    assert "comments" in shape_words(class_words("js_comments-iframe"))
    assert "field" in shape_words(class_words("form__field-label"))


def test_a_shop_template_class_value_is_read_whole() -> None:
    value = ("product type-product post-34954 status-publish first instock "
             + " ".join(f"product_tag-tag-number-{i}" for i in range(12))
             + " has-post-thumbnail sale taxable shipping-taxable purchasable")
    assert 300 < len(value) < 600 and "purchasable" in class_words(value)


def product_row(n: int) -> str:
    """A shop's row of products: the first and last of each four say so in their
    class, those on sale too."""
    items = []
    for i in range(n):
        extra = " first" if i % 4 == 0 else " last" if i % 4 == 3 else ""
        extra += " sale" if i % 5 == 2 else ""
        items.append(f'<li class="product instock purchasable{extra}">'
                     f'<h3><a href="/p{i}">Product {i}</a></h3><p>$ {i}.99</p></li>')
    return '<ul class="products">' + "".join(items) + "</ul>"


def test_boxes_differing_by_a_word_or_two_are_entries_of_the_grid() -> None:
    grid = grid_of(product_row(16))
    assert grid is not None and len(grid.boxes) == 16


def test_boxes_of_another_template_beside_a_grid_are_not_taken_in() -> None:
    body = product_row(16)[:-5] + "".join(
        f'<li class="tile wide dark"><h3><a href="/x{i}">Offer {i}</a></h3>'
        f"<p>Save now</p></li>" for i in range(5)) + "</ul>"
    grid = grid_of(body)
    assert grid is not None and len(grid.boxes) == 16


def test_a_long_class_value_is_cut_between_tokens() -> None:
    value = "card " * 119 + "category-news"  # the limit falls inside the last token
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


def link_table(n: int, linked: bool = True) -> str:
    """A table of entries: a title row (a link to the story and its site) over a
    row of points and age, as a news aggregator writes them."""
    def title(i: int) -> str:
        text = f"Story number {i} about databases (example.org)"
        return f'<a href="/s{i}">{text}</a>' if linked else text
    return "<table>" + "".join(
        f"<tr><td>{i}.</td><td>{title(i)}</td></tr>"
        f"<tr><td></td><td>{i * 7} points by someone {i} hours ago</td></tr>"
        for i in range(n)) + "</table>"


def listing_keeps(body: str, entries: int, *lines: str) -> None:
    """The body's grid holds ``entries`` entries; the page is a listing keeping ``lines``."""
    grid = grid_of(body)
    assert grid is not None and grid.size == entries
    result = Cleaner().clean(f"<html><body>{body}</body></html>", kind="html")
    assert result.metadata.page_type == "listing"
    for line in lines:
        assert line in result.text


def test_rows_of_linked_entries_make_a_grid_and_a_listing() -> None:
    body = "<div><p>Stories our readers sent today.</p></div>" + link_table(12)
    listing_keeps(body, 12, "Story number 11 about databases", "77 points by someone 11 hours ago")


def test_a_table_of_figures_is_no_grid() -> None:
    assert grid_of(link_table(12, linked=False)) is None


def article_beside(extra: str) -> str:
    """The text of a page: an article of twelve long paragraphs with ``extra`` after it;
    the article's type is asserted."""
    prose = "".join(
        f"<p>Paragraph {i} of the article explains at some length why the figures "
        "moved the way they did over the last year of work and trading.</p>"
        for i in range(12))
    body = f"<main><article><h1>Report</h1>{prose}</article>{extra}</main>"
    result = Cleaner().clean(f"<html><body>{body}</body></html>", kind="html")
    assert result.metadata.page_type == "article"
    return result.text


def test_an_articles_linked_table_keeps_the_page_an_article() -> None:
    article_beside(link_table(6))


def paper_index(n: int, linked: bool = True) -> str:
    """A definition list of papers: the identifier as the term, the title and the
    authors in a box classed as the entry's meta line."""
    def term(i: int) -> str:
        return f'[{i}] <a href="/abs/{i}">paper:{i}</a> <a href="/pdf/{i}">pdf</a>'
    return "<dl>" + "".join(
        f"<dt>{term(i) if linked else f'Term {i} of the glossary'}</dt>"
        f"<dd><div class='meta'><div>Title: A study of widgets, part {i}</div>"
        f"<div><a href='/a/{i}'>Ann Author</a>, <a href='/b/{i}'>Bo Writer</a></div></div></dd>"
        for i in range(n)) + "</dl>"


def test_a_definition_list_of_linked_entries_is_a_listing() -> None:
    body = f"<main><h1>Recent papers</h1>{paper_index(10)}</main>"
    listing_keeps(body, 10, "A study of widgets, part 9", "Ann Author, Bo Writer")


def test_a_glossary_is_no_grid() -> None:
    assert grid_of(f"<main>{paper_index(10, linked=False)}</main>") is None


def test_grids_in_a_box_classed_chrome_are_none() -> None:
    assert grid_of(f"<main><div class='sidebar'>{link_table(12)}</div></main>") is None


def test_an_index_of_letters_makes_one_grid() -> None:
    # Each box of an A-Z index is classed by its letter.
    body = "<main>" + "".join(
        f"<div class='cats {c}'><div class='letter'>{c.upper()}</div>"
        f"<div><a href='/{c}1'>{c}-word one</a> <a href='/{c}2'>{c}-word two</a></div></div>"
        for c in "abcdefg") + "</main>"
    grid = grid_of(body)
    assert grid is not None and grid.size == 7
    assert shape_words(class_words("cats a")) == frozenset({"cats"})


def cta_entries(n: int) -> str:
    """Entries built from a page builder's call-to-action widget, one per section
    (sections of two shapes: no grid)."""
    return "".join(
        f"<section class='part {'fade' if i % 2 else 'slide'}'>"
        f"<div class='cta'><h2>Trail number {i}</h2>"
        f"<div class='cta-description'>Difficulty: beginner, with roots and sand. Length: {i}"
        " miles. Steward: a volunteer of the club.</div>"
        f"<div class='cta-button'><a href='/map{i}'>View the map</a></div></div></section>"
        for i in range(6))


def test_a_listings_cards_stay_whatever_their_class_words_say() -> None:
    body = ("<div class='intro'><h1>Trails</h1><p>Trails our club looks after, across the"
            " whole county and beyond it.</p></div>" + cta_entries(6))
    result = Cleaner().clean(f"<html><body>{body}</body></html>", kind="html")
    assert result.metadata.page_type == "listing"
    assert "Difficulty: beginner, with roots and sand. Length: 5 miles." in result.text


def test_an_articles_call_to_action_boxes_still_go() -> None:
    assert "Difficulty" not in article_beside(cta_entries(2))


def link_list(n: int, summary: bool = True) -> str:
    """A list whose items each hold a linked title, and a summary line after it."""
    line = " – a short summary of what the linked page says about it" if summary else ""
    return "<ul>" + "".join(
        f"<li><a href='/p{i}'>Linked title number {i}</a>{line}</li>" for i in range(8)) + "</ul>"


def test_list_items_of_a_linked_title_and_a_summary_make_a_listing() -> None:
    body = "<main><h1>Category: tools</h1>" + link_list(8) + "</main>"
    listing_keeps(body, 8, "Linked title number 7 – a short summary")


def test_a_menus_or_related_lists_items_are_no_entries() -> None:
    assert grid_of("<main>" + link_list(8, summary=False) + "</main>") is None


def test_an_articles_list_of_resources_is_no_grid() -> None:
    assert grid_of("<main><article>" + link_list(8) + "</article></main>") is None


def unlinked_cards(n: int, price: bool = True) -> str:
    """A shop's cards whose picture is the link and whose name is plain text."""
    return '<div class="items">' + "".join(
        f'<div class="product-item"><a href="/p{i}"><img src="/p{i}.png" alt=""></a>'
        f'<p class="title">Monitor arm {i}</p><p>For screens up to {20 + i} inches</p>'
        + (f"<p>Starting at ${400 + i}</p>" if price else "") + "</div>"
        for i in range(n)) + "</div>"


def test_cards_showing_prices_make_a_grid_though_their_names_are_no_links() -> None:
    grid = grid_of(unlinked_cards(8))
    assert grid is not None and len(grid.boxes) == 8
    assert grid_of(unlinked_cards(8, price=False)) is None
