"""Tag and topic lists: "Tags: a, b, c", "Topics", "Filed under", "Schlagworte", ...

The label opens the line and a list of short items follows it, or the label
stands alone and short lines follow. Items go to ``tags``. A sentence that
starts with "Topics" or uses a colon keeps its place: its items are not short.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

TAG_LABELS = {
    "en": [r"^(?:tags?|tagged(?: with)?|topics?|related topics|keywords|filed under|"
           r"categories|category)\b"],
    "de": [r"^(?:schlagw(?:o|ö)rte?|stichw(?:o|ö)rte?|themen|mehr zum thema)\b"],
    "fr": [r"^(?:mots[- ]clés?|sujets?|thèmes?|thématiques?)\b"],
    "es": [r"^(?:etiquetas?|temas?|palabras clave|archivado en)\b"],
}

_ITEM_SPLIT = re.compile(r"\s*(?:[,;|·•#]|\s/\s)\s*")
#: Each item is at most this many words; a list at most this many items.
_ITEM_WORDS = 5
_MAX_ITEMS = 30
#: When the label stands alone: at most this many following short lines are taken.
_FOLLOW = 15


def _items(text: str) -> list[str] | None:
    """The items of a tag list, or None if ``text`` is not one."""
    items = [i.strip(" .#") for i in _ITEM_SPLIT.split(text) if i.strip(" .#")]
    if not 0 < len(items) <= _MAX_ITEMS:
        return None
    if any(len(i.split()) > _ITEM_WORDS for i in items):
        return None
    if len(items) == 1 and (text.rstrip().endswith(".") or len(items[0].split()) > 3):
        return None
    return items


@rule(
    "tag-list",
    stage="chrome",
    order=350,
    description="Remove tag and topic lists; the tags go to metadata",
)
def tag_list(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if block.removed or len(text) > 600 or not (m := ctx.search("tags_label", text)):
            continue
        if m.start() != 0:
            continue
        rest = text[m.end():].lstrip()
        if rest.startswith((":", "：")):
            items = _items(rest[1:])
            if items:
                ctx.remove(block, "tag list")
                ctx.set_meta("tags", items)
        elif not rest.strip(" :-–"):
            _take_following(doc, ctx, block)


def _take_following(doc: Document, ctx: RuleContext, label: Block) -> None:
    """A label alone on its line: take the short lines or list items right under it."""
    taken: list[tuple[Block, list[str]]] = []
    block = label
    for _ in range(_FOLLOW):
        nxt = doc.next_kept(block)
        if nxt is None or nxt.words > _ITEM_WORDS or nxt.text.endswith((".", "!", "?")):
            break
        items = _items(nxt.text)
        if items is None or (nxt.blank_before and taken and nxt.bullet is None):
            break
        taken.append((nxt, items))
        block = nxt
    if not taken:
        return
    ctx.remove(label, "tag list label")
    for item_block, items in taken:
        ctx.remove(item_block, "tag list")
        ctx.set_meta("tags", items)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("tags_label", TAG_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [tag_list]
