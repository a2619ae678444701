"""Which number of a numeric date is the day: 03/09/2026 is 9 March or 3 September.

A date whose first two numbers could each be the month is read, in order of
trust: the way that gives a day the page also writes out with the month's name
("03-09-2026" in the markup, "March 9, 2026" in the byline); else day first or
month first as the page's language writes it (``en-US`` month first, ``en-GB``,
``de`` or ``fr`` day first); else as the site's country does (a ``.uk`` or
``.de`` address day first, a ``.us`` one month first); else by the date's own
separator (a slash month first, a dot or dash day first). Each choice comes with
its reason, for ``Metadata.sources``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cleanpress.dates import parse_datetime
from cleanpress.rules.metadata.page_dates import day_first

#: A numeric date whose first two numbers could each be the month: "12/03/2024".
TWO_WAYS = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|1[0-2])\1\d")
#: Country domains of sites that write the month first; other country domains
#: write the day first.
_MONTH_FIRST_DOMAINS = frozenset({"us", "ph", "fm", "pw"})
#: Generic domains, which say nothing of a country.
_GENERIC_DOMAINS = frozenset(
    "com org net edu gov mil int info biz io co ai app dev news blog online site tech "
    "xyz me tv cc".split()
)


@dataclass(frozen=True)
class DateOrder:
    """Whether numeric dates put the day first on a page (None: not known), and why."""

    dayfirst: bool | None
    reason: str


def page_order(language: str | None, url: str | None) -> DateOrder:
    """The order the page's language gives, else its site's country, else none."""
    first = day_first(language)
    if first is not None:
        return DateOrder(first, f"{'day' if first else 'month'} first: a {language} page")
    host = (urlsplit(url or "").hostname or "").rstrip(".")
    country = host.rpartition(".")[2].lower()
    if len(country) == 2 and country not in _GENERIC_DOMAINS:
        first = country not in _MONTH_FIRST_DOMAINS
        return DateOrder(first, f"{'day' if first else 'month'} first: a .{country} site")
    return DateOrder(None, "")


def settle(
    value: str, order: DateOrder, written: set[str], told: str = "the page writes that day out"
) -> tuple[str | None, str]:
    """``value`` as ISO 8601, and why its numbers were read so ("" when they read
    one way only). ``written``: the days (YYYY-MM-DD) the page gives otherwise,
    written out with the month's name or in its address; ``told`` says which."""
    if TWO_WAYS.search(value) is None:
        return parse_datetime(value), ""
    day, month = parse_datetime(value, dayfirst=True), parse_datetime(value, dayfirst=False)
    if day == month or day is None or month is None:
        return day or month, ""
    agree = [iso for iso in (day, month) if iso[:10] in written]
    if len(agree) == 1:
        first = agree[0] == day
        return agree[0], f"{'day' if first else 'month'} first: {told}"
    if order.dayfirst is not None:
        return (day if order.dayfirst else month), order.reason
    found = parse_datetime(value)
    mark = value[TWO_WAYS.search(value).end(1) - 1]  # type: ignore[union-attr]
    return found, f"{'day' if found == day else 'month'} first: written with '{mark}'"
