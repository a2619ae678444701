"""Advertisement labels: the word a page prints where an ad slot sits.

Only whole lines are taken ("Advertisement", "- Anzeige -", "Story continues
below advertisement"): a sentence that mentions an advertisement is article
text.
"""

from __future__ import annotations

from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule
from cleanpress.rules._chrome import marker_rule

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


advertisement = marker_rule(
    "advertisement",
    FAMILY,
    order=360,
    description="Remove advertisement labels ('Advertisement', 'Anzeige', 'Publicité')",
    reason="advertisement label",
    max_words=_MAX_WORDS,
)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [advertisement]
