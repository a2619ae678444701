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

from cleanpress.errors import ConfigError

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
    "reading_time": "reading-time and listen-time lines",
    "breadcrumb": "breadcrumb and section-path words",
    "ai_notice": "notices about the publisher's use of AI",
    "bio_heading": "headings that introduce an author bio",
    "tags_label": "labels introducing a tag or topic list",
    "update_note": "labels of editor's updates and corrections",
    "caption_credit": "photo and image credit phrases",
    "byline": "byline prefixes ('By', 'Von', 'Par', 'Por')",
}

#: How many characters of a block marker patterns are matched against.
MAX_TEXT = 600

#: Languages a family's patterns are keyed by; others may be added.
LanguagePatterns = Mapping[str, Iterable[str]]


def by_language(family: str, patterns: LanguagePatterns) -> dict[str, list[str]]:
    """Flatten ``{"en": [...], "de": [...]}`` into a hook answer for one family."""
    return {family: [p for language in patterns for p in patterns[language]]}


class Markers:
    """Compiled marker patterns, one regex per family."""

    def __init__(self, sources: Iterable[Mapping[str, Iterable[str]]]) -> None:
        collected: dict[str, list[str]] = {family: [] for family in FAMILIES}
        for source in sources:
            for family, patterns in source.items():
                if family not in collected:
                    raise ConfigError(
                        f"unknown marker family {family!r}; known: {', '.join(FAMILIES)}"
                    )
                collected[family].extend(patterns)
        self._compiled: dict[str, re.Pattern[str] | None] = {}
        for family, patterns in collected.items():
            if not patterns:
                self._compiled[family] = None
                continue
            joined = "|".join(f"(?:{p})" for p in patterns)
            try:
                self._compiled[family] = re.compile(joined, re.IGNORECASE)
            except re.error as error:
                raise ConfigError(f"marker family {family!r}: bad pattern: {error}") from error

    def search(self, family: str, text: str) -> re.Match[str] | None:
        """Search ``text`` (its first MAX_TEXT characters) for a marker of ``family``."""
        pattern = self._compiled[family]
        if pattern is None:
            return None
        return pattern.search(text, 0, MAX_TEXT)

    def pattern(self, family: str) -> re.Pattern[str] | None:
        """The compiled pattern of a family, or None when it has no patterns."""
        return self._compiled[family]
