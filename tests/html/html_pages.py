"""Page pieces shared by the HTML rule tests."""

from __future__ import annotations

import json

#: One paragraph of article prose; ``{n}`` tells the copies apart.
P = "This paragraph of the article is long enough to count as prose, with words {n} in it."


def paras(n: int, start: int = 0) -> str:
    """``n`` prose paragraphs numbered from ``start``."""
    return "".join(f"<p>{P.format(n=i)}</p>" for i in range(start, start + n))


def stated_page(body: str, stated: str = "") -> str:
    """A page of ``body``, whose JSON-LD states the schema.org type ``stated`` if given."""
    head = (f'<script type="application/ld+json">{json.dumps({"@type": stated})}</script>'
            if stated else "")
    return f"<html><head>{head}</head><body>{body}</body></html>"
