"""Markdown read back with markdown-it-py (CommonMark, and GFM tables): its text
with the markup taken off, and the structure it parses to."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from markdown_it.token import Token

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.markdown import _parser, inline_text, words
from bench.markdown import markdown_text as stripped

__all__ = ["inline_text", "outline", "parse", "stripped", "words"]


def parse(markdown: str) -> list[Token]:
    """``markdown`` as markdown-it-py's tokens (CommonMark and GFM tables)."""
    return _parser().parse(markdown)  # type: ignore[no-any-return]


def outline(markdown: str) -> list[tuple[Any, ...]]:
    """The block structure of ``markdown``: ("h", level, text), ("li", depth,
    ordered, text), ("quote", text), ("code", language, content), ("table", rows,
    columns), ("p", text), in order."""
    out: list[tuple[Any, ...]] = []
    lists: list[bool] = []  # open lists: ordered or not
    heading = 0
    quote = 0
    item = False
    rows = columns = 0
    in_table = False
    for token in parse(markdown):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item = True
        elif kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "table_open":
            in_table, rows, columns = True, 0, 0
        elif kind == "tr_open":
            rows += 1
            cells = 0
        elif kind in ("th_open", "td_open"):
            cells += 1
            columns = max(columns, cells)
        elif kind == "table_close":
            in_table = False
            out.append(("table", rows, columns))
        elif kind == "fence":
            out.append(("code", token.info, token.content))
        elif kind == "inline" and not in_table:
            text = inline_text(token.children or [])
            if heading:
                out.append(("h", heading, text))
                heading = 0
            elif item:
                out.append(("li", len(lists), lists[-1], text))
                item = False
            elif quote:
                out.append(("quote", text))
            else:
                out.append(("p", text))
    return out
