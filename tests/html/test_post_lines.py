"""Short lines beside a thread's posts (rules/common/post_lines.py)."""

from __future__ import annotations

from cleanpress.readers.html import read_html
from cleanpress.rules.common.post_lines import lines_beside

LONG = " ".join(["word"] * 40)


def _lines(from_first: bool) -> list[str]:
    doc = read_html(
        "<body><div id='thread'><p>2 Replies</p>"
        f"<div class='post'><p>{LONG}</p></div><p>Sort by date</p>"
        f"<div class='post'><p>{LONG}</p></div>"
        f"<div class='op'><p>Posted by someone</p><p>{LONG}</p></div>"
        "<pre><code>x = 1</code></pre><p>Reply to this topic</p></div>"
        "<p>Outside the thread</p></body>")
    thread = next(n for n, e in enumerate(doc.elements) if "thread" in e.words)
    posts = {n for n, e in enumerate(doc.elements) if "post" in e.words}
    return [b.text for b in lines_beside(doc.blocks, posts, thread, from_first=from_first)]


def test_short_lines_in_no_post_go_but_code_and_a_box_with_text_stay() -> None:
    assert _lines(from_first=False) == ["2 Replies", "Sort by date", "Reply to this topic"]


def test_from_the_first_post_on_the_lines_above_it_stay() -> None:
    assert _lines(from_first=True) == ["Sort by date", "Reply to this topic"]
