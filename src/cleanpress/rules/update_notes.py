"""Editor's update and correction notes.

A note opens with its label ("Update", "Correction:", "Editor's note:",
"Aktualisiert", "Mise à jour", "Actualización"), perhaps with a date and time,
and a colon (or is a bare "Updated <date>" line). It leaves the body; the time
of an update goes to ``updated``.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.dates import find_datetime
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

UPDATE_LABELS = {
    "en": [
        r"^\W{0,3}(?:last )?(?:updated?|updates)\b",
        r"^\W{0,3}(?:correction|corrections|clarification|editor['’]?s note|editors['’] note)\b",
    ],
    "de": [r"^\W{0,3}(?:zuletzt )?(?:aktualisiert|aktualisierung|update|korrektur|"
           r"anmerkung der redaktion|hinweis der redaktion|richtigstellung)\b"],
    "fr": [r"^\W{0,3}(?:mise à jour|mis à jour|mis\. à jour|rectificatif|correctif|"
           r"note de la rédaction|précision)\b"],
    "es": [r"^\W{0,3}(?:actualización|actualizado|actualizada|corrección|fe de erratas|"
           r"nota del editor|nota de la redacción|aclaración)\b"],
}

#: A note is at most this many words.
_NOTE_WORDS = 120
#: Between the label and the colon: at most this many characters (a date, a time).
_HEAD_CHARS = 60
_UPDATE_WORD = re.compile(r"updat|aktualis|mise à jour|mis à jour|actualiza", re.IGNORECASE)
# The colon closing the label (not one inside a time such as 9:52).
_COLON = re.compile(r"[:：](?!\d)|\s[–—-]\s")


@rule(
    "update-note",
    stage="chrome",
    order=360,
    description="Remove editor's update and correction notes; the update time goes to updated",
)
def update_note(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if block.words > _NOTE_WORDS or block.bullet is not None:
            continue
        m = ctx.search("update_note", text)
        if m is None or m.start() != 0:
            continue
        colon = _COLON.search(text, m.end(), m.end() + _HEAD_CHARS + 2)
        head = text[m.end() : colon.start()] if colon else text[m.end() :]
        if head.strip():
            found = find_datetime(head)
        elif colon is not None:  # "Updated: <date>"
            found = find_datetime(text[colon.end() : colon.end() + _HEAD_CHARS])
        else:
            found = None
        if colon is None and (found is None or len(head) > _HEAD_CHARS):
            continue  # no colon: only a bare "Updated <date>" line
        if colon is not None and head.strip() and found is None and len(head.split()) > 2:
            continue  # "Updates to the law were ...: " is a sentence
        is_update = _UPDATE_WORD.search(m[0]) is not None
        ctx.remove(block, "update note" if is_update else "editor's note")
        if found and is_update:
            ctx.set_meta("updated", found[0])


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("update_note", UPDATE_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [update_note]
