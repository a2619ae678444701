"""Dates an HTML page states in its markup: ISO values and which one to trust.

Each value comes with where it was stated ("json-ld datePublished", "meta
article:published_time"), and :func:`pick_date` takes the first plausible one
in order of trust: a date after today or before the web began is a placeholder
or a typo, not when the page was published. Pages often state the same moment
twice, once with a zone and once without; :func:`pick_date` prefers the zoned
form. ``<time datetime>`` elements do not say what they date:
:func:`split_times` sets apart the ones a visible "Updated ..." label dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import islice

from cleanpress.dates import parse_datetime
from cleanpress.document import Document

_ISO = re.compile(r"^\d{4}([-/])\d{2}\1\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?")
_ZONE = re.compile(r"(Z|GMT|UTC|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)
#: Years outside these are placeholders, not dates a page was published.
_FIRST_YEAR, _LAST_YEAR = 1800, 2200
#: No page on the web was published before this year.
WEB_YEAR = 1991
#: A value and where the page states it ("meta article:published_time").
Stated = tuple["str | None", str]
#: Where a date read from a ``<time>`` element that says not what it dates was
#: read: the least trusted place; a date the byline states goes before it.
TIME_ELEMENT = "time element"
#: A block that starts by saying what follows is the date of the last change.
_UPDATE_LABEL = re.compile(
    r"(?:last\s+|page\s+last\s+|zuletzt\s+)?"
    r"(?:updated|modified|edited|revised|aktualisiert|ge(?:ä|ae)ndert|mis\s+à\s+jour|"
    r"actualizado|modificado|aggiornato|bijgewerkt)\b",
    re.IGNORECASE,
)
#: How label blocks start (a cheap test before the pattern).
_LABEL_STARTS = (
    "last ", "page last", "zuletzt", "updated", "modified", "edited", "revised", "aktualisiert",
    "geändert", "geaendert", "mis à jour", "actualizado", "modificado", "aggiornato", "bijgewerkt",
)
#: Longest written (non-ISO) date value read.
_MAX_WRITTEN = 64
#: Labels are short; longer blocks are prose.
_MAX_LABEL = 160
#: Blocks read for labels, from the top of the page.
_MAX_BLOCKS = 3000


def iso_date(value: str | None) -> str | None:
    """``value`` as ISO 8601 if it is an ISO-style date or timestamp, else None.

    The zone is kept as stated (``Z``, ``GMT`` and ``UTC`` become ``+00:00``); a date
    alone stays a date.
    """
    if not value:
        return None
    value = value.strip()[:40]
    match = _ISO.match(value)
    if match is None:
        return None
    core = match.group(0).replace("/", "-").replace(" ", "T").replace(",", ".")
    if "T" not in core:
        try:
            day = datetime.fromisoformat(core).date()
        except ValueError:
            return None
        return day.isoformat() if _FIRST_YEAR <= day.year <= _LAST_YEAR else None
    zone = _ZONE.search(value[match.end():].strip() or "")
    suffix = ""
    if zone:
        suffix = "+00:00" if zone.group(1).upper() in ("Z", "GMT", "UTC") else zone.group(1)
        if len(suffix) == 5 and ":" not in suffix:
            suffix = f"{suffix[:3]}:{suffix[3:]}"
        elif len(suffix) == 3:
            suffix += ":00"
    if "." in core:
        head, fraction = core.split(".", 1)
        core = f"{head}.{fraction[:6].ljust(6, '0')}"
    try:
        parsed = datetime.fromisoformat(core + suffix)
    except ValueError:
        return None
    if not _FIRST_YEAR <= parsed.year <= _LAST_YEAR:  # placeholders such as 0001-01-01
        return None
    return parsed.replace(microsecond=0).isoformat()


def stated_date(value: str | None, dayfirst: bool | None = None) -> str | None:
    """A date stated in markup as ISO 8601: an ISO-style value, else a written date.

    Written dates (``Tue, 12 Mar 2024 06:00:00 GMT``, ``March 5, 2024``) are read
    with :func:`cleanpress.dates.parse_datetime` (``dayfirst`` settles ``07/02/2024``);
    longer values are not dates.
    """
    if not value:
        return None
    found = iso_date(value)
    if found is None and len(value) <= _MAX_WRITTEN and not value.strip().isdigit():
        found = parse_datetime(value, dayfirst=dayfirst)
        if found and not _FIRST_YEAR <= int(found[:4]) <= _LAST_YEAR:
            return None
    return found


def plausible(iso: str, today: date | None = None) -> bool:
    """Whether ``iso`` can be when a page was published: not after tomorrow (a
    day's grace for zones) and not before the web began."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    latest = (today or date.today()) + timedelta(days=1)
    return WEB_YEAR <= day.year and day <= latest


def pick_date(
    values: Iterable[Stated], dayfirst: bool | None = None, today: date | None = None
) -> tuple[str, str] | None:
    """The first plausible date stated in ``values`` (see :func:`plausible`), in
    its most precise stated form, with where it was stated.

    A later value for the same moment that adds a zone (or a date alone that a
    later timestamp of the same day adds a time to) replaces it; the place
    named stays the first one's.
    """
    dates = [
        (d, source)
        for d, source in ((stated_date(v, dayfirst), source) for v, source in values)
        if d and plausible(d, today)
    ]
    if not dates:
        return None
    first, source = dates[0]
    if len(first) == 10:  # a date alone
        return next((d for d, _ in dates[1:] if d[:10] == first and len(d) > 10), first), source
    if len(first) == 19:  # a timestamp without a zone
        return next((d for d, _ in dates[1:] if d[:19] == first and len(d) > 19), first), source
    return first, source


#: How far a local clock runs from UTC, at most (hours behind, hours ahead).
_BEHIND_UTC, _AHEAD_OF_UTC = 12, 14


def local_form(chosen: str, values: Iterable[str | None]) -> str | None:
    """``chosen``, a moment stated in UTC, as one of ``values`` states the same
    moment in a local zone (``2025-12-19T04:25:38+05:00`` for
    ``2025-12-18T23:25:38+00:00``), or None. Pages write their dates on their
    own clock: the local form gives the day they show."""
    if not chosen.endswith("+00:00"):
        return None
    moment = datetime.fromisoformat(chosen)
    for value in values:
        iso = iso_date(value)
        if iso is None or len(iso) <= 19 or iso.endswith("+00:00"):
            continue
        if datetime.fromisoformat(iso) == moment:
            return iso
    return None


def local_day(chosen: str, day: str | None) -> bool:
    """Whether ``day`` (YYYY-MM-DD, the page's address or its own writing gives it)
    is the local day of ``chosen``, a moment stated in UTC on another day: a day
    before in a zone behind UTC, or a day after in one ahead of it."""
    if day is None or not chosen.endswith("+00:00") or day == chosen[:10]:
        return False
    try:
        moment, local = datetime.fromisoformat(chosen), date.fromisoformat(day)
    except ValueError:
        return False
    return local in (
        (moment - timedelta(hours=_BEHIND_UTC)).date(),
        (moment + timedelta(hours=_AHEAD_OF_UTC)).date(),
    )


def day_first(language: str | None) -> bool | None:
    """Whether numeric dates put the day first on a page in ``language``.

    Not in US English (``en-US``); yes in other languages and other English;
    unknown (None) for a bare ``en`` or no language.
    """
    tag = (language or "").lower().replace("_", "-")
    if not tag or tag == "en":
        return None
    return not tag.startswith("en-us")


def split_times(doc: Document, times: list[str]) -> tuple[list[str], list[str]]:
    """``<time datetime>`` values split into (the rest, the ones an "Updated" label dates).

    Each label block ("Last updated on Mar 3, 2024") claims one time value of
    its day, the last one first (update times follow publication times).
    """
    if not times:
        return [], []
    labelled: Counter[str] = Counter()
    for block in islice(doc.blocks, _MAX_BLOCKS):
        text = block.text
        if len(text) > _MAX_LABEL or not text[:14].lower().startswith(_LABEL_STARTS):
            continue
        if not _UPDATE_LABEL.match(text):
            continue
        stated = parse_datetime(text)
        if stated:
            labelled[stated[:10]] += 1
    if not labelled:
        return list(times), []
    updated: list[str] = []
    rest: list[str] = []
    for value in reversed(times):
        day = (iso_date(value) or "")[:10]
        if labelled[day] > 0:
            labelled[day] -= 1
            updated.append(value)
        else:
            rest.append(value)
    return rest[::-1], updated[::-1]


#: Days apart that are one moment told in two zones.
ZONE_DAYS = 1


def stamped_on_update(published: str, updated: str | None, shown: str) -> bool:
    """Whether a stated publication date is only when the page was last saved,
    and the date ``shown`` on the page is when it was published: the markup
    dates publication and update within a day of each other, or publication
    after the update (no page is published after its last change), and
    ``shown`` is days before both."""
    if updated is None:
        return False
    try:
        stated, changed, day = (date.fromisoformat(d[:10]) for d in (published, updated, shown))
    except ValueError:
        return False
    return (abs((stated - changed).days) <= ZONE_DAYS or stated > changed) and (
        (min(stated, changed) - day).days > ZONE_DAYS
    )
