"""The article's title: the heading that states it, and the site name beside it."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

from cleanpress.document import WIDE_RANGE, Block, Document

#: Separators between a headline and a site or section name in page titles; a bar
#: (also the full-width one of CJK pages) needs no spaces around it, nor does an
#: underscore between two characters of a script without spaces ("标题_东方日报网").
#: (Written to start with the class of every separator's first character, so that
#: the regex engine tries only the places where one stands: a space, a bar or an
#: underscore, each branch checking behind it which one it took.)
_TITLE_SPLIT = re.compile(
    r"[\s|\uff5c_](?:(?<=\s)\s*[\u2013\u2014\u00b7\u2022:-]\s+|(?<=\s)\s*[|\uff5c]\s*"
    rf"|(?<=[|\uff5c])\s*|(?<=[{WIDE_RANGE}]_)(?=[{WIDE_RANGE}]))"
)
_SEPARATOR_MARKS = ("|", "\uff5c", "\u2013", "\u2014", "\u00b7", "\u2022", ":", "-", "_")
#: Typographic variants that titles and headings write differently.
_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-",
})
#: The same, as pairs (replacing the few present is faster than translating).
_TYPOGRAPHIC = tuple((chr(code), plain) for code, plain in _TYPOGRAPHY.items())
#: Shortest cut-off headline ("A long headline th...") matched to the h1 it starts.
_MIN_STEM = 20


#: The page's h1 blocks, and all its heading blocks with their folded text (see ``fold``).
Headings = tuple[list[Block], list[tuple[str, Block]]]


def headings(doc: Document) -> Headings:
    """The page's h1 blocks and all its heading blocks (kept ones, near the top)."""
    blocks = [b for b in islice(doc.blocks, 2000) if b.kind == "heading" and b.removed_by is None]
    return [b for b in blocks if b.tag == "h1"], [(fold(without_anchor(b.text)), b) for b in blocks]


#: A slash between spaces: it separates a forum's "Thread / Board / Site" when it
#: does so twice; once, it joins two things ("2026 / 2027", "Movers / Moving").
_SLASH = re.compile(r"\s+/\s+")


def split_title(title: str) -> list[str]:
    """``title`` cut at its separators (see ``_TITLE_SPLIT``, and two or more spaced
    slashes); one part when it has none."""
    if title.count(" / ") >= 2 and len(slashed := _SLASH.split(title)) >= 3:
        return [part for piece in slashed for part in split_title(piece)]
    if any(mark in title for mark in _SEPARATOR_MARKS):
        return _TITLE_SPLIT.split(title)
    return [title]


def fold(text: str) -> str:
    """``text`` for comparing titles: case, curly quotes and dashes folded."""
    folded = text.casefold()
    if not folded.isascii():
        for char, plain in _TYPOGRAPHIC:
            if char in folded:
                folded = folded.replace(char, plain)
    return folded


def _wording(stated: str, shown: str) -> str:
    """The stated title, or the heading's wording where they differ beyond case."""
    return stated if stated.casefold() == shown.casefold() else shown


#: Headings that head a page under a site's or book's h1, and where they do not stand.
_PAGE_HEADINGS = frozenset({"h1", "h2"})
_ASIDE_LANDMARKS = frozenset({"aside", "nav", "footer"})


def title_block(found: Headings, title: str | None) -> tuple[Block | None, str | None]:
    """The heading that states ``title`` and the title as that heading words it.

    Case, curly quotes and dashes aside (the heading's wording is then
    taken), the whole title may stand in any heading; one part of a title such as
    ``Headline | Site`` only in an h1 (longest part first), and so may what
    follows a label and a colon ("Blog name: Headline"), and the start
    of a headline cut off with an ellipsis (the h1 then words it); a headline cut
    off inside brackets may start an h1 or h2 that words it. With no
    match, the page's only h1 is the block, and the title is not confirmed (None).
    """
    h1s, keyed = found
    if title:
        title = " ".join(title.split())
        key = fold(title)
        for folded, block in sorted(keyed, key=lambda pair: pair[1].tag != "h1"):
            if folded == key:
                return block, _wording(title, block.text)
        parts = split_title(title)
        matches = [
            (part, block)
            for part in (sorted(parts, key=len, reverse=True) if len(parts) > 1 else ())
            for folded, block in keyed
            if block.tag == "h1" and folded == fold(part)
        ]
        if matches:
            # The last part is the site's or the book's name over its pages ("What Is
            # Ownership? - The Rust Book"): another part shown as a heading goes first.
            last = fold(parts[-1])
            if all(fold(part) == last for part, _ in matches):
                first = fold(parts[0])
                matches += [
                    (parts[0], block) for folded, block in keyed
                    if folded == first and block.tag in _PAGE_HEADINGS
                    and block.landmark not in _ASIDE_LANDMARKS
                ]
            matches = [m for m in matches if fold(m[0]) != last] or matches
            part, block = matches[0]
            return block, _wording(part, block.text)
        label, colon, rest = title.partition(": ")
        if colon and label and rest:  # "Blog name: Headline", the headline shown as the h1
            key = fold(rest)
            for folded, block in keyed:
                if block.tag == "h1" and folded == key:
                    return block, _wording(rest, block.text)
        stem = title.rstrip(".\u2026 ")
        if len(stem) >= _MIN_STEM and len(stem) < len(title):  # a shortened headline
            for block in h1s:
                if block.text.startswith(stem):
                    return block, block.text
        if len(title) >= _MIN_STEM and _unclosed(title):  # cut off inside brackets
            for _, block in keyed:
                if (block.tag in _PAGE_HEADINGS and block.landmark not in _ASIDE_LANDMARKS
                        and block.text.startswith(title + " ")):
                    return block, block.text
    return (h1s[0] if len(h1s) == 1 else None), None


def _unclosed(title: str) -> bool:
    """Whether ``title`` opens a bracket it does not close: it was cut off there
    ("We Help 4 Readers Find Solutions (Including")."""
    return title.count("(") > title.count(")") or title.count("[") > title.count("]")


def without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without a trailing or leading `` | Site name``."""
    if not title or not site:
        return title
    parts = split_title(title)
    if len(parts) > 1 and site.casefold() in (parts[-1].casefold(), parts[0].casefold()):
        keep = parts[:-1] if parts[-1].casefold() == site.casefold() else parts[1:]
        return " - ".join(keep) if len(keep) > 1 else keep[0]
    return title


def page_title(head: dict[str, list[str]], site: str | None,
               masthead: str | None = None, found: Headings | None = None) -> str | None:
    """The ``<title>`` without the site name around it, nor the ``masthead`` over the
    page written before or after a heading of the page without a separator
    ("site.com Headline")."""
    title = next((t.strip() for t in head.get("title", ()) if t.strip()), None)
    if not title:
        return None
    parts = split_title(title)
    if len(parts) > 1:
        keep = [p for p in parts if not site or p.casefold() != site.casefold()]
        return max(keep or parts, key=len)
    if masthead and found:
        name = masthead.strip()
        size, key = len(name), name.casefold()
        rest = (
            title[size:] if title[:size].casefold() == key and title[size:size + 1] == " "
            else title[:-size] if title[-size:].casefold() == key and title[-size - 1:-size] == " "
            else ""
        ).strip()
        if rest and any(folded == fold(rest) for folded, _ in found[1]):
            return rest
    return title


def site_beside(head: dict[str, list[str]], title: str, found: Headings) -> str | None:
    """The site name beside the headline in the page title.

    ``Headline | Site`` (two parts, the site after), or ``Site: Headline`` when
    the part before the colon is also a heading of the page (a blog's name
    over its posts).
    """
    key = fold(title)
    for name in ("meta:og:title", "title"):
        for value in head.get(name, ())[:1]:
            parts = split_title(value)
            if len(parts) == 2 and fold(parts[0]) == key and len(parts[1]) <= 80:
                return parts[1]
            before, colon, after = value.partition(": ")
            if colon and fold(after) == key and 0 < len(before) <= 80:
                named = fold(before)
                if any(folded == named for folded, _ in found[1]):
                    return before
    return None


#: Shortest name (letters and digits) compared with a page's host name.
_MIN_HOST_NAME = 3
_NAME_WORD = re.compile(r"\w+")


def names_host(stated: str, beside: str, url: str | None) -> bool:
    """Whether the site name ``beside`` the headline in the page title, rather than the
    ``stated`` one (a section such as "U.S." or "Politics" stated as the site),
    names the page's host: written without spaces and marks, it is part of the host
    name and the stated one is not, and neither name holds the other's words ("nj"
    and "nj.com" are one site).
    """
    host = "".join(_NAME_WORD.findall((urlsplit(url or "").hostname or "").casefold()))
    stated_words = _NAME_WORD.findall(stated.casefold())
    beside_words = _NAME_WORD.findall(beside.casefold())
    beside_key, stated_key = "".join(beside_words), "".join(stated_words)
    if not host or not stated_words or len(beside_key) < _MIN_HOST_NAME:
        return False
    if set(stated_words) <= set(beside_words) or set(beside_words) <= set(stated_words):
        return False
    return beside_key in host and not (len(stated_key) >= _MIN_HOST_NAME and stated_key in host)


#: A title's parts: any separator, or only the bar that sets a headline apart from
#: what follows it (a subtitle, a section, the site).
_ANY_SEPARATOR = re.compile(r"\s+[\u2013\u2014\u00b7\u2022-]\s+|\s*[|\uff5c]\s*")
_BAR = re.compile(r"\s*[|\uff5c]\s*")
#: Host name labels that name no site.
_HOST_WORDS = frozenset({"www", "com", "org", "net", "co", "uk", "de", "fr", "es", "io", "blog"})
#: A part this long (letters and digits) may name a site by holding its name or being
#: held in it ("WRAL" and "WRAL.com").
_MIN_SITE_KEY = 4
#: A part holding the site's name is the site when the name is most of it
#: ("Patagonia Worn Wear" beside "Patagonia"), not a headline that mentions it.
_HOLDS_SITE = 0.6


def _key(text: str) -> str:
    return "".join(_NAME_WORD.findall(text.casefold())).replace("_", "")


def names_site(part: str, sites: list[str], url: str | None) -> bool:
    """Whether a title part names the site: one of the names ``sites`` the page
    states for itself, or a label of its host name, written without spaces and
    marks ("WRAL" for "WRAL.com", "Vanguard" on investor.vanguard.com); a
    headline that mentions the site is no site name."""
    key = _key(part)
    if not key:
        return False
    for site in sites:
        other = _key(site)
        if other and (key == other or (len(key) >= _MIN_SITE_KEY and (
            key in other or (other in key and len(other) >= _HOLDS_SITE * len(key))
        ))):
            return True
    host = (urlsplit(url or "").hostname or "").casefold()
    labels = [_key(x) for x in host.split(".") if len(x) >= 3 and x not in _HOST_WORDS]
    return any(key == label or (len(key) >= _MIN_SITE_KEY and key in label) for label in labels)


def headline_part(title: str, sites: list[str], url: str | None, article: bool) -> str:
    """``title`` without what a page title adds to the headline: the site's name
    after it (any separator), and whatever follows a bar ("Headline | Subtitle").
    A site's name before a bar gives way to what follows it, except on an article
    (a brand's home page says "Brand | What it sells")."""
    parts = _ANY_SEPARATOR.split(title)
    if len(parts) > 1:
        marks = _ANY_SEPARATOR.findall(title)
        end = len(parts)
        while end > 1 and names_site(parts[end - 1], sites, url):
            end -= 1
        if end < len(parts):
            kept = zip(marks[: end - 1], parts[1:end], strict=True)
            title = parts[0] + "".join(m + p for m, p in kept)
    bars = _BAR.split(title)
    if len(bars) > 1 and bars[0].strip():
        lead = len(bars) == 2 and not article and names_site(bars[0], sites, url)
        title = bars[1] if lead else bars[0]
    return title.strip()


_WORD = re.compile(r"\w+")


def same_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in case, spaces and marks."""
    return _key(a) == _key(b)


def words_shared(a: str, b: str) -> float:
    """The share of the shorter text's words that the other one holds too."""
    left, right = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return len(left & right) / max(1, min(len(left), len(right)))


#: A masthead's words are at most this share of the page title's.
_MASTHEAD_SHARE = 0.5


def named_in_title(shown: str, title: str) -> bool:
    """Whether all of ``shown``'s words are in the page ``title``, which has at least
    twice as many: a site's or a section's name, which titles carry beside the
    headline ("Arch Linux" in "Thread / Arch Discussion / Arch Linux Forums"), not
    another wording of the headline."""
    inner = set(_WORD.findall(fold(shown)))
    outer = _WORD.findall(fold(title))
    return bool(inner) and inner <= set(outer) and len(inner) <= _MASTHEAD_SHARE * len(outer)


def words_within(shown: str, stated: str) -> bool:
    """Whether ``shown``'s words stand together, in order, inside ``stated``, which
    has more of them ("Hiking Boots" in "Hiking Boots: Shop Boots for Hiking")."""
    inner = _WORD.findall(fold(shown))
    outer = _WORD.findall(fold(stated))
    if not inner or len(inner) >= len(outer):
        return False
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


#: Permalink marks documentation generators put after a heading ("Models¶").
_ANCHOR_MARKS = "\u00b6\U0001f517"


def without_anchor(title: str) -> str:
    """``title`` without a permalink mark after it."""
    return title.rstrip(_ANCHOR_MARKS + " ") or title
