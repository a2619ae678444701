"""The furniture of a thread's posts goes on thread pages only; sentences of the posts
that start with the same words stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page

from cleanpress.chain import RuleContext
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rules.chrome import post_furniture


def kept_after(lines: list[str], page_type: str | None = "forum") -> list[str]:
    doc = read_text(page(ARTICLE, *lines, ARTICLE))
    doc.metadata.page_type = page_type
    rule = post_furniture.post_furniture
    ctx = RuleContext(rule, Markers([post_furniture.cleanpress_markers()]), {})
    rule.apply(doc, ctx)
    ctx._commit(doc)
    return [b.text for b in doc.kept() if b.text in lines]


@pytest.mark.parametrize(
    "line",
    [
        "13,539", "887", "2.4K", "(157)", "Messages", "Messages 28", "Reaction score",
        "Posts: 4958", "Joined: Mar 2019", "Joined", "Join Date: Aug 2008", "Well-known member",
        "Member",
        "Click to expand...", "Reply with quote", "Quote", "Report", "Beiträge: 12",
        "Zum Vergrößern anklicken....", "Citer", "Mensajes 40", "#12",
        "2011-02-12 01:30:35 +00:00", "Commented Mar 28, 2014 at 15:35", "Commented Oct 5",
        "1,076 posts", "155 helpful votes", "2.4k views", "12 replies",
    ],
)
def test_furniture_lines_go_on_a_thread(line: str) -> None:
    assert kept_after([line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Posts about the new firmware were removed by the moderators.",
        "Joined the club in 2019 and never looked back, it was the best choice.",
        "Reply to the seller before you pay anything.",
        "12 volts is what the manual says.",
        "Member of the month",
        "Commented on the new firmware",
        "#1 tip: charge it overnight",
        "Join date night at the club",
        "12 posts later, still no answer",
        "3 votes short of a majority",
    ],
)
def test_sentences_of_posts_stay(line: str) -> None:
    assert kept_after([line]) == [line]


@pytest.mark.parametrize("page_type", ["article", "listing", None])
def test_other_pages_keep_their_numbers_and_labels(page_type: str | None) -> None:
    lines = ["887", "Messages 28", "Click to expand..."]
    assert kept_after(lines, page_type) == lines
