"""Advertisement labels, and affiliate-link disclosures.

Only whole lines are taken ("Advertisement", "- Anzeige -", "Story continues
below advertisement"): a sentence that mentions an advertisement is article
text. Under a sponsored-content label the headline-shaped lines are paid
teasers and go too; after a bare "Advertisement" the article goes on.

A disclosure is the site saying, in its own voice and in a short notice, that
it earns a commission on purchases through its links ("we may earn an
affiliate commission"); a story about affiliate marketing speaks of others.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import fits, remove_teasers, sentences

# Dashes, dots and brackets that pages put around the label.
_EDGE = r"[\s\-–—|:.·•*_\[\]()]*"

PATTERNS = {
    "en": [
        rf"^{_EDGE}(?:advertisements?|advert|ads?|sponsored(?: content| post| story)?|"
        rf"paid (?:content|post|partnership)|promoted(?: content)?|partner content){_EDGE}$",
        r"^(?:sponsored|brought to you|presented) by\s\S+(?:\s\S+){0,4}$",
        rf"^{_EDGE}(?:the )?(?:story|article|content) continues (?:below|after)"
        rf"(?: (?:this|the))? (?:advertisement|ad|advert){_EDGE}$",
        rf"^{_EDGE}(?:skip|close|remove|hide) (?:advertisement|ads?){_EDGE}$",
        rf"^{_EDGE}(?:ad feedback|report (?:this )?ad|advertise with us){_EDGE}$",
        rf"^{_EDGE}continue reading (?:the main story|below){_EDGE}$",
    ],
    "de": [
        rf"^{_EDGE}(?:anzeige|werbung|gesponsert|sponsored content){_EDGE}$",
        rf"^{_EDGE}(?:weiter nach der|lesen sie nach der) (?:anzeige|werbung){_EDGE}$",
        r"^(?:präsentiert|gesponsert|unterstützt) von\s\S+(?:\s\S+){0,4}$",
    ],
    "fr": [
        rf"^{_EDGE}(?:publicité|pub|contenu sponsorisé|article sponsorisé|"
        rf"contenu partenaire){_EDGE}$",
        rf"^{_EDGE}(?:la suite (?:de l'article )?après (?:cette|la) publicité|"
        rf"fin de la publicité){_EDGE}$",
        r"^(?:sponsorisé|présenté|offert) par\s\S+(?:\s\S+){0,4}$",
    ],
    "es": [
        rf"^{_EDGE}(?:publicidad|anuncio|contenido patrocinado|patrocinado){_EDGE}$",
        rf"^{_EDGE}(?:sigue leyendo|continúa) (?:después|debajo) de la publicidad{_EDGE}$",
        r"^(?:patrocinado|presentado|ofrecido) por\s\S+(?:\s\S+){0,4}$",
    ],
}

FAMILY = "advertisement"
#: The longest label taken ("Story continues below this advertisement").
_MAX_WORDS = 8
_MAX_CHARS = 80


# Labels over a list of paid teasers, whose headlines go with them ("Anzeige",
# like "Advertisement", marks one ad slot, after which the article goes on).
_PAID_LIST = re.compile(
    r"^\W*(?:sponsored(?: content| stories| links)?|paid (?:content|post)|promoted(?: stories)?|"
    r"partner content|from our partners|anzeigen|gesponsert|contenu sponsorisé|"
    r"contenido patrocinado|patrocinado)\W*$",
    re.IGNORECASE,
)


#: A sponsor's label in a newsletter, whose copy follows in the same group of lines.
_SPONSOR = re.compile(
    r"^\W*(?:(?:sponsored|brought to you|presented) by|(?:präsentiert|gesponsert|unterstützt) von|"
    r"(?:sponsorisé|présenté|offert) par|(?:patrocinado|presentado|ofrecido) por)\b",
    re.IGNORECASE,
)
#: A run of rule characters: a separator line, or one the reader joined to a line.
_RULE_CHARS = "-=_*~#─━═"
_EDGE_RULE = re.compile(rf"^[{_RULE_CHARS}]{{4,}}\s*|\s*[{_RULE_CHARS}]{{4,}}$")
#: Separator characters a label line may carry at its edges, at most.
_MAX_RULE_CHARS = 200
#: Sponsor copy: at most this many lines, each at most this many words.
_MAX_COPY_LINES = 3
_MAX_COPY_WORDS = 50


def _unruled(text: str) -> str:
    """``text`` without separator runs at its edges ("------ SPONSORED BY X")."""
    if text[:1] in _RULE_CHARS or text[-1:] in _RULE_CHARS:
        return _EDGE_RULE.sub("", text).strip()
    return text


def _is_label_line(text: str) -> bool:
    return 0 < len(text.split()) <= _MAX_WORDS and sentences(text) <= 1


def _remove_sponsor_copy(blocks: list[Block], start: int, ctx: RuleContext) -> None:
    """Remove the lines after a sponsor label in its group when a separator
    closes the group (the frame of a sponsor block in a newsletter)."""
    copy: list[Block] = []
    i = start
    while i < len(blocks) and len(copy) < _MAX_COPY_LINES and not blocks[i].blank_before:
        line = blocks[i]
        if line.words > _MAX_COPY_WORDS or len(line.text) > _MAX_COPY_WORDS * 10 + _MAX_RULE_CHARS:
            return
        copy.append(line)
        i += 1
        if _unruled(line.text) != line.text:
            break
    closed = bool(copy) and (
        _unruled(copy[-1].text) != copy[-1].text
        or (i < len(blocks) and len(blocks[i].text) <= _MAX_RULE_CHARS
            and not _unruled(blocks[i].text))
    )
    if closed:
        for line in copy:
            ctx.remove(line, "sponsor copy under a sponsor label")


@rule(
    "advertisement",
    stage="chrome",
    order=360,
    description="Remove advertisement labels ('Advertisement', 'Anzeige', 'Publicité'), "
    "the teaser headlines under a sponsored-content label and framed sponsor blocks",
)
def advertisement(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    for i, block in enumerate(blocks):
        if block.removed_by is not None or len(block.text) > _MAX_CHARS + _MAX_RULE_CHARS:
            continue
        text = _unruled(block.text)
        if len(text) > _MAX_CHARS or not _is_label_line(text) or not ctx.search(FAMILY, text):
            continue
        ctx.remove(block, "advertisement label")
        if _PAID_LIST.match(text):
            remove_teasers(blocks, i + 1, ctx, "teaser under a sponsored-content label")
        elif not block.blank_after and _SPONSOR.match(text):
            _remove_sponsor_copy(blocks, i + 1, ctx)


# The site's own word that it is paid for purchases made through its links.
AFFILIATE = {
    "en": [
        r"\bwe (?:may |might |could |will )?(?:earn|receive|get|make) (?:an? |some )?(?:small )?"
        r"(?:affiliate )?(?:commission|share of (?:the )?(?:sales?|revenue))",
        r"\b(?:this|our) (?:article|post|page|site|story|guide|content|review) "
        r"(?:contains|may contain|includes|uses) affiliate links\b",
        r"\bas an amazon associate\b",
        r"\bmay (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission "
        r"(?:if|when|from|on)\b",
        r"\b(?:may be|is|are) compensated\b.{0,60}?\blinks?\b",
        r"^(?:affiliate (?:disclosure|links?)|disclosure)\s*:",
    ],
    "de": [
        r"\b(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |eventuell |unter umständen )?"
        r"eine (?:kleine )?provision\b",
        r"\bwir (?:ggf\. |gegebenenfalls |eventuell )?eine (?:kleine )?provision erhalten\b",
        r"\b(?:sind|handelt es sich um) (?:sogenannte )?affiliate-links\b",
    ],
    "fr": [
        r"\bliens? (?:d'affiliation|affiliés?)\b",
        r"\bnous (?:pouvons |pourrions )?(?:percevoir|toucher|recevoir) une commission\b",
    ],
    "es": [
        r"\benlaces? de afiliad[oa]s?\b",
        r"\b(?:podemos|puede que) (?:recibir|obtener|ganar|llevarnos) una comisión\b",
    ],
}
_AFFILIATE_RE = re.compile("|".join(p for ps in AFFILIATE.values() for p in ps), re.IGNORECASE)


def _names_a_commission(text: str) -> bool:
    """Whether ``text`` holds a word every disclosure has (commission, affiliate,
    associate, compensated, disclosure, Provision, comisión, afiliado), looked
    for without its first letter so that either case of it is found."""
    return (
        "mmissi" in text
        or "ffili" in text
        or "ssociate" in text
        or "mpensat" in text
        or "isclos" in text
        or "rovisi" in text
        or "misión" in text
        or "filiad" in text
    )


#: A disclosure is a short notice, not a paragraph about the business.
_AFFILIATE_MAX_WORDS = 50
_OPENING_QUOTE = tuple("\"“„«‘'")


def _is_affiliate_disclosure(block: Block) -> bool:
    text = block.text
    return (
        fits(block, _AFFILIATE_MAX_WORDS)
        and _names_a_commission(text)
        and not text.startswith(_OPENING_QUOTE)
        and _AFFILIATE_RE.search(text) is not None
        and sentences(text) <= 3
    )


@rule(
    "affiliate-disclosure",
    stage="chrome",
    order=365,
    description="Remove notices that the site earns a commission on purchases through its links",
)
def affiliate_disclosure(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if _is_affiliate_disclosure(block):
            ctx.remove(block, "affiliate-link disclosure")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [advertisement, affiliate_disclosure]
