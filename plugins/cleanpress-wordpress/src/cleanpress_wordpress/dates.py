"""English dates as WordPress themes print them: "March 3, 2024", "3 March 2024", "2024-03-03"."""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

#: A date in one of the three shapes; groups: month/day/year, day/month/year, or iso.
DATE = (
    r"(?:(?P<m1>[a-z]{3,9})\.? (?P<d1>\d{1,2})(?:st|nd|rd|th)?,? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<m2>[a-z]{3,9})\.?,? (?P<y2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_WHOLE = re.compile(rf"^{DATE}$", re.IGNORECASE)


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO date (YYYY-MM-DD) of a match of :data:`DATE`, or None when it is no date."""
    if match.group("iso"):
        year, month, day = (int(p) for p in match.group("iso").split("-"))
    else:
        name = (match.group("m1") or match.group("m2") or "").lower()
        if name not in _MONTHS:
            return None
        month = _MONTHS[name]
        day = int(match.group("d1") or match.group("d2"))
        year = int(match.group("y1") or match.group("y2"))
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def is_date_line(text: str) -> bool:
    """Whether ``text`` is a date and nothing else."""
    if len(text) > 30:
        return False
    match = _WHOLE.match(text)
    return match is not None and iso_date(match) is not None
