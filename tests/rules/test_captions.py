"""Captions with credits and credit lines go, credits to metadata; prose naming agencies stays."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed_between, run_module

from cleanpress.rules.chrome import captions


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
        ("PA Media", "PA Media"),
        ("El embalse, casi vacío, el pasado julio. Carlos Pérez (Efe)", "Carlos Pérez (Efe)"),
        ("FILE — Water pours over the spillway, on May 9, 2024. (Wire Photo/Jane Doe, File)",
         "Wire Photo/Jane Doe"),
        ("A cargo ship leaves the port, on Aug. 31, 2019. (AP)", "AP"),
        ("Jane Doe | Getty Images", "Jane Doe | Getty Images"),
        ("A stock image of the harbour. Researchers looked at the tides. Getty", "Getty"),
        ("Rep. Jane Doe speaks at the Capitol on July 25, 2019. J. Scott Roe / AP file",
         "J. Scott Roe / AP"),
        ("Image via Getty Images", "Getty Images"),
        ("Jane Doe, Associated Press", "Jane Doe, Associated Press"),
        ("Protesters march through the city (Image: getty )", "getty"),
        ("The teardown of the new phone. Photo: iFixit", "iFixit"),
        # The source named first.
        ("Image source, Getty Images", "Getty Images"),
        ("Image source: The Motley Fool.", "The Motley Fool"),
        ("Image copyright Getty Images", "Getty Images"),
        ("Bildquelle: Max Muster/dpa", "Max Muster/dpa"),
        ("Crédit photo, Getty Images", "Getty Images"),
        ("Fuente de la imagen, EFE", "EFE"),
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


@pytest.mark.parametrize(
    "line",
    [
        "Image caption, Volunteers cleared debris from the harbour in February",
        "Caption: The harbour at dawn",
        "Bildunterschrift: Die Fabrik in Dresden",
        "Légende image, Les habitants regardaient l'eau monter",
        "Pie de foto, Los vecinos miraban el agua desde el puente",
        "Image caption Volunteers cleared debris from the harbour",
        "Image copyright @example",
        "Image 1 of 5",
        "Photo 3/12",
        "Jane Q. Doe Submitted photo",
        "The harbour at dawn on Tuesday. Courtesy photo",
    ],
)
def test_caption_labels(line: str) -> None:
    doc = run_module(captions, page(ARTICLE, line, ARTICLE))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.image_credits == []


@pytest.mark.parametrize(
    "line",
    [
        "The mayor thanked the volunteers, said Jane Doe (Labour).",
        "The deal was first reported by the news agency (Reuters was not told).",
        "Caption contests were a favourite of the old editor, who ran one every week.",
        "The union and the PA Media group met on Monday to talk about the new contract.",
        "The file was sent to Jane Doe/Example Media, File and Archive Ltd on Friday.",
        "News | Sport | Weather | Money",
        "The police released the file photo.",
        "Image 1 of 5 shows the harbour at dawn, with the boats still tied up.",
        "Why the harbour is closing, and what comes next [Bloomberg]",
        "Image caption contests were a favourite of the old editor.",
        "The story was first reported by Reuters.",
        "He spent ten years at the agency. Then he joined Getty Images as an editor.",
        "The image source, a satellite operator, said the pictures were taken on Monday.",
        "Image sources were not disclosed by the ministry, the paper said.",
        "Fuente de la imagen, según el ministerio, fue un satélite europeo.",
    ],
)
def test_prose_with_brackets_and_agency_names_stays(line: str) -> None:
    assert removed_between(captions, line) == []


def test_a_credit_in_a_labelled_caption_is_read() -> None:
    line = "Image caption, Residents watched the water rise. Photo: Jane Doe/AFP"
    doc = run_module(captions, page(ARTICLE, line, ARTICLE))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.image_credits == ["Jane Doe/AFP"]


def test_credits_of_figure_captions_in_the_markup_are_read() -> None:
    import cleanpress

    paragraph = f"<p>{ARTICLE}</p>"
    html = (
        f"<html><body><article><h1>Council approves the budget</h1>{paragraph}"
        "<figure><img src='a.jpg'><figcaption>The chamber on Tuesday. Photo: Jane Doe/AFP"
        f"</figcaption></figure>{paragraph.replace('council', 'board')}"
        "<figure><img src='b.jpg'><figcaption>Image source, Getty Images</figcaption></figure>"
        f"{paragraph.replace('council', 'city')}</article></body></html>"
    )
    result = cleanpress.Cleaner(entry_points=False).clean(html, kind="html")
    assert result.metadata.image_credits == ["Jane Doe/AFP", "Getty Images"]


def test_quick_label_search_finds_the_same_matches() -> None:
    from pathlib import Path

    label = captions._LABEL_RE
    quick = captions.quick_pattern(label)
    assert quick is not label
    root = Path(__file__).resolve().parents[2] / "fixtures"
    lines = [
        line
        for path in sorted(root.rglob("input.*"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    lines += ["Photo: Jane Doe", "CRÉDIT : Jean", "© X", "AFP Photo/Jane", "fotografía: Ana"]
    for line in lines:
        assert [m.span() for m in quick.finditer(line)] == [m.span() for m in label.finditer(line)]


def test_quick_label_keeps_a_pattern_it_cannot_read() -> None:
    import re

    pattern = re.compile(r"\s?credit:|(?i:\w+) photo", re.IGNORECASE)
    assert captions.quick_pattern(pattern) is pattern
