"""Text a page hides in its markup until a script shows it."""

from __future__ import annotations

from cleanpress.document import Block

#: A paragraph this long is prose: the page's text, not a menu's or a dialog's.
PROSE_WORDS = 30


def shown_by_script(blocks: list[Block]) -> int:
    """The container of a page's text hidden until a script shows it, or -1.

    Pages rendered by a framework can hold their whole text in a hidden box
    (a streamed segment moved into place, an anti-flicker wrapper): then no
    shown paragraph is prose while a hidden one is. The box is the outermost
    container of the longest hidden paragraph that holds no shown block, when
    it holds as many words as the page shows or half of those it hides (one
    hidden quote among many hidden boxes, on a page of short shown lines, is
    not the page's text).
    """
    longest: Block | None = None
    for block in blocks:
        if block.kind != "paragraph" or block.words < PROSE_WORDS:
            continue
        if not block.hidden:
            return -1
        if longest is None or block.words > longest.words:
            longest = block
    if longest is None:
        return -1
    showing = {number for b in blocks if not b.hidden for number in b.containers}
    box = next((n for n in longest.containers if n not in showing), -1)
    if box < 0:
        return -1
    held = sum(b.words for b in blocks if box in b.containers)
    shown = sum(b.words for b in blocks if not b.hidden)
    hidden = sum(b.words for b in blocks if b.hidden)
    return box if held >= shown or 2 * held >= hidden else -1
