"""The page's date: the publication date from its address, and ``date``.

Last in the order of trust for ``published``, when no markup or byline stated
one: a day in the page's address (``/2024/02/21/``, ``/20240221/``,
``/2024-02-21-``). ``date`` is then the day the page dates itself by, its
publication date, else its update date: a page that says only when it was
last updated ("Last updated: Dec 12, 2025") presents that day as its date,
though it is no publication date.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote, urlsplit

from cleanpress.chain import RuleContext
from cleanpress.dates import month_number
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.metadata.page_dates import plausible

#: A day in a path: year, month and day as segments, one run of digits, or joined by
#: dashes, each standing between slashes or dashes.
_PATH_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])"
)

#: A day in a path with the month named: ``/2023/october/03/``, ``/2023/oct/3/``.
_PATH_NAMED_DAY = re.compile(r"/((?:19|20)\d\d)/([^\W\d_]{3,9})/(0?[1-9]|[12]\d|3[01])(?=/|$)")


def url_date(url: str | None, today: date | None = None) -> str | None:
    """The day written in ``url``'s path as ISO 8601, or None."""
    if not url:
        return None
    path = urlsplit(unquote(url)).path  # ("%2F" for the slashes of some stated addresses)
    for named in _PATH_NAMED_DAY.finditer(path):
        month = month_number(named.group(2))
        if month is None:
            continue
        try:
            day = date(int(named.group(1)), month, int(named.group(3)))
        except ValueError:
            continue
        if plausible(day.isoformat(), today):
            return day.isoformat()
    for found in _PATH_DAY.finditer(path):
        start, end = found.span()
        if found.group(2) == "" and not (_edge(path, start - 1) and _edge(path, end)):
            continue  # eight digits inside a longer name: an id, not a day
        try:
            day = date(int(found.group(1)), int(found.group(3)), int(found.group(4)))
        except ValueError:
            continue
        if plausible(day.isoformat(), today):
            return day.isoformat()
    return None


def _edge(path: str, i: int) -> bool:
    """Whether position ``i`` of ``path`` is outside it or a separator."""
    return i < 0 or i >= len(path) or path[i] in "/-_."


@rule(
    "page-date",
    stage="metadata",
    order=200,
    description="Date the page by its address when nothing stated when it was published; "
    "its date is the publication date, else the update date",
)
def page_date(doc: Document, ctx: RuleContext) -> None:
    meta = doc.metadata
    published = meta.published
    if published is None and (published := url_date(meta.url)) is not None:
        ctx.set_meta("published", published, source="url path")
    if published is not None:
        ctx.set_meta("date", published, source="the publication date")
    elif meta.updated is not None:
        ctx.set_meta("date", meta.updated, source="the update date (no publication date stated)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [page_date]
