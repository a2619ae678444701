"""html-hidden: hidden menus and dialogs go; a page's text hidden until a script
shows it (a streamed segment, an anti-flicker wrapper) stays."""

from __future__ import annotations

from html_pages import P

from cleanpress import Cleaner
from cleanpress.document import Block
from cleanpress.rules.common.hidden_text import shown_by_script

MENU = (
    '<nav><ul><li><a href="/a">Products</a><ul hidden><li><a href="/a1">Kettles</a></li>'
    '<li><a href="/a2">Toasters</a></li></ul></li></ul></nav>'
)


#: A paragraph long enough to be prose (30 words or more).
LONG = (P + " It goes on with a second sentence, so that it reads as the running text"
        " of a page and not as the line of a menu or a button.")


def paras(n: int) -> str:
    return "".join(f"<p>{LONG.format(n=i)}</p>" for i in range(n))


def clean(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    return cleaner.clean(f"<html><body>{body}</body></html>", kind="html")


def test_streamed_segment_holding_the_article_is_kept(cleaner: Cleaner) -> None:
    # The server streams the article into a hidden segment; a script moves it in.
    body = (MENU + '<div id="skeleton"><p>Loading</p></div>'
            + f'<div hidden id="S:0"><main><article>{paras(4)}</article></main></div>')
    result = clean(cleaner, body)
    for i in range(4):
        assert LONG.format(n=i) in result.text
    assert "Kettles" not in result.text


def test_anti_flicker_wrapper_is_kept(cleaner: Cleaner) -> None:
    body = f'<div style="visibility:hidden;min-height:100vh"><article>{paras(3)}</article></div>'
    result = clean(cleaner, body)
    assert result.text.count("\n\n") == 2


def test_hidden_box_beside_shown_prose_still_goes(cleaner: Cleaner) -> None:
    # The page's prose is shown: a hidden box, however long its text, is a dialog.
    dialog = ("This dialog explains at great length how the site stores your settings and"
              " why you might want to read every word of it before you go on.")
    body = (f"<article>{paras(3)}</article>"
            f'<div style="display:none"><div class="modal"><p>{dialog}</p></div></div>')
    result = clean(cleaner, body)
    assert "This dialog" not in result.text
    assert {r.rule for r in result.removed if r.text == dialog} == {"html-hidden"}


def test_short_hidden_lines_on_a_page_without_prose_still_go(cleaner: Cleaner) -> None:
    # No paragraph anywhere is prose: hidden menu lines are not the page's text.
    body = MENU + "<main><h1>Opening hours</h1><p>Monday to Friday, 9 to 5.</p></main>"
    result = clean(cleaner, body)
    assert "Kettles" not in result.text
    assert "Monday to Friday" in result.text


def _block(index: int, words: int, hidden: bool, containers: tuple[int, ...]) -> Block:
    text = " ".join(["word"] * words)
    return Block(index, text, text, hidden=hidden, containers=containers)


def test_shown_box_is_the_outermost_container_without_shown_blocks() -> None:
    blocks = [
        _block(0, 3, False, (0, 1)),
        _block(1, 40, True, (0, 2, 3)),
        _block(2, 35, True, (0, 2, 4)),
    ]
    assert shown_by_script(blocks) == 2


def test_no_shown_box_when_shown_prose_exists_or_no_hidden_prose() -> None:
    assert shown_by_script([_block(0, 40, False, (0,)), _block(1, 50, True, (0, 1))]) == -1
    assert shown_by_script([_block(0, 5, False, (0,)), _block(1, 10, True, (0, 1))]) == -1
    # Hidden prose sharing every container with shown text: nothing to keep whole.
    assert shown_by_script([_block(0, 5, False, (0, 1)), _block(1, 40, True, (0, 1))]) == -1


def test_one_hidden_quote_among_many_hidden_boxes_is_not_the_text() -> None:
    shown = [_block(i, 8, False, (0, 1)) for i in range(12)]  # 96 words of short lines
    quote = _block(12, 45, True, (0, 2))
    others = [_block(13 + i, 25, True, (0, 3 + i)) for i in range(20)]  # 500 hidden words
    assert shown_by_script([*shown, quote, *others]) == -1
    # The same quote as the only hidden text is the page's text.
    assert shown_by_script([*shown[:5], quote]) == 2


def _tiles(n: int) -> str:
    return "".join(
        f'<div class="tile"><a href="/p{i}">Blue enamel kettle number {i}</a>'
        f"<p>$ {i}9.00</p><p>Free delivery in two days</p></div>"
        for i in range(n)
    )


def test_page_of_short_lines_hidden_whole_is_kept(cleaner: Cleaner) -> None:
    # A shop's grid (no prose anywhere) in a wrapper hidden until a script runs.
    body = f'<p>Sign in</p><div style="display:none"><main>{_tiles(30)}</main></div>'
    result = clean(cleaner, body)
    assert not [r for r in result.removed if r.rule == "html-hidden"]
    assert "Sign in" not in result.text or "Blue enamel kettle" in result.text


def test_hidden_menu_on_a_page_of_short_lines_still_goes(cleaner: Cleaner) -> None:
    # Many hidden words in a <nav> are a collapsed menu, not the page held back.
    items = "".join(f'<li><a href="/c{i}">Kettles and toasters {i}</a></li>' for i in range(80))
    body = (f"<nav><ul hidden>{items}</ul></nav>"
            "<main><h1>Opening hours</h1><p>Monday to Friday, 9 to 5.</p></main>")
    result = clean(cleaner, body)
    assert "Kettles and toasters 3" not in result.text
    assert "Monday to Friday" in result.text


def test_hidden_wrapper_needs_many_times_the_shown_words() -> None:
    shown = [_block(i, 10, False, (0, 1)) for i in range(10)]  # 100 shown words
    tiles = [_block(10 + i, 8, True, (0, 2, 3 + i)) for i in range(49)]  # 392 hidden
    assert shown_by_script([*shown, *tiles]) == -1  # four times 100 is more than 392 ...
    assert shown_by_script([*shown[:2], *tiles]) == 2  # ... four times 20 is not
    assert shown_by_script([*shown[:2], *tiles[:20]]) == -1  # 160 hidden words: too few


def test_a_box_a_utility_class_hides_at_every_width_goes() -> None:
    # A product tile's details for screen readers, in a list the page never shows.
    tile = ('<dl class="d-none"><dt>Product Name</dt><dd>Travel Spinner</dd>'
            '<dt>Product Link</dt><dd>/luggage/travel-spinner</dd></dl>')
    body = "<article><h1>Carry-on bags</h1>" + paras(4) + tile + "</article>"
    result = clean(Cleaner(), body)
    assert "Product Link" not in result.text and "Travel Spinner" not in result.text
    assert any(r.reason == "hidden element (class 'd-none')" for r in result.removed)


def test_a_box_shown_from_some_width_on_stays() -> None:
    shown = '<div class="d-none d-md-block"><p>Shown on wider screens: Travel Spinner.</p></div>'
    body = "<article><h1>Carry-on bags</h1>" + paras(4) + shown + "</article>"
    assert "Travel Spinner" in clean(Cleaner(), body).text


PRODUCT_LD = ('<script type="application/ld+json">{"@context": "https://schema.org",'
              ' "@type": "Product", "name": "Steel kettle"}</script>')


def clean_product(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    page = f"<html><head>{PRODUCT_LD}</head><body>{body}</body></html>"
    return cleaner.clean(page, kind="html")


def test_hidden_pop_up_on_a_product_page_goes_hidden_tab_panel_stays(cleaner: Cleaner) -> None:
    tab = "The kettle is made of brushed steel and holds a litre and a half of water."
    popup = "We are sorry, the most you can buy at this price is two kettles per order."
    body = (f"<main><h1>Steel kettle</h1>{paras(2)}"
            f'<div style="display:none"><p>{tab}</p></div>'
            f'<div class="cart-popup" style="display:none"><p>{popup}</p></div>'
            f'<div role="dialog" aria-hidden="true"><p>Added to your basket</p></div></main>')
    result = clean_product(cleaner, body)
    assert result.metadata.page_type == "product"
    assert tab in result.text
    assert popup not in result.text
    assert "Added to your basket" not in result.text
    assert {r.rule for r in result.removed if r.text == popup} == {"html-hidden-dialog"}


def test_a_shown_dialog_and_page_wide_modal_classes_keep_their_text(cleaner: Cleaner) -> None:
    # The body's classes ("has-modal-shadow") set the page's look; a shown dialog is shown.
    note = "The kettle ships in a box of recycled card with a printed guide to descaling."
    body = (f"<main><h1>Steel kettle</h1>{paras(2)}"
            f'<div style="display:none"><p>{note}</p></div>'
            '<div role="dialog"><p>Choose your colour before you add it.</p></div></main>')
    page = (f'<html><head>{PRODUCT_LD}</head><body class="has-modal-shadow">'
            f"{body}</body></html>")
    result = cleaner.clean(page, kind="html")
    assert note in result.text
    assert not [r for r in result.removed if r.rule == "html-hidden-dialog"]
