"""Button words standing alone on a line: "Save", "Listen", "Print", "Merken".

Scraped pages keep the labels of an article's toolbar as lines of their own,
one button or a few in a row ("Save Share Listen", "Gift article"). A line is
taken when it is made of such labels only (the ``button`` marker family, each
pattern one label), written with a capital (or in a script without case); a line with
anything else, or ending like a sentence ("Listen.", "Save the date"), stays.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

FAMILY = "button"

# Where a label ends: before a separator or another label, or at the end of the line.
_END = r"(?=[\s|·•/]|$)"

# (Longer labels first: the first alternative that matches is taken.)
PATTERNS = {
    "en": [
        rf"^(?:(?:save|gift|share|print|listen to)(?: full| this)? (?:article|story|page)|"
        rf"copy link|reuse this content|read later|save for later|add to (?:my)?\S{{0,12}}|"
        rf"save|saved|listen|print|gift|bookmark|share|comment|comments|follow){_END}",
    ],
    "de": [
        rf"^(?:artikel (?:merken|teilen|verschenken|anhören|drucken)|link kopieren|"
        rf"speichern|merken|gemerkt|anhören|vorlesen|drucken|teilen|kommentieren){_END}",
    ],
    "fr": [
        rf"^(?:(?:sauvegarder|partager|offrir|écouter) (?:cet |l')article|copier le lien|"
        rf"sauvegarder|enregistrer|écouter|imprimer|partager|commenter|offrir){_END}",
    ],
    "es": [
        rf"^(?:(?:guardar|compartir|regalar|escuchar) (?:este |el )?artículo|copiar enlace|"
        rf"guardar|escuchar|imprimir|compartir|comentar|regalar){_END}",
    ],
}

#: A line of buttons holds at most this many labels and characters.
_MAX_LABELS = 5
_MAX_CHARS = 80
_SEPARATORS = " |·•/"


def button_labels(text: str, labels: re.Pattern[str]) -> int:
    """How many button labels ``text`` is made of (0: something else is there too)."""
    if len(text) > _MAX_CHARS or text[:1].islower():
        return 0
    pos, count = 0, 0
    while pos < len(text):
        m = labels.match(text[pos:])  # (the patterns open with "^")
        if m is None or not m.end() or count == _MAX_LABELS:
            return 0
        count += 1
        pos += m.end()
        while pos < len(text) and text[pos] in _SEPARATORS:
            pos += 1
    return count


@rule(
    "button-label",
    stage="chrome",
    order=325,
    description="Remove lines made only of button words ('Save', 'Listen', 'Print', 'Merken')",
)
def button_label(doc: Document, ctx: RuleContext) -> None:
    labels = ctx.markers.pattern(FAMILY)
    if labels is None:
        return
    for block in doc.kept():
        if block.words <= 2 * _MAX_LABELS and button_labels(block.text, labels):
            ctx.remove(block, "button words")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [button_label]
