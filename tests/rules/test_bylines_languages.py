"""Bylines in other languages: a language pack adds the words around a date
through the ``published``, ``updated`` and ``date_joiner`` families, and a
numeric date that reads both ways follows the page's language."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rules.metadata import byline_dates, bylines

pack = pytest.importorskip("cleanpress_lang_it_pt_nl")

ITALIAN = (
    "La fontana della piazza tornerà a funzionare entro l'estate, ha detto il sindaco, "
    "e i lavori per il restauro delle statue cominceranno ad aprile con una spesa che "
    "sarà coperta per metà da un contributo della regione."
)
PORTUGUESE = (
    "A câmara municipal aprovou o projeto de restauro da fonte da praça, e as obras "
    "começam em abril com um custo que será pago em parte pelo governo da região."
)
DUTCH = (
    "De gemeenteraad heeft het plan voor de fontein op het plein goedgekeurd, en de "
    "werkzaamheden beginnen in april met kosten die voor de helft door de provincie "
    "worden betaald."
)


def run(text: str, *, with_pack: bool = True, language: str | None = None) -> Document:
    """Read ``text`` and apply the byline rule, with the pack's markers or without."""
    doc = read_text(text)
    doc.metadata.language = language
    sources = [bylines.cleanpress_markers()] + ([pack.cleanpress_markers()] if with_pack else [])
    ctx = RuleContext(bylines.byline, Markers(sources), {})
    bylines.byline.apply(doc, ctx)
    ctx._commit(doc)
    return doc


def head(
    line: str, article: str, *, with_pack: bool = True, language: str | None = None
) -> tuple[list[str], list[str], str | None]:
    """(removed texts, authors, published) for ``line`` at the head of an article."""
    doc = run(page("Via libera al restauro", line, article, article), with_pack=with_pack,
              language=language)
    return [b.text for b in doc.removed()], doc.metadata.authors, doc.metadata.published


@pytest.mark.parametrize(
    ("line", "article", "authors", "published"),
    [
        ("di Marco Rossi - Pubblicato il 12/03/2024 alle 08:15", ITALIAN, ["Marco Rossi"],
         "2024-03-12T08:15:00"),
        ("di Marco Rossi - Pubblicato il 03/12/2024 alle ore 8.15", ITALIAN, ["Marco Rossi"],
         "2024-12-03T08:15:00"),
        ("Pubblicato il 12/03/2024", ITALIAN, [], "2024-03-12"),
        ("Por Ana Costa | Publicado em 12/03/2024 às 08h15", PORTUGUESE, ["Ana Costa"],
         "2024-03-12T08:15:00"),
        ("Door Jan de Vries - Gepubliceerd op 12-03-2024 om 08:15", DUTCH, ["Jan de Vries"],
         "2024-03-12T08:15:00"),
        ("di Marco Rossi - Pubblicato il 12 aprile 2024 alle 08:15", ITALIAN, ["Marco Rossi"],
         "2024-04-12T08:15:00"),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", PORTUGUESE, [], "2018-01-22T00:13:00"),
        ("Door Jan de Vries - 3 maart 2024", DUTCH, ["Jan de Vries"], "2024-03-03"),
    ],
)
def test_pack_bylines_give_authors_and_a_day_first_date(
    line: str, article: str, authors: list[str], published: str
) -> None:
    assert head(line, article) == ([line], authors, published)


def test_the_update_time_after_the_publish_date() -> None:
    line = "Pubblicato il 12/03/2024 alle 08:15 - Aggiornato il 13/03/2024 alle 10:00"
    doc = run(page("Via libera al restauro", line, ITALIAN, ITALIAN))
    assert [b.text for b in doc.removed()] == [line]
    assert (doc.metadata.published, doc.metadata.updated) == (
        "2024-03-12T08:15:00",
        "2024-03-13T10:00:00",
    )


def test_the_language_stated_by_the_page_decides_the_order() -> None:
    line = "di Marco Rossi - Pubblicato il 12/03/2024"
    # An Italian byline over English text, on a page that says it is Italian.
    assert head(line, ARTICLE, language="it-IT")[2] == "2024-03-12"
    assert head(line, ARTICLE, language="en-US")[2] == "2024-12-03"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("By Jane Doe - 03/12/2024", "2024-03-12"),
        ("Published 03/12/2024 at 9:15 AM", "2024-03-12T09:15:00"),
        ("By Jane Doe - 13/12/2024", "2024-12-13"),  # only one way to read it
    ],
)
def test_an_english_page_keeps_numeric_dates_month_first(line: str, published: str) -> None:
    assert head(line, ARTICLE)[2] == published


@pytest.mark.parametrize(
    ("line", "article"),
    [
        ("Di fronte al municipio si è radunata la folla.", ITALIAN),
        ("Di Marco Rossi si è parlato a lungo in consiglio il 12/03/2024.", ITALIAN),
        ("Pubblicato il bando per il restauro della fontana, scadenza il 12/03/2024.", ITALIAN),
        ("Publicado em 2023, o relatório mostrou que o rio estava poluído.", PORTUGUESE),
        ("Door de regen op 12-03-2024 om 08:15 liep de kelder onder.", DUTCH),
    ],
)
def test_sentences_stay(line: str, article: str) -> None:
    assert head(line, article) == ([], [], None)


def test_without_the_pack_the_italian_words_are_not_known() -> None:
    line = "Pubblicato il 12/03/2024 alle 08:15"
    assert head(line, ITALIAN, with_pack=False) == ([], [], None)


def test_a_pack_dateline_at_the_end_of_the_article() -> None:
    line = "Pubblicato il 12/03/2024 alle 08:15"
    doc = run(page(*[ITALIAN] * 14, line))
    assert [b.text for b in doc.removed()] == [line]
    assert doc.metadata.published == "2024-03-12T08:15:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pubblicato il 12/03/2024 alle 08:15", True),
        ("Publicado em 12/03/2024 às 08h15", True),
        ("Gepubliceerd op 12-03-2024 om 08:15", True),
        ("il 12/03/2024", True),
        ("il restauro 12/03/2024", False),
        ("Pubblicato", False),
    ],
)
def test_date_text_with_the_pack_words(text: str, expected: bool) -> None:
    markers = Markers([bylines.cleanpress_markers(), pack.cleanpress_markers()])
    assert byline_dates.is_date_text(text, markers) is expected
