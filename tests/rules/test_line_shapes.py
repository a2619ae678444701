"""Where the article's closing lines begin."""

from __future__ import annotations

from chrome_cases import ARTICLE, page

from cleanpress.readers.text import read_text
from cleanpress.rules.common.line_shapes import last_prose


def test_the_last_paragraph_of_prose_ends_the_article() -> None:
    doc = read_text(page(ARTICLE, "Related Topics", ARTICLE, "Flooding", "© 2024 Example"))
    assert last_prose(doc.kept(), set()) == 2


def test_lines_said_to_be_chrome_are_not_prose() -> None:
    credit = "Associated Press writers Jane Doe and John Roe in Paris contributed to this report."
    doc = read_text(page(ARTICLE, credit))
    assert last_prose(doc.kept(), set()) == 1
    assert last_prose(doc.kept(), {1}) == 0


def test_a_page_without_prose_has_no_article_end() -> None:
    doc = read_text(page("Home", "News", "Sport"))
    assert last_prose(doc.kept(), set()) == -1
