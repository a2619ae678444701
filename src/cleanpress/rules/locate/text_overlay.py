"""Dialogs in whole-page text: consent notices, and what a page renders after its footer.

A page rendered to text carries its dialogs with it: the cookie banner, the
consent form with its list of partners, the privacy or refund policy behind
a footer link. They are written in sentences, so they weigh as prose; a
consent notice is never the content, and the dialogs rendered after the
page's rights line ("© 2025 ...") are not either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleanpress.document import Block
from cleanpress.rules.locate.text_features import Features

#: A rights line has at most this many words (a longer block only quotes one).
RIGHTS_WORDS = 40
#: A block of this many words or more that speaks of cookies makes the text after
#: the rights line a dialog.
DIALOG_WORDS = 10

Search = Callable[[str, str], object]


def mark_consent(blocks: Sequence[Block], feats: Sequence[Features], search: Search) -> None:
    """Count cookie and consent notices as chrome, not prose."""
    for block, f in zip(blocks, feats, strict=True):
        if f.prose and "ookie" in block.text and search("cookie", block.text):
            f.as_chrome()


def dialogs_start(
    blocks: Sequence[Block], feats: Sequence[Features], start: int, end: int, search: Search
) -> int | None:
    """Where the dialogs after the page's footer begin, when the span
    ``[start, end)`` was found among them; else None. (A page of several
    spans asks with both at the end of the page.)

    The span is in a dialog when it lies after the page's last rights line,
    there is prose before that line, and the text from the line to the
    span's end speaks of cookies.
    """
    line = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if feats[i].size <= RIGHTS_WORDS and search("copyright", blocks[i].text)
        ),
        None,
    )
    if line is None or line >= start or not any(f.prose for f in feats[:line]):
        return None
    if any(
        "ookie" in blocks[i].text and feats[i].size >= DIALOG_WORDS for i in range(line, end)
    ):
        return line + 1
    return None
