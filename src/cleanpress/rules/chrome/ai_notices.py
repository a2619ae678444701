"""Notices about the publisher's use of AI.

A notice speaks of this article or of the newsroom's own use of AI ("This
article was produced with the help of AI", "To read how X uses AI as a newsroom
tool, click here", "AI-assisted summary"); a story about a company using AI
neither points at itself nor invites a click, and is longer.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import is_short_line

_AI_EN = r"(?:AI|A\.I\.|artificial intelligence|generative AI|an AI (?:tool|model|system))"
_ITEM_EN = r"(?:article|story|summary|report|text|content|piece|translation|audio|post)"
_DONE_EN = (
    r"(?:produced|written|generated|created|drafted|translated|summari[sz]ed|edited|"
    r"prepared|assisted|narrated|voiced|read)"
)

AI_NOTICES = {
    "en": [
        rf"\b(?:this|the following|the above) {_ITEM_EN} (?:was|has been|is) (?:\w+ )?{_DONE_EN} "
        rf"(?:\w+ ){{0,3}}(?:with the (?:help|assistance|use) of|using|by|with) {_AI_EN}",
        rf"\b(?:read|learn|find out|see|more) (?:more )?(?:about )?how (?:we|\w+(?: \w+)?) "
        rf"uses? {_AI_EN}\b",
        rf"\b(?:we|\w+) uses? {_AI_EN} "
        r"(?:as a newsroom tool|in (?:its|our) (?:newsroom|journalism))",
        r"\b(?:AI|A\.I\.)[- ](?:assisted|generated|powered) (?:summary|summaries|translation|"
        r"audio|content|article|story|narration)\b",
        r"\b(?:AI|A\.I\.)[- ]assisted\b(?!.{40})",
        r"\bour (?:policy|standards|principles|approach) (?:on|for) (?:the use of )?"
        r"(?:AI|artificial intelligence)\b",
        rf"\b{_ITEM_EN} (?:was|has been) reviewed (?:and edited )?by (?:a|our) "
        r"(?:journalist|editor|human)",
    ],
    "de": [
        r"\b(?:dieser|der) (?:artikel|text|beitrag) (?:wurde|ist) (?:\w+ )?mit "
        r"(?:hilfe|unterstützung) (?:von |einer |der )?(?:KI|künstlicher intelligenz)",
        r"\bKI-(?:gestützt|generiert|unterstützt)e?[rn]?\b(?!.{60})",
        r"\bmit (?:hilfe|unterstützung) (?:von |einer |der )?(?:KI|künstlicher intelligenz)"
        r" (?:erstellt|übersetzt|geschrieben|zusammengefasst|generiert)",
        r"\bwie (?:wir|die redaktion) (?:KI|künstliche intelligenz) (?:einsetz|nutz|verwend)",
    ],
    "fr": [
        r"\bcet (?:article|texte) a été (?:\w+ )?(?:rédigé|écrit|généré|traduit|produit|résumé)"
        r" (?:avec l'aide|à l'aide) (?:de l'|d'une )?(?:IA|intelligence artificielle)",
        r"\b(?:généré|traduit|rédigé|résumé)e? (?:par|avec) (?:l'|une )?"
        r"(?:IA|intelligence artificielle)\b(?!.{60})",
        r"\bcomment (?:nous utilisons|la rédaction utilise) l'(?:IA|intelligence artificielle)",
    ],
    "es": [
        r"\beste (?:artículo|texto) (?:ha sido|fue) (?:\w+ )?(?:redactado|escrito|generado|"
        r"traducido|elaborado|resumido) (?:con (?:la )?ayuda de|con|por|mediante) (?:la |una )?"
        r"(?:IA|inteligencia artificial)",
        r"\b(?:generado|traducido|elaborado|resumido) (?:con|por|mediante) (?:la |una )?"
        r"(?:IA|inteligencia artificial)\b(?!.{60})",
        r"\bcómo (?:usamos|utilizamos) la (?:IA|inteligencia artificial)",
    ],
}


@rule(
    "ai-notice",
    stage="chrome",
    order=330,
    description="Remove notices about the publisher's use of AI",
)
def ai_notice(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if not ("AI" in text or "A.I." in text or "KI" in text or "IA" in text
                or "ntelig" in text):
            continue
        if is_short_line(block, 60, max_sentences=3) and ctx.search("ai_notice", text):
            ctx.remove(block, "notice about the use of AI")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("ai_notice", AI_NOTICES)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [ai_notice]
