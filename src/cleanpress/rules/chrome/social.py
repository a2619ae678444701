"""Share, follow and comment prompts, blog like buttons and comment-form lines,
and runs of bare social-network names.

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
from cleanpress.rules.common.line_shapes import anywhere, fits, is_short_line, sentences

_NETWORK_NAMES = (
    "facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|bluesky|threads|"
    "flipboard|messenger|instagram|tiktok|youtube|mastodon|tumblr|xing|sms|print|copy link|"
    "link kopieren|copier le lien|copiar enlace|imprimer|drucken|imprimir|pocket|mail"
)
_NETWORK = rf"(?:{_NETWORK_NAMES})"
_END = r"[\s.:!]*$"

PATTERNS = {
    "en": [
        r"^share (?:this |the )?(?:article|story|post|page|video|gallery|link)\b",
        r"^share (?:on|via|to|with) \S+(?:\s\S+)?[\s.:!]*$",
        r"^share this[\s.:!]*$",
        r"^share(?: on| via| this)?\s*:",
        anywhere(r"\b\d{1,5} comments?\s*$", 120),
        rf"^subscribe to \S+(?:\s\S+){{0,3}} on {_NETWORK}\b",
        rf"^(?:share|shares|sharing|tweet|tweet this|pin it|email this|copy link|link copied|"
        rf"copied){_END}",
        r"^click to share\b",
        rf"^follow (?:us|me|\S+(?:\s\S+){{0,5}}) on {_NETWORK}\b",
        r"^follow \S+(?:\s\S+){0,3} on$",
        rf"^tweet on twitter{_END}",
        r"^sharing is caring\b",
        r"^like this (?:story|article|post)\?",
        r"^[\d.,]{1,7}\s?[kKmM]?\s(?:shares|views)$",
        r"^subscribe to\b.{0,40}?\b(?:youtube channel|podcast)\b",
        r"^(?:give|send|leave) (?:us )?feedback\W*$",
        r"^tell us what you think\W*$",
        r"^follow (?:us|me)\b",
        r"^\+?\s?follow(?:ing)?[\s.:!]*$",
        r"^[\d.,]{1,6}\s?[kKmM]?\s(?:followers|subscribers|abonnenten|abonnés|seguidores)$",
        rf"^(?:\d+\s)?(?:comments?|replies){_END}",
        r"^(?:view|show|load|read|see|hide)(?: all)?(?: \d+)? comments?\b",
        r"^join the (?:conversation|discussion|debate)\b",
        r"^join (?:our|the)\b.{0,30}?\bforums?\b",
        r"^(?:leave|post|add|write) a (?:comment|reply)\b",
        r"^(?:be the first to comment|no comments yet|comments are closed)\b",
        r"^(?:what do you think|have your say)\?",
        r"^print (?:this )?(?:article|page|story)\b",
        # Blog like buttons and comment forms.
        r"^like this\s*:$",
        r"^(?:like )?loading\.*$",
        r"^be the first to like this\b",
        r"^(?:post|submit) (?:a )?comment$",
        r"^(?:comment|name|website|url)\s*\*$",
    ],
    "de": [
        rf"^(?:(?:artikel|beitrag|seite) )?teilen(?: (?:auf|per|via|bei) {_NETWORK})?{_END}",
        r"^(?:diesen |den )?(?:artikel|beitrag) teilen\b",
        r"^folgen sie uns\b",
        rf"^(?:\d+\s)?kommentare?(?: \(\d+\))?{_END}",
        r"^(?:jetzt )?kommentieren\b",
        r"^(?:schreiben sie|hinterlassen sie) (?:einen|den ersten) kommentar\b",
        r"^kommentar (?:abschicken|absenden)$",
    ],
    "fr": [
        rf"^partager(?: (?:sur|par|via) {_NETWORK}| cet article| l'article)?{_END}",
        r"^partagez (?:cet |l')article\b",
        r"^suivez-nous\b",
        rf"^(?:\d+\s)?(?:commentaires?|réactions?){_END}",
        r"^(?:laisser|laissez|ajouter|écrire|rédiger) un commentaire\b",
        r"^réagir(?: à cet article)?\b",
        r"^laisser une réponse$",
    ],
    "es": [
        rf"^compartir(?: (?:en|por|vía) {_NETWORK}| este artículo| la noticia)?{_END}",
        r"^comparte (?:este|esta|la)\b",
        r"^(?:síguenos|sigue a \S+(?:\s\S+){0,3} en)\b",
        rf"^(?:\d+\s)?comentarios?{_END}",
        r"^(?:deja|dejar|escribe|añade) (?:un|tu) comentario\b",
        r"^(?:deja una respuesta|publicar (?:el )?comentario)$",
    ],
}

# The notices of a comment form, longer than a prompt: matched apart.
COMMENT_FORM = {
    "en": [
        r"^your e-?mail address will not be published\b",
        r"^required fields are marked\b",
        r"^save my name, e-?mail,? and website\b",
    ],
    "de": [
        r"^ihre e-?mail-adresse wird nicht veröffentlicht\b",
        r"^erforderliche felder sind (?:mit \* )?markiert\b",
    ],
    "fr": [
        r"^votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\b",
        r"^les champs obligatoires sont indiqués\b",
    ],
    "es": [
        r"^tu dirección de correo electrónico no será publicada\b",
        r"^los campos obligatorios están marcados\b",
    ],
}
_FORM = re.compile("|".join(p for ps in COMMENT_FORM.values() for p in ps), re.IGNORECASE)
_FORM_OPENINGS = tuple(
    sorted({p[1:].split(" ", 1)[0] for ps in COMMENT_FORM.values() for p in ps}, key=len)
)
_FORM_WORDS = 25

#: A quote set out for tweeting ("... Click To Tweet"): up to this many words.
_TWEETABLE_WORDS = 60
_TWEETABLE_ENDS = ("Click To Tweet", "Click to Tweet", "click to tweet", "CLICK TO TWEET")

FAMILY = "share"
_MAX_WORDS = 14
# Words of a share bar: the networks and the buttons beside them.
_BAR_WORDS = frozenset(
    "facebook twitter x whatsapp linkedin email e-mail mail reddit pinterest telegram bluesky "
    "threads flipboard messenger instagram tiktok youtube mastodon tumblr xing sms google+ "
    "share tweet pin submit print copy link teilen partager compartir".split()
)
_BAR_SPLIT = re.compile(r"[\s|,·•/]+")
#: A share bar is a few words, at least two of them networks or buttons.
_BAR_MAX_WORDS = 8


def _bar_words(block: Block) -> int:
    """How many words of a share-bar-shaped line are networks or buttons (0: not a bar).

    Every other word must be capitalised ("Whatsapp Facebook Pint"), so a phrase
    such as "Facebook and Twitter" is not a bar.
    """
    if block.words > _BAR_MAX_WORDS or len(block.text) > 100:
        return 0
    words = [w for w in _BAR_SPLIT.split(block.text) if w]
    lowered = [w.lower() for w in words]
    known = sum(map(_BAR_WORDS.__contains__, lowered))
    if not known or 2 * known < len(words):
        return 0  # (most lines: no network named)
    others_ok = all(
        low in _BAR_WORDS or w[:1].isupper() for w, low in zip(words, lowered, strict=True)
    )
    return known if others_ok else 0


def _is_form_notice(block: Block) -> bool:
    """A comment form's notice ("Your email address will not be published.")."""
    text = block.text
    return (
        fits(block, _FORM_WORDS)
        and text[:16].lower().startswith(_FORM_OPENINGS)
        and _FORM.match(text) is not None
        and sentences(text) <= 2
    )


@rule(
    "share-prompt",
    stage="chrome",
    order=320,
    description="Remove share, follow and comment prompts and runs of social-network names",
)
def share_prompt(doc: Document, ctx: RuleContext) -> None:
    lone: list[Block] = []
    for block in doc.kept():
        if block.text.endswith(_TWEETABLE_ENDS) and fits(block, _TWEETABLE_WORDS):
            ctx.remove(block, "quote set out for tweeting")
            continue
        if block.words > _FORM_WORDS:
            continue  # longer than anything else this rule takes
        if _is_form_notice(block):
            ctx.remove(block, "comment form notice")
            continue
        if not is_short_line(block, _MAX_WORDS):
            continue
        known = _bar_words(block)
        if known >= 2:
            ctx.remove(block, "share bar of social networks")
        elif ctx.search(FAMILY, block.text):
            ctx.remove(block, "share, follow or comment prompt")
        elif known == 1 and block.words == 1:
            lone.append(block)
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
