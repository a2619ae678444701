"""Text a page hides in its markup until a script shows it."""

from __future__ import annotations

import re

from cleanpress.document import Block, Element

#: A paragraph this long is prose: the page's text, not a menu's or a dialog's.
PROSE_WORDS = 30
#: A hidden box holding this many words or more outside menus and footers ...
WRAPPER_WORDS = 200
#: ... and this many times the words the page shows is the whole page hidden until
#: a script shows it (see :func:`hidden_wrapper`).
WRAPPER_RATIO = 4
#: Landmarks whose words do not count for a hidden wrapper (a collapsed menu is a
#: box of many hidden words on a page of few shown ones).
_MENU_LANDMARKS = frozenset({"nav", "aside", "footer"})


def shown_by_script(blocks: list[Block]) -> int:
    """The container of a page's text hidden until a script shows it, or -1.

    Pages rendered by a framework can hold their whole text in a hidden box
    (a streamed segment moved into place, an anti-flicker wrapper): then no
    shown paragraph is prose while a hidden one is. The box is the outermost
    container of the longest hidden paragraph that holds no shown block, when
    it holds as many words as the page shows or half of those it hides (one
    hidden quote among many hidden boxes, on a page of short shown lines, is
    not the page's text). A page with no prose at all may still be hidden whole
    (see :func:`hidden_wrapper`).
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
        return hidden_wrapper(blocks)
    showing = _showing(blocks)
    box = _hidden_box(longest, showing)
    if box < 0:
        return -1
    held = sum(b.words for b in blocks if box in b.containers)
    shown = _shown_words(blocks)
    hidden = sum(b.words for b in blocks if b.hidden)
    return box if held >= shown or 2 * held >= hidden else -1


def hidden_wrapper(blocks: list[Block]) -> int:
    """The box hiding a page of short lines until a script shows it, or -1.

    A shop's category page or a search page has no prose to tell its text by: when
    one hidden box (the outermost container of hidden blocks that holds no shown
    block) holds :data:`WRAPPER_WORDS` words or more outside menus and footers, and
    :data:`WRAPPER_RATIO` times the words the page shows, it is the page held back
    by an anti-flicker or bot-check wrapper, not a menu or a dialog beside it.
    """
    showing = _showing(blocks)
    held: dict[int, int] = {}
    for block in blocks:
        if block.hidden and block.landmark not in _MENU_LANDMARKS:
            box = _hidden_box(block, showing)
            if box >= 0:
                held[box] = held.get(box, 0) + block.words
    if not held:
        return -1
    box = max(held, key=held.__getitem__)
    return box if held[box] >= max(WRAPPER_WORDS, WRAPPER_RATIO * _shown_words(blocks)) else -1


def _showing(blocks: list[Block]) -> set[int]:
    """The containers that hold a shown block."""
    return {number for b in blocks if not b.hidden for number in b.containers}


def _hidden_box(block: Block, showing: set[int]) -> int:
    """The outermost container of ``block`` that holds no shown block, or -1."""
    return next((n for n in block.containers if n not in showing), -1)


def _shown_words(blocks: list[Block]) -> int:
    return sum(b.words for b in blocks if not b.hidden)


#: The utility class that hides a box at every screen width (Bootstrap's "d-none") ...
HIDING_CLASS = "d-none"
#: ... unless a class of its kind shows it from some width on ("d-md-block").
_SHOWN_FROM = re.compile(r"d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+")


def hidden_by_class(words: frozenset[str]) -> bool:
    """Whether class words hide their box at every screen width: the utility class
    :data:`HIDING_CLASS` with no class that shows the box from some width on."""
    return HIDING_CLASS in words and not any(
        _SHOWN_FROM.fullmatch(word) for word in words if word.startswith("d-"))


def class_hidden(elements: list[Element], blocks: list[Block]) -> list[Block]:
    """The blocks whose own class words or those of a container around them hide
    them at every screen width (see :func:`hidden_by_class`)."""
    hidden = {n for n, e in enumerate(elements)
              if HIDING_CLASS in e.words and hidden_by_class(e.words)}
    # (Most pages hide no container by class: then only the blocks' own words count.)
    return [b for b in blocks if (hidden and not hidden.isdisjoint(b.containers))
            or (HIDING_CLASS in b.class_words and hidden_by_class(b.class_words))]


#: Roles and class words of a pop-up box: a dialog the page opens over its content.
_DIALOG_MARKS = frozenset({"dialog", "alertdialog"})
_DIALOG_WORDS = frozenset({"modal", "popup"})
#: Elements whose class words describe the whole page's settings ("has-modal-shadow").
_PAGE_TAGS = frozenset({"html", "body"})


def hidden_dialogs(elements: list[Element], blocks: list[Block]) -> list[Block]:
    """The hidden blocks that sit in a pop-up box (a dialog by its role, a modal or
    popup by its class words, on a box below the body): no click on the page's
    content shows them, unlike the hidden panel of a tab or an accordion."""
    dialog = [e.tag not in _PAGE_TAGS
              and not (_DIALOG_MARKS.isdisjoint(e.marks) and _DIALOG_WORDS.isdisjoint(e.words))
              for e in elements]
    return [b for b in blocks if b.hidden and any(dialog[n] for n in b.containers)]
