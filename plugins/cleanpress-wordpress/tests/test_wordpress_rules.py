"""The WordPress rules one by one: what each removes, what it leaves, where it runs."""

from __future__ import annotations

import time

import cleanpress_wordpress
import pytest
from cleanpress_wordpress.dates import is_date_line

from cleanpress import Cleaner, hookimpl, rule

PARAGRAPH = (
    "The council approved the new budget on Tuesday after a debate that lasted well into "
    "the night, with members arguing over the cost of road repairs and schools."
)


@pytest.fixture(scope="module")
def only_wordpress() -> Cleaner:
    return Cleaner(plugins=[cleanpress_wordpress], defaults=False, entry_points=False)


def clean(cleaner: Cleaner, *blocks: str):
    return cleaner.clean("\n\n".join([PARAGRAPH, *blocks, PARAGRAPH]), kind="text")


def removed(result) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in result.removed]


@pytest.mark.parametrize(
    ("line", "published", "authors"),
    [
        ("Posted on March 3, 2024 by Jane Walker", "2024-03-03", ["Jane Walker"]),
        ("Published 3 March 2024 at 10:15 am by Ana de Souza", "2024-03-03", ["Ana de Souza"]),
        ("Posted by Tom Reed on Sept. 21st, 2023 | 2 Comments", "2023-09-21", ["Tom Reed"]),
        ("Posted on 2022-11-05 by admin", "2022-11-05", []),
        ("Posted on January 9, 2021", "2021-01-09", []),
    ],
)
def test_byline_goes_to_metadata(only_wordpress, line, published, authors) -> None:
    result = clean(only_wordpress, line)
    assert removed(result) == [("wordpress-byline", line)]
    assert result.metadata.published == published
    assert result.metadata.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Posted on the board by the door, the notice listed every closed road.",
        "Published on Friday by the ministry, the report was late.",
        "Posted on Smarch 40, 2024 by Jane Walker",
        "Written by Jane Walker",
    ],
)
def test_byline_leaves_other_lines(only_wordpress, line) -> None:
    assert clean(only_wordpress, line).removed == []


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Posted in Travel, Europe | Tagged portugal, coast | Leave a comment",
         ["portugal", "coast"]),
        ("Filed under: News | Tags: budget, council", ["budget", "council"]),
        ("Posted in Uncategorized | 3 Comments", []),
        ("This entry was posted in News and tagged budget, schools on May 2, 2023 by Jo. "
         "Bookmark the permalink.", ["budget", "schools"]),
        ("Tagged: elections, turnout", ["elections", "turnout"]),
    ],
)
def test_post_footer_goes_with_its_tags(only_wordpress, line, tags) -> None:
    result = clean(only_wordpress, line)
    assert removed(result) == [("wordpress-post-footer", line)]
    assert result.metadata.tags == tags


def test_post_navigation(only_wordpress) -> None:
    lines = ["Post navigation", "← Older posts", "Next post: How we voted"]
    result = clean(only_wordpress, *lines)
    assert removed(result) == [("wordpress-post-footer", line) for line in lines]


@pytest.mark.parametrize(
    "line",
    [
        "Posted in haste, the letter reached the council a day late and was never read aloud.",
        "Tagged by the police as a suspect, he was released on Monday.",
        "Next, the council will vote on the parks plan.",
    ],
)
def test_post_footer_leaves_sentences(only_wordpress, line) -> None:
    assert clean(only_wordpress, line).removed == []


def test_sharing_label_and_buttons(only_wordpress) -> None:
    lines = ["Share this:", "Click to share on X (Opens in new window)", "Facebook", "Email",
             "Like this:", "Like Loading...", "Be the first to like this."]
    result = clean(only_wordpress, *lines)
    assert [r for r, _ in removed(result)] == ["wordpress-sharing"] * len(lines)


def test_sharing_stops_at_the_first_other_block(only_wordpress) -> None:
    result = clean(only_wordpress, "Share this:", "Twitter", "Mayor responds to critics")
    assert [t for _, t in removed(result)] == ["Share this:", "Twitter"]
    assert "Mayor responds to critics" in result.text


def test_related_entries(only_wordpress) -> None:
    lines = ["Related", "Three days in Porto", "January 12, 2024", 'In "Travel"',
             "Lisbon by tram", "In “Cities”"]
    result = clean(only_wordpress, *lines)
    assert [t for _, t in removed(result)] == lines


def test_related_needs_entry_shape(only_wordpress) -> None:
    result = clean(only_wordpress, "Related", "Mayor responds to critics", PARAGRAPH)
    assert result.removed == []


def test_comment_form(only_wordpress) -> None:
    lines = ["2 thoughts on “A week on the coast”", "Leave a Reply", "Comment *", "Name *",
             "Email *", "Website", "Post Comment"]
    result = clean(only_wordpress, *lines)
    assert [r for r, _ in removed(result)] == ["wordpress-comment-form"] * len(lines)


def test_comments_themselves_stay(only_wordpress) -> None:
    comment = "I loved this post, we went to the same village last year and the fish was great."
    result = clean(only_wordpress, "One thought on “A week on the coast”", comment)
    assert [t for _, t in removed(result)] == ["One thought on “A week on the coast”"]
    assert comment in result.text


def test_places_in_the_chain() -> None:
    entries = Cleaner(plugins=[cleanpress_wordpress], entry_points=False).entries
    places = {e.rule.name: (e.rule.stage, e.rule.order) for e in entries}
    assert [places[r.name] for r in cleanpress_wordpress.RULES] == [
        ("locate", 150), ("locate", 155), ("chrome", 60), ("chrome", 65), ("chrome", 70)]
    names = [e.rule.name for e in entries]
    if "article-region" in names:  # the region rule judges the page with the meta lines in it
        assert names.index("article-region") < names.index("wordpress-byline")


class CutFooter:
    """Stands in for a region rule that has cut everything after the first paragraph."""

    @rule("test-cut-tail", stage="locate", order=100, description="Cut after paragraph one")
    def cut(doc, ctx) -> None:
        for block in doc.kept()[1:]:
            ctx.remove(block, "outside the article")

    @hookimpl
    def cleanpress_rules(self):
        return [self.cut]


def test_meta_lines_beside_the_article_are_read_after_another_rule_cut_them() -> None:
    cleaner = Cleaner(plugins=[cleanpress_wordpress, CutFooter()], defaults=False,
                      entry_points=False)
    page = "\n\n".join([PARAGRAPH, "Posted in News | Tagged budget, council", "Footer",
                          "Site map", "Posted on March 3, 2024 by Somebody Else"])
    result = cleaner.clean(page, kind="text")
    assert result.metadata.tags == ["budget", "council"]
    assert result.metadata.published is None  # three blocks away: another post's line
    assert {r.rule for r in result.removed} == {"test-cut-tail"}


def test_dates() -> None:
    for line in ("March 3, 2024", "3 Mar 2024", "2024-03-03"):
        assert is_date_line(line)
    assert not is_date_line("Smarch 3, 2024") and not is_date_line("2024-13-40")


def test_hostile_input_is_fast(only_wordpress) -> None:
    lines = ["Posted in " + "a, " * 3000, "Posted on March 3, 2024 by " + "x" * 5000,
             "Share this:", *["Twitter"] * 5000, "Related", *["Title", "In \"A\""] * 2000]
    start = time.perf_counter()
    only_wordpress.clean("\n\n".join(lines), kind="text")
    assert time.perf_counter() - start < 1.0
