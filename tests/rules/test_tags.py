"""Tag lists go into metadata; sentences starting with a label word stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module
from meta_cases import run_after_removal

import cleanpress
from cleanpress.rules.chrome import tags


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Tags: Ukraine, NATO, Poland", ["Ukraine", "NATO", "Poland"]),
        ("Topics: Climate change | Energy | Europe", ["Climate change", "Energy", "Europe"]),
        ("Filed under: Politics", ["Politics"]),
        ("Filed to: innovation", ["innovation"]),
        ("Schlagworte: Energie, Klima", ["Energie", "Klima"]),
        ("Mots-clés : Énergie, Climat", ["Énergie", "Climat"]),
        ("Etiquetas: Energía · Clima", ["Energía", "Clima"]),
    ],
)
def test_tag_lines(line: str, items: list[str]) -> None:
    doc = run_module(tags, page(ARTICLE, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.tags == items


def test_label_alone_with_items_under_it() -> None:
    doc = run_module(tags, page(ARTICLE, "Topics\n  • Energy\n  • Climate"))
    assert [b.text for b in doc.removed()] == ["Topics", "Energy", "Climate"]
    assert doc.metadata.tags == ["Energy", "Climate"]


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Explore more on these topics", ["Flooding", "Environment Agency"]),
        ("Related Topics", ["Flooding", "York"]),
        ("Weitere Themen", ["Hochwasser", "Dresden"]),
        ("Sujets associés", ["Inondations", "Lyon"]),
        ("Temas relacionados", ["Sequía", "Embalses"]),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_topic_footers_after_the_article(label: str, items: list[str], gap: str) -> None:
    doc = run_module(tags, page(ARTICLE, label + gap + gap.join(items)))
    assert [b.text for b in doc.removed()] == [label, *items]
    assert doc.metadata.tags == items


def test_a_label_over_subheadings_inside_the_article_takes_one_line() -> None:
    """Lines set apart by blank lines inside the article are subheadings, not topics."""
    text = page(ARTICLE, "Topics", "Energy", ARTICLE, "Climate", ARTICLE.replace("council", "city"))
    assert removed_between(tags, text) == ["Topics", "Energy"]


@pytest.mark.parametrize(
    "line",
    [
        "Topics discussed at the summit included energy, migration and defence spending.",
        "Tags: the council said the new labels would be attached to every bin in the city.",
        "Category: the court found that the product fell into a different class of goods.",
        "Related topics were raised by the opposition during the debate on Tuesday.",
        "Weitere Themen der Sitzung waren der Haushalt und die Schulen.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert removed_between(tags, line) == []


@pytest.mark.parametrize(
    "text", ["Categories: Community, News", "Categories\n  • Community\n  • News"]
)
def test_category_lists_go_without_giving_tags(text: str) -> None:
    doc = run_module(tags, page(ARTICLE, text))
    assert len(doc.removed()) in (1, 3)
    assert doc.metadata.tags == []


def _with_footer_removed(*lines: str) -> list[str]:
    text = page("Home", ARTICLE, ARTICLE, *lines)
    removed = [0, *range(3, 3 + len(lines))]
    return run_after_removal(tags, tags.tag_list, text, removed).metadata.tags


def test_a_tag_line_removed_with_the_footer_is_still_read() -> None:
    assert _with_footer_removed("Share this:", "Tags: allotments, community") == [
        "allotments",
        "community",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Categories: Community, News",
        "Topics: the council said the new labels would be attached to every bin.",
        "Related Topics",
    ],
)
def test_removed_footer_lines_that_are_not_tag_lists_give_no_tags(line: str) -> None:
    assert _with_footer_removed(line) == []


def test_a_category_label_with_a_colon_over_its_items() -> None:
    doc = run_module(tags, page(ARTICLE, "Categories:\n  • Canals\n  • Industrial history"))
    assert [b.text for b in doc.removed()] == ["Categories:", "Canals", "Industrial history"]
    assert doc.metadata.tags == []


def test_a_long_list_line_under_a_label_alone() -> None:
    items = "calendario stock car 2018, stock car brasil, stock car santa cruz do sul, velopark"
    doc = run_module(tags, page(ARTICLE, "Tags", items, ARTICLE))
    assert [b.text for b in doc.removed()] == ["Tags", items]
    assert doc.metadata.tags[:2] == ["calendario stock car 2018", "stock car brasil"]


@pytest.mark.parametrize(
    "line",
    [
        "The council discussed the budget, the new schools and the roads",
        "Energy prices, and the cost of living",
        "Energy prices, migration and the cost of living rose to the top of the agenda.",
        "The mayor, who took office in May, said the schools and the parks would be repaired",
    ],
)
def test_a_long_line_under_a_label_alone_that_is_no_list_stays(line: str) -> None:
    doc = run_module(tags, page(ARTICLE, "Topics", line, ARTICLE))
    assert doc.removed() == []


@pytest.mark.parametrize(
    "line",
    [
        "Topics: the mayor, who took office in May, said the schools and the parks would be fixed",
        "Tags: he said, she said, and then the council voted to close the old road for good",
    ],
)
def test_clauses_after_a_label_and_colon_are_no_list(line: str) -> None:
    assert removed_between(tags, line) == []


def test_a_long_list_may_hold_a_longer_item() -> None:
    line = "Tags: stock car, velopark, stock car santa cruz do sul, interlagos"
    doc = run_module(tags, page(ARTICLE, line))
    assert doc.metadata.tags == [
        "stock car", "velopark", "stock car santa cruz do sul", "interlagos"
    ]


def _html_tags(inner: str) -> cleanpress.CleanResult:
    body = "".join(f"<p>{ARTICLE} {n}</p>" for n in range(4))
    html = f"<html><body><article>{body}<div>{inner}</div></article></body></html>"
    return cleanpress.Cleaner(entry_points=False).clean(html, kind="html")


def test_a_label_and_its_list_after_a_line_break() -> None:
    result = _html_tags(
        "<strong>Tags<br><a href='/t/a' rel='tag'>stock car brasil</a>, "
        "<a href='/t/b' rel='tag'>stock car santa cruz do sul</a>, <a href='/t/c'>velopark</a>"
        "</strong>"
    )
    assert "stock car brasil" not in result.text
    assert result.metadata.tags == ["stock car brasil", "stock car santa cruz do sul", "velopark"]


def test_a_label_word_opening_a_paragraph_after_a_line_break_is_no_list() -> None:
    result = _html_tags(
        "<p>Topics<br>The council discussed the budget for the coming year at length.</p>"
    )
    assert "The council discussed the budget" in result.text
    assert result.metadata.tags == []
