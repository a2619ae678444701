"""Interim reading of a publish date in a dateline, until ``cleanpress.dates`` lands.

Only the shapes datelines use are read: a month written as a word (en, de, fr,
es), a day, a four-digit year, an optional time with am/pm, and an optional
zone; or an ISO date. Numeric day/month orders are ambiguous and are left
alone. The result is ISO 8601: ``2024-02-21``, ``2024-02-21T15:04:00`` or,
with a zone, ``2024-02-21T15:04:00-05:00``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

# Month names by language, January first; abbreviations follow.
_MONTH_NAMES = (
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
)
_MONTHS = {
    **{m: i for names in _MONTH_NAMES for i, m in enumerate(names.split(), 1)},
    "sept": 9,
    "jän": 1,
    "mär": 3,
    "okt": 10,
    "dez": 12,
    "févr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
}
# Fixed zones, and zones named by region (offset depends on the date).
_FIXED = {
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 1,
    "cet": 1,
    "mez": 1,
    "cest": 2,
    "mesz": 2,
}
_REGIONAL = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}
_MONTH_WORD = re.compile(r"[^\W\d_]{3,10}\.?")
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b"
)
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_TIME = re.compile(
    r"\b(\d{1,2})[:.h](\d{2})\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(?:uhr|h))?"
    r"(?:\s*\(?([a-z]{1,4})\b\)?)?",
    re.IGNORECASE,
)
_MAX_TEXT = 200


def _date(text: str) -> tuple[int, int, int, int, int] | None:
    """(year, month, day, start, end) of the first written date in ``text``."""
    for match in (_DAY_MONTH_YEAR.search(text), _MONTH_DAY_YEAR.search(text)):
        if match is None:
            continue
        a, b, year = match.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        number = _MONTHS.get(month.lower().rstrip("."))
        if number is not None and 1 <= int(day) <= 31:
            return int(year), number, int(day), match.start(), match.end()
    iso = _ISO.search(text)
    if iso and 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), iso.start(), iso.end()
    return None


def interim_published_date(text: str) -> str | None:
    """The first date in a dateline as ISO 8601, or None when none is written out."""
    text = text[:_MAX_TEXT]
    found = _date(text)
    if found is None:
        return None
    year, month, day, start, end = found
    # The time stands just before or after the date ("3:04 PM EST, Feb 21, 2024").
    time = _TIME.search(text, end) or _TIME.search(text[:start])
    try:
        if time is None:
            return datetime(year, month, day).date().isoformat()
        hour, minute = int(time.group(1)), int(time.group(2))
        half = (time.group(3) or "").lower().replace(".", "")
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        moment = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    zone = (time.group(4) or "").lower()
    if zone in _FIXED:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=_FIXED[zone])))
    elif zone in _REGIONAL:
        moment = moment.replace(tzinfo=ZoneInfo(_REGIONAL[zone]))
    return moment.isoformat()
