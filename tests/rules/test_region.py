"""The article region of whole-page text: what lies around the article goes, the article stays."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner
from cleanpress.readers import read
from cleanpress.rules.locate.text_features import features
from cleanpress.rules.locate.text_region import best_span

NAV = "\n".join(
    f"  * {item}"
    for item in ("Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Video")
)
PARAGRAPHS = [
    "The city council approved the new budget on Tuesday after a debate that lasted "
    "well into the night, with members arguing over the cost of road repairs.",
    "Officials said the plan would raise spending on schools and parks by a small margin, "
    "while holding property taxes at the level of last year.",
    "Several residents spoke against the proposal at the meeting, saying that the money "
    "should go to public transport and to the repair of the old bridge.",
    "The mayor said she would sign the budget this week and that work on the bridge "
    "could begin in the spring if the weather allows it.",
]
FOOTER = "\n".join(
    ["About us", "Contact", "Careers", "Privacy policy", "Terms of use", "© 2024 Example Media"]
)
TEASERS = "\n".join(
    f"  * {t}"
    for t in (
        "Five things to know about the new budget",
        "Bridge repairs on the river delayed again",
        "Schools get new funding",
        "Weather: rain expected all week",
    )
)


def page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def region_removals(cleaner: Cleaner, text: str) -> dict[str, str]:
    result = cleaner.clean(text, kind="text")
    return {r.text.strip(): r.reason for r in result.removed if r.rule == "article-region"}


def test_navigation_and_footer_around_the_article_are_removed(cleaner: Cleaner) -> None:
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, "Most read", TEASERS, FOOTER)
    result = cleaner.clean(text, kind="text")
    assert result.text == "\n\n".join(PARAGRAPHS)
    removed = region_removals(cleaner, text)
    assert "navigation menu before the article" in removed["* Home"]
    assert "footer after the article" in removed["Privacy policy"]
    assert "teaser list after the article" in removed["* Bridge repairs on the river delayed again"]
    assert result.metadata.title == "Council approves the city budget"


def test_subheadings_one_line_paragraphs_and_lists_inside_stay(cleaner: Cleaner) -> None:
    inside = [
        PARAGRAPHS[0],
        "What changes for schools",
        PARAGRAPHS[1],
        "The plan lists three priorities:",
        "  * new roofs for two primary schools",
        "  * longer opening hours for libraries",
        "  * a second bus line to the hospital",
        "Not everyone agrees.",
        PARAGRAPHS[2],
        PARAGRAPHS[3],
    ]
    text = page(NAV, "Council approves the city budget", *inside, FOOTER)
    result = cleaner.clean(text, kind="text")
    for line in inside:
        assert features(read(line, kind="text")[0].blocks[0]).size > 0
        assert " ".join(line.replace("  * ", "").split()) in result.text
    assert "Privacy policy" not in result.text
    assert "Home" not in result.text.split()


def test_bare_article_passes_whole(cleaner: Cleaner) -> None:
    text = page("Council approves the city budget", *PARAGRAPHS)
    assert region_removals(cleaner, text) == {}


def test_a_few_paragraphs_pass_whole(cleaner: Cleaner) -> None:
    text = page(PARAGRAPHS[0], "A short line.", PARAGRAPHS[1])
    assert cleaner.clean(text, kind="text").removed == []


def test_short_tail_without_navigation_is_left_to_chrome_rules(cleaner: Cleaner) -> None:
    # Without navigation, a short tail is not cut: the chrome rules judge it.
    text = page("Council approves the city budget", *PARAGRAPHS, "About the writer", "Share")
    assert region_removals(cleaner, text) == {}


def test_comments_after_the_article_are_cut_at_the_last_paragraph(cleaner: Cleaner) -> None:
    comments = []
    for n in range(6):
        comments += [
            f"      {n + 1}. reader{n} says:",
            "          November 19, 2019 at 6:34 am",
            "          I think the council should have spent far more of the money on the "
            "bridge, which has been in a poor state for years now.",
        ]
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, "\n".join(comments), FOOTER)
    result = cleaner.clean(text, kind="text")
    assert result.text == "\n\n".join(PARAGRAPHS)


def test_best_span() -> None:
    assert best_span([-1, 5, -2, 4, -9, 3]) == (1, 4)
    assert best_span([-1, -2]) == (0, 0)
    assert best_span([]) == (0, 0)


def test_small_prose_behind_a_run_of_chrome_after_the_article_is_cut(cleaner: Cleaner) -> None:
    form = ["Share", "Leave a reply", "Comment", "Name *", "Email *", "Website", "Post comment"]
    notice = (
        "By submitting this form you agree to the use of your data for the purpose of "
        "publishing your comment, as set out in our privacy policy."
    )
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, *form, notice, FOOTER)
    result = cleaner.clean(text, kind="text")
    assert result.text == "\n\n".join(PARAGRAPHS)


def test_long_second_part_behind_a_gap_stays(cleaner: Cleaner) -> None:
    # A gap of short lines inside the article (a table, a list of names) does not cut
    # what follows when that holds as much prose as what came before.
    names = [f"Member {n}" for n in "ABCDEFG"]
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS[:2], *names, *PARAGRAPHS[2:])
    result = cleaner.clean(text, kind="text")
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_short_closing_lines_of_the_article_stay(cleaner: Cleaner) -> None:
    closing = ['"We will see," she said.', "What comes next", "The vote is on Friday."]
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, *closing, FOOTER)
    result = cleaner.clean(text, kind="text")
    assert result.text == "\n\n".join([*PARAGRAPHS, *closing])


def test_list_announced_by_the_last_line_stays(cleaner: Cleaner) -> None:
    announced = [
        "The council will meet on these dates next year:",
        "  * January 9 -- City Hall",
        "  * February 13 -- City Hall",
        "  * March 12 -- Public Library",
    ]
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, "\n".join(announced), FOOTER)
    result = cleaner.clean(text, kind="text")
    assert "March 12 -- Public Library" in result.text
    assert "Privacy policy" not in result.text


def test_short_label_with_a_colon_announces_no_article_list(cleaner: Cleaner) -> None:
    share = ["Share this:", "  * Facebook", "  * Twitter", "  * Email"]
    text = page(NAV, "Council approves the city budget", *PARAGRAPHS, "\n".join(share), FOOTER)
    result = cleaner.clean(text, kind="text")
    assert "Twitter" not in result.text


def test_letters_found_in_blocks_of_symbols_and_digits() -> None:
    def letters(line: str) -> bool:
        return features(read(line, kind="text")[0].blocks[0]).letters

    assert not letters("★ ★ ★") and not letters("12:30 | 04.05.2025")
    assert letters("— Jane Doe") and letters("12 Angry Men") and letters("Zürich")
    assert not letters("1" * 100 + " x")  # a letter beyond the first characters does not count


def test_scripts_without_spaces_count_characters() -> None:
    from cleanpress.rules.locate.text_features import text_size

    assert text_size("今日は晴れです。明日は雨が降るでしょう。") == 10  # half its characters
    assert text_size("“Quoted” words in a Latin line") == 6  # a wide quote is no wide script
    assert text_size("Прогноз погоды на завтра") == 4  # Cyrillic is written with spaces
    assert text_size("") == 0


@pytest.mark.parametrize(
    ("line", "weight"),
    [
        ("The council met on Tuesday to discuss the budget for the coming year.", 13.0),
        ("The council met on Tuesday to discuss the budget for the coming year and " * 3, 21.0),
        ("The council met on Tuesday to discuss the budget for the coming year and", -4.8),
        ("  * The council met on Tuesday to discuss the budget for the coming year.", 6.5),
        ("  * Home", -3.2),
        ("  * a second bus line to the hospital", -1.0),
        ("Privacy policy", -2.4),
    ],
)
def test_block_weights(line: str, weight: float) -> None:
    from cleanpress.rules.locate.text_features import prose_weight

    f = features(read(line, kind="text")[0].blocks[0])
    assert f.weight == prose_weight(f) == pytest.approx(weight)
