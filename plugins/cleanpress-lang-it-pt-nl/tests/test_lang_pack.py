"""The pack's patterns: what they catch, what they leave; they join the built-in families."""

from __future__ import annotations

import cleanpress_lang_it_pt_nl
import pytest
from cleanpress_lang_it_pt_nl.patterns import FAMILIES

from cleanpress import Cleaner
from cleanpress.markers import Markers
from cleanpress.testing import check_marker_pack

MARKERS = Markers([cleanpress_lang_it_pt_nl.cleanpress_markers()])

CATCHES = [
    ("newsletter", "Iscriviti alla nostra newsletter"),
    ("newsletter", "Inscreva-se na nossa newsletter"),
    ("newsletter", "Schrijf je in voor onze nieuwsbrief"),
    ("share", "Condividi su Facebook"),
    ("share", "Compartilhe este artigo"),
    ("share", "Deel dit artikel"),
    ("related", "Leggi anche: Il nuovo governo giura"),
    ("related", "Leia também"),
    ("related", "Lees ook: Kabinet valt"),
    ("related", "[Leggi anche: Il nuovo governo giura]"),
    ("advertisement", "- Pubblicità -"),
    ("advertisement", "Publicidade"),
    ("advertisement", "[Advertentie]"),
    ("copyright", "© 2024 Editore Spa - Tutti i diritti riservati"),
    ("copyright", "Todos os direitos reservados."),
    ("copyright", "Alle rechten voorbehouden"),
    ("cookie", "Questo sito utilizza cookie tecnici e di profilazione."),
    ("cookie", "Utilizamos cookies para melhorar a sua experiência."),
    ("cookie", "Wij gebruiken cookies om de site te verbeteren."),
    ("reading_time", "4 minuti di lettura"),
    ("reading_time", "3 min de leitura"),
    ("reading_time", "Leestijd 5 minuten"),
    ("subscription", "Sei già abbonato? Accedi"),
    ("subscription", "Este conteúdo é exclusivo para assinantes"),
    ("subscription", "Word abonnee en lees onbeperkt"),
    ("tags_label", "Argomenti: politica, economia"),
    ("bio_heading", "Sobre o autor"),
    ("update_note", "Update: dit artikel is aangepast."),
    ("caption_credit", "Il premier a Bruxelles (Foto: Reuters)"),
    ("byline", "Door Jan de Vries"),
    ("app", "Scarica la nostra app"),
    ("published", "Pubblicato il 12/03/2024"),
    ("published", "Publicado em 12/03/2024"),
    ("published", "Gepubliceerd op 12-03-2024"),
    ("updated", "Aggiornato il 13/03/2024"),
    ("updated", "Atualizado em 13/03/2024"),
    ("updated", "Bijgewerkt op 13-03-2024"),
    ("date_joiner", "12/03/2024 alle 08:15"),
    ("date_joiner", "12/03/2024 às 08h15"),
    ("date_joiner", "12-03-2024 om 08:15"),
    ("tags_label", "Argomenti correlati"),
    ("tags_label", "Tópicos relacionados"),
    ("tags_label", "Gerelateerde onderwerpen"),
    ("caption_credit", "Crédito, Getty Images"),
    ("caption_credit", "Fonte dell'immagine: Ansa"),
    ("caption_credit", "Beeldbron: ANP"),
    ("caption_label", "Legenda da foto, Moradores observam a cheia"),
    ("caption_label", "Didascalia: La fontana restaurata"),
    ("caption_label", "Bijschrift: De fontein na de restauratie"),
    ("production_credit", "(Reportagem de Ana Silva; Edição de João Souza)"),
    ("production_credit", "Hanno collaborato Marco Rossi e Anna Bianchi"),
    ("production_credit", "Met medewerking van Jan de Vries"),
    ("standards", "I nostri standard: i principi di fiducia di Thomson Reuters."),
    ("standards", "Nossos padrões: os princípios de confiança da Thomson Reuters."),
    ("standards", "Onze normen: de Thomson Reuters Trust Principles."),
    ("amendment_note", "Questo articolo è stato aggiornato il 3 maggio 2024."),
    ("amendment_note", "Este artigo foi corrigido em 3 de maio de 2024."),
    ("amendment_note", "In een eerdere versie van dit artikel stond dat de raad maandag stemde."),
    ("button", "Salva"),
    ("button", "Ouvir"),
    ("button", "Opslaan"),
    ("station_promo", "Ascolta Radio Uno in diretta"),
    ("station_promo", "Ouça a rádio ao vivo"),
    ("station_promo", "Luister live naar Radio 1"),
    ("byline_label", "Autore: Marco Rossi"),
    ("byline_label", "Por: Ana Silva"),
    ("byline_label", "Auteur: Jan de Vries"),
]

LEAVES = [
    ("newsletter", "La newsletter del ministero è stata chiusa dopo le proteste dei lettori."),
    ("share", "Condivisione dei dati tra le agenzie è stata discussa ieri."),
    ("share", "Deel van de opbrengst gaat naar goede doelen."),
    ("related", "Leggere il bilancio richiede tempo, ha detto il ministro."),
    ("related", "Veja o que disse o presidente sobre a reforma."),
    ("advertisement", "La pubblicità elettorale è vietata nei giorni prima del voto."),
    ("advertisement", "Reclame maken voor tabak is verboden."),
    ("cookie", "De bakker verkoopt cookies en taarten op de markt."),
    ("reading_time", "Il ministro ha parlato per 40 minuti in aula."),
    ("subscription", "Gli abbonati al servizio pubblico pagano il canone."),
    ("update_note", "Update van de software volgt volgende week."),
    ("byline", "Di fronte alla crisi il governo ha scelto di intervenire."),
    ("byline", "Portugal venceu a partida por dois a zero."),
    ("date_joiner", "Il sindaco alle prese con il bilancio."),
    ("date_joiner", "Em Lisboa, a câmara votou às cegas."),
    ("date_joiner", "Om die reden stemde de raad op het plan."),
    ("caption_label", "Legenda da cidade, o músico tocou até tarde."),
    ("standards", "I nostri standard sono alti, ha detto l'allenatore."),
    ("amendment_note", "Questo articolo è stato letto da migliaia di persone."),
    ("amendment_note", "Dit artikel is geschreven door leerlingen van de school."),
    ("station_promo", "Ouça o que disse o presidente sobre a reforma."),
    ("byline_label", "Di fronte alla crisi il governo ha scelto di intervenire."),
]


@pytest.mark.parametrize(("family", "text"), CATCHES)
def test_pattern_catches_chrome(family: str, text: str) -> None:
    assert MARKERS.search(family, text), f"{family} should catch {text!r}"


@pytest.mark.parametrize(("family", "text"), LEAVES)
def test_pattern_leaves_article_text(family: str, text: str) -> None:
    assert not MARKERS.search(family, text), f"{family} should not catch {text!r}"


def test_a_well_formed_marker_pack() -> None:
    check_marker_pack(cleanpress_lang_it_pt_nl, FAMILIES, cleanpress_lang_it_pt_nl.LANGUAGES)


ARTICLE_IT = [
    "Il consiglio comunale ha approvato ieri sera il progetto di restauro della fontana "
    "presentato dall'ufficio tecnico, che prevede la sostituzione dell'impianto idraulico.",
    "I lavori cominceranno ad aprile e dureranno circa dieci settimane, con un costo che "
    "sarà coperto per metà da un contributo della regione e per il resto dal comune.",
    "I banchi del mercato più vicini alla fontana saranno spostati di qualche metro, e i "
    "commercianti saranno avvisati con una lettera entro la fine del mese.",
]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Argomenti: fontana, restauro, comune", ["fontana", "restauro", "comune"]),
        ("Palavras-chave: fonte, restauro", ["fonte", "restauro"]),
        ("Trefwoorden: fontein, restauratie", ["fontein", "restauratie"]),
    ],
)
def test_the_builtin_tag_rule_reads_the_pack_labels(line: str, tags: list[str]) -> None:
    cleaner = Cleaner(plugins=[cleanpress_lang_it_pt_nl], entry_points=False)
    result = cleaner.clean("\n\n".join([*ARTICLE_IT, line]), kind="text")
    assert [(r.rule, r.text) for r in result.removed] == [("tag-list", line)]
    assert result.metadata.tags == tags


def test_a_sentence_opening_with_a_label_word_stays() -> None:
    cleaner = Cleaner(plugins=[cleanpress_lang_it_pt_nl], entry_points=False)
    line = "Temi come il lavoro e la sanità sono stati al centro del dibattito in consiglio."
    result = cleaner.clean("\n\n".join([*ARTICLE_IT[:2], line, ARTICLE_IT[2]]), kind="text")
    assert result.removed == []


@pytest.mark.parametrize(
    "line",
    ["Leggi anche: Il nuovo governo giura", "[Leia também: O governo anuncia novo plano]",
     "Lees ook: Kabinet valt over stikstof"],
)
def test_the_builtin_related_rule_takes_the_pack_labels(line: str) -> None:
    cleaner = Cleaner(plugins=[cleanpress_lang_it_pt_nl], entry_points=False)
    result = cleaner.clean("\n\n".join([*ARTICLE_IT[:2], line, ARTICLE_IT[2]]), kind="text")
    assert [(r.rule, r.text) for r in result.removed] == [("related-links", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Aggiornamento: l'articolo è stato corretto alle 18.",
        "Correção: o texto foi alterado para corrigir o nome do ministro.",
        "Update: dit artikel is aangepast na een reactie van de gemeente.",
        # The pack's labels must not hide the built-in ones (English "Update" is also Dutch).
        "Update: the council has since voted to close the old pier.",
    ],
)
def test_the_builtin_update_rule_takes_notes_with_the_pack(line: str) -> None:
    cleaner = Cleaner(plugins=[cleanpress_lang_it_pt_nl], entry_points=False)
    result = cleaner.clean("\n\n".join([*ARTICLE_IT[:2], line, ARTICLE_IT[2]]), kind="text")
    assert [(r.rule, r.text) for r in result.removed] == [("update-note", line)]


def test_the_builtin_closing_rules_read_the_pack() -> None:
    """Credits, buttons and a colon byline in Italian go; sentences with their words stay."""
    cleaner = Cleaner(plugins=[cleanpress_lang_it_pt_nl], entry_points=False)
    chrome = ["Di: Marco Rossi", "Salva", "Hanno collaborato Anna Bianchi e Luca Verdi",
              "(Reporting by Jane Doe, editing by John Roe)"]  # the built-in labels still read
    traps = ["Salva la fontana, chiedevano i commercianti del mercato.",
             "Hanno collaborato con il comune anche le scuole del quartiere."]
    lines = [chrome[0], ARTICLE_IT[0], chrome[1], traps[0], *ARTICLE_IT[1:], traps[1], *chrome[2:]]
    result = cleaner.clean("\n\n".join(lines), kind="text")
    assert sorted(r.text for r in result.removed) == sorted(chrome)
    assert all(trap in result.text for trap in traps)
