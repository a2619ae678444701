"""The page title said again inside the body: post subjects of forum threads.

Forum and mailing-list pages head every post with a subject: the thread title
for the first post and "Re: <title>" for the replies. Such a line is a copy
of the title, not text of the post. A heading or short line that equals the
title, alone or after a reply prefix, is removed; a line that only starts
like the title is kept, and so is the headline itself where the page keeps it in
its body (a product page's name).
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Reply prefixes of subjects (English, German, French, Nordic, Dutch, Spanish).
_REPLY = re.compile(r"(?:(?:re|aw|sv|vs|antw|rép|réf|resp)\s?(?:\[\d{1,4}\])?\s?:\s?){1,3}",
                    re.IGNORECASE)
#: Subjects longer than this many characters beyond the title are not looked at.
_SLACK = 24


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(" .")


@rule(
    "html-repeated-title",
    stage="chrome",
    order=125,
    description="Remove lines that repeat the page title, alone or after 'Re:' (post subjects)",
    kinds=("html",),
)
def html_repeated_title(doc: Document, ctx: RuleContext) -> None:
    title = doc.metadata.title
    if not title:
        return
    wanted = _fold(title)
    if not wanted:
        return
    longest = len(title) + _SLACK
    for block in doc.kept():
        text = block.text
        if (len(text) > longest or block.kind in ("code", "quote", "list_item")
                or block is doc.title_block):
            continue
        reply = _REPLY.match(text)
        rest = text[reply.end():] if reply else text
        if _fold(rest) == wanted:
            ctx.remove(block, "post subject (the title again)" if reply else "the title again")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_repeated_title]
