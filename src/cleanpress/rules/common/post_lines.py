"""Short lines beside the posts of a thread, in no post.

A thread's posts (a forum's replies, a Q&A page's answers) sit side by side in
one box. What that box holds outside every post is the site's: the count of
replies and their sort order, the top posters, the pager, the reply form, ads
between posts. Its short lines are told by where they sit, not by their words.
"""

from __future__ import annotations

from collections.abc import Iterator

from cleanpress.document import Block

#: Lines longer than this are text, whatever box they sit in.
LINE_WORDS = 30


def lines_beside(blocks: list[Block], posts: set[int], around: int, *,
                 from_first: bool) -> Iterator[Block]:
    """The short lines (:data:`LINE_WORDS` words or fewer, no code) of ``blocks``
    inside container ``around`` and in none of ``posts`` (from the first post on,
    with ``from_first``), less those of a box right inside ``around`` that also
    holds a longer line: a post of another shape (the opening post, set apart from
    the replies)."""
    texts = {_top(b.containers, around) for b in blocks if b.words > LINE_WORDS} - {-1}
    started = not from_first
    for block in blocks:
        inside = set(block.containers)
        if inside & posts:
            started = True
            continue
        if (started and around in inside and block.words <= LINE_WORDS
                and block.kind != "code" and _top(block.containers, around) not in texts):
            yield block


def _top(containers: tuple[int, ...], around: int) -> int:
    """The container right inside ``around`` among ``containers`` (-1 for none)."""
    for position, number in enumerate(containers[:-1]):
        if number == around:
            return containers[position + 1]
    return -1
