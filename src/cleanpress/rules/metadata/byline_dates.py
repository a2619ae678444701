"""Dates on byline lines: the words around them, and the page's order of day and month.

The words around a date ("Published", "Updated", "on", "at") are marker
families (``published``, ``updated``, ``date_joiner``), so a language pack
teaches them new languages ("Pubblicato il 12/03/2024 alle 08:15"). A numeric
date that reads both ways (12/03/2024) is read as the day the page's address
gives, else day first on a page whose page or site writes it so (see
:mod:`cleanpress.rules.metadata.date_order`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleanpress.chain import RuleContext
from cleanpress.dates import MONTH_NAMES, find_datetime, parse_datetime
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.rules.metadata.date_order import TWO_WAYS, DateOrder, page_order, settle
from cleanpress.rules.metadata.language import detect
from cleanpress.rules.metadata.page_date import url_date
from cleanpress.rules.metadata.page_dates import plausible

# The words of a dateline, by family: what labels the date, what joins it to its
# time or to the names before it. Each pattern finds the words anywhere in a line.
PUBLISHED = "published"
PUBLISHED_LABELS = {
    "en": [r"\b(?:(?:first|originally) )?(?:published|posted)\b"],
    "de": [r"\b(?:publiziert|veröffentlicht|stand)\b"],
    "fr": [r"\bpublié\b"],
    "es": [r"\bpublicado\b"],
}
UPDATED = "updated"
UPDATED_LABELS = {
    "en": [r"\bupdated?\b"],
    "de": [r"\baktualisiert\b"],
    "fr": [r"\bmis à jour\b"],
    "es": [r"\bactualizado\b"],
}
JOINER = "date_joiner"
DATE_JOINERS = {
    "en": [r"\b(?:on|at)\b"],
    "de": [r"\b(?:am|um)(?=\s\d)"],
    "fr": [r"\b(?:le|à)\b"],
    "es": [r"\b(?:el|a las)\b"],
}

#: The page's language is told from this many of its first kept blocks.
_LANGUAGE_BLOCKS = 60

_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
#: What any date the date reader knows holds: a year, or numbers set apart by . / -
DATE_SHAPE = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d")
#: A time standing after the date: "13:10 CEST", "9:52 a.m. ET".
TIME_ONLY = re.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s?[A-Z]{2,5}|\s?[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
#: A time told relative to now ("3 hours ago", "Today 12:01 AM").
RELATIVE = re.compile(
    r"^(?:(?:\d{1,2}|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago|"
    r"vor (?:\d{1,2}|einer?) (?:minuten?|stunden?|tagen?)|"
    r"il y a (?:\d{1,2}|une?) (?:minutes?|heures?|jours?)|"
    r"hace (?:\d{1,2}|una?) (?:minutos?|horas?|días?)|"
    # "Today 12:01 AM", "Monday 5:30PM": a day named in words, and a time
    r"(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:at |um |à )?\d{1,2}[:.h]\d{2}"
    r"(?: ?[ap]\.?m\.?| uhr)?(?: [a-z]{2,4})?)$",
    re.IGNORECASE,
)
_TOKENS = re.compile(r"\d+|[^\W\d_]+")

_MONTH_WORDS = MONTH_NAMES
#: A weekday run into the names before the date's comma ("Jane Doe Monday, November 18").
#: ("segunda-feira" is read as two words.)
WEEKDAYS = frozenset(
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta "
    "sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
)
#: What a date may hold besides numbers: month and weekday names, times, zones.
DATE_WORDS = (
    _MONTH_WORDS
    | WEEKDAYS
    | frozenset(
        "am pm a m p uhr h de st nd rd th est edt cst cdt mst mdt pst pdt gmt utc bst cet cest "
        "mez mesz et pt ct mt hst akst akdt aest aedt jst wet west eet eest msk".split()
    )
)


def find_update(text: str, ctx: RuleContext) -> re.Match[str] | None:
    """An "Updated" label (a marker of the ``updated`` family) in ``text``."""
    return ctx.search(UPDATED, text)


@lru_cache(maxsize=8)
def dateline_words(markers: Markers) -> re.Pattern[str] | None:
    """The words written around a date, the ``published`` and ``date_joiner``
    markers, as one pattern (None when there are none)."""
    found = [p.pattern for p in (markers.pattern(PUBLISHED), markers.pattern(JOINER)) if p]
    return re.compile("|".join(found), re.IGNORECASE) if found else None


@lru_cache(maxsize=1024)
def _bare(text: str, markers: Markers | None) -> str:
    """``text`` with the dateline words of ``markers`` around its date blanked out."""
    words = dateline_words(markers) if markers is not None else None
    return text if words is None else words.sub(" ", text)


@lru_cache(maxsize=1024)
def _date(text: str, dayfirst: bool | None = None) -> str | None:
    """``parse_datetime`` remembered: the head's lines are read more than once."""
    return parse_datetime(text, dayfirst=dayfirst)


@lru_cache(maxsize=1024)
def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """``find_datetime`` remembered."""
    return find_datetime(text)


@lru_cache(maxsize=1024)
def is_date_text(text: str, markers: Markers | None = None) -> bool:
    """Whether ``text`` is only a date (and time), possibly with the dateline words
    of ``markers`` around it ("Published on ... at ...", see :func:`dateline_words`)."""
    if DATE_SHAPE.search(text) is None:
        return False
    if not _date_tokens(text):
        text = _bare(text, markers)
        if not _date_tokens(text):
            return False
    return _date(text) is not None


def _date_tokens(text: str) -> bool:
    """Whether ``text`` holds a number and nothing but numbers and date words."""
    number = False
    # (Token by token: a sentence is told from a date at its first word.)
    for token in _TOKENS.finditer(text.lower()):
        word = token.group()
        if word.isdigit():
            number = True
        elif word not in DATE_WORDS:
            return False
    return number


class PageDates:
    """Reads a byline's dates on one page: the dateline words set aside, and a
    numeric date that reads both ways (12/03/2024) taken in the page's order,
    from its language (stated in the markup, else told from the kept text)."""

    def __init__(self, doc: Document, markers: Markers) -> None:
        self._doc = doc
        self._markers = markers
        self._order: DateOrder | None = None
        #: Why a date that read two ways was read as it was, by the ISO date given.
        self.reasons: dict[str, str] = {}

    def read(self, text: str) -> str | None:
        """The date (and time) in ``text`` as ISO 8601, or None; a date that cannot
        be when a page was published (see :func:`page_dates.plausible`) is none."""
        found = self._read(text)
        return found if found is not None and plausible(found) else None

    def _read(self, text: str) -> str | None:
        text = _bare(text, self._markers)
        found = _date(text)
        if found is None or TWO_WAYS.search(text) is None:
            return found
        if _date(text, True) == _date(text, False):
            return found  # the date read first is another, or reads one way only
        found, reason = settle(
            text, self._page_order(), self._address_day(), "the page's address gives that day"
        )
        if found is not None and reason:
            self.reasons[found] = reason
        return found

    def _address_day(self) -> set[str]:
        """The day the page's address gives, which tells a numeric date's order
        ("03/10/2023" under ``/2023/october/03/``)."""
        day = url_date(self._doc.metadata.url)
        return {day} if day else set()

    def _page_order(self) -> DateOrder:
        if self._order is None:
            meta = self._doc.metadata
            language = meta.language or detect(
                " ".join(b.text for b in self._doc.kept()[:_LANGUAGE_BLOCKS])
            )
            self._order = page_order(language, meta.url)
        return self._order


def written_date(date: str | None) -> bool:
    """Whether ``date`` names its month ("Nov 19, 2019") or is an ISO date
    ("2019-11-20 14:35"), not only ambiguous numbers ("11.18.19")."""
    if date is None:
        return False
    return _ISO_DATE.search(date) is not None or any(
        t in _MONTH_WORDS for t in _TOKENS.findall(date.lower())
    )


def starts_with_date(text: str, ctx: RuleContext) -> bool:
    """A date line, or one whose update time follows its publish date."""
    update = find_update(text, ctx)
    return is_date_text(text[: update.start()] if update else text, ctx.markers)


def pick_dateline(found: list[str]) -> str:
    """The first date, or a later one giving the time of that same day."""
    first = found[0]
    timed = [d for d in found if "T" in d and d.startswith(first)]
    return timed[0] if "T" not in first and timed else first
