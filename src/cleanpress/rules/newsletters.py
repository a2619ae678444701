"""Newsletter sign-up and app-download prompts.

A prompt opens with its call to action ("Sign up for ...", "Get the ... app",
"Newsletter abonnieren"), so patterns are anchored at the start of the block
and the block must be short: a quote or a paragraph that mentions a newsletter
stays.
"""

from __future__ import annotations

from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule
from cleanpress.rules._chrome import anywhere, guarded, marker_rule

# What a newsletter is called; bounded gaps (.{0,N}) keep matching linear.
_LETTER_EN = r"(?:newsletters?|briefings?|bulletins?|digest|e-?mails?|inbox|alerts?|updates)"
_LETTER_DE = r"(?:newsletter|briefing|e-?mail|postfach)"
_LETTER_FR = r"(?:newsletters?|lettres? d'information|infolettres?|e-?mails?|courriels?)"
_LETTER_ES = r"(?:boletín|boletines|newsletters?|correos?|e-?mails?)"

NEWSLETTER = {
    "en": [
        rf"^(?:sign up|signup|subscribe|register|opt in)\b.{{0,80}}?\b{_LETTER_EN}\b",
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


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {**by_language("newsletter", NEWSLETTER), **by_language("app", APP)}


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [newsletter_prompt, app_prompt]
