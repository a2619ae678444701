"""Advertisement labels: the word a page prints where an ad slot sits.

Only whole lines are taken ("Advertisement", "- Anzeige -", "Story continues
below advertisement"): a sentence that mentions an advertisement is article
text. Under a sponsored-content label the headline-shaped lines are paid
teasers and go too; after a bare "Advertisement" the article goes on.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules._chrome import is_short_line, remove_teasers

# Dashes, dots and brackets that pages put around the label.
_EDGE = r"[\s\-–—|:.·•*_\[\]()]*"

PATTERNS = {
    "en": [
        rf"^{_EDGE}(?:advertisements?|advert|ads?|sponsored(?: content| post| story)?|"
        rf"paid (?:content|post|partnership)|promoted(?: content)?|partner content){_EDGE}$",
        r"^sponsored by\s\S+(?:\s\S+){0,4}$",
        rf"^{_EDGE}(?:the )?(?:story|article|content) continues (?:below|after)"
        rf"(?: (?:this|the))? (?:advertisement|ad|advert){_EDGE}$",
        rf"^{_EDGE}(?:skip|close|remove|hide) (?:advertisement|ads?){_EDGE}$",
        rf"^{_EDGE}(?:ad feedback|report (?:this )?ad|advertise with us){_EDGE}$",
        rf"^{_EDGE}continue reading (?:the main story|below){_EDGE}$",
    ],
    "de": [
        rf"^{_EDGE}(?:anzeige|werbung|gesponsert|sponsored content){_EDGE}$",
        rf"^{_EDGE}(?:weiter nach der|lesen sie nach der) (?:anzeige|werbung){_EDGE}$",
    ],
    "fr": [
        rf"^{_EDGE}(?:publicité|pub|contenu sponsorisé|article sponsorisé|"
        rf"contenu partenaire){_EDGE}$",
        rf"^{_EDGE}(?:la suite (?:de l'article )?après (?:cette|la) publicité|"
        rf"fin de la publicité){_EDGE}$",
    ],
    "es": [
        rf"^{_EDGE}(?:publicidad|anuncio|contenido patrocinado|patrocinado){_EDGE}$",
        rf"^{_EDGE}(?:sigue leyendo|continúa) (?:después|debajo) de la publicidad{_EDGE}$",
    ],
}

FAMILY = "advertisement"
#: The longest label taken ("Story continues below this advertisement").
_MAX_WORDS = 8
_MAX_CHARS = 80


# Labels over a list of paid teasers, whose headlines go with them.
_PAID_LIST = re.compile(
    r"^\W*(?:sponsored(?: content| stories| links)?|paid (?:content|post)|promoted(?: stories)?|"
    r"partner content|from our partners|anzeigen?|gesponsert|contenu sponsorisé|"
    r"contenido patrocinado|patrocinado)\W*$",
    re.IGNORECASE,
)


@rule(
    "advertisement",
    stage="chrome",
    order=360,
    description="Remove advertisement labels ('Advertisement', 'Anzeige', 'Publicité') "
    "and the teaser headlines under a sponsored-content label",
)
def advertisement(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    for i, block in enumerate(blocks):
        text = block.text
        if len(text) > _MAX_CHARS or block.removed_by is not None:
            continue
        if ctx.search(FAMILY, text) and is_short_line(block, _MAX_WORDS):
            ctx.remove(block, "advertisement label")
            if _PAID_LIST.match(text):
                remove_teasers(blocks, i + 1, ctx, "teaser under a sponsored-content label")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [advertisement]
