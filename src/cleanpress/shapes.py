"""Shapes of lines that readers and rules both look for."""

from __future__ import annotations

#: The most characters of a separator line that are looked at.
MAX_SEPARATOR_CHARS = 400


def is_separator(text: str) -> bool:
    """A separator line ("-----", "=====", "* * *"): no letter or digit, and at least
    three characters other than spaces."""
    if not 3 <= len(text) <= MAX_SEPARATOR_CHARS or text[0].isalnum():
        return False
    marks = 0
    for char in text:
        if char.isalnum():
            return False
        marks += not char.isspace()
    return marks >= 3
