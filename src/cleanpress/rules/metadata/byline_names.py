"""Names on byline lines: people and news agencies, with roles and outlets set aside.

"Jane Doe and John Roe", "JANE DOE, Associated Press", "Jane Doe, Staff
Writer", "Jane Doe for Example News", "Jane Q. Doe, Example.com": a part is a
person's name when its words are capitalised (particles such as "de", "van"
aside), an agency when it is one of the known wires, and a role or outlet
when it says so; anything else means the text is not a list of names.
"""

from __future__ import annotations

import re

from cleanpress.rules.metadata.byline_dates import DATE_WORDS

#: A role line under a name ("Environment correspondent") is this short.
ROLE_WORDS = 5
#: A person's name has at most this many words.
NAME_WORDS = 5

_NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e)\s+", re.IGNORECASE)
# Letters after a name: "MS", "RD", "PhD", "Jr."
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?\s?D|M\.?D|Jr|Sr)$")
#: A writer's e-mail address or telephone number after the name.
CONTACT = re.compile(r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})")
#: A web address naming the outlet: "Example.com", "... for NJ.com".
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|co\.uk|com\.au)$", re.IGNORECASE)
_OUTLET = re.compile(r"\s(?:for|für|pour|para|on behalf of)\s", re.IGNORECASE)
#: A title-cased line naming a publication, not a person ("The Morning Courier").
NOT_A_PERSON = re.compile(
    r"^(?:the|der|die|das|les|los|las)\s|\b(?:news|times|post|daily|journal|herald|tribune|"
    r"gazette|courier|press|radio|tv|magazine|zeitung|today|online)\b",
    re.IGNORECASE,
)
#: "avec AFP", "with agencies": the agency helped; it is not an author.
WITH_AGENCY = re.compile(r"\s+(?:avec|with|mit|con)\s+(?:l['’]|the\s)?(\S[^,;]*)$", re.IGNORECASE)
_AGENCY_HELP = frozenset({"agencies", "agences", "agencias", "agenturen", "wires"})

_PARTICLES = frozenset(
    "de da das do dos del della di du la le van von der den ter ten bin al el y zu".split()
)
#: News agencies, folded: credited as authors of their own.
AGENCIES = frozenset(
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
#: The last words of the agencies' names.
AGENCY_LAST = frozenset(a.split()[-1] for a in AGENCIES)
#: A writer's role ("Staff Writer", "correspondent", "Redakteurin").
ROLES = re.compile(
    r"\b(?:(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|"
    r"photographer|producer|analyst|founder|co-founder|director|manager|expert|"
    r"specialist|consultant|strategist)s?|staff|ceo|cto|cfo|coo|vp|head of|"
    r"redakteur(?:in)?|korrespondent(?:in)?|redaktion|"
    r"rédact(?:eur|rice)|envoyée? spéciale?|journaliste|corresponsal|redactor(?:a)?|"
    r"periodista|special to)\b",
    re.IGNORECASE,
)


#: Capitalised words that stand after a name in a byline and are no part of it: a
#: preposition before the section ("By Jane Doe In Politics", the section a link
#: the page lost) or a label ("Sponsored", "Reviewed" run in from the next line).
_AFTER_NAME = frozenset(
    "in on at for from sponsored promoted partner reviewed updated published posted written "
    "edited".split()
)


def person_name(part: str) -> str | None:
    """``part`` title-cased when it reads as a person's name, else None."""
    words = part.split()
    while len(words) > 1 and words[-1].lower() in _AFTER_NAME:
        words.pop()
    if not 1 <= len(words) <= NAME_WORDS:
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
    if capitalised == 0 or (len(words) == 1 and (word.isupper() or word.lower() in DATE_WORDS)):
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def read_names(text: str) -> tuple[list[str], list[str]] | None:
    """(people, agencies) named in ``text``, or None if anything else is there.

    Roles ("Jane Doe, Staff Writer", "By Example Post Staff") and the outlet
    after "for" ("Jane Doe for Example News") are dropped.
    """
    people: list[str] = []
    agencies: list[str] = []
    desks: list[str] = []
    roles = 0
    text = _OUTLET.split(text, maxsplit=1)[0]
    for part in _NAME_SPLIT.split(text.strip(" .,:")):
        part = part.strip(" .")
        if not part:
            continue
        if part.casefold() in AGENCIES:
            agencies.append(part)
        elif ROLES.search(part) or (_CREDENTIAL.match(part) and people) or DOMAIN.search(part):
            roles += 1  # "Staff Writer", "MS", "Example.com": not a person
            if (desk := _desk(part)) is not None:
                desks.append(desk)
        elif (name := person_name(part)) is not None:
            people.append(name)
        else:
            return None
    if not people and not agencies:
        agencies = desks  # "By Podium Staff": the desk signs for the article
    return (people, agencies) if people or agencies or roles else None


def _desk(part: str) -> str | None:
    """``part`` when it names a desk or team by name ("Podium Staff", "The Currency
    editors"): a role with capitalised words before it, not a bare role."""
    found = ROLES.search(part)
    if found is None or found.start() == 0:
        return None
    named = part[: found.start()].split()
    if not named or not all(w[:1].isupper() or w.lower() == "the" for w in named):
        return None
    if named[0].lower() == "the" and len(named) == 1:
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in part.split())


def agency_words(words: list[str]) -> int:
    """How many of the last ``words`` name a news agency ("... Associated Press"): 0 if none."""
    if not words or words[-1].casefold() not in AGENCY_LAST:
        return 0
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).casefold() in AGENCIES:
            return n
    return 0


def is_agency_help(words: str) -> bool:
    """Whether ``words`` after "with" name an agency, or agencies at large ("wires")."""
    words = words.strip(" .").casefold()
    return words in AGENCIES or words in _AGENCY_HELP
