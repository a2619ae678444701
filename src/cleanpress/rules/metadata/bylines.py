"""Bylines and datelines at the head of the article.

"By Jane Doe and John Roe", "By JANE DOE, Associated Press", "Von Max Muster",
"Par Jean Dupont", "Por Ana García", "Published 3:04 PM EST, Feb 21, 2024",
"November 18, 2019 | by Jane Doe", and a bare name beside a role, a follow
button or a date ("Jane Doe" / "Environment correspondent"). The names go to
``authors`` (people first, in the order written, then news agencies as entries
of their own), the date to ``published``, an update time written after them to
``updated``; the line leaves the body. A line is a byline only when every part
of it reads as names, roles, agencies or a date, so "By the end of the year
..." stays. The page header just before the article is read for metadata even
when another rule has removed it; a line opening with "Updated" is left to the
update-note rule. At the end of the article only prefixed bylines ("Written
by ...", "Reporting by ...; Editing by ...") are taken.

The words around a date ("Published", "Updated", "on", "at") are marker
families (``published``, ``updated``, ``date_joiner``), so a language pack
teaches them new languages ("Pubblicato il 12/03/2024 alle 08:15"). A numeric
date that reads both ways (12/03/2024) is read day first on a page whose
language writes it so (see :func:`cleanpress.rules.metadata.page_dates.day_first`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleanpress.chain import RuleContext
from cleanpress.dates import MONTH_NAMES, find_datetime, parse_datetime
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import Markers, by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.metadata.language import detect
from cleanpress.rules.metadata.page_dates import day_first

PATTERNS = {
    "en": [
        r"^(?:by|written by|words by|story by|posted by|reported by|text by|"
        r"(?:additional )?reporting by|editing by)\s"
    ],
    "de": [r"^(?:von|text:?|autor(?:in)?:)\s"],
    "fr": [r"^(?:par|texte\s?:)\s"],
    "es": [r"^(?:por|texto:)\s"],
}
FAMILY = "byline"
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
#: The reason given for a byline at the end of the article ("Written by Jane Doe").
CLOSING_BYLINE = "byline at the end of the article"

#: Bylines and datelines stand among the first kept blocks.
_HEAD = 12
_MAX_WORDS = 30
_MAX_CHARS = 240
#: Bylines at the end of the article stand among the last kept blocks.
_TAIL = 4
#: Blocks before the first kept one that are read for metadata.
_BEFORE = 8
#: A role line under a name ("Environment correspondent") is this short.
_ROLE_WORDS = 5
#: A person's name has at most this many words.
_NAME_WORDS = 5
#: The page's language is told from this many of its first kept blocks.
_LANGUAGE_BLOCKS = 60
# A name read without a prefix: two words, or three with a middle initial
# ("Jane Doe", "Jane Q. Doe"); longer title-cased runs are more often headlines.
#: A first part read without a prefix holds at most this many words (names and an
#: agency, the date cut off) and characters (with the date).
_BARE_WORDS = 8
_BARE_CHARS = 120
_BARE_NAME = re.compile(r"^\S+ (?:[A-Z]\. )?\S+$")

# Parts of a line: separators, then " on <date>" / " am <date>" tails.
# (A slash between digits belongs to a date: "11/19/19".)
_PARTS = re.compile(r"[|·•—–;]|/(?:(?<!\d/)|(?!\d))|\s-\s")
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
# What any date the date reader knows holds: a year, or numbers set apart by . / -
_DATE_SHAPE = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d")
# A numeric date whose first two numbers could each be the month: "12/03/2024".
_TWO_WAYS = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|1[0-2])\1\d")
# The built-in prefixes, to find where the names begin when a plugin's pattern
# matched the names too.
_OWN_PREFIX = re.compile("|".join(p for ps in PATTERNS.values() for p in ps), re.IGNORECASE)
# "avec AFP", "with agencies": the agency helped; it is not an author.
_WITH_AGENCY = re.compile(r"\s+(?:avec|with|mit|con)\s+(?:l['’]|the\s)?(\S[^,;]*)$", re.IGNORECASE)
_AGENCY_HELP = frozenset({"agencies", "agences", "agencias", "agenturen", "wires"})
# An issue line's number: "Issue 112", "No. 42", "Ausgabe 7".
_ISSUE = re.compile(
    r"^(?:issue|no\.?|nr\.?|vol\.?|volume|edition|ausgabe|numéro|n°|número|núm\.?)\s?#?\d{1,5}$",
    re.IGNORECASE,
)
# A dateline's place before the date: "Sevilla - 04 ago 2025", "NEW YORK - ...".
# (Two title-cased words would read as a person's name.)
_PLACE = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]+|[A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ'’.-]+){1,2})$")
# A time standing after the date: "13:10 CEST", "9:52 a.m. ET".
_TIME_ONLY = re.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s?[A-Z]{2,5}|\s?[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_PREFIX_INSIDE = re.compile(r"(?:^|\s)(?:by|von|par|por)\s", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e)\s+", re.IGNORECASE)
# Letters after a name: "MS", "RD", "PhD", "Jr."
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?\s?D|M\.?D|Jr|Sr)$")
# A writer's e-mail address or telephone number after the name.
_CONTACT = re.compile(r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})")
# A web address naming the outlet: "Example.com", "... for NJ.com".
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|co\.uk|com\.au)$", re.IGNORECASE)
_OUTLET = re.compile(r"\s(?:for|für|pour|para)\s", re.IGNORECASE)
# A title-cased line naming a publication, not a person ("The Morning Courier").
_NOT_A_PERSON = re.compile(
    r"^(?:the|der|die|das|les|los|las)\s|\b(?:news|times|post|daily|journal|herald|tribune|"
    r"gazette|courier|press|radio|tv|magazine|zeitung|today|online)\b",
    re.IGNORECASE,
)
_FOLLOW = re.compile(r"^(?:\+\s?)?(?:follow|folgen|suivre|seguir)$", re.IGNORECASE)
_RELATIVE = re.compile(
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

_PARTICLES = frozenset(
    "de da das do dos del della di du la le van von der den ter ten bin al el y zu".split()
)
_AGENCIES = frozenset(
    s.casefold()
    for s in (
        "Associated Press",
        "The Associated Press",
        "AP",
        "Reuters",
        "AFP",
        "Agence France-Presse",
        "dpa",
        "EFE",
        "Europa Press",
        "ANSA",
        "Bloomberg",
        "Bloomberg News",
        "PA",
        "PA Media",
        "Press Association",
        "UPI",
        "Xinhua",
        "Kyodo",
        "KNA",
        "epd",
        "SID",
        "Belga",
        "ANP",
        "APA",
        "Keystone-SDA",
        "Canadian Press",
        "The Canadian Press",
        "CNN",
        "BBC",
        "Reuters Staff",
        "AP Photo",
    )
)
_AGENCY_LAST = frozenset(a.split()[-1] for a in _AGENCIES)
_ROLES = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|"
    r"photographer|producer|analyst|redakteur(?:in)?|korrespondent(?:in)?|redaktion|"
    r"rédact(?:eur|rice)|envoyée? spéciale?|journaliste|corresponsal|redactor(?:a)?|"
    r"periodista|special to)\b",
    re.IGNORECASE,
)
_MONTH_WORDS = MONTH_NAMES
# A weekday run into the names before the date's comma ("Jane Doe Monday, November 18").
# ("segunda-feira" is read as two words.)
_WEEKDAYS = frozenset(
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta "
    "sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
)
# What a date may hold besides numbers: month and weekday names, times, zones.
_DATE_WORDS = (
    _MONTH_WORDS
    | _WEEKDAYS
    | frozenset(
        "am pm a m p uhr h de st nd rd th est edt cst cdt mst mdt pst pdt gmt utc bst cet cest "
        "mez mesz et pt ct mt hst akst akdt aest aedt jst wet west eet eest msk".split()
    )
)


def _find_update(text: str, ctx: RuleContext) -> re.Match[str] | None:
    """An "Updated" label (a marker of the ``updated`` family) in ``text``."""
    return ctx.search(UPDATED, text)


@lru_cache(maxsize=8)
def _dateline_words(markers: Markers) -> re.Pattern[str] | None:
    """The words written around a date, the ``published`` and ``date_joiner``
    markers, as one pattern (None when there are none)."""
    found = [p.pattern for p in (markers.pattern(PUBLISHED), markers.pattern(JOINER)) if p]
    return re.compile("|".join(found), re.IGNORECASE) if found else None


@lru_cache(maxsize=1024)
def _bare(text: str, markers: Markers | None) -> str:
    """``text`` with the dateline words of ``markers`` around its date blanked out."""
    words = _dateline_words(markers) if markers is not None else None
    return text if words is None else words.sub(" ", text)


@lru_cache(maxsize=1024)
def _date(text: str, dayfirst: bool | None = None) -> str | None:
    """``parse_datetime`` remembered: the head's lines are read more than once."""
    return parse_datetime(text, dayfirst=dayfirst)


@lru_cache(maxsize=1024)
def _find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """``find_datetime`` remembered."""
    return find_datetime(text)


@lru_cache(maxsize=1024)
def is_date_text(text: str, markers: Markers | None = None) -> bool:
    """Whether ``text`` is only a date (and time), possibly with the dateline words
    of ``markers`` around it ("Published on ... at ...", see :func:`_dateline_words`)."""
    if _DATE_SHAPE.search(text) is None:
        return False
    if not _date_tokens(text):
        text = _bare(text, markers)
        if not _date_tokens(text):
            return False
    return _date(text) is not None


def _date_tokens(text: str) -> bool:
    """Whether ``text`` holds a number and nothing but numbers and date words."""
    tokens = _TOKENS.findall(text.lower())
    return any(t.isdigit() for t in tokens) and all(t.isdigit() or t in _DATE_WORDS for t in tokens)


class _PageDates:
    """Reads a byline's dates on one page: the dateline words set aside, and a
    numeric date that reads both ways (12/03/2024) taken in the page's order,
    from its language (stated in the markup, else told from the kept text)."""

    def __init__(self, doc: Document, markers: Markers) -> None:
        self._doc = doc
        self._markers = markers
        self._dayfirst: bool | None = None
        self._asked = False

    def read(self, text: str) -> str | None:
        """The date (and time) in ``text`` as ISO 8601, or None."""
        text = _bare(text, self._markers)
        found = _date(text)
        if found is None or _TWO_WAYS.search(text) is None:
            return found
        if _date(text, True) == _date(text, False):
            return found  # the date read first is another, or reads one way only
        return _date(text, self._day_first())

    def _day_first(self) -> bool | None:
        if not self._asked:
            self._asked = True
            language = self._doc.metadata.language or detect(
                " ".join(b.text for b in self._doc.kept()[:_LANGUAGE_BLOCKS])
            )
            self._dayfirst = day_first(language)
        return self._dayfirst


def _name(part: str) -> str | None:
    """``part`` title-cased when it reads as a person's name, else None."""
    words = part.split()
    if not 1 <= len(words) <= _NAME_WORDS:
        return None
    capitalised = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not word[:1].isupper() or not (
            word.isalpha() or all(c.isalpha() or c in ".-'’" for c in word)
        ):
            return None
        capitalised += 1
    if capitalised == 0 or (len(words) == 1 and (word.isupper() or word.lower() in _DATE_WORDS)):
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def read_names(text: str) -> tuple[list[str], list[str]] | None:
    """(people, agencies) named in ``text``, or None if anything else is there.

    Roles ("Jane Doe, Staff Writer", "By Example Post Staff") and the outlet
    after "for" ("Jane Doe for Example News") are dropped.
    """
    people: list[str] = []
    agencies: list[str] = []
    roles = 0
    text = _OUTLET.split(text, maxsplit=1)[0]
    for part in _NAME_SPLIT.split(text.strip(" .,:")):
        part = part.strip(" .")
        if not part:
            continue
        if part.casefold() in _AGENCIES:
            agencies.append(part)
        elif _ROLES.search(part) or (_CREDENTIAL.match(part) and people) or _DOMAIN.search(part):
            roles += 1  # "Staff Writer", "MS", "Example.com": not a person
        elif (name := _name(part)) is not None:
            people.append(name)
        else:
            return None
    return (people, agencies) if people or agencies or roles else None


class _Reading:
    """What the parts of a byline line say."""

    def __init__(self, markers: Markers | None) -> None:
        #: The cleaner's markers, for the dateline words around a date.
        self.markers = markers
        self.people: list[str] = []
        self.agencies: list[str] = []
        self.date: str | None = None
        self.found = False
        #: Names read without a prefix: trusted beside a date or an agency only.
        self.bare = False

    def take_names(self, names: str) -> bool:
        if "@" in names or _DIGIT.search(names):
            names = _CONTACT.sub("", names)  # "Jane Doe jane@example.com (509) 555-0100"
        helped = _WITH_AGENCY.search(names)
        if helped is not None and _is_agency_help(helped.group(1)):
            names = names[: helped.start()]
        tail = self._date_after(names)
        if tail is not None:
            self.date, names = names[tail:], names[:tail]
        elif "," in names and _DIGIT.search(names):
            names = self._comma_date(names)
        read = read_names(names)
        if read is None:
            return False
        self.people += read[0]
        self.agencies += read[1]
        self.found = True
        return True

    def is_date(self, text: str) -> bool:
        """Whether ``text`` is only a date, perhaps with dateline words around it."""
        return is_date_text(text, self.markers)

    def _date_after(self, names: str) -> int | None:
        """Where a date written after the names begins, opening with a dateline
        word ("Jane Doe on Nov 3, 2019", "Max Muster publiziert am 30. Juli 2018")."""
        words = _dateline_words(self.markers) if self.markers is not None else None
        if words is None or _DIGIT.search(names) is None:
            return None
        for word in words.finditer(names):
            start = word.start()
            if start > 0 and names[start - 1].isspace() and self.is_date(names[start:]):
                return start
        return None

    def _comma_date(self, names: str) -> str:
        """Names before a date set off by a comma ("Jane Doe, Wednesday, 20 November 2019")."""
        found = find_datetime(names)
        if found is None:
            return names
        # The leftmost comma after which only the date (a weekday, say) is written.
        best = -1
        cut = names.rfind(", ", 0, found[1][0] + 1)
        while cut > 0 and self.is_date(names[cut + 2 :]):
            best, cut = cut, names.rfind(", ", 0, cut)
        if best < 0:
            return names
        self.date = self.date or names[best + 2 :]
        head, _, last = names[:best].rpartition(" ")
        return head if head and last.lower().strip(".") in _WEEKDAYS else names[:best]

    def take_bare(self, part: str, alone: bool) -> bool:
        """A first part naming people or an agency without a prefix, perhaps run
        into its date ("Jane Doe Nov. 18, 2019 7:04 pm ET", "Jane Doe Associated Press").
        ``alone``: no other part follows, so the date or agency must be in this one."""
        if len(part) > _BARE_CHARS:
            return False
        found = _find_date(part) if _DATE_SHAPE.search(part) else None
        if found is not None and found[1][0] > 0 and self.is_date(part[found[1][0] :]):
            self.date = self.date or part[found[1][0] :]
            part = part[: found[1][0]]
        elif found is not None and found[1][0] == 0 and self.is_date(part[: found[1][1]]):
            self.date = self.date or part[: found[1][1]]  # "2019-11-20 17:27:46 Jane Doe"
            part = part[found[1][1] :]
        words = part.strip(" ,.-–—").split()
        if not words or len(words) > _BARE_WORDS:
            return False
        agency = _agency_words(words)
        if alone and found is None and not agency:
            return False
        names = " ".join(words[: len(words) - agency])
        if names.endswith(",") and self.date is None:
            return False  # "Jane Doe, AP" under a picture: the photo credit
        names = names.strip(" ,")
        if names and _NOT_A_PERSON.search(names):
            return False
        if agency:
            self.agencies.append(" ".join(words[-agency:]))
        read = read_names(names) if names else ([], [])
        if read is None or not all(_BARE_NAME.match(p) for p in read[0]):
            return False
        self.people += read[0]
        self.agencies += read[1]
        self.found = self.bare = True
        return True

    def take_part(self, part: str, ctx: RuleContext) -> bool:
        """Read one part of the line; False when it is not byline material."""
        prefix = ctx.search(FAMILY, part)
        if prefix is not None and prefix.start() == 0:
            names = part[_prefix_end(part, prefix) :]
            if prefix.group().lower().startswith("editing"):
                return read_names(names) is not None  # editors are not authors
            return self.take_names(names)
        digits = _DIGIT.search(part) is not None
        # "<date> by <name>": the date before the prefix needs a digit.
        inside = _PREFIX_INSIDE.search(part) if digits and not self.found else None
        if inside is not None and inside.start() > 0:
            # "November 18, 2019 7:45 am PST by Jane Doe"
            head = part[: inside.start()]
            self.date = self.date or head
            return self.is_date(head) and self.take_part(part[inside.start() :].strip(), ctx)
        if self.is_date(part):
            self.date = self.date or part
            return True
        if digits and _ISSUE.match(part):
            return True  # "Issue 112"
        if digits and self.date is not None and _TIME_ONLY.match(part):
            self.date = f"{self.date} {part}"  # "04 ago 2025 - 13:10 CEST"
            return True
        update = _find_update(part, ctx)
        if digits and update is not None and update.start() > 0 and (
            self.is_date(part[: update.start()])
        ):
            # "Oct 8, 2025 Updated Oct 8, 2025 5:45 PM": the publish date comes first.
            self.date = self.date or part[: update.start()]
            return True
        if self.found and (part.casefold() in _AGENCIES or _ROLES.search(part)):
            if part.casefold() in _AGENCIES:
                self.agencies.append(part)
            return True
        if (self.found or self.date) and len(part.split()) <= _ROLE_WORDS and (
            _DOMAIN.search(part) or _NOT_A_PERSON.search(part)
        ):
            return True  # the outlet: "CBS News", "Example Media for Example.com"
        return update is not None


def _written_date(date: str | None) -> bool:
    """Whether ``date`` names its month ("Nov 19, 2019") or is an ISO date
    ("2019-11-20 14:35"), not only ambiguous numbers ("11.18.19")."""
    if date is None:
        return False
    return _ISO_DATE.search(date) is not None or any(
        t in _MONTH_WORDS for t in _TOKENS.findall(date.lower())
    )


def _agency_words(words: list[str]) -> int:
    """How many of the last ``words`` name a news agency ("... Associated Press"): 0 if none."""
    if not words or words[-1].casefold() not in _AGENCY_LAST:
        return 0
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).casefold() in _AGENCIES:
            return n
    return 0


def _is_agency_help(words: str) -> bool:
    words = words.strip(" .").casefold()
    return words in _AGENCIES or words in _AGENCY_HELP


def _prefix_end(part: str, prefix: re.Match[str]) -> int:
    """Where the names begin after a byline prefix. A pattern that matched the
    names as well ("por Ana García" as a whole) gives way to the built-in
    prefixes, else to the first word."""
    if part[prefix.end() :].strip():
        return prefix.end()
    own = _OWN_PREFIX.match(part)
    if own is not None:
        return own.end()
    space = part.find(" ")
    return space + 1 if space > 0 else prefix.end()


def read_byline(text: str, ctx: RuleContext) -> _Reading | None:
    """Read a byline block, or None when some part of it is not byline material."""
    if _DIGIT.search(text) is None:
        # Without a date, the first part must open with a byline prefix (or say
        # "Updated"), or end with an agency ("Jane Doe Associated Press").
        cut = _PARTS.search(text)
        first = text[: cut.start()].strip() if cut is not None else text.strip()
        prefix = ctx.search(FAMILY, first)
        # ("Updated" matters only with a byline in a later part: "Updated | By Jane Doe".)
        if (prefix is None or prefix.start() != 0) and (
            cut is None or _find_update(first, ctx) is None
        ) and not (
            first.rstrip(" .").rpartition(" ")[2].casefold() in _AGENCY_LAST
            and _agency_words(first.rstrip(" .").split())
        ):
            return None
    reading = _Reading(ctx.markers)
    parts = [p.strip() for p in _PARTS.split(text)]
    if len(parts) > 1 and _PLACE.match(parts[0]) and reading.is_date(parts[1]) and not (
        ctx.search(FAMILY, parts[0])
    ):
        parts = parts[1:]  # a dateline's place: "Sevilla - 04 ago 2025"
    for i, part in enumerate(parts):
        if part and not reading.take_part(part, ctx) and not (
            i == 0 and reading.take_bare(part, len(parts) == 1)
        ):
            return None
    if not reading.found and reading.date is None:
        return None
    if reading.bare and not reading.agencies and not _written_date(reading.date):
        return None  # a bare name beside a date written with a month's name
    # A one-word name ("by Catherine") needs a date beside it to be trusted.
    if reading.date is None and any(" " not in p for p in reading.people):
        return None
    return reading


def _head(doc: Document) -> list[Block]:
    """The article's head: the few blocks just before the first kept one (often
    already removed as page header, read for metadata only), then the first kept ones."""
    kept = doc.kept()
    if not kept:
        return []
    first = kept[0].index
    head = doc.blocks[max(0, first - _BEFORE) : first] + kept[:_HEAD]
    return [b for b in head if len(b.text) <= _MAX_CHARS and b.words <= _MAX_WORDS]


def _name_line(block: Block, doc: Document, ctx: RuleContext) -> str | None:
    """The person named by a line holding only a name and a role ("Jane Doe,
    Consumer Reporter"), or only a name with a role, a follow button or a date
    on the next line ("Jane Doe" / "Environment correspondent")."""
    text = block.text
    if " " not in text or block.words > _NAME_WORDS + _ROLE_WORDS:
        return None
    head, _, role = text.partition(", ")
    if role:  # "Jane Doe, Consumer Reporter"
        name = _name(head)
        if name is None or len(role.split()) > _ROLE_WORDS or not _ROLES.search(role):
            return None
        return None if _NOT_A_PERSON.search(text) else name
    name = _name(text)
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if name is None or after is None or _NOT_A_PERSON.search(text):
        return None
    if _FOLLOW.match(after.text) or _starts_with_date(after.text, ctx):
        return name
    if after.words <= _ROLE_WORDS and _ROLES.search(after.text):
        return name
    return None


def _starts_with_date(text: str, ctx: RuleContext) -> bool:
    """A date line, or one whose update time follows its publish date."""
    update = _find_update(text, ctx)
    return is_date_text(text[: update.start()] if update else text, ctx.markers)


def _pick_date(found: list[str]) -> str:
    """The first date, or a later one giving the time of that same day."""
    first = found[0]
    timed = [d for d in found if "T" in d and d.startswith(first)]
    return timed[0] if "T" not in first and timed else first


@rule(
    "byline",
    stage="chrome",
    order=100,
    description="Take bylines and publish datelines at the head of the article into metadata",
)
def byline(doc: Document, ctx: RuleContext) -> None:
    authors_done = bool(doc.metadata.authors)
    page_dates = _PageDates(doc, ctx.markers)
    dates: list[str] = []
    for block in _head(doc):
        text = block.text
        if _RELATIVE.match(text):
            ctx.remove(block, "relative timestamp")
            continue
        reading = read_byline(text, ctx)
        if reading is None and (name := _name_line(block, doc, ctx)) is not None:
            reading = _Reading(None)
            reading.people, reading.found = [name], True
            after = doc.blocks[block.index + 1]
            if "," not in text and _ROLES.search(after.text) and not authors_done:
                ctx.remove(after, "byline (the writer's role)")
        if reading is None:
            continue
        reason = "publish dateline"
        if reading.found:
            reason = "byline"
            if not authors_done:
                ctx.set_meta("authors", reading.people + reading.agencies)
                authors_done = True
        if reading.date is not None and (iso := page_dates.read(reading.date)):
            dates.append(iso)
        # A line opening with "Updated" is the update-note rule's; one that gives
        # the update time after the byline or publish date is read here.
        update = _find_update(text, ctx)
        if update is not None:
            if not text[: update.start()].strip(" ([|:"):
                continue
            ctx.set_meta("updated", page_dates.read(text[update.end() :]))
        ctx.remove(block, reason)
    if dates:
        ctx.set_meta("published", _pick_date(dates))
    _tail_bylines(doc, ctx, page_dates, authors_done, bool(dates or doc.metadata.published))


def _tail_bylines(
    doc: Document, ctx: RuleContext, page_dates: _PageDates, authors_done: bool, dated: bool
) -> None:
    """Prefixed bylines among the last kept blocks ("Written by Jane Doe"), and
    publish datelines there ("First published on November 19, 2019 / 8:16 AM")."""
    for block in doc.kept()[-_TAIL:]:
        text = block.text
        if len(text) > _MAX_CHARS:
            continue
        label = ctx.search(PUBLISHED, text)
        if label is not None and label.start() == 0 and is_date_text(
            _PARTS.split(text, 1)[0], ctx.markers
        ):
            reading = read_byline(text, ctx)
            if reading is not None and not reading.found and reading.date is not None:
                if not dated and (iso := page_dates.read(reading.date)):
                    ctx.set_meta("published", iso)
                    dated = True
                ctx.remove(block, "publish dateline at the end of the article")
            continue
        prefix = ctx.search(FAMILY, text)
        if prefix is None or prefix.start() != 0:
            continue
        reading = read_byline(text, ctx)
        if reading is not None and reading.found:
            if not authors_done:
                ctx.set_meta("authors", reading.people + reading.agencies)
                authors_done = True
            ctx.remove(block, CLOSING_BYLINE)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {
        **by_language(FAMILY, PATTERNS),
        **by_language(PUBLISHED, PUBLISHED_LABELS),
        **by_language(UPDATED, UPDATED_LABELS),
        **by_language(JOINER, DATE_JOINERS),
    }


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [byline]
