"""Notices about the publisher's use of AI go; stories about companies using AI stay."""

from __future__ import annotations

import pytest
from chrome_cases import removed_between

from cleanpress.rules.chrome import ai_notices


@pytest.mark.parametrize(
    "line",
    [
        "To read how Example uses AI as a newsroom tool, Click here.",
        "This article was produced with the help of AI and reviewed by an editor.",
        "This story was partially written using generative AI.",
        "Learn how we use AI in our journalism.",
        "AI-assisted summary",
        "Dieser Artikel wurde mit Hilfe von KI erstellt.",
        "Cet article a été traduit avec l'aide de l'IA.",
        "Este artículo ha sido redactado con ayuda de inteligencia artificial.",
    ],
)
def test_notices_go(line: str) -> None:
    assert removed_between(ai_notices, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The company explained how it uses AI to detect fraud in card payments.",
        "Microsoft said it uses AI as a tool in its newsroom products.",
        "The AI-assisted diagnosis tools are being trialled at three hospitals this year.",
        "Die Firma setzt KI ein, um Betrug zu erkennen, sagte ein Sprecher am Montag.",
    ],
)
def test_articles_about_ai_stay(line: str) -> None:
    assert removed_between(ai_notices, line) == []
