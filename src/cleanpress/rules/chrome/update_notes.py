"""Editor's update and correction notes.

A note opens with its label ("Update", "Correction:", "Editor's note:",
"Aktualisiert", "Mise à jour", "Actualización"), perhaps with a date and time,
and a colon (or is a bare "Updated <date>" line, where the date may lack its
year: "Updated Nov 19, 6:55 AM", "Updated at 1:23 p.m."). It leaves the body;
the time of an update goes to ``updated`` (when the date is whole). A page
footer's "This page was last edited on <date>" (or "zuletzt ... bearbeitet",
"dernière modification ... le", "por última vez el") gives ``updated`` too
when no note did.
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

# A footer's line on the page's last edit ("This page was last edited on 3 March 2024").
_LAST_EDITED = re.compile(
    r"\blast (?:edited|modified|updated|changed)\b|\bzuletzt\b|dernière modification|"
    r"por última vez|última (?:modificación|actualización|edición)",
    re.IGNORECASE,
)
_EDITED_KEYS = (
    "last edited", "last modified", "last updated", "last changed", "zuletzt",
    "dernière modification", "por última vez", "última modificación", "última actualización",
    "última edición",
)
#: The footer: this many blocks after the article, each at most this long.
_FOOTER_BLOCKS = 40
_FOOTER_CHARS = 300
#: A note is at most this many words.
_NOTE_WORDS = 120
#: Between the label and the colon: at most this many characters (a date, a time).
_HEAD_CHARS = 60
_UPDATE_WORD = re.compile(r"updat|aktualis|mise à jour|mis à jour|actualiza", re.IGNORECASE)
# A day or a time without the year, right after the label ("Nov 19, 6:55 AM", "at 1:23 p.m.").
_UNDATED = re.compile(
    r"^[\s:,]*(?:on |at |am |um |le |à |el |a las )?(?:"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\b\.?)?"
    r")",
    re.IGNORECASE,
)
# ... and holds nothing but such words: "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM".
_UNDATED_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue wed thu fri sat sun monday "
    "tuesday wednesday thursday friday saturday sunday am pm a m p at on um uhr h le à el "
    "a las posted published est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et pt ct mt"
    .split()
)
_LETTERS = re.compile(r"[^\W\d_]+")
#: The rest of a bare "Updated <day or time>" line is at most this long.
_UNDATED_CHARS = 48
# The colon closing the label (not one inside a time such as 9:52).
_COLON = re.compile(r"[:：](?!\d)|\s[–—-]\s")


def _undated(head: str) -> bool:
    """Whether ``head`` (after an "Updated" label) is a day or a time without the year."""
    return (
        len(head) <= _UNDATED_CHARS
        and _UNDATED.match(head) is not None
        and all(w in _UNDATED_WORDS for w in _LETTERS.findall(head.lower()))
    )


@rule(
    "update-note",
    stage="chrome",
    order=360,
    description="Remove editor's update and correction notes; the update time goes to updated",
)
def update_note(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    updated = bool(doc.metadata.updated)
    for block in kept:
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
        if colon is None and (found is None or len(head) > _HEAD_CHARS) and not (
            _undated(head) and _UPDATE_WORD.search(m[0])
        ):
            continue  # no colon: only a bare "Updated <date>" line
        if colon is not None and head.strip() and found is None and len(head.split()) > 2:
            continue  # "Updates to the law were ...: " is a sentence
        is_update = _UPDATE_WORD.search(m[0]) is not None
        ctx.remove(block, "update note" if is_update else "editor's note")
        if found and is_update:
            ctx.set_meta("updated", found[0])
            updated = True
    if kept and not updated:
        _last_edited(doc, kept[-1].index, ctx)


def _last_edited(doc: Document, last: int, ctx: RuleContext) -> None:
    """The time of a footer's "last edited on <date>" line after the article."""
    footer = doc.blocks[last + 1 : last + 1 + _FOOTER_BLOCKS]
    joined = "\n".join(b.text for b in footer).lower()
    if not any(k in joined for k in _EDITED_KEYS):
        return  # one test over the whole footer first
    for block in footer:
        text = block.text
        if len(text) > _FOOTER_CHARS or not any(k in text.lower() for k in _EDITED_KEYS):
            continue
        m = _LAST_EDITED.search(text)
        found = find_datetime(text[m.end() :]) if m is not None else None
        if found is not None:
            ctx.set_meta("updated", found[0])
            return


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("update_note", UPDATE_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [update_note]
