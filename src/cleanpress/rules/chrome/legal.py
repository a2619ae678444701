"""Rights footers, cookie-consent notices and the consent lines of sign-up forms.

A rights footer opens with a copyright sign or the word and a year, or says
"all rights reserved" in a short line; an article about copyright law neither
opens that way nor is that short. The site footer naming the blog software
("Proudly powered by WordPress") goes the same way. A cookie notice speaks of the site's own use
of cookies together with consent words (accept, privacy, settings), so a story
about baking cookies stays. A form's consent line opens with the act that
binds ("By clicking Sign Up", "By submitting"), says soon after that I or you
agree, consent or confirm, and names what to (terms, privacy, messages); a
paragraph about signing a contract does not open that way.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import anywhere, is_short_line, marker_rule

_YEAR = r"(?:19|20)\d{2}"

COPYRIGHT = {
    "en": [
        rf"^(?:©|\(c\)|&copy;|copyright\s*(?:©|\(c\)|{_YEAR}))",
        anywhere(r"\ball rights reserved\b"),
        r"^this (?:material|article|content|story) may not be (?:published|reproduced|copied)\b",
        # The footer naming the site's software or theme.
        r"^proudly powered by\s\S+(?:\s\S+){0,3}$",
        r"^powered by (?:wordpress(?:\.com| vip)?|ghost|substack|drupal|joomla|blogger|wix|"
        r"squarespace|tumblr|jekyll|hugo|shopify)\W*$",
        r"^blog at wordpress\.com\b",
        r"^this site is protected by recaptcha\b",
        r"^theme\s*:\s*\S+(?:\s\S+){0,3} by\s\S+(?:\s\S+){0,3}$",
    ],
    "de": [
        anywhere(r"\balle rechte vorbehalten\b"),
        r"^(?:stolz )?präsentiert von wordpress\b",
    ],
    "fr": [
        anywhere(r"\btous droits (?:de reproduction )?réservés\b"),
        r"^(?:fièrement )?propulsé par\s\S+(?:\s\S+){0,3}$",
    ],
    "es": [
        anywhere(r"\b(?:todos los )?derechos reservados\b"),
        r"^(?:funciona gracias a|con la tecnología de|desarrollado con) wordpress\b",
    ],
}

# Footer links to the site's legal pages, taken only in runs of two or more.
_LEGAL_LINK = re.compile(
    r"^(?:terms(?: of (?:use|service)| and conditions| & conditions)?|privacy(?: policy| notice)?|"
    r"cookie policy|cookies|contact(?: us)?|imprint|legal notice|accessibility|sitemap|"
    r"impressum|datenschutz(?:erklärung)?|nutzungsbedingungen|agb|kontakt|"
    r"mentions légales|politique de confidentialité|conditions générales(?: d'utilisation)?|"
    r"aviso legal|política de privacidad|términos y condiciones|contacto)"
    r"(?:\s*[|·•,]\s*(?:terms|privacy|cookie|contact|imprint|impressum|datenschutz|"
    r"mentions|politique|aviso|política|términos)[^|·•,]{0,30})*$",
    re.IGNORECASE,
)
_LEGAL_LINK_CHARS = 120

# The site's own use of cookies, or a consent button.
COOKIE = {
    "en": [
        anywhere(r"\bwe (?:and our partners )?use cookies\b"),
        anywhere(r"\b(?:this|our) (?:web)?site uses cookies\b"),
        r"^(?:accept|allow|reject|decline|refuse|manage)(?: all)? cookies\b",
        r"^cookie (?:settings|preferences|policy|consent|notice)\b",
        anywhere(
            r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? "
            r"you (?:agree|consent|accept)"
        ),
    ],
    "de": [
        anywhere(r"\bwir (?:verwenden|nutzen|setzen) cookies\b"),
        anywhere(r"\bdiese (?:web)?seite (?:verwendet|nutzt) cookies\b"),
        r"^(?:alle )?cookies (?:akzeptieren|ablehnen|zulassen)\b",
        r"^cookie-?(?:einstellungen|richtlinie|hinweis)\b",
    ],
    "fr": [
        anywhere(r"\b(?:nous utilisons|ce site utilise) des cookies\b"),
        r"^(?:accepter|refuser|gérer) (?:tous )?(?:les )?cookies\b",
        r"^(?:paramètres|gestion) des cookies\b",
    ],
    "es": [
        anywhere(r"\b(?:utilizamos|usamos) cookies\b"),
        anywhere(r"\beste (?:sitio(?: web)?|portal) (?:utiliza|usa) cookies\b"),
        r"^(?:aceptar|rechazar|configurar) (?:todas )?(?:las )?cookies\b",
        r"^(?:configuración|política) de cookies\b",
    ],
}

# The consent line under a sign-up, quote or contact form: the act, then the agreement.
_ACT_GAP = r"\b.{0,160}?\b"
#: ... and what is agreed to: terms, privacy, messages (a how-to's "by clicking the
#: link you confirm your address" names none).
_TERMS_EN = (r"\b.{0,200}?(?:terms|privacy|polic|conditions|agreement|notice|messag|"
             r"communicat|marketing|licen[cs]e|statement|contact|\d\d?\+|\bage\b)")
CONSENT = {
    "en": [
        r"^by (?:clicking|tapping|pressing|signing up|subscribing|submitting|registering|"
        r"continuing|joining|checking|selecting|creating|entering|providing|proceeding)"
        rf"{_ACT_GAP}(?:i|you)(?: also| hereby)? (?:agree|consent|confirm|acknowledge|accept)\b"
        + _TERMS_EN,
    ],
    "de": [
        r"^mit (?:dem klick auf|dem absenden|der anmeldung|ihrer anmeldung|der registrierung|"
        rf"dem abonnieren){_ACT_GAP}(?:stimme|stimmen sie|akzeptiere|akzeptieren sie|"
        r"erkläre|erklären sie|bestätige|bestätigen sie)\b.{0,200}?(?:agb|datenschutz|"
        r"bedingungen|newsletter|werbung|kontakt|informationen)",
    ],
    "fr": [
        r"^en (?:cliquant|vous inscrivant|vous abonnant|soumettant|validant|continuant|"
        rf"cochant|créant){_ACT_GAP}(?:vous acceptez|j'accepte|vous consentez|je consens|"
        r"vous reconnaissez|vous confirmez|je confirme)\b.{0,200}?(?:conditions|"
        r"confidentialit|politique|données|newsletter|communications|messages)",
    ],
    "es": [
        r"^al (?:hacer clic|pulsar|registrarte|registrarse|suscribirte|suscribirse|enviar|"
        rf"continuar|marcar|crear){_ACT_GAP}(?:aceptas|acepto|acepta|confirmas|confirmo|"
        r"consientes|consiento|reconoces)\b.{0,200}?(?:términos|condiciones|privacidad|"
        r"política|datos|comunicaciones|mensajes)",
    ],
}

# A sentence mentioning cookies is a notice only beside one of these words.
_CONSENT = re.compile(
    r"consent|accept|privacy|polic|settings|preferences|experience|analytic|personali[sz]|"
    r"third[- ]part|partners|browsing|zustimm|einwillig|datenschutz|akzeptier|einstellung|"
    r"consentement|accepter|confidentialité|paramètre|expérience|navigation|"
    r"consentimiento|aceptar|privacidad|configura|experiencia|navegación",
    re.IGNORECASE,
)
_FULL_LINE_BUTTON = re.compile(
    r"^\W*(?:accept|reject|manage|allow|akzeptier|accepter|aceptar)", re.IGNORECASE
)


copyright_notice = marker_rule(
    "copyright-notice",
    "copyright",
    order=380,
    description="Remove copyright and all-rights-reserved footers and 'powered by' lines",
    reason="copyright or site footer",
    max_words=40,
    max_sentences=3,
)


consent_notice = marker_rule(
    "consent-notice",
    "consent",
    order=386,
    description="Remove the consent lines of sign-up and contact forms ('By clicking Subscribe, "
    "you agree to our Terms')",
    reason="consent line of a form",
    max_words=80,
    max_sentences=5,
)


@rule(
    "cookie-notice",
    stage="chrome",
    order=385,
    description="Remove cookie and consent notices and their buttons",
)
def cookie_notice(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        text = block.text
        if "ookie" not in text or not is_short_line(block, 70, max_sentences=4):
            continue
        if ctx.search("cookie", text) and (
            _CONSENT.search(text, 0, 1000) or _FULL_LINE_BUTTON.match(text)
        ):
            ctx.remove(block, "cookie consent notice")


def _is_legal_link(block: Block) -> bool:
    return len(block.text) <= _LEGAL_LINK_CHARS and _LEGAL_LINK.match(block.text) is not None


@rule(
    "legal-links",
    stage="chrome",
    order=390,
    description="Remove runs of footer links to legal pages (terms, privacy, contact)",
)
def legal_links(doc: Document, ctx: RuleContext) -> None:
    run = [b for b in doc.kept() if _is_legal_link(b)]
    chosen = {b.index for b in run}
    blocks = doc.blocks
    for block in run:
        # Beside another legal link or the rights footer, or several links on one line.
        beside = [blocks[i] for i in (block.index - 1, block.index + 1) if 0 <= i < len(blocks)]
        if (
            "|" in block.text
            or "·" in block.text
            or "," in block.text
            or any(b.index in chosen or b.removed_by == "copyright-notice" for b in beside)
        ):
            ctx.remove(block, "footer link to a legal page")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {**by_language("copyright", COPYRIGHT), **by_language("cookie", COOKIE),
            **by_language("consent", CONSENT)}


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [copyright_notice, cookie_notice, consent_notice, legal_links]
