"""Share, follow and comment prompts, and runs of bare social-network names.

Prompts are anchored at the start of a short block ("Share this article",
"Follow us on X", "Leave a comment", "Teilen"). A line that is only network
names ("Facebook Twitter Email") is a share bar; a single name on its own line
is taken only beside another share line, so "Facebook" as a one-word heading
in an article about the company stays.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules._chrome import is_short_line

_NETWORK_NAMES = (
    "facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|bluesky|threads|"
    "flipboard|messenger|instagram|tiktok|youtube|mastodon|tumblr|xing|sms|print|copy link|"
    "link kopieren|copier le lien|copiar enlace|imprimer|drucken|imprimir|pocket|mail"
)
_NETWORK = rf"(?:{_NETWORK_NAMES})"
_END = r"[\s.:!]*$"

PATTERNS = {
    "en": [
        r"^share (?:this|the|on|via|to|article|story|page|post|with|your)\b",
        rf"^(?:share|shares|sharing|tweet|tweet this|pin it|email this|copy link|link copied)"
        rf"{_END}",
        r"^click to share\b",
        rf"^follow (?:us|me|\S+(?:\s\S+){{0,3}}) on {_NETWORK}\b",
        r"^follow (?:us|me)\b",
        rf"^(?:\d+\s)?(?:comments?|replies){_END}",
        r"^(?:view|show|load|read|see|hide)(?: all)?(?: \d+)? comments?\b",
        r"^join the (?:conversation|discussion|debate)\b",
        r"^(?:leave|post|add|write) a (?:comment|reply)\b",
        r"^(?:be the first to comment|no comments yet|comments are closed)\b",
        r"^(?:what do you think|have your say)\?",
        r"^print (?:this )?(?:article|page|story)\b",
    ],
    "de": [
        rf"^(?:(?:artikel|beitrag|seite) )?teilen(?: (?:auf|per|via|bei) {_NETWORK})?{_END}",
        r"^(?:diesen |den )?(?:artikel|beitrag) teilen\b",
        r"^folgen sie uns\b",
        rf"^(?:\d+\s)?kommentare?(?: \(\d+\))?{_END}",
        r"^(?:jetzt )?kommentieren\b",
        r"^(?:schreiben sie|hinterlassen sie) (?:einen|den ersten) kommentar\b",
    ],
    "fr": [
        rf"^partager(?: (?:sur|par|via) {_NETWORK}| cet article| l'article)?{_END}",
        r"^partagez (?:cet |l')article\b",
        r"^suivez-nous\b",
        rf"^(?:\d+\s)?(?:commentaires?|réactions?){_END}",
        r"^(?:laisser|laissez|ajouter|écrire|rédiger) un commentaire\b",
        r"^réagir(?: à cet article)?\b",
    ],
    "es": [
        rf"^compartir(?: (?:en|por|vía) {_NETWORK}| este artículo| la noticia)?{_END}",
        r"^comparte (?:este|esta|la)\b",
        r"^(?:síguenos|sigue a \S+(?:\s\S+){0,3} en)\b",
        rf"^(?:\d+\s)?comentarios?{_END}",
        r"^(?:deja|dejar|escribe|añade) (?:un|tu) comentario\b",
    ],
}

FAMILY = "share"
_MAX_WORDS = 14
# A line made only of network names, with separators between them.
_NAMES_ONLY = re.compile(rf"^(?:{_NETWORK}(?:\s*[|,·•/]\s*|\s+|$))+$", re.IGNORECASE)


def _is_network_line(block: Block) -> bool:
    return len(block.text) <= 120 and _NAMES_ONLY.match(block.text) is not None


@rule(
    "share-prompt",
    stage="chrome",
    order=320,
    description="Remove share, follow and comment prompts and runs of social-network names",
)
def share_prompt(doc: Document, ctx: RuleContext) -> None:
    lone: list[Block] = []
    for block in doc.kept():
        if not is_short_line(block, _MAX_WORDS):
            continue
        if _is_network_line(block):
            if block.words >= 2:
                ctx.remove(block, "share bar of social networks")
            else:
                lone.append(block)
        elif ctx.search(FAMILY, block.text):
            ctx.remove(block, "share, follow or comment prompt")
    # A single network name goes when the line next to it is share chrome too.
    names = {b.index for b in lone}
    for block in lone:
        beside = (block.index - 1, block.index + 1)
        if any(
            i in names or (0 <= i < len(doc.blocks) and doc.blocks[i].removed_by == ctx.name)
            for i in beside
        ):
            ctx.remove(block, "social network name in a share bar")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [share_prompt]
