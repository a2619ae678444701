"""Newsletter sign-up and app-download prompts, and newsletter boxes.

A prompt opens with its call to action ("Sign up for ...", "Get the ... app",
"Newsletter abonnieren"), so patterns are anchored at the start of the block
and the block must be short: a quote or a paragraph that mentions a newsletter
stays. A box is such a heading with, in the same group of lines, a short blurb
("Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.") and a button
("Jetzt anmelden"); the blurb goes when a button follows it or it promises
delivery, so a subheading "Newsletter" over article prose keeps its prose.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import anywhere, guarded, is_short_line, marker_rule

# What a newsletter is called; bounded gaps (.{0,N}) keep matching linear.
_LETTER_EN = r"(?:newsletters?|briefings?|bulletins?|digest|e-?mails?|inbox|alerts?|updates)"
_LETTER_DE = r"(?:newsletter|briefing|e-?mail|postfach)"
_LETTER_FR = r"(?:newsletters?|lettres? d'information|infolettres?|e-?mails?|courriels?)"
_LETTER_ES = r"(?:boletín|boletines|newsletters?|correos?|e-?mails?)"
#: A character of the gap before the newsletter word, where no word says the
#: address is a means ("using the same email", "via your existing email").
_NOT_MEANS = r"(?:(?!\b(?:using|via|same|existing)\b).)"

NEWSLETTER = {
    "en": [
        # (Not where the e-mail is the means: "Sign up for the bundle using the same email".)
        rf"^(?:sign up|signup|subscribe|register|opt in)\b{_NOT_MEANS}{{0,80}}?\b{_LETTER_EN}\b",
        r"^(?:(?:our|the|free|daily|weekly|morning|evening)\s){0,3}newsletters?[.:!]?$",
        r"^(?:get|receive|have)\b.{0,80}?\b(?:in|to|into|straight to|delivered to) your inbox\b",
        r"^(?:sent|delivered) (?:straight |directly )?to your inbox\b",
        r"^enter your e-?mail(?: address)?\b",
        r"^(?:your )?e-?mail(?: address)?\s*[:*]?$",
        r"^(?:thanks|thank you) for (?:signing up|subscribing)\b",
        r"^by (?:signing up|subscribing|entering your e-?mail|clicking (?:sign up|subscribe))\b",
        r"^sign (?:me )?up(?: now| today| here| for free)?[.!]?$",
        r"^thanks for reading\b.{0,80}?\bsubscribe\b",
        r"^(?:type|enter) your e-?mail\b",
        anywhere(r"\b(?:delivered|sent) (?:straight |directly )?to your inbox\b", 200),
        r"^(?:get|try) our\b.{0,40}?\bnewsletters?\b",
        r"^(?:join|sign up for|subscribe to|get) (?:the|our)\b.{0,40}?\bnewsletters?\b",
        # Tried only where the marker prefilter finds "newsletter".
        anywhere(r"[?!]\s+(?:join|sign up for|subscribe to|get) (?:the|our)\b"
                 r".{0,40}?\bnewsletters?\b", 40),
        guarded(r"^(?:\S+\s){0,4}newsletters?$"),
        anywhere(r"\bunsubscribe (?:at any time|anytime)\b", 200),
        # News delivered on a schedule: "The stories that matter, delivered weekday mornings."
        anywhere(r"\b(?:news|stories|headlines|briefing|digest|newsletter)\b.{0,60}?"
                 r"\bdelivered\b.{0,20}?\b(?:every (?:morning|day|weekday|week)|"
                 r"weekday mornings|each (?:morning|week)|daily|weekly)\b", 200),
        anywhere(r"\bmeet your inbox\b", 200),
        r"^(?:keep an eye on|check) your inbox\b",
        r"^please check the opt-?in box\b",
        r"^there was an error processing your (?:subscription|sign-?up)\b",
        r"^there was a problem subscribing you\b",
        r"^you(?: have|'ve) (?:been )?(?:successfully )?(?:subscribed|signed up)\b",
        r"^no spam\b",
        r"^i (?:agree|consent|would like)\b.{0,80}?\b(?:newsletters?|e-?mails?)\b",
    ],
    "de": [
        rf"^(?:jetzt |hier )?(?:zum |für den |unseren |den )?{_LETTER_DE}[- ]"
        r"(?:abonnieren|bestellen|anmelden)\b",
        r"^(?:melden sie sich|abonnieren sie)\b.{0,60}?\bnewsletter\b",
        r"^(?:ihre |deine )?e-?mail-adresse\s*[:*]?$",
        r"^(?:der |unser )?newsletter(?: der redaktion)?[.:!]?$",
        r"^(?:danke|vielen dank) für (?:ihre|deine) anmeldung\b",
    ],
    "fr": [
        rf"^(?:inscrivez-vous|abonnez-vous|recevez|s'inscrire|je m'inscris)\b"
        rf".{{0,60}}?\b{_LETTER_FR}",
        r"^(?:votre |entrez votre )(?:adresse )?e-?mail\s*[:*]?$",
        r"^(?:la |notre )?newsletter[.:!]?$",
    ],
    "es": [
        rf"^(?:suscr[íi]bete|suscr[íi]base|reg[íi]strate|rec[íi]be|reciba|ap[úu]ntate)\b"
        rf".{{0,60}}?\b{_LETTER_ES}",
        r"^(?:introduce|ingresa|escribe) tu (?:correo|e-?mail)\b",
        r"^(?:el |nuestro )?(?:boletín|newsletter)[.:!]?$",
    ],
}

# The thing offered: "the app", "our free app", "the Example News app".
APP = {
    "en": [
        r"^(?:(?:click|tap) here to )?(?:download|get|install|try)\s(?:the|our)\b"
        r".{0,40}?\bapps?\b",
        r"^(?:available|download it|get it) on (?:the )?(?:app store|google play)\b",
        r"^(?:download on the app store|get it on google play)$",
        r"^get \S+(?:\s\S+){0,3} on the go\b.{0,30}?\bclick",
    ],
    "de": [
        r"^(?:laden sie|lade|hol dir|holen sie sich|jetzt)\b.{0,40}?\bapp\b",
        r"^(?:die )?\S+(?:\s\S+)?[- ]app (?:herunterladen|laden|installieren)\b",
    ],
    "fr": [r"^(?:téléchargez|télécharger|installez)\b.{0,30}?\b(?:application|appli|app)\b"],
    "es": [r"^(?:descarga|descargue|descargar|instala)\b.{0,30}?\b(?:aplicación|app)\b"],
}

#: The longest prompt taken: one or two short sentences.
_MAX_WORDS = 40


newsletter_prompt = marker_rule(
    "newsletter-prompt",
    "newsletter",
    order=300,
    description="Remove newsletter sign-up prompts and e-mail fields",
    reason="newsletter sign-up prompt",
    max_words=_MAX_WORDS,
    max_sentences=2,
)

app_prompt = marker_rule(
    "app-prompt",
    "app",
    order=305,
    description="Remove prompts to download the publisher's app",
    reason="app download prompt",
    max_words=25,
    max_sentences=2,
)


#: A sign-up button under a box's blurb ("Jetzt anmelden", "S'inscrire"): a whole line.
BUTTONS = {
    "en": [
        r"(?:sign (?:me )?up|subscribe|register|join|submit|get it|count me in)"
        r"(?: now| today| here| for free)?"
    ],
    "de": [r"(?:jetzt |hier |gratis |kostenlos )?(?:anmelden|abonnieren|registrieren)"],
    "fr": [r"s'inscrire|je m'inscris|inscrivez-vous|je m'abonne|valider"],
    "es": [r"suscr[íi]bete|suscribirme|reg[íi]strate|apúntate|enviar"],
}
#: What a blurb promises: delivery to the inbox, or at a set time.
DELIVERY = {
    "en": [
        r"inbox|e-?mail|every (?:morning|day|evening|week|weekday|friday|sunday)|"
        r"each (?:morning|day|week)|daily|weekly"
    ],
    "de": [r"postfach|jeden (?:morgen|tag|abend|freitag)|täglich|wöchentlich"],
    "fr": [r"boîte (?:mail|de réception)|chaque (?:matin|jour|soir|semaine)"],
    "es": [r"bandeja de entrada|cada (?:mañana|día|semana)|correo"],
}
_BUTTON = re.compile(
    r"^\W*(?:" + "|".join(p for ps in BUTTONS.values() for p in ps) + r")\W*$", re.IGNORECASE
)
_DELIVERY = re.compile(
    r"\b(?:" + "|".join(p for ps in DELIVERY.values() for p in ps) + r")\b", re.IGNORECASE
)
#: A button is a few words.
_BUTTON_CHARS = 40
#: The blurb of a box is one or two short sentences.
_BLURB_WORDS = 35
_BLURB_CHARS = 300


def _is_button(block: Block) -> bool:
    return len(block.text) <= _BUTTON_CHARS and _BUTTON.match(block.text) is not None


def _is_blurb(block: Block, below: Block | None) -> bool:
    """A short line of a newsletter box: followed in its group by a sign-up
    button, or promising delivery to the inbox or at a set time."""
    text = block.text
    if len(text) > _BLURB_CHARS or not is_short_line(block, _BLURB_WORDS, 2):
        return False
    button_below = below is not None and not below.blank_before and _is_button(below)
    return bool(button_below) or _DELIVERY.search(text) is not None


@rule(
    "newsletter-box",
    stage="chrome",
    order=302,
    description="Remove the blurb and button of a newsletter box under its sign-up heading",
)
def newsletter_box(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.blocks
    for head in doc.removed():
        if head.removed_by != "newsletter-prompt" or head.blank_after or head.words > 6:
            continue
        # The lines of the heading's group: blurb, then maybe a button.
        i = head.index + 1
        while i < len(blocks) and i - head.index <= 3 and not blocks[i].blank_before:
            block = blocks[i]
            below = blocks[i + 1] if i + 1 < len(blocks) else None
            if block.removed:
                pass
            elif _is_button(block):
                ctx.remove(block, "sign-up button of a newsletter box")
            elif _is_blurb(block, below):
                ctx.remove(block, "blurb of a newsletter box")
            else:
                break
            i += 1


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {**by_language("newsletter", NEWSLETTER), **by_language("app", APP)}


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [newsletter_prompt, newsletter_box, app_prompt]
