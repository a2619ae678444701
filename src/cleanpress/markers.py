"""Phrase patterns that mark chrome, grouped by family.

Each rule module keeps the patterns of its family beside its code, by language
(``{"en": [...], "de": [...], ...}``), and returns them from its
``cleanpress_markers`` hook; a language-pack plugin adds patterns to the same
families through the same hook. A :class:`Markers` object compiles each family
into one case-insensitive pattern.

Patterns are matched against at most :data:`MAX_TEXT` characters of a block,
which bounds the cost of any pattern on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from cleanpress.errors import ConfigError
from cleanpress.literals import (
    ascii_starts,
    fold,
    needle_pattern,
    required_literals,
    scans,
)

#: Marker families the built-in rules consult. Plugins may add patterns to these.
FAMILIES: dict[str, str] = {
    "subscription": "subscription, paywall and subscriber-perk phrases",
    "newsletter": "newsletter and sign-up prompts",
    "app": "app download prompts",
    "share": "share, follow and comment prompts",
    "related": "related / recommended / read-more link labels",
    "advertisement": "advertisement markers",
    "copyright": "copyright and rights-reserved footers",
    "cookie": "cookie and consent notices",
    "consent": "the consent line of a sign-up or contact form ('By clicking Subscribe, you agree')",
    "reading_time": "reading-time and listen-time lines",
    "breadcrumb": "breadcrumb and section-path words",
    "ai_notice": "notices about the publisher's use of AI",
    "bio_heading": "headings that introduce an author bio",
    "tags_label": "labels introducing a tag or topic list",
    "update_note": "labels of editor's updates and corrections",
    "caption_credit": "photo and image credit phrases",
    "caption_label": "labels opening an image caption ('Image caption,', 'Bildunterschrift:')",
    "production_credit": "labels of a story's production credits ('Reporting by', 'Editing by')",
    "standards": "lines pointing to the publisher's editorial standards or trust principles",
    "amendment_note": "past-tense notes that the article was amended or corrected",
    "button": "button words standing alone ('Save', 'Listen', 'Merken')",
    "shop": "buy-box and review-widget lines of a product page ('Add to cart', 'Verified buyer')",
    "card_control": "the sort bar of a shop's grid and its cards' buttons and counters "
    "('Sort by: Best Match', 'Compare', 'Quick view')",
    "card_button": "the verbs a button repeated under a grid's cards opens with "
    "('View', 'Back to', 'Buy')",
    "post_furniture": "the furniture of a thread's posts: counts, member statistics, quote and "
    "reply buttons ('Messages 28', 'Click to expand...')",
    "station_promo": "promotions of the publisher's stations, programmes and apps at the end",
    "byline_label": "byline labels written with a colon ('By:', 'Author:', 'Autor:')",
    "byline": "byline prefixes ('By', 'Von', 'Par', 'Por')",
    "published": "labels of a byline's publish date ('Published', 'Veröffentlicht')",
    "updated": "labels of a byline's update time ('Updated', 'Aktualisiert')",
    "date_joiner": "words joining a byline's date to its time or names ('on', 'at', 'um')",
    "first_published": "a note that the article first appeared earlier "
    "('originally published', 'erstmals erschienen')",
}

#: How many characters of a block marker patterns are matched against.
MAX_TEXT = 600
#: How many case-folded block texts a Markers object keeps.
_FOLD_CACHE = 4096
#: How many first characters a family keeps the anchored regex of.
_FIRST_CHARS = 1024
#: Up to this many prefilter strings are looked for one by one.
_FEW_NEEDLES = 6

#: Languages a family's patterns are keyed by; others may be added.
LanguagePatterns = Mapping[str, Iterable[str]]


def by_language(family: str, patterns: LanguagePatterns) -> dict[str, list[str]]:
    """Flatten ``{"en": [...], "de": [...]}`` into a hook answer for one family."""
    return {family: [p for language in patterns for p in patterns[language]]}


def by_family(families: Mapping[str, LanguagePatterns]) -> dict[str, list[str]]:
    """Flatten ``{family: {"en": [...], ...}, ...}`` into a hook answer (a language
    pack's whole ``cleanpress_markers``)."""
    answer: dict[str, list[str]] = {}
    for family, patterns in families.items():
        answer.update(by_language(family, patterns))
    return answer


class _Family:
    """One family's patterns, compiled for a fast search.

    Patterns anchored at the start of a block are joined into one regex that
    is tried at position 0 only; for a block opening with an ASCII character,
    only the patterns that can start with it are tried (see :meth:`for_first`).
    Patterns that scan the block are joined into another, guarded by a literal
    prefilter (see :mod:`cleanpress.literals`): when the block contains none of
    the strings such a match needs, the scanning regex is not run.
    """

    def __init__(self, family: str, patterns: list[str]) -> None:
        scanning = [p for p in patterns if scans(p)]
        anchored = [p for p in patterns if p not in scanning]
        self.anchored = self._compile(family, anchored)
        self.scanning = self._compile(family, scanning)
        #: The anchored regex tried on a block opening with a given character (None:
        #: no pattern can match there), kept as characters are met, up to
        #: ``_FIRST_CHARS`` of them (see :meth:`for_first`).
        self.by_first: dict[str, re.Pattern[str] | None] = {}
        #: For each ASCII character, which anchored patterns can match a block
        #: opening with it (empty when they cannot be split, see :meth:`_choose`).
        self._choices = self._choose(anchored) if self.anchored is not None else {}
        self._joins: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._anchored_patterns = anchored
        needles = required_literals(scanning) if scanning else None
        #: Matches when the case-folded text holds a string a scanning match needs.
        self.prefilter = re.compile(needle_pattern(needles)) if needles else None
        #: The same strings when they are few: a handful of ``in`` tests beat
        #: the regex engine stepping through the text (None: use ``prefilter``).
        self.few_needles = (
            tuple(sorted(needles)) if needles and len(needles) <= _FEW_NEEDLES else None
        )
        self._family, self._patterns = family, patterns
        self._joined: re.Pattern[str] | None = None

    @property
    def joined(self) -> re.Pattern[str] | None:
        """All the family's patterns in one regex (compiled on first use)."""
        if self._joined is None and self._patterns:
            self._joined = self._compile(self._family, self._patterns)
        return self._joined

    def for_first(self, char: str) -> re.Pattern[str] | None:
        """The anchored regex to try on a block opening with ``char`` (its first
        character, or "" for an empty block): for an ASCII character, only the
        patterns that can start with it, joined in their order (the first of them to
        match is the one the whole regex finds, since the others cannot match
        there), compiled on first use, since most joins are never needed."""
        chosen = self._choices.get(char)
        if chosen is None:
            found = self.anchored
        else:
            found = self._joins.get(chosen, _UNSET)
            if found is _UNSET:
                found = self._joins[chosen] = (
                    self.anchored if len(chosen) == len(self._anchored_patterns)
                    else self._compile(self._family, [self._anchored_patterns[i] for i in chosen])
                )
        if len(self.by_first) < _FIRST_CHARS:
            self.by_first[char] = found
        return found

    @staticmethod
    def _choose(patterns: list[str]) -> dict[str, tuple[int, ...]]:
        """For each ASCII character, the indices of the patterns that can match a
        block opening with it; empty where a pattern refers back to a group (group
        numbers would shift between the joins)."""
        if any(_BACKREF.search(p) for p in patterns):
            return {}
        starts = [ascii_starts(p) for p in patterns]
        return {
            chr(code): tuple(i for i, s in enumerate(starts) if s is None or chr(code) in s)
            for code in range(128)
        }

    @staticmethod
    def _compile(family: str, patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        try:
            return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error as error:
            raise ConfigError(f"marker family {family!r}: bad pattern: {error}") from error


#: Not looked up yet (a pattern may be None).
_UNSET: Any = object()
#: A numbered or named back-reference in a pattern.
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


class Markers:
    """Compiled marker patterns, one regex per family, with fast searching."""

    def __init__(self, sources: Iterable[Mapping[str, Iterable[str]]]) -> None:
        collected: dict[str, list[str]] = {family: [] for family in FAMILIES}
        for source in sources:
            for family, patterns in source.items():
                if family not in collected:
                    raise ConfigError(
                        f"unknown marker family {family!r}; known: {', '.join(FAMILIES)}"
                    )
                collected[family].extend(patterns)
        self._families = {f: _Family(f, patterns) for f, patterns in collected.items()}
        self._folded: dict[str, str] = {}

    def _fold(self, text: str) -> str:
        """The case-folded head of ``text``, cached (rules ask about the same blocks)."""
        folded = self._folded.get(text)
        if folded is None:
            if len(self._folded) >= _FOLD_CACHE:
                self._folded.clear()
            folded = self._folded[text] = fold(text[:MAX_TEXT])
        return folded

    def search(self, family: str, text: str) -> re.Match[str] | None:
        """Search ``text`` (its first MAX_TEXT characters) for a marker of ``family``."""
        compiled = self._families[family]
        first = text[:1]
        anchored = compiled.by_first.get(first, _UNSET)
        if anchored is _UNSET:
            anchored = compiled.for_first(first)
        if anchored is not None:
            found = anchored.match(text, 0, MAX_TEXT)
            if found is not None:
                return found
        scanning = compiled.scanning
        if scanning is None:
            return None
        few = compiled.few_needles
        if few is not None:
            folded = self._fold(text)
            for needle in few:
                if needle in folded:
                    break
            else:
                return None
        elif compiled.prefilter is not None and compiled.prefilter.search(self._fold(text)) is None:
            return None
        return scanning.search(text, 0, MAX_TEXT)

    def pattern(self, family: str) -> re.Pattern[str] | None:
        """The compiled pattern of a family (all its patterns), or None when it has none."""
        return self._families[family].joined
