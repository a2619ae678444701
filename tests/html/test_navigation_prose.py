"""html-chrome-box: a box classed as navigation ("toc", "nav") that holds running
prose is text (a chaptered page, a section named after the page's contents);
menus, tables of contents and previous/next links with excerpts still go."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner

#: Prose paragraphs (30 words or more, no links).
LONG = ("Paragraph {n} of the guide explains one step of forming the company, what the"
        " filing costs and how long the office takes to answer, so that the reader knows"
        " what to prepare before the visit.")


def paras(n: int, start: int = 0) -> str:
    return "".join(f"<p>{LONG.format(n=i)}</p>" for i in range(start, start + n))


def clean(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    return cleaner.clean(f"<html><body>{body}</body></html>", kind="html")


def test_chapters_in_toc_classed_sections_are_kept(cleaner: Cleaner) -> None:
    chapters = "".join(
        f'<section class="toc-para"><h2>Chapter {i}</h2>{paras(2, 2 * i)}</section>'
        for i in range(3)
    )
    result = clean(cleaner, f'<main><div class="toc-chapters">{chapters}</div></main>')
    for i in range(6):
        assert LONG.format(n=i) in result.text


def test_section_classed_nav_holding_prose_is_kept(cleaner: Cleaner) -> None:
    body = ("<main>" + paras(2)
            + f'<div class="content-nav-section"><h2>Saving</h2>{paras(2, 2)}</div>'
            + f'<div class="content-nav-section"><h2>Spending</h2>{paras(2, 4)}</div></main>')
    result = clean(cleaner, body)
    for i in range(6):
        assert LONG.format(n=i) in result.text


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        # A table of contents: links only.
        ('<div class="toc"><p>On this page</p><ul>'
         + "".join(f'<li><a href="#s{i}">Chapter {i} of the guide</a></li>' for i in range(4))
         + "</ul></div>", "Chapter 1 of the guide"),
        # A menu with a short blurb above its links.
        ('<div class="nav"><p>Our services for you and your family</p><ul>'
         + "".join(f'<li><a href="/s{i}">Service {i}</a></li>' for i in range(5))
         + "</ul></div>", "Our services"),
    ],
)
def test_menus_and_tables_of_contents_still_go(cleaner: Cleaner, box: str, gone: str) -> None:
    result = clean(cleaner, "<main>" + box + paras(4) + "</main>")
    assert gone not in result.text
    assert result.text.count("\n\n") == 3


def test_previous_and_next_links_with_excerpts_still_go(cleaner: Cleaner) -> None:
    excerpt = ("An excerpt of the other post that runs on for a while, telling what the post"
               " is about and why the reader might want to open it after this one ends.")
    pager = "".join(
        f'<div class="nav nav-{side}"><h3><a href="/{side}">The {side} post</a></h3>'
        f"<p>{excerpt}</p></div>"
        for side in ("prev", "next")
    )
    result = clean(cleaner, "<main><article>" + paras(4) + "</article>" + pager + "</main>")
    assert "An excerpt" not in result.text
    assert result.text.count("\n\n") == 3


def test_menu_with_one_long_blurb_still_goes(cleaner: Cleaner) -> None:
    # One paragraph of prose in a menu is its blurb, not the page's text.
    menu = ('<div class="acc-menu"><h3>Explore the shop</h3>'
            f"<p>{LONG.format(n=99)}</p><ul>"
            + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(6))
            + "</ul></div>")
    result = clean(cleaner, "<main>" + paras(4) + menu + "</main>")
    assert LONG.format(n=99) not in result.text
    assert result.text.count("\n\n") == 3


def section(n: int) -> str:
    """A section of the text: a short paragraph and list items (under 30 words each)."""
    return (f"<p>Here are the steps of part {n} to take before filing the papers.</p><ul>"
            + "".join(f"<li>Step {n}.{i}: gather the forms the office asks for in part {n},"
                      f" sign them and keep copy {i} for your own records.</li>"
                      for i in range(4))
            + "</ul>")


def test_sections_named_by_their_table_of_contents_entry_are_text(cleaner: Cleaner) -> None:
    # Each section's id repeats its entry in the table of contents ("toc_step-one"):
    # it holds lists and short paragraphs, few links, and is the page's text.
    names = ["forming-the-company", "filing-costs", "paying-the-fees", "after-the-visit"]
    toc = ('<nav class="toc"><ul>' + "".join(
        f'<li><a href="#toc_{name}">Part {i}</a></li>' for i, name in enumerate(names))
        + "</ul></nav>")
    sections = "".join(f'<div id="toc_{name}"><h2>Part {i}</h2>{section(i)}</div>'
                       for i, name in enumerate(names))
    bio = ("<div class='bio'><p>" + LONG.format(n=90) + "</p></div>")
    result = clean(cleaner, f'<main>{toc}<div class="article-body">{paras(1)}{sections}'
                            f"</div>{bio}</main>")
    for i in range(4):
        assert f"Step {i}.3: gather the forms" in result.text
    assert "Part 2" in result.text


def test_a_menu_of_links_with_short_lists_still_goes(cleaner: Cleaner) -> None:
    # Mostly links: a menu, however many words its entries hold.
    menu = ('<div class="menu"><ul>' + "".join(
        f'<li><a href="/s{i}">Section {i} of the shop and what it sells</a> new</li>'
        for i in range(12)) + "</ul></div>")
    result = clean(cleaner, "<main>" + paras(4) + menu + "</main>")
    assert "Section 3 of the shop" not in result.text
