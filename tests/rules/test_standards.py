"""Lines pointing to the publisher's standards go; sentences about standards stay."""

from __future__ import annotations

import pytest
from chrome_cases import removed_between

from cleanpress.rules.chrome import standards


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "The Thomson Reuters Trust Principles.",
        "Read about our approach to external linking.",
        "Read our editorial standards",
        "Learn more about our editorial guidelines",
        "The BBC is not responsible for the content of external sites.",
        "This article has been reviewed according to Science X's editorial process and policies.",
        "Unsere Standards: Die Thomson Reuters Trust Principles.",
        "Mehr über unsere redaktionellen Grundsätze",
        "Nos normes : Les principes de confiance de Thomson Reuters.",
        "Notre charte éditoriale",
        "Nuestras normas: Los principios de confianza de Thomson Reuters.",
        "Más información: Criterios de The Trust Project",
    ],
)
def test_standards_lines_go(line: str) -> None:
    assert removed_between(standards, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Our standards are high, the coach said after the match on Saturday.",
        "Unsere Standards sind hoch, sagte der Trainer nach dem Spiel.",
        "Nos normes sont strictes, a rappelé le ministre lundi.",
        "Nuestras normas son estrictas, dijo el ministro el lunes.",
        "The principles of trust between the two countries were set out in 1994.",
        "Why you can trust our reviews",
    ],
)
def test_sentences_about_standards_stay(line: str) -> None:
    assert removed_between(standards, line) == []
