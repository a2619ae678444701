"""Subscription blurbs and lists of subscriber perks.

A perk list is a run of list items of which several promise what subscribers
get (delivery to the door, ad-free browsing, unlimited access, commenting, the
app); the whole run goes, with the short header line right above it ("X
cover", "Subscribe"). A content list (measures a government announced) does not
carry those phrases. A blurb is a short line that calls the reader to
subscribe in the site's own voice; an article sentence about subscription
prices neither calls nor speaks that way.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.literals import fold, required_literals
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import anywhere, fits, sentences

#: Calls to subscribe in the site's voice: enough alone on a short line
#: (the "subscription" marker family).
CALLS = {
    "en": [
        r"^(?:subscribe|subscribers?)(?: now| today| here)?\W*$",
        r"^subscribe (?:now|today|for|to (?:read|continue|unlock|get)|and (?:save|get))\b",
        r"^subscribe (?:to|today|now)\b.{0,60}?\band (?:get|save|receive|enjoy|stay)\b",
        anywhere(r"\bclick here to (?:support|donate|contribute)\b", 120),
        r"^buy (?:this|the (?:latest|current)) issue\b",
        anywhere(r"\b\d{1,3} issues for [£$€]\s?\d", 200),
        r"^(?:get|unlock|enjoy) (?:unlimited|full|all-access|premium|digital) access\b",
        r"\balready (?:a )?subscriber\b",
        r"\balready a member\b",
        r"^(?:become|join as) a (?:subscriber|member|supporter)\b",
        # After a teasing question: "Need more space? Subscribe to our sister title ..."
        anywhere(r"\?\s+subscribe (?:to|for|now|today)\b", 40),
        # Each phrase is written so that its rarest words stay literal (the marker prefilter).
        r"\b(?:subscribe|sign in|log in) to continue reading\b",
        r"\b(?:subscribe|sign in|log in) to keep reading\b",
        r"\b(?:this|the) (?:article|story|content) is (?:for|reserved for|available to) "
        r"subscribers\b",
        r"\b(?:this|the) (?:article|story|content) is (?:for|reserved for|available to) "
        r"members\b",
        r"\bsubscribers?[- ]only\b",
        r"\bcancel (?:at )?any ?time\b",
    ],
    "de": [
        r"^jetzt (?:abonnieren|abo abschließen|testen|weiterlesen)\b",
        r"^abonnieren sie\b.{0,60}?\bund (?:erhalten|lesen|sparen|genießen)\b",
        r"\bbereits abonnent\b",
        r"\b(?:nur|exklusiv) für abonnenten\b",
        r"\bjederzeit kündbar\b",
        r"^(?:abo|abonnement) (?:abschließen|wählen)\b",
    ],
    "fr": [
        r"^abonnez-vous\b",
        r"\bdéjà abonnée?\b",
        r"\bréservée? aux abonnés\b",
        r"\b(?:sans engagement|résiliable à tout moment)\b",
        r"^je m'abonne\b",
    ],
    "es": [
        r"^suscríbete\b",
        r"\bya (?:eres|soy) suscriptora?\b",
        r"\bya (?:eres|soy) socio\b",
        r"\b(?:exclusivo|solo) para suscriptores\b",
        r"\bcancela (?:cuando quieras|en cualquier momento)\b",
    ],
    "ja": [
        r"^有料会員(?:になると|になれば|限定|登録)",
        r"(?:すべての|全ての)記事が読み放題",
        r"^会員登録(?:はこちら|する|して続きを読む)$",
        r"^(?:この記事の)?続きを読むには",
        r"^この記事は(?:有料)?会員限定(?:です)?",
    ],
}

#: What subscribers are promised: counted in lists, one per item (too common
#: in article prose to mark a line alone, so not a marker family).
PERKS = {
    "en": [
        r"\bdelivered to your (?:door|doorstep|home|inbox)\b",
        r"\bad-?free\b",
        r"\bunlimited (?:digital )?access\b",
        r"\bdigital access\b",
        r"\bcomment on (?:articles|stories)\b",
        r"\b(?:app|e-?paper|e-?edition|digital edition)\b",
        r"\bsubscriber[- ](?:only|exclusive)\b",
        r"\bexclusive (?:content|newsletters|events|offers)\b",
        r"\bon the go\b|\bon-the-go\b",
        r"\$\s?\d+(?:\.\d\d)?\s?(?:/|per |a )(?:month|mo|week|wk|year|yr)\b",
        r"\baudio (?:articles|opinions|stories)\b",
        r"\bpodcasts?\b",
        r"\bcrossword",
    ],
    "de": [
        r"\bwerbefrei\b|\bohne werbung\b",
        r"\bunbegrenzte?r? zugang\b|\bzugriff auf alle\b",
        r"\bdigital-?abo\b|\be-?paper\b|\b(?:in der )?app\b",
        r"\bfrei haus\b",
        r"\d+(?:,\d\d)?\s?€\s?(?:/|pro |im )(?:monat|woche|jahr)\b",
    ],
    "fr": [
        r"\bsans publicité\b",
        r"\baccès illimité\b",
        r"\bjournal numérique\b|\bl'application\b|\bl'appli\b",
        r"\blivrée? (?:chez vous|à domicile)\b",
        r"\d+(?:,\d\d)?\s?€\s?(?:/|par )(?:mois|semaine|an)\b",
    ],
    "es": [
        r"\bsin publicidad\b",
        r"\bacceso ilimitado\b",
        r"\b(?:la )?app\b|\bedición digital\b|\bkiosko\b",
        r"\ba domicilio\b",
        r"\d+(?:,\d\d)?\s?€\s?(?:/|al |por )(?:mes|semana|año)\b",
    ],
}

_PERK_RE = re.compile("|".join(p for ps in PERKS.values() for p in ps), re.IGNORECASE)
#: Prices are told by their currency sign.
_CURRENCIES = ("$", "€", "£")


def _perk_needles() -> tuple[str, ...]:
    """Strings one of which every perk holds (case-folded): the words each perk
    pattern needs, or a currency sign for a price. Found before the regex runs."""
    needles: set[str] = set(_CURRENCIES)
    for pattern in (p for ps in PERKS.values() for p in ps):
        if any(sign in pattern for sign in (r"\$", "€", "£")):  # a price: its sign is a needle
            continue
        found = required_literals([pattern])
        if not found or min(map(len, found)) < 3:
            raise ValueError(f"perk pattern needs a word of three letters or a price: {pattern}")
        needles |= found
    return tuple(sorted(needles))


_PERK_NEEDLES = _perk_needles()


def _is_perk(text: str) -> bool:
    if len(text) > 120:
        return False
    folded = fold(text[:200])
    return any(n in folded for n in _PERK_NEEDLES) and _PERK_RE.search(text, 0, 200) is not None
#: A perk list: this many items at least, and this share of its items.
_MIN_PERKS = 2
_PERK_SHARE = 0.4
#: A header line above a perk list: a few words, not a sentence.
_HEADER_WORDS = 6
_HEADER_WORD = re.compile(
    r"\b(?:cover|subscribe|subscription|access|membership|premium|plus|abo|abonnement|"
    r"abonnez|suscripción|suscríbete|offer|angebot|offre|oferta)\b",
    re.IGNORECASE,
)


def _list_runs(doc: Document) -> list[list[Block]]:
    """Runs of consecutive kept list items."""
    runs: list[list[Block]] = []
    current: list[Block] = []
    for block in doc.kept():
        if block.bullet is not None and (not current or current[-1].index == block.index - 1):
            current.append(block)
            continue
        if current:
            runs.append(current)
        current = [block] if block.bullet is not None else []
    if current:
        runs.append(current)
    return runs


def _is_perk_list(run: list[Block]) -> bool:
    if len(run) < _MIN_PERKS:
        return False
    perks = sum(1 for b in run if _is_perk(b.text))
    return perks >= _MIN_PERKS and perks >= _PERK_SHARE * len(run)


def _header(doc: Document, first: Block) -> Block | None:
    """The short line right above a perk list, if it belongs to it."""
    if first.index == 0:
        return None
    above = doc.blocks[first.index - 1]
    if above.removed or above.bullet is not None or above.words > _HEADER_WORDS:
        return None
    if above.text.endswith((".", "!", "?", ";", ",")):
        return None
    if not above.blank_after or _HEADER_WORD.search(above.text):
        return above
    return None


@rule(
    "subscription-perks",
    stage="chrome",
    order=300,
    description="Remove lists of subscriber perks and the header line above them",
)
def subscription_perks(doc: Document, ctx: RuleContext) -> None:
    for run in _list_runs(doc):
        if not _is_perk_list(run):
            continue
        header = _header(doc, run[0])
        if header is not None:
            ctx.remove(header, "header of a subscriber-perk list")
        for block in run:
            ctx.remove(block, "subscriber-perk list")


@rule(
    "subscription-blurb",
    stage="chrome",
    order=305,
    description="Remove short lines calling the reader to subscribe",
)
def subscription_blurb(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if fits(block, 30) and ctx.search("subscription", text) and sentences(text) <= 3:
            ctx.remove(block, "subscription blurb")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("subscription", CALLS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [subscription_perks, subscription_blurb]
