"""Dates and times as pages write them, read into ISO 8601.

Two calls:

- :func:`find_datetime` finds the first date in a line of text, with the time
  and zone written beside it, and returns ``(iso, (start, end))``;
- :func:`parse_datetime` does the same and returns only the ISO string.

Understood: ISO dates (``2024-02-21T21:52:00Z``), numeric dates
(``02/21/24``, ``21.02.2024``), month names and their abbreviations in
English, German, French and Spanish (``Feb. 21, 2024``, ``21. Februar 2024``,
``1er mars 2024``, ``21 de febrero de 2024``), month names in Italian,
Portuguese, Dutch and Russian (``12 aprile 2024``, ``22 de janeiro de 2018``,
``3 maart 2024``, ``20 ноября 2024``), dates written year first
(``2024/02/21``, ``2024.02.21``, ``2024年2月21日``), 12- and 24-hour times
(``9:52 p.m.``, ``21.52 Uhr``, ``14h30``) before or after the date, and zones
as abbreviations (ET, EST, EDT, PT, CT, MT, GMT, UTC, BST, CET, CEST, MEZ,
MESZ, ...) or offsets (``+01:00``, ``GMT+2``).

The result is ``YYYY-MM-DD`` for a bare date, ``YYYY-MM-DDTHH:MM:SS`` with a
time, and the UTC offset appended when a zone is given. Regional zones (ET, PT,
CT, MT, UK, CET) take the offset in force on that date.

A numeric date's field order: ``dayfirst=True`` or ``False`` decides; with
``None`` a field above 12 decides, else ``/`` means month first (US) and
``.`` or ``-`` means day first.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

__all__ = ["MONTH_NAMES", "find_datetime", "month_number", "parse_datetime"]

#: Only this many characters of the input are read.
MAX_INPUT = 2000

_MONTH_WORDS = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner feber maerz",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
)
_MONTHS: dict[str, int] = {}
for _names in _MONTH_WORDS:
    for _i, _name in enumerate(_names.split(), 1):
        _MONTHS.setdefault(_name, _i)
_MONTHS.update(
    {
        "jänner": 1, "feber": 2, "maerz": 3, "sept": 9, "mär": 3, "okt": 10, "dez": 12,
        "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sep": 9, "déc": 12,
        "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9,
        "fev": 2, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "mrt": 3,
    }
)
#: Every month name and abbreviation read, lower-case.
MONTH_NAMES = frozenset(_MONTHS)


def month_number(name: str) -> int | None:
    """The month (1 to 12) a month name or abbreviation names ("october", "Okt"), or None."""
    return _MONTHS.get(name.lower())


_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

#: Zones with one fixed offset, in hours.
_FIXED: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "mez": 1,
    "west": 1, "cest": 2, "mesz": 2, "eet": 2, "eest": 3, "msk": 3,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
    "aest": 10, "aedt": 11, "jst": 9,
}
#: Zones named by region: the offset depends on the date (summer time).
_REGIONAL: dict[str, str] = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
    "uk": "Europe/London",
}
_ZONE_WORDS = "|".join(sorted(list(_FIXED) + list(_REGIONAL), key=len, reverse=True))

_ISO = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?"
    r"\s?(Z\b|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])")
# "Feb. 21, 2024", "February 21st 2024", "Feb 21" (no year: not taken); the year may
# run into the next word ("Dec 17, 2025Julian K. Arni": inline elements without a space).
_MONTH_FIRST = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
# "21 February 2024", "21. Februar 2024", "1er mars 2024", "21 de febrero de 2024",
# "04-ago-2021".
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}})(?:(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?|-)({_MONTH})\.?(?:,?\s+(?:de\s+)?|-)"
    rf"(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# Year first: "2024/02/21", "2024.02.21" and the CJK "2024年2月21日".
_YEAR_FIRST = re.compile(
    r"(?<![\d/.-])(\d{4})(?:([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])"
    r"|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)"
)
_TIME = re.compile(
    r"\b(\d{1,2})(?:([:.h])(\d{2}))?(?::(\d{2}))?\s*"
    r"(a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b|uhr\b|h\b)?",
    re.IGNORECASE,
)
_ZONE = re.compile(
    rf"\s*\(?\s*(?:(?:gmt|utc)\s*([+-])\s*(\d{{1,2}})(?::?(\d{{2}}))?|([+-])(\d{{2}}):?(\d{{2}})"
    rf"|({_ZONE_WORDS})\b)\)?",
    re.IGNORECASE,
)
# What may stand between a date and its time: "Feb 21, 2024, at 9:52", "um", "à", "a las", "|".
_JOIN = re.compile(
    r"[\s,|/·•–—-]*(?:(?:at|um|à|a\s+las|a\s+la|le|el|on|,)\s*)?", re.IGNORECASE
)
#: Cheap tests before the date patterns: all need two digits in a row, and all
#: but the numeric one (whose year may have two) need four.
_TWO_DIGITS = re.compile(r"\d\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: How far before a date a time may stand ("9:52 p.m. ET, Feb 21, 2024").
_TIME_BEFORE = 28


def parse_datetime(text: str, *, dayfirst: bool | None = None) -> str | None:
    """The first date in ``text`` (with its time and zone) as ISO 8601, or None."""
    found = find_datetime(text, dayfirst=dayfirst)
    return found[0] if found else None


def find_datetime(
    text: str, *, dayfirst: bool | None = None
) -> tuple[str, tuple[int, int]] | None:
    """The first date in ``text`` as ``(iso, (start, end))``, or None.

    The span covers the date and the time and zone written beside it.
    """
    text = text[:MAX_INPUT]
    if _TWO_DIGITS.search(text) is None:
        return None  # every written date has a two-digit year or day and month
    best: tuple[int, int, datetime, bool] | None = None
    iso = _ISO.search(text)
    if iso:
        found = _from_iso(iso)
        if found:
            return found
    # Without four digits in a row only a date with a two-digit year can be there.
    finders = _FINDERS if _FOUR_DIGITS.search(text) else (_numeric,)
    for finder in finders:
        candidate = finder(text, dayfirst)
        if candidate and (best is None or candidate[0] < best[0]):
            best = candidate
    if best is None:
        return None
    start, end, day, _ = best
    return _with_time(text, start, end, day)


def _from_iso(m: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    year, month, day, hour, minute, second, zone = m.groups()
    try:
        value = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0))
    except ValueError:
        return None
    if hour is None:
        return value.date().isoformat(), m.span()
    if zone:
        if zone.upper() == "Z":
            value = value.replace(tzinfo=timezone.utc)
        else:
            value = value.replace(tzinfo=_offset(zone[0], zone[1:3], zone[-2:]))
    return value.isoformat(), m.span()


def _make(year: int, month: int, day: int) -> datetime | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _named_month(
    pattern: re.Pattern[str], text: str, day_group: int, month_group: int
) -> tuple[int, int, datetime, bool] | None:
    """The first valid date of ``pattern`` (a month written as a word) in ``text``."""
    for m in pattern.finditer(text):
        value = _make(int(m[3]), _MONTHS[m[month_group].lower()], int(m[day_group]))
        if value:
            return m.start(), m.end(), value, True
    return None


def _month_first(text: str, dayfirst: bool | None) -> tuple[int, int, datetime, bool] | None:
    return _named_month(_MONTH_FIRST, text, 2, 1)


def _day_first(text: str, dayfirst: bool | None) -> tuple[int, int, datetime, bool] | None:
    return _named_month(_DAY_FIRST, text, 1, 2)


def _year_first(text: str, dayfirst: bool | None) -> tuple[int, int, datetime, bool] | None:
    for m in _YEAR_FIRST.finditer(text):
        month, day = (m[3], m[4]) if m[2] else (m[5], m[6])
        value = _make(int(m[1]), int(month), int(day))
        if value:
            return m.start(), m.end(), value, True
    return None


def _numeric(text: str, dayfirst: bool | None) -> tuple[int, int, datetime, bool] | None:
    for m in _NUMERIC.finditer(text):
        a, sep, b, year = int(m[1]), m[2], int(m[3]), int(m[4])
        first_is_day = dayfirst
        if a > 12 >= b:
            first_is_day = True
        elif b > 12 >= a:
            first_is_day = False
        elif first_is_day is None:
            first_is_day = sep != "/"
        day, month = (a, b) if first_is_day else (b, a)
        value = _make(year, month, day)
        if value:
            return m.start(), m.end(), value, True
    return None


_FINDERS = (_month_first, _day_first, _numeric, _year_first)


def _with_time(
    text: str, start: int, end: int, day: datetime
) -> tuple[str, tuple[int, int]]:
    """Attach the time written right after (or just before) the date."""
    join = _JOIN.match(text, end)
    after = _read_time(text, join.end() if join else end)
    if after:
        (hour, minute, second), time_end = after
        zone, span_end = _read_zone(text, time_end)
        return _finish(day, hour, minute, second, zone), (start, span_end)
    window = max(0, start - _TIME_BEFORE)
    for m in _TIME.finditer(text, window, start):
        got = _read_time(text, m.start())
        if not got:
            continue
        (hour, minute, second), time_end = got
        zone, zone_end = _read_zone(text, time_end)
        gap = _JOIN.match(text, zone_end)
        if gap and gap.end() >= start:
            return _finish(day, hour, minute, second, zone), (m.start(), end)
    return day.date().isoformat(), (start, end)


def _read_time(text: str, pos: int) -> tuple[tuple[int, int, int], int] | None:
    """A time starting at ``pos``: ``((hour, minute, second), end)``, or None."""
    m = _TIME.match(text, pos)
    if not m:
        return None
    hour = int(m[1])
    minute = int(m[3]) if m[3] else 0
    second = int(m[4]) if m[4] else 0
    suffix = (m[5] or "").lower().replace(".", "").replace(" ", "")
    if m[3] is None and suffix not in ("am", "pm", "uhr", "h"):
        return None  # a bare number is not a time
    if m[2] == "." and not suffix and m[3] is not None and hour > 23:
        return None
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (hour, minute, second), m.end()


def _read_zone(text: str, pos: int) -> tuple[tzinfo | str | None, int]:
    """A zone right after a time: a tzinfo, a regional zone key, or None."""
    m = _ZONE.match(text, pos)
    if not m:
        return None, pos
    if m[1]:
        return _offset(m[1], m[2], m[3] or "00"), m.end()
    if m[4]:
        return _offset(m[4], m[5], m[6]), m.end()
    word = m[7].lower()
    if not m[7].isupper() and word not in ("gmt", "utc"):
        return None, pos  # "et", "est", "ist" as plain words
    if word in _REGIONAL:
        return word, m.end()
    return timezone(timedelta(hours=_FIXED[word])), m.end()


def _offset(sign: str, hours: str, minutes: str) -> timezone:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign == "-" else delta)


def _finish(
    day: datetime, hour: int, minute: int, second: int, zone: tzinfo | str | None
) -> str:
    value = day.replace(hour=hour, minute=minute, second=second)
    if isinstance(zone, str):
        local = value.replace(tzinfo=ZoneInfo(_REGIONAL[zone]))
        offset = local.utcoffset() or timedelta(0)
        value = value.replace(tzinfo=timezone(offset))
    elif zone is not None:
        value = value.replace(tzinfo=zone)
    return value.isoformat()
