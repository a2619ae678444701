"""Notes that the article also ran in print.

"This article appears in the March 2025 issue of X", "A version of this
article appears in print on ...", "Dieser Artikel erschien in der
Printausgabe", "Cet article est paru dans le numéro ...". The note speaks of
this very article ("this article", "dieser Artikel"), so a story about what
another paper printed stays.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.literals import fold
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import fits, sentences

_ITEM_EN = r"(?:article|story|piece|essay|report|interview|review|column|feature|post)"

PATTERNS = {
    "en": [
        rf"^(?:a version of |an earlier version of |parts of )?this {_ITEM_EN}\b.{{0,40}}?"
        r"\b(?:appears|appeared|was published|was first published|originally ran|ran|will appear)"
        r"\b.{0,80}?\b(?:print|issue|edition|magazine|newspaper)\b",
        r"^(?:published|printed) in (?:the )?(?:print|\w+(?: \d{4})?) (?:edition|issue)\b",
        r"^from the \w+(?: \d{1,2},?)?(?: \d{4})? (?:print )?(?:issue|edition) of\b",
    ],
    "de": [
        r"^(?:dieser|der vorliegende) (?:artikel|beitrag|text)\b.{0,40}?"
        r"\b(?:erschien|ist erschienen|erscheint|stammt aus)\b.{0,80}?"
        r"(?:ausgabe|print|heft|zeitung|magazin)",
        r"^(?:erschienen|aus) (?:in )?der (?:print|gedruckten )?ausgabe\b",
    ],
    "fr": [
        r"^(?:cet article|cet entretien|ce texte|ce reportage)\b.{0,40}?"
        r"\b(?:est paru|a paru|a été publié|paraît|est extrait)\b.{0,80}?"
        r"\b(?:numéro|édition|magazine|journal|imprimée?)\b",
        r"^article paru dans\b",
    ],
    "es": [
        r"^(?:este|el presente) (?:artículo|reportaje|texto)\b.{0,40}?"
        r"\b(?:se publicó|apareció|fue publicado|forma parte)\b.{0,80}?"
        r"\b(?:edición|número|revista|impresa|papel)\b",
    ],
}
_NOTE = re.compile("|".join(p for ps in PATTERNS.values() for p in ps), re.IGNORECASE)
#: One of these opens every note (case-folded); the regex runs only then.
_OPENINGS = ("a version", "an earlier", "parts of", "this ", "published", "printed", "from the ",
             "dieser", "der vorliegende", "erschienen", "aus der", "cet ", "ce texte",
             "ce reportage", "article paru", "este", "el presente")
#: A note is one or two sentences.
_MAX_WORDS = 50


@rule(
    "print-edition-note",
    stage="chrome",
    order=370,
    description="Remove notes that the article also ran in a print issue",
)
def print_edition_note(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if (
            fits(block, _MAX_WORDS)
            and fold(text[:20]).startswith(_OPENINGS)
            and _NOTE.match(text) is not None
            and sentences(text) <= 2
        ):
            ctx.remove(block, "note on the print edition")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [print_edition_note]
