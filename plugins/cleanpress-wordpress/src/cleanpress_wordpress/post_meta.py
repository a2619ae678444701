"""A post's meta lines: "Posted on <date> by <name>" above, "Posted in … | Tagged …" below.

Both go to metadata (published date, author, tags) and leave the body. The
rules run after the built-in region rule, which judges the page with these
lines still in place; a meta line it already cut is still read for metadata
when it sits right beside the article (not in a list of other posts further
away).
"""

from __future__ import annotations

import re

from cleanpress import Block, Document, RuleContext, rule
from cleanpress_wordpress.dates import DATE, iso_date

#: Longest meta line looked at; a longer block is prose.
_MAX_CHARS = 400
_NAME = r"(?P<name>[^|,.;:]{2,60}?)"
_TIME = r"(?: (?:at|@) \d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)?"
_REST = r"\s*(?:\|.{0,120})?$"
_BYLINES = (
    re.compile(rf"^(?:posted|published|written)(?: on)? {DATE}{_TIME}(?: by {_NAME})?{_REST}",
               re.IGNORECASE),
    re.compile(rf"^(?:posted|published|written) by {_NAME} on {DATE}{_TIME}{_REST}",
               re.IGNORECASE),
)
_PERSON_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_PARTICLES = frozenset({"de", "da", "do", "dos", "van", "von", "der", "den", "di", "du"})

_FOOTER = re.compile(
    r"^(?:posted|filed) (?:in|under):? (?P<cats>[^|.]{1,200}?)"
    r"(?:\s*\|\s*(?:tagged|tags):?\s(?P<tags>[^|]{1,300}?))?"
    r"(?:\s*\|\s*(?:leave a comment|\d+ comments?|one comment|comments? off|edit)"
    r"[^|]{0,80}){0,3}\s*$"
    r"|^this entry was posted in .{1,300}?bookmark the permalink\.?$"
    r"|^tagged(?: with)?:? (?P<only>[^|.]{1,300})$",
    re.IGNORECASE,
)
_ENTRY_TAGS = re.compile(r"\band tagged (.{1,300}?)(?: on | by |\. bookmark)", re.IGNORECASE)
_NAV = re.compile(
    r"^(?:post navigation"
    r"|[«←<]?\s*(?:previous|next|older|newer) (?:post|article|entry|posts|entries)\s*[»→>]?"
    r"|(?:previous|next) (?:post|article)\s*[:»«→←].{1,150})$",
    re.IGNORECASE,
)
_BYLINE_OPENERS = ("posted", "published", "written")
_BYLINE_FIRST = frozenset("PpWw")
_OPENER_FIRST = frozenset("PpFfTt")
#: Every post-navigation line holds one of these (any case of the first letter).
_NAV_KEYS = ("ext", "rev", "lder", "ewer", "avigation", "EXT", "REV", "LDER", "EWER")
_OPENERS = ("posted", "published", "written", "filed", "this entry", "tagged")


def _person(name: str | None) -> str | None:
    """The name when it looks like a person's (capitalised words), else None."""
    if not name:
        return None
    words = name.split()
    if 1 <= len(words) <= 5 and all(_PERSON_WORD.match(w) or w in _PARTICLES for w in words):
        return " ".join(words)
    return None


def _category_list(cats: str | None) -> bool:
    """Category names are a few words each (a sentence after "Posted in" is not a list)."""
    return cats is None or all(len(c.split()) <= 4 for c in cats.split(","))


#: How far (in blocks) from the kept article a removed meta line is still read.
NEAR = 2


def near_article(doc: Document, block: Block) -> bool:
    """Whether ``block`` is kept, or at most :data:`NEAR` blocks from a kept one."""
    if block.removed_by is None:
        return True
    blocks = doc.blocks
    start, end = max(0, block.index - NEAR), min(len(blocks), block.index + NEAR + 1)
    return any(b.removed_by is None for b in blocks[start:end])


@rule(
    "wordpress-byline",
    stage="locate",
    order=150,
    description="Take 'Posted on <date> by <name>' lines out of the body into date and authors",
)
def wordpress_byline(doc: Document, ctx: RuleContext) -> None:
    for block in doc.blocks:
        text = block.text
        if text[:1] not in _BYLINE_FIRST or len(text) > _MAX_CHARS:
            continue
        if not text[:9].lower().startswith(_BYLINE_OPENERS):
            continue
        if not near_article(doc, block):
            continue
        match = _BYLINES[0].match(text) or _BYLINES[1].match(text)
        if match is None:
            continue
        date = iso_date(match)
        if date is None:
            continue
        ctx.set_meta("published", date)
        author = _person(match.group("name"))
        if author:
            ctx.set_meta("authors", author)
        ctx.remove(block, "post date and author line")


@rule(
    "wordpress-post-footer",
    stage="locate",
    order=155,
    description="Remove 'Posted in … | Tagged …' footers and post navigation; tags go to metadata",
)
def wordpress_post_footer(doc: Document, ctx: RuleContext) -> None:
    for block in doc.blocks:
        text = block.text
        if len(text) > _MAX_CHARS:
            continue
        if text[:1] in _OPENER_FIRST and text[:11].lower().startswith(_OPENERS):
            if not near_article(doc, block):
                continue
            match = _FOOTER.match(text)
            if match is None or not _category_list(match.group("cats")):
                continue
            tags = match.group("tags") or match.group("only")
            if tags is None:
                entry = _ENTRY_TAGS.search(text)
                tags = entry.group(1) if entry else None
            if tags:
                ctx.set_meta("tags", [t.strip() for t in tags.split(",") if t.strip()])
            ctx.remove(block, "post categories and tags footer")
        elif (block.removed_by is None and len(text) < 160
              and any(k in text for k in _NAV_KEYS) and _NAV.match(text)):
            ctx.remove(block, "post navigation")
