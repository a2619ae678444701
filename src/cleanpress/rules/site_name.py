"""The site's name: from the page's address, or from the chrome the rules removed.

With an address, the site is its domain, written as the page writes it when a
word of the page spells it ("newsweek.com" and "Newsweek"). Without one, the
publisher is the proper noun that recurs across removed chrome ("X cover",
"how X uses AI", "© X", "X is committed to ...") in at least three blocks
removed by at least two different rules. Thin evidence leaves the name unset.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

_WORD = re.compile(r"(?<![\w@#/.-])([A-Z][\w&'’-]*[A-Za-z])(?:\.com)?(?![\w@/-])")
#: Evidence needed without an address.
_MIN_BLOCKS = 3
_MIN_RULES = 2
#: Rules whose removals say nothing about the publisher.
_NOT_EVIDENCE = frozenset({"title", "image-caption"})
#: Capitalised words chrome is full of: never a site name.
_COMMON = frozenset(
    """the a an this that these our your my we you it its in on at to for by and or of
    read more click here about subscribe subscription sign log share follow comment comments
    newsletter newsletters advertisement related latest top most news home menu search
    update updated editor note photo image video watch listen get enjoy join become cover
    app apps all new copyright rights reserved terms privacy policy cookies contact us
    facebook twitter instagram linkedin youtube tiktok whatsapp email print ai getty images
    reuters afp ap story article articles opinion voices weekly daily today""".split()
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
_MAX_BLOCK_CHARS = 600


def domain_label(url: str) -> str | None:
    """The name part of a URL's host ("newsweek" for https://www.newsweek.com/x)."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    labels = [p for p in host.split(".") if p]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2]


def _from_url(doc: Document, url: str) -> str | None:
    label = domain_label(url)
    if not label:
        return None
    wanted = label.replace("-", "")
    for block in doc.blocks:
        for m in _WORD.finditer(block.text, 0, _MAX_BLOCK_CHARS):
            if m.group(1).casefold() == wanted:
                return m.group(1)
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").removeprefix("www.")
    return host or None


def _from_chrome(doc: Document) -> str | None:
    blocks: dict[str, set[int]] = defaultdict(set)
    rules: dict[str, set[str]] = defaultdict(set)
    authors = {w for name in doc.metadata.authors for w in name.split()}
    for block in doc.removed():
        if block.removed_by in _NOT_EVIDENCE:
            continue
        for m in _WORD.finditer(block.text, 0, _MAX_BLOCK_CHARS):
            word = m.group(1)
            if word.casefold() in _COMMON or word in authors or len(word) < 3:
                continue
            blocks[word].add(block.index)
            rules[word].add(block.removed_by or "")
    ranked = sorted(
        (w for w in blocks if len(blocks[w]) >= _MIN_BLOCKS and len(rules[w]) >= _MIN_RULES),
        key=lambda w: (len(rules[w]), len(blocks[w])),
        reverse=True,
    )
    if not ranked:
        return None
    if len(ranked) > 1 and (len(rules[ranked[1]]), len(blocks[ranked[1]])) == (
        len(rules[ranked[0]]),
        len(blocks[ranked[0]]),
    ):
        return None  # a tie: no clear publisher
    return ranked[0]


@rule(
    "site-name",
    stage="metadata",
    order=500,
    description="Name the site from the page's address, or from the chrome naming it",
)
def site_name(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.site_name:
        return
    url = doc.metadata.url
    name = _from_url(doc, url) if url else _from_chrome(doc)
    if name:
        ctx.set_meta("site_name", name)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [site_name]
