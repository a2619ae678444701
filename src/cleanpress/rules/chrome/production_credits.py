"""Production credits at the end of a story: who reported, wrote and edited it.

"Reporting by Jane Doe in London; Editing by Mark Potter", "(Bericht von Max
Muster, redigiert von Hans Meier)", "(Reporte de Ana García; Editado en español
por Juan Pérez)", "Associated Press writer Jane Doe contributed to this
report.", "Avec AFP". The labels (the ``production_credit`` marker family) may
stand anywhere in the line; once they are set aside, what is left must be
names only: capitalised words, places after "in", roles and a few joining
words. A sentence that opens with the same words ("Reporting by local media
suggested ...") has lower-case words of its own and stays. Wire bylines that
the byline rule reads at the end of the article ("Reporting by Jane Doe;
Editing by Mark Potter") are taken there first, with their names.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import closing_chrome, fits, sentences

FAMILY = "production_credit"

_BY_EN = r"(?:by|from)"
#: News agencies a short credit names after "with", "avec", "mit", "con".
_AGENCY = (
    r"agencies|agences|agencias|agenturen|wires|wire services|AFP|AP|Reuters|dpa|EFE|"
    r"Europa Press|ANSA|Belga|ANP|APA|KNA|epd|PA Media|Associated Press|Bloomberg"
)
CREDIT_LABELS = {
    "en": [
        rf"\b(?:(?:additional|further|extra) )?(?:reporting|writing|editing|research|"
        rf"fact-checking|graphics|production|translation|compilation|compiling|photography|"
        rf"video|data analysis) {_BY_EN}\b",
        r"\b(?:written|edited|compiled|produced|researched|translated|fact-checked) by\b",
        r"\bcontributed(?: reporting)?(?: to (?:this|the) (?:report|story|article|coverage))?"
        r"\.?\)?$",
        rf"^\W{{0,2}}with(?= (?:{_AGENCY})\b)",
    ],
    "de": [
        r"\b(?:bericht(?:e|erstattung)?|mitarbeit|recherche|übersetzung) von\b",
        r"\b(?:geschrieben|redigiert|bearbeitet|übersetzt|zusammengestellt) von\b",
        r"(?:^|[(;,]\s?)(?:bericht|mitarbeit|redaktion|recherche|übersetzung|"
        r"bearbeitung)\s?:",
        r"^\W{0,2}mit material (?:von|der|aus)\b",
        rf"^\W{{0,2}}mit(?= (?:{_AGENCY})\b)",
        r"\b(?:hat|haben) (?:an|zu) diese[mn] (?:bericht|artikel|beitrag) "
        r"(?:mitgearbeitet|beigetragen)\.?\)?$",
    ],
    "fr": [
        r"(?:^|[(;,]\s?)reportage(?: de)?\b",
        r"\bversion française\b",
        r"\b(?:édité|rédigé|écrit|traduit|compilé|coordonné) par\b",
        r"\bavec la (?:contribution|collaboration) de\b",
        rf"^\W{{0,2}}avec(?= (?:l['’])?(?:{_AGENCY})\b)",
        r"\b(?:a|ont) (?:contribué|collaboré) à (?:cet article|ce reportage|cette dépêche)\.?\)?$",
    ],
    "es": [
        r"(?:^|[(;,]\s?)(?:reporte|reportaje|información|redacción)(?: adicional)? de\b",
        r"\b(?:editado|escrito|redactado|traducido|compilado)(?: en español)? por\b",
        r"^\W{0,2}con (?:información|reporte|reportes|reportería|datos) (?:adicional )?de\b",
        rf"^\W{{0,2}}con(?= (?:{_AGENCY})\b)",
        r"\b(?:contribuyó|contribuyeron|colaboró|colaboraron) (?:a|en|con) "
        r"(?:este|esta) (?:informe|reporte|reportaje|nota|artículo|información)\.?\)?$",
    ],
}

#: Lower-case words that may stand between the names of a credit: joining words,
#: places' prepositions and name particles; and the roles of the people named
#: and agencies written in lower case, which count as names.
_GLUE = frozenset(
    "and & in with from at of for by the also as well a und mit aus von vom der die das "
    "et avec à au aux de du des la le les l d y con en e da di del della van den ter el los las "
    "i em com para por par door met uit op te и в из".split()
)
_ROLES = frozenset(
    "writer writers reporter reporters correspondent correspondents journalist journalists "
    "photographer photographers producer producers editor editors researcher researchers "
    "staff agencies wires korrespondent korrespondentin redakteur redakteurin agenturen "
    "journaliste journalistes correspondant correspondante envoyé envoyée spécial spéciale "
    "agences corresponsal corresponsales periodista periodistas redactor redactora agencias "
    "dpa epd kna afp"
    .split()
)
_WORD = re.compile(r"[^\s,;:()\[\]/.|–—'’-]+")
#: A credit is at most this many words; a name's word at most this long.
_MAX_WORDS = 70
_MAX_SENTENCES = 4
_NAME_CHARS = 24


def is_credit(text: str, labels: re.Pattern[str]) -> bool:
    """Whether ``text`` is production credits: opening with a label or closing
    with one ("... contributed to this report"), and labels and names only.

    (A label after a name, "Jane Doe, translated by John Roe", is a book's
    credit in a list of books, not the story's.)
    """
    found = list(labels.finditer(text))
    if not found or (found[0].start() > 2 and found[-1].end() < len(text)):
        return False
    rest = labels.sub(" ", text)
    named = False
    for word in _WORD.findall(rest):
        if word[:1].islower():
            lowered = word.casefold()
            if lowered in _ROLES:
                named = True  # "With agencies"
            elif lowered not in _GLUE:
                return False
        elif len(word) > _NAME_CHARS or any(c.isdigit() for c in word):
            return False  # a run of unspaced script is a sentence; digits are not names
        else:
            named = True
    return named


@rule(
    "production-credits",
    stage="chrome",
    order=392,
    description="Remove a story's production credits at its end: who reported, wrote and edited it",
)
def production_credits(doc: Document, ctx: RuleContext) -> None:
    labels = ctx.markers.pattern(FAMILY)
    if labels is None:
        return

    def is_credits(block: Block) -> bool:
        text = block.text
        return (
            fits(block, _MAX_WORDS)
            and ctx.search(FAMILY, text) is not None
            and is_credit(text, labels)
            and sentences(text) <= _MAX_SENTENCES
        )

    for block in closing_chrome(doc.kept(), is_credits):
        ctx.remove(block, "production credits")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, CREDIT_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [production_credits]
