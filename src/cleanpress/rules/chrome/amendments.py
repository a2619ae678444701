"""Notes, in the past tense, that this article was amended or corrected.

"This article was amended on 8 December 2025 ...", "This story has been
updated to include ...", "An earlier version of this article misstated ...",
"Dieser Artikel wurde am 3. Mai 2024 korrigiert.", "Cet article a été modifié
le ...", "Una versión anterior de este artículo ...". The note speaks of this
very article, and its verb is followed by what a note gives (a date, a
purpose: "on", "to", "with", "since"), so a sentence in the story that uses
the same words ("This story was changed forever when the river rose") stays.
The date of an amendment goes to ``updated`` when no other rule gave one.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.dates import find_datetime
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import fits, sentences

FAMILY = "amendment_note"

_ITEM_EN = r"(?:article|story|piece|post|blog post|column|headline|caption)"
_DONE_EN = r"(?:amended|corrected|updated|edited|changed|revised|clarified|modified|expanded)"
# What follows the verb of a note: its date, its purpose or the end of the sentence.
_AFTER_EN = r"(?:\s(?:on|at|to|with|since|after|from|for|because|in order)\b|[.;:,]|$)"
_WRONG_EN = (
    r"(?:incorrectly|wrongly|mistakenly|erroneously|misstated|misspelled|misspelt|misidentified|"
    r"misattributed|misquoted|misnamed|said|stated|reported|gave|described|referred|named|"
    r"included|omitted|should have)"
)
_ITEM_DE = r"(?:artikel|text|beitrag)"
_DONE_DE = r"(?:aktualisiert|korrigiert|geändert|ergänzt|überarbeitet|berichtigt|präzisiert)"
_ITEM_FR = r"(?:cet article|ce texte|cette dépêche|cet entretien|ce reportage)"
_DONE_FR = r"(?:modifié|corrigé|mis à jour|actualisé|amendé|complété|rectifié|précisé)"
_ITEM_ES = r"(?:este artículo|esta noticia|este texto|esta información|esta nota|este reportaje)"
_DONE_ES = r"(?:actualizad[oa]|corregid[oa]|modificad[oa]|editad[oa]|ampliad[oa]|rectificad[oa])"

PATTERNS = {
    "en": [
        rf"^this {_ITEM_EN} (?:was|has been|had been|is being) (?:\w+ )?{_DONE_EN}{_AFTER_EN}",
        rf"^(?:an? |the )?(?:earlier|previous|prior|original) version of this {_ITEM_EN}\b"
        rf".{{0,80}}?\b{_WRONG_EN}\b",
        r"^(?:a |the )?(?:correction|clarification) (?:was|has been) (?:appended|made|added) "
        rf"to this {_ITEM_EN}\b",
    ],
    "de": [
        rf"^(?:dieser|der vorliegende) {_ITEM_DE} wurde (?:.{{0,40}}? )?{_DONE_DE}(?:[.;:,]|$)",
        r"^in einer (?:früheren|vorherigen|ersten|älteren) (?:version|fassung) "
        r"(?:dieses|des) (?:artikels|textes|beitrags)\b",
    ],
    "fr": [
        rf"^{_ITEM_FR} a été (?:\w+ )?{_DONE_FR}(?:\s(?:le|pour|afin|après|à|depuis)\b|[.;:,]|$)",
        rf"^(?:une|dans une|la) (?:précédente|première|ancienne) version de {_ITEM_FR}\b",
        rf"^(?:une version (?:antérieure|précédente)|la version précédente) de {_ITEM_FR}\b",
    ],
    "es": [
        rf"^{_ITEM_ES} (?:fue|ha sido|se ha|se) (?:\w+ )?{_DONE_ES}"
        r"(?:\s(?:el|para|a las|tras|después|con)\b|[.;:,]|$)",
        rf"^(?:una|en una) versión (?:anterior|previa|original) de {_ITEM_ES}\b",
    ],
}

#: A note is at most this many words and sentences.
_MAX_WORDS = 80
_MAX_SENTENCES = 3


@rule(
    "amendment-note",
    stage="chrome",
    order=362,
    description="Remove notes that the article was amended or corrected; the date goes to updated",
)
def amendment_note(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if not fits(block, _MAX_WORDS) or block.bullet is not None:
            continue
        if ctx.search(FAMILY, text) is None or sentences(text) > _MAX_SENTENCES:
            continue
        ctx.remove(block, "amendment note")
        found = find_datetime(text)
        if found is not None and not doc.metadata.updated:
            ctx.set_meta("updated", found[0])


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [amendment_note]
