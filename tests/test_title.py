"""The title rule: the headline before the article goes to metadata."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner

BODY = (
    "The city council approved the new budget on Tuesday after a debate that lasted well "
    "into the night, with members arguing over the cost of road repairs and schools.\n\n"
    "Officials said the plan would raise spending on schools and parks by a small margin, "
    "while holding property taxes at the level of last year."
)
NAV = "\n".join(f"  * {item}" for item in ("Home", "World", "Politics", "Business", "Sport"))


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_first_line_of_a_bare_article(cleaner: Cleaner) -> None:
    # Read as the title; it stays in the body, as nothing beyond its shape and the
    # opening's words shows that the article begins there (a subheading over the clean
    # text's first paragraph looks the same).
    result = cleaner.clean("Council approves the city budget\n\n" + BODY, kind="text")
    assert result.metadata.title == "Council approves the city budget"
    assert result.text == "Council approves the city budget\n\n" + BODY


def test_headline_after_navigation_beside_byline_and_date(cleaner: Cleaner) -> None:
    text = "\n\n".join(
        [NAV, "Council approves the city budget", "By Jane Doe", "19 Nov 2019, 10:31", BODY]
    )
    result = cleaner.clean(text, kind="text")
    assert result.metadata.title == "Council approves the city budget"
    assert "Council approves" not in result.text


def test_headline_after_a_section_label(cleaner: Cleaner) -> None:
    text = "\n\n".join([NAV, "Politics", "Council approves the city budget", BODY])
    assert cleaner.clean(text, kind="text").metadata.title == "Council approves the city budget"


@pytest.mark.parametrize(
    "first",
    [
        "The council met on Tuesday.",  # a sentence, not a headline
        "  * Home",  # a list item
    ],
)
def test_no_title_when_nothing_looks_like_a_headline(cleaner: Cleaner, first: str) -> None:
    result = cleaner.clean(first + "\n\n" + BODY, kind="text")
    assert result.metadata.title is None
    assert result.text.split()[:2] == first.replace("*", "").split()[:2] or "Home" in result.text


def test_date_and_byline_are_not_titles(cleaner: Cleaner) -> None:
    text = "\n\n".join([NAV, "By Jane Doe", "19 Nov 2019, 10:31", BODY])
    assert cleaner.clean(text, kind="text").metadata.title is None


def test_photo_credit_before_the_headline_is_not_the_title(cleaner: Cleaner) -> None:
    text = "\n\n".join([NAV, "Jane Doe/Example Agency", "Council approves the city budget", BODY])
    assert cleaner.clean(text, kind="text").metadata.title == "Council approves the city budget"


def test_question_headline(cleaner: Cleaner) -> None:
    result = cleaner.clean("Will the council approve the budget?\n\n" + BODY, kind="text")
    assert result.metadata.title == "Will the council approve the budget?"


def test_seed_page_title_is_kept() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "fixtures/text/newsweek-nato-training-center"
    result = Cleaner().clean((seed / "input.txt").read_bytes(), kind="text")
    assert result.metadata.title == "NATO and Ukraine to Open Joint Training Center in Poland"
    assert not [r for r in result.removed if r.rule == "article-region"]


def test_paragraph_in_a_script_without_spaces_is_not_a_title(cleaner: Cleaner) -> None:
    headline = "アップル社の新製品発表会"
    paragraph = (
        "先日、新しい製品が発表されました。"
        "多くの人が会場に集まり、新機能について説明を聞きました"
    )
    result = cleaner.clean("\n\n".join([headline, paragraph, paragraph + "。"]), kind="text")
    assert result.metadata.title == headline
    assert paragraph in result.text


def test_headline_above_byline_share_bar_and_caption(cleaner: Cleaner) -> None:
    menu = "Open in app\nSign up\nSign in\nWrite"
    share = "1.4K\n37\nListen\nShare"
    caption = "Image caption, Council members listen to residents at the budget meeting on Tuesday"
    text = "\n\n".join(
        [menu, "Council approves the city budget after a long night", "Jane Doe", share,
         caption, BODY]
    )
    result = cleaner.clean(text, kind="text")
    assert result.metadata.title == "Council approves the city budget after a long night"
    assert "Sign in" not in result.text
    # The byline is left to the byline rules: a bare name under the headline goes as one.
    assert [r.rule for r in result.removed if r.text == "Jane Doe"] == ["byline-line"]


def test_breaking_news_banner_before_the_headline_is_not_the_title(cleaner: Cleaner) -> None:
    text = "\n\n".join(
        [NAV, "BREAKING NEWS", "Highway closed near the river after a truck crash",
         "Council approves the city budget after a long night", "By Jane Doe", BODY]
    )
    result = cleaner.clean(text, kind="text")
    assert result.metadata.title == "Council approves the city budget after a long night"


@pytest.mark.parametrize("label", ["Related stories", "Advertisement", "Read more"])
def test_a_bare_label_before_the_article_is_not_the_title(cleaner: Cleaner, label: str) -> None:
    text = "\n\n".join([NAV, label, BODY])
    assert cleaner.clean(text, kind="text").metadata.title is None


def test_a_headline_opening_with_a_label_is_the_title(cleaner: Cleaner) -> None:
    headline = "BREAKING: Council approves the city budget after a long night"
    text = "\n\n".join([NAV, headline, BODY])
    assert cleaner.clean(text, kind="text").metadata.title == headline


PROSE = (
    "<p>The tool installs in a minute and needs no configuration, which makes it a good "
    "first choice for people who are new to the command line and want results.</p>"
    "<p>Run it once to create the settings file, then edit the file to point the tool at "
    "your own folders and start it again to see the change take effect.</p>"
)


@pytest.mark.parametrize(
    "first",
    [
        "<pre><code>pip install example-tool</code></pre>",
        "<table><tr><td>Version 2 release notes</td></tr></table>",
        "<blockquote>Simple tools age well over time</blockquote>",
    ],
)
def test_code_tables_and_quotes_are_not_titles(cleaner: Cleaner, first: str) -> None:
    page = f'<html><body><div class="post">{first}{PROSE}</div></body></html>'
    result = cleaner.clean(page, kind="html")
    assert result.metadata.title is None
    first_text = first.split(">", 2)[-1].split("<")[0] if "<code>" in first else None
    assert first_text is None or first_text in result.text


def test_a_short_heading_line_before_code_is_still_the_title(cleaner: Cleaner) -> None:
    page = (
        '<html><body><div class="post"><div>Install the example tool quickly</div>'
        f"<pre><code>pip install example-tool</code></pre>{PROSE}</div></body></html>"
    )
    result = cleaner.clean(page, kind="html")
    assert result.metadata.title == "Install the example tool quickly"
    assert "pip install example-tool" in result.text


def test_a_year_in_a_headline_does_not_make_it_a_dateline(cleaner: Cleaner) -> None:
    text = "\n\n".join([NAV, "Council budget plans for 2025", BODY])
    assert cleaner.clean(text, kind="text").metadata.title == "Council budget plans for 2025"
    text = "\n\n".join([NAV, "Council approves the city budget", "November 18, 2019", BODY])
    assert cleaner.clean(text, kind="text").metadata.title == "Council approves the city budget"


def test_the_headline_left_out_with_the_page_header_is_found_by_its_words() -> None:
    from cleanpress.markers import Markers
    from cleanpress.readers.text import read_text
    from cleanpress.rule import RuleContext
    from cleanpress.rules.metadata import title

    lines = [
        "Council approves new city budget for schools",  # the headline
        "Share this story",
        "Subscribe to our newsletter for more",  # a prompt shaped like a headline
        *BODY.split("\n\n"),
    ]
    doc = read_text("\n\n".join(lines))
    for block in doc.blocks[:2]:
        block.removed_by = "article-region"  # the region rule began the article after them
    ctx = RuleContext(title.title, Markers([]), {})
    title.title.apply(doc, ctx)
    ctx._commit(doc)
    assert doc.metadata.title == "Council approves new city budget for schools"
    assert doc.metadata.sources["title"] == "title: headline line the article's opening speaks of"
    assert doc.blocks[2].removed_by is None  # the prompt stays for the chrome rules


def test_no_headline_is_taken_from_lines_the_article_never_speaks_of() -> None:
    from cleanpress.markers import Markers
    from cleanpress.readers.text import read_text
    from cleanpress.rule import RuleContext
    from cleanpress.rules.metadata import title

    doc = read_text("\n\n".join(["Weekly tips on photography and travel", *BODY.split("\n\n")]))
    doc.blocks[0].removed_by = "article-region"
    ctx = RuleContext(title.title, Markers([]), {})
    title.title.apply(doc, ctx)
    ctx._commit(doc)
    assert doc.metadata.title is None


# Evidence. In whole-page text a line's shape alone does not show that the article
# begins there: the clean text's own first line may be shaped like a headline, and
# cleaning the clean text again must change nothing.

TEASER = "A budget that nobody expected"


def test_a_byline_below_is_evidence(cleaner: Cleaner) -> None:
    result = cleaner.clean("\n\n".join([TEASER, "By Jane Doe", BODY]), kind="text")
    assert result.metadata.title == TEASER
    assert result.text == BODY


def test_navigation_cut_above_is_evidence(cleaner: Cleaner) -> None:
    result = cleaner.clean("\n\n".join([NAV, TEASER, BODY]), kind="text")
    assert result.metadata.title == TEASER
    assert result.text == BODY


@pytest.mark.parametrize(
    "page",
    [
        "\n\n".join([NAV, "Council approves the city budget", "What the budget holds", BODY]),
        "\n\n".join(["Council approves the city budget", "By Jane Doe", TEASER, BODY]),
        "\n\n".join(["Council approves the city budget", BODY, "Trending Now"]),
    ],
)
def test_cleaning_the_clean_text_again_changes_nothing(cleaner: Cleaner, page: str) -> None:
    once = cleaner.clean(page, kind="text").text
    assert cleaner.clean(once, kind="text").text == once
