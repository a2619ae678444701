"""Author names as pages state them: lists split, labels, roles and accounts left out."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Said after an authors' source when they are organisations only (a publisher, a
#: site credited as the author): a person named by the byline goes before them.
ORGANISATION = "(an organisation)"

#: "By", and the label some bylines put before it ("Analysis by", "Text von").
_BY = re.compile(
    r"^(?:(?:(?:written|posted|reported|edited|compiled|analysis|opinion|commentary|review|"
    r"interview|text|words|story|photos?)\s+)?(?:by|von|par|por|di|door)(?:\s*:\s*|\s+)|"
    r"authors?\s*:\s*)",
    re.IGNORECASE,
)
#: A template's placeholder left where a name should be ("page.head.extra.author").
_PLACEHOLDER = re.compile(
    r"^[a-z_]+(?:\.[a-z_]+)*\.(?:authors?|name|byline|creator)$|^\{\{.*\}\}$"
)
#: A dash or bar between a name and the team or role after it.
_NAME_DASH = re.compile(r"\s+[-–—|]\s+")
#: Separators in a list of names; the Spanish and French "y", "et" only in lower case
#: (an initial such as "Bruce Y. Lee" is no separator).
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:,|;|\||&|\b(?i:and|und)\b|\s(?:et|y)\s)\s*"
)
#: Lower-case words that stand inside names ("Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    "van von der den de del della di da du la le bin ibn al el y e dos das ter".split()
)
#: Job titles written after a name in an author list.
_ROLE = re.compile(
    r"\b(?:staff|senior|chief|writer|reporter|correspondent|editor|editorial|columnist|contributor|"
    r"journalist|photographer|producer|critic|redakteur(?:in)?|journalist(?:in)?|"
    r"r[ée]dact(?:eur|rice)|correspondant(?:e)?|corresponsal|redactor(?:a)?|periodista|"
    r"giornalista|inviat[oa]|redattore)\b"
)
#: Credentials written after a name (compared without dots).
_CREDENTIALS = frozenset(
    "md phd ms msc ma mba mph rd rdn rn np pa cpt cscs dds dmd jd llm bsc ba cpa cfa frcp".split()
)
#: A web address standing for a publication ("Cleveland.com", "NJ Advance Media for NJ.com").
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|co|uk|de|fr|es|it|nl|in|ca|au|news|online)$", re.I)
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


def clean_authors(values: Iterable[str], site: str | None = None) -> list[str]:
    """Author names: no URLs, handles or 'By' prefix, lists split, duplicates dropped.

    What a byline adds after the first name is left out: job titles ("Staff
    Writer"), credentials ("MS", "PhD"), web addresses ("Cleveland.com") and
    the site itself or a part of it ("CNN Business" on CNN); the site goes even
    when it comes first, as long as a person is named.
    """
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _BY.sub("", " ".join(value.split()))
        if not value or "://" in value or value.startswith(("@", "www.")) or len(value) > 120:
            continue
        for name in _AUTHOR_SPLIT.split(value):
            name = _without_role(name.strip(" ."))
            folded = name.casefold()
            if not name or len(name.split()) > 6 or folded in seen or folded in _ACCOUNTS:
                continue
            if not any(c.isalpha() for c in name) or _PLACEHOLDER.match(name):
                continue  # an account number, a template's placeholder
            if "@" in name or folded.startswith("follow "):
                continue
            if names and _addendum(name, folded):  # "Ann Lee, Staff Writer"
                continue
            seen.add(folded)
            names.append(name)
    if site and len(names) > 1:
        people = [n for n in names if not _same_words(n, site)]
        names = people or names
    return names


def _without_role(name: str) -> str:
    """``name`` without the team or role after a dash ("David Jackson - Editorial Team")."""
    parts = _NAME_DASH.split(name, maxsplit=1)
    if len(parts) == 2 and (_ROLE.search(parts[1].casefold()) or "team" in parts[1].casefold()):
        return parts[0]
    return name


def _addendum(name: str, folded: str) -> bool:
    """Whether a byline part after a name is a job title, credential or web address."""
    return bool(
        folded.replace(".", "") in _CREDENTIALS or _ROLE.search(folded) or _DOMAIN.search(name)
    )


def _same_words(name: str, site: str) -> bool:
    """Whether ``name`` is the site's name, or its words begin the other's."""
    a, b = name.casefold().split(), site.casefold().split()
    short = min(len(a), len(b))
    return short > 0 and a[:short] == b[:short]
