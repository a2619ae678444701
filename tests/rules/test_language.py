"""Language detection from stop words: the common languages, and None when unsure."""

from __future__ import annotations

import pytest
from chrome_cases import page, run_module

from cleanpress.rules.metadata import language
from cleanpress.rules.metadata.language import detect

TEXTS = {
    "en": "The council met on Tuesday to discuss the new budget for the coming year, and "
    "members spoke for hours about the cost of the repairs that the city has put off.",
    "de": "Der Stadtrat hat am Dienstag über den neuen Haushalt für das kommende Jahr "
    "beraten, und die Mitglieder sprachen stundenlang über die Kosten der Reparaturen.",
    "fr": "Le conseil municipal s'est réuni mardi pour discuter du nouveau budget de "
    "l'année prochaine, et les membres ont parlé pendant des heures du coût des travaux.",
    "es": "El consejo municipal se reunió el martes para discutir el nuevo presupuesto "
    "para el próximo año, y los miembros hablaron durante horas sobre el costo de las obras.",
    "it": "Il consiglio comunale si è riunito martedì per discutere il nuovo bilancio per "
    "il prossimo anno, e i membri hanno parlato per ore del costo dei lavori della città.",
    "pt": "O conselho municipal reuniu-se na terça-feira para discutir o novo orçamento "
    "para o próximo ano, e os membros falaram durante horas sobre o custo das obras.",
    "nl": "De gemeenteraad kwam dinsdag bijeen om de nieuwe begroting voor het komende "
    "jaar te bespreken, en de leden spraken urenlang over de kosten van het onderhoud.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_languages_are_told_apart(code: str) -> None:
    assert detect(" ".join([TEXTS[code]] * 2)) == code


def test_the_rule_sets_metadata_from_kept_blocks() -> None:
    doc = run_module(language, page(TEXTS["de"], TEXTS["de"]))
    assert doc.metadata.language == "de"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Breaking news",
        "The council met on Tuesday.",
        "Совет города собрался во вторник, чтобы обсудить новый бюджет на следующий год, "
        "и члены совета несколько часов говорили о стоимости ремонта дорог и мостов.",
        "Dewan kota bertemu pada hari Selasa untuk membahas anggaran baru untuk tahun depan, "
        "dan para anggota berbicara selama berjam-jam tentang biaya perbaikan jalan.",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30",
    ],
)
def test_too_short_or_unknown_gives_none(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_long_text_is_told_from_its_head(code: str) -> None:
    assert detect(" ".join([TEXTS[code]] * 12)) == code


def test_a_long_text_in_an_unlisted_language_gives_none() -> None:
    russian = (
        "Совет города собрался во вторник, чтобы обсудить новый бюджет на следующий год, "
        "и члены совета несколько часов говорили о стоимости ремонта дорог и мостов. "
    )
    assert detect(russian * 12) is None


def test_an_unclear_head_is_settled_by_the_whole_text() -> None:
    head = "Ergebnisse 1 2 3 4 5 6 7 8 9 Tabelle Punkte " * 30
    text = head + " ".join([TEXTS["de"]] * 20)
    assert detect(text[:1300], lambda: text) == "de"


def test_ranking_counts_stop_words_in_the_order_they_come() -> None:
    from cleanpress.rules.metadata.language import _WEIGHTS, _ranked

    words = [*" ".join(TEXTS.values()).lower().split(), "de", "la", "que", "de"]
    scores: dict[str, float] = {}
    for word in words:  # the plain reading: every word looked up in turn
        for lang, weight in _WEIGHTS.get(word, ()):
            scores[lang] = scores.get(lang, 0.0) + weight
    assert _ranked(words) == sorted(scores.items(), key=lambda item: -item[1])[:2]
    assert _ranked(["tuesday", "budget"]) == []
