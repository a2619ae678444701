"""Microdata items read as JSON-LD-shaped objects (cleanpress.readers.microdata)."""

from __future__ import annotations

from lxml import html

from cleanpress import Cleaner
from cleanpress.readers.microdata import read_microdata

PARA = "A long enough paragraph of the thread, with words that make it read like prose."

THREAD = f"""<html><body>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting">
  <h1 itemprop="headline">Stuck on the update</h1>
  <span itemprop="author" itemscope itemtype="http://schema.org/Person">
    <a itemprop="url" href="/u/raoul"><span itemprop="name">raoul</span></a></span>
  <meta itemprop="datePublished" content="2024-05-02T10:00:00Z">
  <p>{PARA}</p>
  <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
    <span itemprop="author" itemscope itemtype="http://schema.org/Person">
      <span itemprop="name">helper</span></span>
    <time itemprop="datePublished" datetime="2024-05-03T09:00:00Z">May 3</time>
    <p>{PARA}</p>
  </div>
</div></body></html>"""


def items(page: str) -> list[dict]:  # type: ignore[type-arg]
    out: list[dict] = []  # type: ignore[type-arg]
    read_microdata(html.fromstring(page), out)
    return out


def test_a_reply_s_properties_stay_the_reply_s() -> None:
    assert items(THREAD) == [{
        "@type": "DiscussionForumPosting",
        "headline": "Stuck on the update",
        "author": {"@type": "Person", "@from": "microdata", "url": "/u/raoul", "name": "raoul"},
        "datePublished": "2024-05-02T10:00:00Z",
        "@from": "microdata",
    }]


def test_a_thread_s_starter_and_date_are_the_page_s() -> None:
    meta = Cleaner().clean(THREAD, kind="html").metadata
    assert (meta.authors, meta.published) == (["raoul"], "2024-05-02T10:00:00+00:00")
    assert meta.sources["authors"] == "html-metadata: microdata author"


def test_several_posts_are_a_list_of_teasers_not_the_page() -> None:
    card = ('<div itemscope itemtype="https://schema.org/Article"><h3 itemprop="headline">{}</h3>'
            '<span itemprop="author">By {}</span></div>')
    cards = card.format("One", "Ann Lee") + card.format("Two", "Bo Chan")
    page = f"<html><body>{cards}</body></html>"
    assert items(page) == []


def test_items_of_other_kinds_and_properties_are_not_read() -> None:
    page = ('<html><body><div itemscope itemtype="https://schema.org/Product">'
            '<span itemprop="name">Kettle</span></div>'
            '<div itemscope itemtype="https://schema.org/Article">'
            '<p itemprop="articleBody">Text</p>'
            '<span itemprop="author">Ann Lee</span></div></body></html>')
    assert items(page) == [{"@type": "Article", "@from": "microdata", "author": "Ann Lee"}]


def test_attribute_check_finds_itemscope_in_any_case_and_anywhere() -> None:
    from cleanpress.readers import html as reader

    for check in (reader.has_attribute, reader._has_attribute):
        for page in (THREAD, THREAD.replace("itemscope", "ITEMSCOPE"),
                     "<html itemscope><body><p>x</p></body></html>",
                     "<html><body><div><p>x</p><p><b itemscope>y</b></p></div></body></html>"):
            assert check(reader._parse(page), "itemscope")


def test_attribute_check_says_no_where_no_element_has_it() -> None:
    from cleanpress.readers import html as reader

    if reader.has_attribute is reader._has_attribute:
        return  # without the compiled node layer the answer is always "search"
    for page in ("<html><body><p class=itemscope>itemscope</p></body></html>",
                 "<html><body><div itemprop=x itemtype=y><p>x</p></div></body></html>",
                 "<html></html>"):
        assert not reader.has_attribute(reader._parse(page), "itemscope")


def test_a_page_with_items_in_upper_case_still_gives_them() -> None:
    page = THREAD.replace("itemscope", "ITEMSCOPE")
    meta = Cleaner(entry_points=False).clean(page, kind="html").metadata
    assert (meta.authors, meta.sources["authors"]) == (["raoul"], "html-metadata: microdata author")
