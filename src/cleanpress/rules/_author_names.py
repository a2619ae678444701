"""Author names as pages state them: lists split, labels, roles and accounts left out."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "By", and the label some bylines put before it ("Analysis by", "Text von").
_BY = re.compile(
    r"^(?:(?:written|posted|reported|edited|compiled|analysis|opinion|commentary|review|"
    r"interview|text|words|story|photos?)\s+)?(?:by|von|par|por|di|door)\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
#: Lower-case words that stand inside names ("Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    "van von der den de del della di da du la le bin ibn al el y e dos das ter".split()
)
#: Job titles written after a name in an author list.
_ROLE = re.compile(
    r"\b(?:staff|senior|chief|writer|reporter|correspondent|editor|columnist|contributor|"
    r"journalist|photographer|producer|critic|redakteur(?:in)?|journalist(?:in)?|"
    r"r[ée]dact(?:eur|rice)|correspondant(?:e)?|corresponsal|redactor(?:a)?|periodista|"
    r"giornalista|inviat[oa]|redattore)\b"
)
#: Site account names that stand where an author's name should.
_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "site admin", "siteadmin"})


def looks_like_name(value: str) -> bool:
    """Whether a link's text reads as a name ('By' aside): no lower-case word but particles.

    ``rel=author`` also marks links such as "View my complete profile". Scripts
    without letter case pass.
    """
    words = _BY.sub("", value).split()
    return 0 < len(words) <= 6 and all(
        not w[:1].islower() or w.casefold() in _NAME_PARTICLES for w in words
    )


def first_last(value: str) -> str:
    """A name written "Last, First" (scholarly tags) as "First Last"; other values as they are."""
    last, comma, first = value.partition(",")
    if comma and first.strip() and "," not in first and len(last.split()) <= 3:
        return f"{first.strip()} {last.strip()}"
    return value


def clean_authors(values: Iterable[str]) -> list[str]:
    """Author names: no URLs, no 'By' prefix, lists split, duplicates dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _BY.sub("", " ".join(value.split()))
        if not value or "://" in value or value.startswith(("@", "www.")) or len(value) > 120:
            continue
        for name in _AUTHOR_SPLIT.split(value):
            name = name.strip(" .")
            folded = name.casefold()
            if _ROLE.search(folded) and len(out) > 0:  # "Ann Lee, Staff Writer"
                continue
            if name and len(name.split()) <= 6 and folded not in seen and folded not in _ACCOUNTS:
                seen.add(folded)
                out.append(name)
    return out
