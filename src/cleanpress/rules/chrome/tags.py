"""Tag and topic lists: "Tags: a, b, c", "Topics", "Filed under", "Schlagworte", ...
and topic footers ("Related Topics", "Explore more on these topics", "Weitere
Themen", "Sujets associés", "Temas relacionados") with the topic names under them.

The label opens the line and a list of short items follows it after a colon
or a line break ("Tags<br>a, b, c"), or the label stands alone and short lines
follow, or one line listing several short items. Items go to ``tags``; a category list
("Categories: News, Community") goes too, but categories are not tags. A
sentence that starts with "Topics" or uses a colon keeps its place: its items
are not short. A "Tags: a, b" line after the article's start that another
rule removed first (with a page footer, say) is still read into ``tags``.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import MAX_TEXT, by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.captions import quick_pattern
from cleanpress.rules.common.line_shapes import last_prose

TAG_LABELS = {
    # A topic footer's longer labels come first: the first alternative that
    # matches is the label, and "Sujets" alone would leave "associés" behind.
    "en": [r"^(?:explore|see|read) more on (?:these|this) topics?\b",
           r"^(?:more on|more about) (?:these|this) topics?\b",
           r"^(?:tags?|tagged(?: with)?|topics?|related (?:topics|subjects)|keywords|"
           r"filed (?:under|to)|categories|category)\b"],
    "de": [r"^(?:mehr (?:zu|über) (?:diesen|den) themen|weitere themen|verwandte themen|"
           r"themen (?:in|zu) diesem (?:artikel|beitrag))\b",
           r"^(?:schlagw(?:o|ö)rte?|stichw(?:o|ö)rte?|themen|mehr zum thema)\b"],
    "fr": [r"^(?:sujets? (?:associés|liés)|thèmes? (?:associés|liés)|plus sur (?:ces|ce) sujets?|"
           r"explorer (?:plus de|d'autres) sujets)\b",
           r"^(?:mots[- ]clés?|sujets?|thèmes?|thématiques?)\b"],
    "es": [r"^(?:temas relacionados|más sobre (?:estos|este) temas?|más temas)\b",
           r"^(?:etiquetas?|temas?|palabras clave|archivado en)\b"],
}

FAMILY = "tags_label"
_ITEM_SPLIT = re.compile(r"\s*(?:[,;|·•#、，；]|\s/\s)\s*")
#: Each item is at most this many words; a list at most this many items.
_ITEM_WORDS = 5
_MAX_ITEMS = 30
#: A list of at least this many items may hold longer ones (up to _LONG_ITEM
#: words) while its items average at most _MEAN_WORDS: "stock car santa cruz do sul".
_LIST_ITEMS = 3
_LONG_ITEM = 8
_MEAN_WORDS = 4
#: When the label stands alone: at most this many following short lines are taken,
#: and a longer line only when it is such a list.
_FOLLOW = 15
# Labels of a category list, whose items are sections rather than tags.
_CATEGORY = re.compile(r"^(?:categor|catégor|kategor|categoría|rubri)", re.IGNORECASE)
#: Longest tag line read.
_MAX_CHARS = 600


def _items(text: str) -> list[str] | None:
    """The items of a tag list, or None if ``text`` is not one."""
    items = [i.strip(" .#") for i in _ITEM_SPLIT.split(text) if i.strip(" .#")]
    if not 0 < len(items) <= _MAX_ITEMS:
        return None
    sizes = [len(i.split()) for i in items]
    if max(sizes) > _ITEM_WORDS and (
        len(items) < _LIST_ITEMS or max(sizes) > _LONG_ITEM or sum(sizes) > _MEAN_WORDS * len(items)
    ):
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
    kept = doc.kept()
    tagged = bool(doc.metadata.tags)
    labels = ctx.markers.pattern(FAMILY)
    if labels is None:
        return
    quick = quick_pattern(labels)  # a first test: some label matches at the start
    last: int | None = None
    for block in kept:
        text = block.text
        if block.removed or len(text) > _MAX_CHARS or quick.match(text, 0, MAX_TEXT) is None:
            continue
        if not (m := ctx.search(FAMILY, text)):
            continue
        if m.start() != 0:
            continue
        rest = text[m.end():].lstrip()
        category = _CATEGORY.match(m.group()) is not None
        if rest.startswith((":", "：")) and rest[1:].strip():
            tagged = _take_line(ctx, block, _items(rest[1:]), category) or tagged
        elif not rest.strip(" :-–"):
            if last is None:
                last = last_prose(kept, set())  # (once, and only for a label alone)
            tagged = _take_following(doc, ctx, block, category, block.index > last) or tagged
        elif _label_alone_on_first_line(block, m):
            tagged = _take_line(ctx, block, _items(rest), category) or tagged
    if kept and not tagged:
        _removed_tag_lines(doc, kept[0].index, ctx, quick)


def _label_alone_on_first_line(block: Block, label: re.Match[str]) -> bool:
    """Whether the label is all of the block's first source line, the list
    following on the next ("Tags<br>a, b, c")."""
    first, newline, _ = block.raw.partition("\n")
    return bool(newline) and " ".join(first.split()).rstrip(" -–").casefold() == (
        label.group().strip().casefold()
    )


def _take_line(ctx: RuleContext, block: Block, items: list[str] | None, category: bool) -> bool:
    """Remove a line of ``items`` after its label; say whether tags were read."""
    if not items:
        return False
    ctx.remove(block, "category list" if category else "tag list")
    if category:
        return False
    ctx.set_meta("tags", items)
    return True


def _removed_tag_lines(doc: Document, start: int, ctx: RuleContext, quick: re.Pattern[str]) -> None:
    """Read "Tags: a, b" lines that other rules removed after the article's start."""
    for block in doc.blocks[start:]:
        text = block.text
        if ":" not in text and "：" not in text:
            continue  # the items follow a colon
        if block.removed_by is None or block.removed_by == ctx.name or len(text) > _MAX_CHARS:
            continue
        if quick.match(text, 0, MAX_TEXT) is None:
            continue
        m = ctx.search(FAMILY, text)
        if m is None or m.start() != 0 or _CATEGORY.match(m.group()):
            continue
        rest = text[m.end():].lstrip()
        items = _items(rest[1:]) if rest.startswith((":", "：")) else None
        if items:
            ctx.set_meta("tags", items)
            return


def _take_following(
    doc: Document, ctx: RuleContext, label: Block, category: bool, closing: bool
) -> bool:
    """A label alone on its line: take the short lines or list items right under it;
    say whether tags were read (a category list gives none). Lines set apart by
    blank lines are items only after the article's last paragraph (``closing``):
    inside the article they are subheadings."""
    taken: list[tuple[Block, list[str]]] = []
    block = label
    for _ in range(_FOLLOW):
        nxt = doc.next_kept(block)
        if nxt is None or nxt.text.endswith((".", "!", "?")):
            break
        items = _items(nxt.text)
        if items is None or (nxt.words > _ITEM_WORDS and len(items) < _LIST_ITEMS):
            break  # a long line must be a list: "a, b, c, d"
        if nxt.blank_before and taken and nxt.bullet is None and not closing:
            break
        taken.append((nxt, items))
        block = nxt
    if not taken:
        return False
    ctx.remove(label, "category list label" if category else "tag list label")
    for item_block, items in taken:
        ctx.remove(item_block, "category list" if category else "tag list")
        if not category:
            ctx.set_meta("tags", items)
    return not category


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, TAG_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [tag_list]
