"""Short lines among a thread's posts that belong to no post.

The posts of a thread sit side by side in one box, each in a box of one shape
(see :func:`~cleanpress.rules.locate.page_type.post_boxes`). What that box holds
between and after them, outside every post, is the forum's: the topic's counts
("Replies 154", "Views 26.2k"), its top posters, the sort order, the pager, the
reply form, ads between posts. Short lines there, from the first post on, go,
but for those of a box that also holds a longer line: a post of another shape
(the opening post, set apart from the replies).
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.post_furniture import THREAD_PAGES
from cleanpress.rules.common.container_tree import common_box, page_parents
from cleanpress.rules.common.post_lines import lines_beside
from cleanpress.rules.locate.page_type import MIN_POSTS, post_boxes


@rule(
    "between-posts",
    stage="chrome",
    order=330,
    description="Remove short lines that sit among a thread's posts but in no post (topic "
    "counts, top posters, pager, reply form)",
    kinds=("html",),
)
def between_posts(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type not in THREAD_PAGES:
        return
    posts = post_boxes(doc)
    if len(posts) < MIN_POSTS:
        return
    parent_of = page_parents(doc)
    around = common_box(posts, parent_of)
    if around < 0:
        return
    for block in list(lines_beside(doc.kept(), posts, around, from_first=True)):
        ctx.remove(block, "line among a thread's posts, in no post")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [between_posts]
