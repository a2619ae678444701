"""Lines pointing to the publisher's editorial standards or trust principles.

"Our Standards: The Thomson Reuters Trust Principles.", "Read about our
approach to external linking.", "Read our editorial standards", "Unsere
Standards: ...", "Nos normes : ...", "Nuestras normas: ...". A label such as
"Our standards" counts only with its colon, so a sentence in the story ("Our
standards are high, the coach said") stays; the other patterns speak of the
publisher's own policies ("our editorial guidelines") or name a trust
programme, and only short lines are taken. ("Why you can trust us" is left:
on review sites it heads a section of the article.)
"""

from __future__ import annotations

from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule
from cleanpress.rules.common.line_shapes import marker_rule

FAMILY = "standards"

_POLICY_EN = (
    r"(?:editorial |journalistic )?(?:standards|guidelines|values|principles|policies|policy|"
    r"code of (?:ethics|conduct|practice)|ethics policy|corrections policy|"
    r"approach to external linking|fact-checking (?:policy|process))"
)

PATTERNS = {
    "en": [
        r"^our (?:editorial |journalistic )?(?:standards|principles|values)\s?:",
        r"^(?:the )?(?:\S+ ){0,2}trust principles[\s.]*$",
        rf"^(?:read|learn|find out|see|more|click here to (?:read|learn))(?: more)? "
        rf"(?:about |on )?(?:how we work|our {_POLICY_EN})\b",
        r"^(?:our )?(?:editorial|journalistic) (?:standards|guidelines|policy|policies|"
        r"principles|independence)[\s.:]*$",
        r"^the \S+(?: \S+){0,3} is not responsible for the content of external "
        r"(?:sites|websites|links)\b",
        r"^this (?:article|story|content) (?:has been|was) (?:reviewed|produced|fact-checked) "
        r"(?:according to|in line with|in accordance with|under)\b.{0,60}?"
        r"\b(?:editorial|standards|policies|guidelines)\b",
        r"^(?:the )?trust project\b",
    ],
    "de": [
        r"^unsere (?:redaktionellen )?(?:standards|grundsätze|leitlinien)\s?:",
        r"^(?:die )?(?:\S+ ){0,2}trust principles[\s.]*$",
        r"^(?:mehr )?(?:über|zu) unsere[n]? (?:redaktionellen |journalistischen )?"
        r"(?:standards|grundsätze|leitlinien|richtlinien)\b",
        r"^(?:redaktionelle|journalistische) (?:standards|grundsätze|leitlinien)[\s.:]*$",
    ],
    "fr": [
        r"^nos (?:normes|standards|principes)(?: éditoriaux)?\s?:",
        r"^(?:les )?principes de confiance de\b",
        r"^(?:en savoir plus sur|découvrez|lire) (?:notre charte|"
        r"nos (?:principes|normes|engagements) (?:éditoriaux|déontologiques))\b",
        r"^(?:notre )?charte (?:éditoriale|déontologique|de déontologie)[\s.:]*$",
    ],
    "es": [
        r"^nuestr[oa]s (?:normas|estándares|principios|criterios)(?: editoriales)?\s?:",
        r"^(?:los )?principios de confianza de\b",
        r"^(?:conoce|lee|más) (?:más )?(?:sobre |acerca de )?nuestr[oa]s (?:principios|normas|"
        r"estándares|criterios) (?:editoriales|de transparencia)\b",
        r"^(?:criterios|principios|normas) (?:editoriales|de (?:the )?trust project)[\s.:]*$",
        r"^(?:más información|saber más)\s?:?\s?criterios de the trust project\b",
    ],
}

standards_note = marker_rule(
    "standards-note",
    FAMILY,
    order=375,
    description="Remove lines pointing to the publisher's editorial standards or trust principles",
    reason="publisher's standards line",
    max_words=30,
    max_sentences=2,
)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [standards_note]
