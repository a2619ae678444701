"""Labelled sections after a post: "Share this:", "Like this:", "Related", the comment form.

Each starts with a label line that WordPress prints as is, followed by items
of a known shape (network buttons, related-post entries, form fields). The
label and the items that follow it are removed; the first block of another
shape ends the section, so the article and the comments themselves stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleanpress import Block, Document, RuleContext, rule
from cleanpress_wordpress.dates import is_date_line

#: Most items taken after one label.
_MAX_ITEMS = 24

_SHARE_LABEL = re.compile(r"^(?:share this|like this|share this post|share on)\s*:?$", re.I)
_SHARE_ITEM = re.compile(
    r"^(?:click to (?:share|email|print)\b.{0,60}"
    r"|(?:twitter|x|facebook|linkedin|reddit|tumblr|pinterest|pocket|telegram|whatsapp|email"
    r"|e-mail|print|more|like|tweet|share|threads|mastodon|bluesky|nextdoor)"
    r"(?: \(opens in new window\))?"
    r"|(?:like )?loading\.{0,3}|be the first to like this\.?|\d{1,5} bloggers? likes? this\.?)$",
    re.I,
)

_RELATED_LABEL = re.compile(r"^(?:related|related posts|related articles)\s*:?$", re.I)
_IN_CATEGORY = re.compile(
    r"^(?:in|similar post|with \d+ comments?)\s*[\"“'‘]?[^\"”]{0,60}[\"”'’]?$", re.I
)

_COMMENT_LABEL = re.compile(
    r"^(?:leave a (?:reply|comment)(?: cancel reply)?"
    r"|(?:\d{1,5}|one|two|three|four|five) (?:thoughts?|responses?|comments?|replies) "
    r"(?:on|to) [“\"«‘'].{1,200}[”\"»’']"
    r"|comments? are closed\.?)$",
    re.I,
)
_FORM_FIELD = re.compile(
    r"^(?:your email address will not be published\..{0,80}"
    r"|required fields are marked.{0,10}"
    r"|(?:comment|name|email|e-mail|website|url)\s*\*?"
    r"|save my name, email, and website in this browser for the next time i comment\.?"
    r"|post comment|submit comment|cancel reply|reply|log in to reply|δ"
    r"|notify me of (?:follow-up comments|new posts) (?:by|via) email\.?"
    r"|you must be logged in to post a comment\.?)$",
    re.I,
)


Take = Callable[[list[Block], int], list[Block]]


def _remove_section(
    doc: Document,
    ctx: RuleContext,
    label: re.Pattern[str],
    take: Take,
    reason: str,
    *,
    need_items: bool = False,
) -> None:
    """Remove each ``label`` line and the items ``take`` finds after it."""
    kept = doc.kept()
    i = 0
    while i < len(kept):
        block = kept[i]
        i += 1
        if len(block.text) > 80 or not label.match(block.text):
            continue
        items = take(kept, i)
        if need_items and not items:
            continue
        ctx.remove(block, f"{reason} label")
        for item in items:
            ctx.remove(item, reason)
        i += len(items)


def _run_of(is_item: Callable[[Block], bool]) -> Take:
    """A ``take`` for items of one shape: the run of blocks from ``i`` that have it."""

    def take(kept: list[Block], i: int) -> list[Block]:
        end = i
        while end < len(kept) and end - i < _MAX_ITEMS and is_item(kept[end]):
            end += 1
        return kept[i:end]

    return take


def _share_item(block: Block) -> bool:
    return len(block.text) <= 80 and _SHARE_ITEM.match(block.text) is not None


@rule(
    "wordpress-sharing",
    stage="chrome",
    order=60,
    description="Remove 'Share this:' and 'Like this:' blocks with their buttons",
)
def wordpress_sharing(doc: Document, ctx: RuleContext) -> None:
    _remove_section(doc, ctx, _SHARE_LABEL, _run_of(_share_item), "sharing buttons")


def _entry_tail(block: Block) -> bool:
    text = block.text
    return len(text) <= 80 and bool(is_date_line(text) or _IN_CATEGORY.match(text))


_entry_tails = _run_of(_entry_tail)


def _related_entries(kept: list[Block], i: int) -> list[Block]:
    """Related-post entries from ``i``: a title line, then its date and/or 'In "Category"'."""
    taken: list[Block] = []
    while i < len(kept) and len(taken) < _MAX_ITEMS:
        title = kept[i]
        if title.words > 16 or title.text.endswith((".", "?", "!")):
            break
        tail = _entry_tails(kept, i + 1)[:2]
        if not tail:
            break
        taken += [title, *tail]
        i += 1 + len(tail)
    return taken


@rule(
    "wordpress-related",
    stage="chrome",
    order=65,
    description="Remove the 'Related' block of post titles, dates and 'In \"Category\"' lines",
)
def wordpress_related(doc: Document, ctx: RuleContext) -> None:
    _remove_section(doc, ctx, _RELATED_LABEL, _related_entries, "related posts", need_items=True)


def _form_field(block: Block) -> bool:
    return len(block.text) <= 160 and _FORM_FIELD.match(block.text) is not None


@rule(
    "wordpress-comment-form",
    stage="chrome",
    order=70,
    description="Remove 'Leave a Reply' and comment-count headings with the comment form's fields",
)
def wordpress_comment_form(doc: Document, ctx: RuleContext) -> None:
    _remove_section(doc, ctx, _COMMENT_LABEL, _run_of(_form_field), "comment form")
