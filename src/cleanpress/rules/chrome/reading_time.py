"""Reading-time and listen-to-this-article lines.

"5 min read", "Reading time: 3 minutes", "Listen to this article",
"Lesezeit 4 Minuten", "Temps de lecture : 2 min", "Tiempo de lectura".
Only short lines are taken; a dateline that also gives a reading time
("Feb 21, 2024 · 5 min read") is short too and goes after the byline rule has
read its date.
"""

from __future__ import annotations

from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule
from cleanpress.rules.common.line_shapes import anywhere, marker_rule

_N = r"\d{1,3}(?:[-–]\d{1,3})?"

PATTERNS = {
    "en": [
        anywhere(rf"\b{_N}\s?(?:-\s?)?min(?:ute)?s?\.?\s(?:read|reading|listen|watch)\b", 120),
        rf"^(?:estimated )?(?:reading|read|listening) time\s*:?\s*(?:{_N}|about|less)",
        r"^reading time\b",
        r"^(?:listen to (?:this|the) (?:article|story|podcast)|listen(?: now)?|"
        r"audio version)\b",
        rf"^{_N}\s?min(?:utes?)?(?: read)?$",
    ],
    "de": [
        rf"^(?:lesezeit|lesedauer|hördauer)\s*:?\s*(?:ca\.\s?|etwa\s)?(?:{_N}|weniger)",
        anywhere(rf"\b{_N}\s?min(?:uten|\.)?\s?(?:lesezeit|lesedauer)\b", 120),
        r"^(?:artikel |beitrag )?(?:anhören|vorlesen lassen)\b",
    ],
    "fr": [
        r"^temps de lecture\b",
        anywhere(rf"\b{_N}\s?min(?:utes?|\.)?\s(?:de lecture|à lire)\b", 120),
        r"^(?:écouter|écoutez) (?:cet |l')article\b",
        rf"^lecture\s*:?\s*{_N}\s?min",
    ],
    "es": [
        r"^tiempo (?:estimado )?de lectura\b",
        anywhere(rf"\b{_N}\s?min(?:utos?|\.)?\s(?:de lectura|para leer)\b", 120),
        r"^(?:escuchar|escucha) (?:este |esta |la )?(?:artículo|noticia)\b",
        rf"^lectura\s*:?\s*{_N}\s?min",
    ],
}

FAMILY = "reading_time"
_MAX_WORDS = 14


# Two "sentences": abbreviations such as "4 Min. Lesezeit" look like a break.
reading_time = marker_rule(
    "reading-time",
    FAMILY,
    order=400,
    description="Remove reading-time and listen-to-this-article lines",
    reason="reading-time line",
    max_words=_MAX_WORDS,
    max_sentences=2,
)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [reading_time]
