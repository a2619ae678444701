"""Whether a line is a byline or a dateline, and what its parts say.

"By Jane Doe and John Roe", "Published 3:04 PM EST, Feb 21, 2024",
"November 18, 2019 | by Jane Doe", "Sevilla - 04 ago 2025", and a bare name
beside a role, a follow button or a date ("Jane Doe" / "Environment
correspondent"), or in an element whose class says it holds the byline. A
line is a byline only when every part of it reads as names, roles, agencies, a
date, a reading time or a count of comments, so "By the end of the year ..."
is not one; a reading time or section run in after a date or names ("Oct 11,
2023 2 min read", "Jane Doe in Politics") is set aside first. The names are
read by :mod:`byline_names`, the dates by :mod:`byline_dates`.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.dates import find_datetime
from cleanpress.document import Block, Document
from cleanpress.markers import Markers
from cleanpress.rules.metadata.byline_dates import (
    DATE_SHAPE,
    PUBLISHED,
    TIME_ONLY,
    WEEKDAYS,
    dateline_words,
    find_date,
    find_update,
    is_date_text,
    starts_with_date,
    written_date,
)
from cleanpress.rules.metadata.byline_names import (
    AGENCIES,
    AGENCY_LAST,
    CONTACT,
    DOMAIN,
    NAME_WORDS,
    NOT_A_PERSON,
    ROLE_WORDS,
    ROLES,
    WITH_AGENCY,
    agency_words,
    is_agency_help,
    person_name,
    read_names,
)

PATTERNS = {
    "en": [
        r"^(?:by|written by|words by|story by|posted by|reported by|text by|"
        r"(?:additional )?reporting by|editing by|post by|started by|submitted by|asked by|"
        r"thread starter)(?:\s*:\s*|\s)"
    ],
    "de": [r"^(?:von|text:?|autor(?:in)?:)\s"],
    "fr": [r"^(?:par|texte\s?:)\s"],
    "es": [r"^(?:por|texto:)\s"],
}
FAMILY = "byline"
#: A reviewer's part of a byline ("Medically reviewed by ...", "Fact checked by ..."):
#: byline material, though the names are not the authors.
_REVIEWER = re.compile(
    r"^(?:(?:medically|clinically|expert|fact|legally)[ -])?(?:reviewed|checked|verified) by\s",
    re.IGNORECASE,
)

# A name read without a prefix: two words, or three with a middle initial
# ("Jane Doe", "Jane Q. Doe"); longer title-cased runs are more often headlines.
#: A first part read without a prefix holds at most this many words (names and an
#: agency, the date cut off) and characters (with the date).
_BARE_WORDS = 8
_BARE_CHARS = 120
_BARE_NAME = re.compile(r"^\S+ (?:[A-Z]\. )?\S+$")

#: Parts of a line: separators, then " on <date>" / " am <date>" tails.
#: (A slash between digits belongs to a date: "11/19/19".)
PARTS = re.compile(r"[|·•—–;・»]|/(?:(?<!\d/)|(?!\d))|\s-\s")
_DIGIT = re.compile(r"\d")
# The built-in prefixes, to find where the names begin when a plugin's pattern
# matched the names too.
_OWN_PREFIX = re.compile("|".join(p for ps in PATTERNS.values() for p in ps), re.IGNORECASE)
# An issue line's number: "Issue 112", "No. 42", "Ausgabe 7".
_ISSUE = re.compile(
    r"^(?:issue|no\.?|nr\.?|vol\.?|volume|edition|ausgabe|numéro|n°|número|núm\.?)\s?#?\d{1,5}$",
    re.IGNORECASE,
)
# A dateline's place before the date: "Sevilla - 04 ago 2025", "NEW YORK - ...".
# (Two title-cased words would read as a person's name.)
_PLACE = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]+|[A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ'’.-]+){1,2})$")
_PREFIX_INSIDE = re.compile(r"(?:^|\s)(?:by|von|par|por)\s", re.IGNORECASE)
_FOLLOW = re.compile(r"^(?:\+\s?)?(?:follow|folgen|suivre|seguir)$", re.IGNORECASE)


class Reading:
    """What the parts of a byline line say."""

    def __init__(self, markers: Markers | None, sections: bool = True) -> None:
        #: The cleaner's markers, for the dateline words around a date.
        self.markers = markers
        #: Whether "in ..." after the names is the section ("Jane Doe in Politics", at
        #: the head), not where the reporting was done ("in Leeds", at the end).
        self.sections = sections
        self.people: list[str] = []
        self.agencies: list[str] = []
        self.date: str | None = None
        self.found = False
        #: Names read without a prefix: trusted beside a date or an agency only.
        self.bare = False

    def take_names(self, names: str) -> bool:
        if "@" in names or _DIGIT.search(names):
            names = CONTACT.sub("", names)  # "Jane Doe jane@example.com (509) 555-0100"
        helped = WITH_AGENCY.search(names)
        if helped is not None and is_agency_help(helped.group(1)):
            names = names[: helped.start()]
        tail = self._date_after(names)
        if tail is not None:
            self.date, names = names[tail:], names[:tail]
        elif "," in names and _DIGIT.search(names):
            names = self._comma_date(names)
        if _DIGIT.search(names):
            names = self._date_run_in(names)
        section = _IN_SECTION.search(names) if self.sections else None
        if section is not None and read_names(names[: section.start()]) is not None:
            names = names[: section.start()]  # "Jane Doe In Budget Travel, Travel Tips"
        read = read_names(names)
        if read is None and _HANDLE.match(names.strip(" .,")):
            read = [names.strip(" .,")], []  # a user name: "Post by galitsyn » 11. Sep 2024"
        if read is None:
            return False
        self.people += read[0]
        self.agencies += read[1]
        self.found = True
        return True

    def _date_run_in(self, names: str) -> str:
        """Names with a date or a reading time run in after them, without a
        separator ("Sofia Gonzalez December 2, 2025", "Workzone Team 4 mins read"):
        the names, the date kept."""
        found = find_date(names) if DATE_SHAPE.search(names) else None
        if found is not None and found[1][0] > 0 and not names[found[1][1] :].strip(" .,"):
            self.date = self.date or names[found[1][0] :]
            names = names[: found[1][0]]
        minutes = READING_TIME.search(names)
        if minutes is not None and minutes.start() > 0:
            names = names[: minutes.start()]
        return names.rstrip(" ,•·|-–—")

    def is_date(self, text: str) -> bool:
        """Whether ``text`` is only a date, perhaps with dateline words around it."""
        return is_date_text(text, self.markers)

    def _date_after(self, names: str) -> int | None:
        """Where a date written after the names begins, opening with a dateline
        word ("Jane Doe on Nov 3, 2019", "Max Muster publiziert am 30. Juli 2018")."""
        words = dateline_words(self.markers) if self.markers is not None else None
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
        return head if head and last.lower().strip(".") in WEEKDAYS else names[:best]

    def take_bare(self, part: str, alone: bool) -> bool:
        """A first part naming people or an agency without a prefix, perhaps run
        into its date ("Jane Doe Nov. 18, 2019 7:04 pm ET", "Jane Doe Associated Press").
        ``alone``: no other part follows, so the date or agency must be in this one."""
        if len(part) > _BARE_CHARS or _PREFIX_INSIDE.match(part):
            return False  # (a prefixed part that did not read as a byline is none)
        found = find_date(part) if DATE_SHAPE.search(part) else None
        if found is not None and found[1][0] > 0 and self.is_date(part[found[1][0] :]):
            self.date = self.date or part[found[1][0] :]
            part = part[: found[1][0]]
        elif found is not None and found[1][0] == 0 and self.is_date(part[: found[1][1]]):
            self.date = self.date or part[: found[1][1]]  # "2019-11-20 17:27:46 Jane Doe"
            part = part[found[1][1] :]
        words = part.strip(" ,.-–—").split()
        if not words or len(words) > _BARE_WORDS:
            return False
        agency = agency_words(words)
        if alone and found is None and not agency:
            return False
        names = " ".join(words[: len(words) - agency])
        if names.endswith(",") and self.date is None:
            return False  # "Jane Doe, AP" under a picture: the photo credit
        names = names.strip(" ,")
        if names and NOT_A_PERSON.search(names):
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
        reviewer = _REVIEWER.match(part)
        if reviewer is not None:
            return read_names(part[reviewer.end() :]) is not None
        prefix = ctx.search(FAMILY, part)
        if prefix is not None and prefix.start() == 0:
            names = part[_prefix_end(part, prefix) :]
            label = find_update(names, ctx) or ctx.search(PUBLISHED, names)
            if label is not None and label.start() == 0:
                return False  # "By" over the date line: "By Updated on July 9, 2025"
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
        if digits and (minutes := READING_TIME.search(part)) is not None and minutes.start() == 0:
            return True  # "4 mins read"
        if _COMMENTS.match(part):
            return True  # "One comment so far"
        if digits and self.date is not None and TIME_ONLY.match(part):
            self.date = f"{self.date} {part}"  # "04 ago 2025 - 13:10 CEST"
            return True
        update = find_update(part, ctx)
        if digits and update is not None and update.start() > 0 and (
            self.is_date(part[: update.start()])
        ):
            # "Oct 8, 2025 Updated Oct 8, 2025 5:45 PM": the publish date comes first.
            self.date = self.date or part[: update.start()]
            return True
        if self.found and (part.casefold() in AGENCIES or ROLES.search(part)):
            if part.casefold() in AGENCIES:
                self.agencies.append(part)
            return True
        if (self.found or self.date) and len(part.split()) <= ROLE_WORDS and (
            DOMAIN.search(part) or NOT_A_PERSON.search(part)
        ):
            return True  # the outlet: "CBS News", "Example Media for Example.com"
        return update is not None


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


#: A prefix run into the name ("ByTrevor Jones"), and a label run into it from the
#: next element ("Ruth YudkinReviewed by ...").
_GLUED_PREFIX = re.compile(r"^(By|Von|Par|Por)(?=[A-Z][a-z])")
_GLUED_LABEL = re.compile(
    r"(?<=[a-z])(?=(?:Reviewed|Updated|Published|Posted|Written|Edited)\b|In\s)"
)
#: What each of them needs in a line (tested first: most lines hold neither).
_GLUED_STARTS = ("By", "Von", "Par", "Por")
_GLUED_WORDS = re.compile("Reviewed|Updated|Published|Posted|Written|Edited|In")


def _unglued(text: str) -> str:
    """``text`` with a space after a prefix or before a label run into the names."""
    if text.startswith(_GLUED_STARTS):
        text = _GLUED_PREFIX.sub(r"\1 ", text)
    if _GLUED_WORDS.search(text) is not None:
        text = _GLUED_LABEL.sub(" ", text)
    return text


#: A reading time after the names ("4 mins read", "2–3 minutes").
READING_TIME = re.compile(r"\s*\d{1,3}(?:[-–]\d{1,3})?\s?min(?:ute)?s?\.?(?:\s(?:read|reading))?$",
                          re.IGNORECASE)


#: A user name after a byline prefix: one word of letters, digits and ._- (it needs a
#: date beside it, as every one-word name does).
_HANDLE = re.compile(r"^(?=[\w.-]*[^\W\d_])[\w.-]{3,30}$")
#: A count of comments among the parts of a dateline ("One comment so far").
_COMMENTS = re.compile(
    r"^(?:\d{1,5}|no|one|two|three) (?:comments?|responses?|replies)(?: so far)?$", re.IGNORECASE
)
#: The section after the names ("Mahua Das in Project Management", "Jane Doe in seo").
_IN_SECTION = re.compile(r"(?<=\S)\s+in\s+\S.*$", re.IGNORECASE)


def _without_run_ins(part: str, sections: bool) -> str:
    """A part without what is run in after its date or names: a reading time
    ("Oct 11, 2023 2 min read") or, with ``sections``, the section ("Jane Doe in
    Politics")."""
    minutes = READING_TIME.search(part) if _DIGIT.search(part) else None
    if minutes is not None and minutes.start() > 0:
        part = part[: minutes.start()].rstrip(" .,")
    section = _IN_SECTION.search(part) if sections else None
    if section is not None and read_names(part[: section.start()]) is not None:
        part = part[: section.start()]
    return part


def read_byline(text: str, ctx: RuleContext, sections: bool = True) -> Reading | None:
    """Read a byline block, or None when some part of it is not byline material.
    ``sections``: "in ..." after the names is the section (see ``Reading.sections``)."""
    text = _unglued(text)
    if _DIGIT.search(text) is None:
        # Without a date, the first part must open with a byline prefix (or say
        # "Updated"), or end with an agency ("Jane Doe Associated Press").
        cut = PARTS.search(text)
        first = text[: cut.start()].strip() if cut is not None else text.strip()
        prefix = ctx.search(FAMILY, first)
        # ("Updated" matters only with a byline in a later part: "Updated | By Jane Doe".)
        if (prefix is None or prefix.start() != 0) and (
            cut is None or find_update(first, ctx) is None
        ) and not (
            first.rstrip(" .").rpartition(" ")[2].casefold() in AGENCY_LAST
            and agency_words(first.rstrip(" .").split())
        ):
            return None
    reading = Reading(ctx.markers, sections)
    parts = [_without_run_ins(p.strip(), sections) for p in PARTS.split(text)]
    if len(parts) > 1 and _PLACE.match(parts[0]) and reading.is_date(parts[1]) and not (
        ctx.search(FAMILY, parts[0])
    ):
        parts = parts[1:]  # a dateline's place: "Sevilla - 04 ago 2025"
    for i, part in enumerate(parts):
        # A name without a prefix comes first, or after the date ("Dec 26, 2025 • Jane Doe").
        bare_here = i == 0 or (reading.date is not None and not reading.found)
        if part and not reading.take_part(part, ctx) and not (
            bare_here and reading.take_bare(part, len(parts) == 1)
        ):
            return None
    if not reading.found and reading.date is None:
        return None
    if reading.bare and not reading.agencies and not written_date(reading.date):
        return None  # a bare name beside a date written with a month's name
    # A one-word name ("by Catherine") needs a date beside it to be trusted.
    if reading.date is None and any(" " not in p for p in reading.people):
        return None
    return reading


#: Class, id and microdata words of an element that holds a byline ("author-name",
#: "byline", "post-hero__author", "creator-name"); found inside run-together words.
_BYLINE_WORDS = re.compile(r"author|byline|writer|creator|contributor")
#: ... unless they say it holds a comment, a picture or a biography.
_NOT_BYLINE_WORDS = re.compile(r"comment|avatar|image|photo|img|bio|about|recent|more")
#: The byline element is the block's own container or the one around it.
_BYLINE_DEPTH = 2


#: What an element's words say (see :func:`_byline_words`), by its word sets;
#: elements of one template share them.
_SAID: dict[tuple[frozenset[str], frozenset[str]], tuple[bool, bool]] = {}
_SAID_SIZE = 10_000


def _byline_words(words: frozenset[str], marks: frozenset[str]) -> tuple[bool, bool]:
    """(Whether a word says the element holds no byline, whether one says it holds one.)"""
    key = (words, marks)
    said = _SAID.get(key)
    if said is None:
        if len(_SAID) >= _SAID_SIZE:
            _SAID.clear()
        joined = " ".join(words | marks)  # (no pattern holds a space)
        said = _SAID[key] = (
            _NOT_BYLINE_WORDS.search(joined) is not None,
            _BYLINE_WORDS.search(joined) is not None,
        )
    return said


def in_byline_element(block: Block, doc: Document) -> bool:
    """Whether an HTML block sits in an element whose class, id or ``itemprop``
    says it holds the byline."""
    found = False
    for number in block.containers[-_BYLINE_DEPTH:]:
        element = doc.elements[number]
        against, says = _byline_words(element.words, element.marks)
        if against:
            return False
        found = found or says
    return found


def with_prefix(text: str, ctx: RuleContext) -> str:
    """``text`` opening with a byline prefix: its own, else "By"."""
    prefix = ctx.search(FAMILY, text)
    return text if prefix is not None and prefix.start() == 0 else f"By {text}"


def name_line(block: Block, doc: Document, ctx: RuleContext) -> str | None:
    """The person named by a line holding only a name and a role ("Jane Doe,
    Consumer Reporter"), or only a name with a role, a follow button or a date
    on the next line ("Jane Doe" / "Environment correspondent")."""
    text = block.text
    if " " not in text or block.words > NAME_WORDS + ROLE_WORDS:
        return None
    head, _, role = text.partition(", ")
    if role:  # "Jane Doe, Consumer Reporter"
        name = person_name(head)
        if name is None or len(role.split()) > ROLE_WORDS or not ROLES.search(role):
            return None
        return None if NOT_A_PERSON.search(text) else name
    name = person_name(text)
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if name is None or after is None or NOT_A_PERSON.search(text):
        return None
    if _FOLLOW.match(after.text) or starts_with_date(after.text, ctx):
        return name
    if after.words <= ROLE_WORDS and ROLES.search(after.text) and not _PROMPT.search(after.text):
        return name
    return None


#: A role line names a role ("Environment correspondent"), a prompt names a
#: thing to do ("Find a Consultant"): articles and possessives give it away.
_PROMPT = re.compile(r"\b(?:a|an|the|your|our|my)\b|[?!]$", re.IGNORECASE)
