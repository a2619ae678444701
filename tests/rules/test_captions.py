"""Captions with credits and credit lines go, credits to metadata; prose naming agencies stays."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module

from cleanpress.rules import captions


def test_caption_with_agency_credits_and_keyword_line() -> None:
    caption = (
        "Tanks are pictured during a parade. The flag is shown in the inset.... "
        "JANE DOE/AFP; JOHN ROE/AFP"
    )
    doc = run_module(captions, page(ARTICLE, "Army Parade Tanks Flag\n" + caption, ARTICLE))
    assert [b.text for b in doc.removed()] == ["Army Parade Tanks Flag", caption]
    assert doc.metadata.image_credits == ["JANE DOE/AFP", "JOHN ROE/AFP"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The president speaks in Washington. Jane Doe/AFP via Getty Images",
         "Jane Doe/AFP via Getty Images"),
        ("Crowds gather outside the court. (AP Photo/J. Scott Applewhite)",
         "AP Photo/J. Scott Applewhite"),
        ("Photo by Jane Doe/Getty Images", "Jane Doe/Getty Images"),
        ("The harbour at dawn. Photograph: Jane Doe/The Guardian", "Jane Doe/The Guardian"),
        ("Credit: Jane Doe for The Example Times", "Jane Doe for The Example Times"),
        ("Die Fabrik in Dresden. Foto: dpa", "dpa"),
        ("Le port au lever du jour. Photo : Jean Dupont / AFP", "Jean Dupont / AFP"),
        ("El puerto al amanecer. Imagen: Europa Press", "Europa Press"),
        ("Getty Images", "Getty Images"),
    ],
)
def test_captions_and_credits(line: str, credit: str) -> None:
    doc = run_module(captions, page(ARTICLE, line, ARTICLE))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.image_credits == [credit]


@pytest.mark.parametrize(
    "line",
    [
        '"It was chaos," said Jane Doe, a Getty Images photographer.',
        "The figures were first reported by Reuters.",
        "The data came from a Reuters/Ipsos poll of 1,000 adults.",
        "He works 24/7 and/or sleeps at the office.",
        "© 2024 Example Media. All rights reserved.",
        "Photo: the council voted to approve it, and the mayor said she was pleased.",
    ],
)
def test_prose_stays(line: str) -> None:
    assert removed_between(captions, line) == []


def test_title_case_line_apart_from_a_caption_stays() -> None:
    text = page(ARTICLE, "A Subheading Here", ARTICLE)
    assert removed_between(captions, text) == []
