"""Related-content labels and their teasers go; article prose and lists stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import related

TEASERS = [
    "Bridge repairs delayed again as costs climb",
    "Why the city is short of bus drivers",
    "Schools get new funding",
]


@pytest.mark.parametrize(
    "line",
    [
        "Read more",
        "READ MORE:",
        "Related",
        "Related Articles",
        "Recommended",
        "More from Example News",
        "You may also like",
        "You might also like these",
        "Most popular",
        "Most Read",
        "Read next",
        "Mehr zum Thema",
        "Lesen Sie auch:",
        "À lire aussi",
        "Sur le même sujet",
        "Lee también",
        "Noticias relacionadas",
        "Lo más leído",
    ],
)
def test_labels_and_teasers_are_removed(line: str) -> None:
    text = page(ARTICLE, line, *TEASERS, ARTICLE)
    assert removed(related, text) == [line, *TEASERS]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Why the city is short of bus drivers",
        "READ MORE: Bridge repairs delayed again",
        "Related: Schools get new funding",
        "Lesen Sie auch: Warum die Brücke gesperrt bleibt",
        "À lire aussi : Pourquoi le pont reste fermé",
        "Lee también: Por qué el puente sigue cerrado",
    ],
)
def test_label_with_its_headline_is_removed_alone(line: str) -> None:
    assert removed(related, page(ARTICLE, line, "Next steps", ARTICLE)) == [line]


def test_teasers_stop_at_prose() -> None:
    prose = "The bridge will stay closed until May, officials said."
    text = page(ARTICLE, "Related", TEASERS[0], prose, ARTICLE)
    assert removed(related, text) == ["Related", TEASERS[0]]


def test_teasers_stop_at_prose_in_scripts_without_spaces() -> None:
    # A Chinese sentence ends with a full-width full stop; a headline does not.
    prose = "市民张女士表示，以前上班需要换乘两次，现在可以直达，通勤时间节省了近半个小时。"
    headline = "上海将新建三条地铁线路"
    text = page(ARTICLE, "Related", headline, prose, ARTICLE)
    assert removed(related, text) == ["Related", headline]


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the plan on the council's website, which lists every project "
        "and its cost. The list is updated weekly.",
        "Related charges were filed against two other men on Friday.",
        "Recommended doses vary by age, the agency said.",
        "More from the interview: the minister said she would not resign.",
        "Most popular among young voters was the promise of cheaper rent.",
        "You may also like the new park, the mayor joked.",
        "Mehr zum Thema Klimaschutz wollte der Minister am Freitag nicht sagen.",
        "Lee también el informe completo, recomendó el ministro a los diputados.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert removed_between(related, line) == []


def test_a_content_list_stays() -> None:
    text = page(
        ARTICLE,
        "The plan includes:",
        "* new bus lanes",
        "* a repaired bridge",
        "* two new schools",
        ARTICLE,
    )
    assert removed(related, text) == []


@pytest.mark.parametrize(
    "line",
    [
        "[Related: Why the city is short of bus drivers]",
        "More: Bridge repairs delayed again",
        "Most read in world news",
        "More in Local Politics",
    ],
)
def test_bracketed_and_sectioned_labels_are_removed(line: str) -> None:
    assert removed(related, page(ARTICLE, line, ARTICLE + " It ended late.")) == [line]


def test_teasers_stop_at_a_line_introducing_a_list() -> None:
    text = page(ARTICLE, "More in Local Politics", "Here are the highlights:", "* new lanes")
    assert removed(related, text) == ["More in Local Politics"]


def test_a_section_of_short_sentences_after_a_heading_stays() -> None:
    text = page(ARTICLE, "UP NEXT", "Home team: Host the visitors on Friday.", "Visitors: Rest.")
    assert removed(related, text) == []


def test_a_news_ticker_goes_with_its_headline() -> None:
    ticker = "BREAKING NEWS\nHighway 20 closed near the river after a crash"
    text = page(ARTICLE, ticker, "What the mayor wants", ARTICLE)
    assert removed(related, text) == ticker.split("\n")


@pytest.mark.parametrize(
    "line",
    ["Eilmeldung: Autobahn nach Unfall gesperrt", "Alerte info : Incendie à la gare du Nord"],
)
def test_ticker_labels_with_a_headline_go(line: str) -> None:
    assert removed_between(related, line) == [line]


def test_breaking_news_told_in_a_sentence_stays() -> None:
    line = "Breaking news: the mayor has resigned, her office said on Tuesday."
    assert removed(related, page(ARTICLE, line)) == []


@pytest.mark.parametrize("line", ["All news", "Other news in this section", "Back to Gallery"])
def test_section_and_gallery_links_go(line: str) -> None:
    assert removed_between(related, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "View all (23)",
        "Learn More",
        "Also: See Black Friday coverage at Example",
        "On Example.com: Car sales plunge nearly 17 percent in August",
        "Trending News",
        "More Great Example Stories",
        "Related coverage from How to Do Everything: Money:",
    ],
)
def test_more_link_labels_go(line: str) -> None:
    assert removed_between(related, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Learn more about the scheme on the council's website.",
        "Also, the council will review the plan next year.",
        "On Tuesday: the council meets again to vote on the budget.",
    ],
)
def test_sentences_like_link_labels_stay(line: str) -> None:
    assert removed(related, page(ARTICLE, line)) == []


#: Cards of a shop's rail of other products, as text lines.
PRODUCTS = ["Steel kettle 1.7 l, brushed", "Glass kettle with blue light", "Travel kettle 0.5 l"]


@pytest.mark.parametrize(
    "line",
    [
        "Customers also bought",
        "Customers who bought this item also bought",
        "People who viewed this item also viewed",
        "This is what customers who viewed this product bought",
        "Frequently bought together",
        "Complete the look",
        "Similar items",
        "Related products",
        "Sponsored products related to this item",
        "Seller's other items",
        "Recently viewed",
        "Most popular accessories & related items",
        "Kunden kauften auch",
        "Wird oft zusammen gekauft",
        "Les clients ont également acheté",
        "Produits similaires",
        "Los clientes también compraron",
        "Productos relacionados",
    ],
)
def test_product_rail_labels_go_with_their_cards(line: str) -> None:
    text = page(ARTICLE, line, *PRODUCTS, ARTICLE)
    assert removed(related, text) == [line, *PRODUCTS]


@pytest.mark.parametrize(
    "line",
    [
        # A product description using the same words.
        "Customers who bought the first model also asked for a longer cord, so this one has it.",
        "Similar products from other makers boil slower and cost more to run.",
        "It pairs well with our teapots, and the lid is made of the same steel.",
        "Recently viewed as the best kettle of the year by two magazines.",
        "Produits similaires ou non, tous sont fabriqués dans notre atelier de Lyon.",
    ],
)
def test_descriptions_with_rail_words_stay(line: str) -> None:
    assert removed_between(related, line) == []


def test_featured_products_of_a_shop_stay() -> None:
    # A collection's featured products are its content, not a rail of others.
    text = page(ARTICLE, "Featured products", *PRODUCTS, ARTICLE)
    assert removed(related, text) == []


def _html_page(body: str) -> str:
    return f"<html><body><main>{body}</main></body></html>"


def test_a_learn_more_link_takes_no_headings_after_it() -> None:
    # A service page: each section closes with its button, the next opens with its heading.
    from cleanpress import Cleaner

    section = ("<h2>{0}</h2><p>Our team plans, builds and runs {0} for companies of every "
               "size, with people on call day and night.</p><p><a href='/{0}'>Learn more</a></p>")
    html = _html_page("".join(section.format(name) for name in ("Cloud hosting", "Data backup",
                                                               "Network security")))
    result = Cleaner().clean(html, kind="html")
    assert "Data backup" in result.text and "Network security" in result.text
    assert "Learn more" not in result.text


def test_an_unlinked_read_more_label_still_takes_its_teasers() -> None:
    assert removed(related, page(ARTICLE, "Read more", *TEASERS)) == ["Read more", *TEASERS]
    assert related._continues(read_html_block("<p>Read more</p>")) is False
    assert related._continues(read_html_block("<p><a href='/x'>Read more</a></p>")) is True
    assert related._continues(read_html_block("<p><a href='/x'>Related</a></p>")) is False


def read_html_block(html: str):  # type: ignore[no-untyped-def]
    from cleanpress.readers.html import read_html

    return read_html(_html_page(html)).blocks[0]


def test_a_read_more_link_followed_by_no_heading_still_takes_its_teasers() -> None:
    from cleanpress import Cleaner

    prose = "".join(f"<p>{ARTICLE} Paragraph {i} of the story goes on here.</p>" for i in range(4))
    html = _html_page(prose + "<p><a href='/more'>Read more</a></p>"
                      "<p><a href='/join'>Register for free site membership today</a></p>")
    text = Cleaner().clean(html, kind="html").text
    assert "Paragraph 3" in text and "Register for free" not in text


FIELDS = ["OS: Windows 10 64-bit", "Memory: 16 GB RAM", "Storage: 45 GB available space"]


def test_a_label_heading_fields_stays_with_them() -> None:
    # A game's system requirements under "Recommended:", a details panel under "More".
    from cleanpress import Cleaner

    fields = "".join(f"<li>{line}</li>" for line in FIELDS)
    html = _html_page(f"<p>{ARTICLE}</p><p>Recommended:</p><ul>{fields}</ul><p>{ARTICLE}</p>")
    text = Cleaner().clean(html, kind="html").text
    assert "Recommended:" in text and all(line in text for line in FIELDS)
    # In text no line shows whether it was a link: the label takes its lines as ever.
    assert removed(related, page(ARTICLE, "Recommended:", *FIELDS, ARTICLE)) == [
        "Recommended:", *FIELDS]


def test_linked_fields_or_headlines_with_a_colon_after_a_linked_label_go() -> None:
    from cleanpress import Cleaner

    teasers = "".join(f"<li><a href='/{i}'>Review: {t}</a></li>" for i, t in enumerate(TEASERS))
    html = _html_page(f"<p>{ARTICLE}</p><p>{ARTICLE}</p><p>Related</p><ul>{teasers}</ul>")
    text = Cleaner().clean(html, kind="html").text
    assert "Bridge repairs" not in text and "Related" not in text
    doc = read_html_doc("<p>Recommended:</p><p>Memory: 16 GB RAM</p><p>Why the city is short</p>")
    label, field, headline = doc.blocks
    assert related._heads_fields(doc, label, field)
    assert not related._heads_fields(doc, label, headline)


def read_html_doc(html: str):  # type: ignore[no-untyped-def]
    from cleanpress.readers.html import read_html

    return read_html(_html_page(html))
