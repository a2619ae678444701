"""The site's name: from the page's address, or from the chrome the rules removed.

With an address, the site is its domain, written as the page writes it when a
word of the page spells it ("newsweek.com" and "Newsweek"). Without one, the
holder of a copyright line ("© 2025 The Morning Courier Ltd.") names the site
when the masthead above the article reads the same ("The Morning Courier");
else the publisher is the proper noun that recurs across removed chrome ("X
cover", "how X uses AI", "© X", "X is committed to ...") in at least three
blocks removed by at least two different rules, one of them a rule of chrome in
which a publisher speaks of itself (copyright, subscription, newsletter, app,
share, disclosure notices): navigation, teasers, bylines and related links name
months, places and people far more often than the site. Thin evidence leaves
the name unset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property
from itertools import accumulate
from urllib.parse import urlsplit

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

# A capitalised word not glued to the token before it. (The look-behind comes
# after the first letter, so the engine can skip to capitals.)
_WORD = re.compile(r"([A-Z](?<![\w@#/.-].)[\w&'’-]*[A-Za-z])(?:\.com)?(?![\w@/-])")
#: Evidence needed without an address.
_MIN_BLOCKS = 3
_MIN_RULES = 2
#: Rules whose removals say nothing about the publisher.
_NOT_EVIDENCE = frozenset({"title", "image-caption"})
#: Rules of chrome in which the publisher speaks of itself; a name needs one of them.
_PUBLISHER_RULES = frozenset({
    "copyright-notice", "subscription-blurb", "subscription-perks", "newsletter-prompt",
    "newsletter-box", "app-prompt", "share-prompt", "affiliate-disclosure", "ai-notice",
    "cookie-notice", "print-edition-note",
})
#: Capitalised words chrome is full of: never a site name.
_COMMON = frozenset(
    """the a an this that these our your my we you it its in on at to for by and or of
    read more click here about subscribe subscription sign log share follow comment comments
    newsletter newsletters advertisement related latest top most news home menu search
    update updated editor note photo image video watch listen get enjoy join become cover
    app apps all new copyright rights reserved terms privacy policy cookies contact us
    facebook twitter instagram linkedin youtube tiktok whatsapp email print ai getty images
    reuters afp ap story article articles opinion voices weekly daily today tweet tweets shares
    advert adverts written use how january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday
    sunday""".split()
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
_MAX_BLOCK_CHARS = 600
#: Characters that join a capitalised word to the token before it ("AT&T").
_JOINERS = frozenset("&'’")
# A copyright line and its holder: "© 2025 X Ltd. All rights reserved.", "Copyright (C) 2025 X".
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s?[-–]\s?\d{4})?\s*)?,?\s*"
    r"([A-Z][^.,;:|©()]{1,60}?)\s*(?:\d{4}\s*)?(?:[.,;:|(]|\s[-–]\s|$)",
    re.IGNORECASE,
)
_COPYRIGHT_START = ("©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright")
# A company form after the name: "Ltd", "Inc.", "LLC", "GmbH".
_COMPANY = re.compile(
    r"\s+(?:Ltd|Limited|Inc|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.A|SA|S\.L|Corp|Co)\.?$"
)
#: A masthead stands among this many blocks before the article's title.
_MASTHEAD_BLOCKS = 20
#: A copyright holder has at most this many words.
_HOLDER_WORDS = 6


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


class _Joined:
    """The texts of some blocks joined into one string, to find words in all of them at once."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        texts = [b.text for b in self.blocks]
        # No separator: a word found across two texts only adds a block to check.
        return "".join(texts), list(accumulate(map(len, texts[:-1]), initial=0))

    def containing(self, words: Iterable[str]) -> list[Block]:
        """The blocks whose text contains one of ``words``, in order."""
        text, starts = self._joined
        hits: set[int] = set()
        last = len(starts) - 1
        for word in words:
            pos = text.find(word)
            while pos != -1:
                i = bisect_right(starts, pos) - 1
                hits.add(i)
                pos = text.find(word, starts[i + 1]) if i < last else -1
        return [self.blocks[i] for i in sorted(hits)]


def _holders(removed: _Joined) -> list[str]:
    """The holders named by removed copyright lines, company forms dropped, in page order."""
    found = []
    for block in removed.containing(_COPYRIGHT_START):
        text = block.text
        if not text.startswith(_COPYRIGHT_START):
            continue
        m = _COPYRIGHT.match(text, 0, _MAX_BLOCK_CHARS)
        if m is not None:
            holder = _COMPANY.sub("", m.group(1).strip())
            if holder[:1].isupper() and len(holder.split()) <= _HOLDER_WORDS:
                found.append(holder)
    return found


def _masthead(doc: Document) -> list[Block]:
    """The blocks above the article where a masthead stands."""
    end = doc.title_block.index if doc.title_block is not None else _MASTHEAD_BLOCKS
    return doc.blocks[max(0, end - _MASTHEAD_BLOCKS) : end]


def _from_copyright(doc: Document, removed: _Joined) -> str | None:
    """A copyright holder that the masthead names too."""
    holders = _holders(removed)
    if not holders:
        return None
    heads = {b.text.casefold() for b in _masthead(doc) if len(b.text) <= 80}
    for holder in holders:
        if holder.casefold() in heads:
            return holder
    return None


def _scan(block: Block, words: dict[str, set[int]], rules: dict[str, set[str]],
          skip: set[str]) -> None:
    """Note the proper nouns of a removed block."""
    for m in _WORD.finditer(block.text, 0, _MAX_BLOCK_CHARS):
        word = m.group(1)
        if word in skip or word.casefold() in _COMMON or len(word) < 3:
            continue
        words[word].add(block.index)
        rules[word].add(block.removed_by or "")


def _count(block: Block, words: dict[str, set[int]], rules: dict[str, set[str]]) -> None:
    """Note which of the noted ``words`` a removed block names (as whole words)."""
    text = block.text
    for word in list(words):
        pos = text.find(word, 0, _MAX_BLOCK_CHARS)
        while pos != -1:
            # A word is one where _WORD would match it: not inside a longer token.
            m = _WORD.match(text, pos, _MAX_BLOCK_CHARS)
            if m is not None and m.group(1) == word and text[pos - 1 : pos] not in _JOINERS:
                words[word].add(block.index)
                rules[word].add(block.removed_by or "")
                break
            pos = text.find(word, pos + 1, _MAX_BLOCK_CHARS)


def _from_chrome(doc: Document, removed: _Joined) -> str | None:
    rule_of = [b.removed_by for b in removed.blocks]
    counts = Counter(rule_of)
    for name in _NOT_EVIDENCE:
        counts.pop(name, None)
    if len(counts) < _MIN_RULES or _PUBLISHER_RULES.isdisjoint(counts):
        return None  # (a name must stand in a publisher's own chrome)
    # A word of two rules is named outside the rule that removed the most: look
    # there first, then count only those words in that rule's blocks.
    dominant = counts.most_common(1)[0][0]
    blocks: dict[str, set[int]] = defaultdict(set)
    rules: dict[str, set[str]] = defaultdict(set)
    authors = {w for name in doc.metadata.authors for w in name.split()}
    for block, rule_name in zip(removed.blocks, rule_of, strict=False):
        if rule_name != dominant and rule_name not in _NOT_EVIDENCE:
            _scan(block, blocks, rules, authors)
    if not blocks:
        return None
    for block in removed.containing(list(blocks)):
        if block.removed_by == dominant:
            _count(block, blocks, rules)
    ranked = sorted(
        (
            w for w in blocks
            if len(blocks[w]) >= _MIN_BLOCKS and len(rules[w]) >= _MIN_RULES
            and not rules[w].isdisjoint(_PUBLISHER_RULES)
        ),
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
    if url:
        name = _from_url(doc, url)
    else:
        removed = _Joined(doc.removed())
        name = _from_copyright(doc, removed) or _from_chrome(doc, removed)
    if name:
        ctx.set_meta("site_name", name)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [site_name]
