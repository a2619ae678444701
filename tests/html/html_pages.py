"""Page pieces shared by the HTML rule tests."""

from __future__ import annotations

#: One paragraph of article prose; ``{n}`` tells the copies apart.
P = "This paragraph of the article is long enough to count as prose, with words {n} in it."


def paras(n: int, start: int = 0) -> str:
    """``n`` prose paragraphs numbered from ``start``."""
    return "".join(f"<p>{P.format(n=i)}</p>" for i in range(start, start + n))
