"""The widgets of a shop's product page, line by line: buying and reviews.

A product page scraped whole keeps the labels of its buy box ("Add to cart",
"In stock", "Select a size", "Free shipping on orders over $50") and the
chrome of its review widget ("Verified buyer", "Was this helpful?", "Based on
1,204 reviews", "Rated 4.8 out of 5") as lines of their own. A line is taken
when the ``shop`` marker family matches it whole; a sentence of the product's
description that uses the same words ("Free shipping is included in the
price of the kettle.") stays. On a listing or a collection the same labels
are the entries' own ("Sold out" under a card), so the rule leaves those pages
alone, and a label standing three times or more (digits aside: "Only 2 left",
"Only 4 left") is a card's wherever it is.
"""

from __future__ import annotations

import re
from collections import Counter

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

FAMILY = "shop"

#: Where a whole-line label ends.
_END = r"[\s.!:?*]*$"
_COUNT = r"\(?[\d.,]+\)?"

PATTERNS = {
    "en": [
        # The buy box.
        r"^(?:add(?:ed)? to (?:cart|bag|basket|trolley|wish ?list|registry|compare)"
        r"|buy (?:it )?now|view (?:cart|bag|basket)|(?:proceed|continue|go) to checkout"
        r"|continue shopping|your (?:shopping )?(?:cart|bag|basket) is empty"
        r"|(?:in|out of) stock(?: online| in store)?|only \d+ left(?: in stock)?|sold out"
        r"|temporarily (?:out of stock|unavailable)|discontinued|coming soon"
        r"|notify me(?: when (?:available|in stock|it'?s back))?"
        r"|(?:please )?(?:select|choose) (?:an? |your )?(?:size|colou?r|option|style)s?"
        r"|(?:quantity|qty|subtotal)|secure checkout|free returns"
        r"|free (?:standard |express |uk |us )?(?:shipping|delivery)"
        r"(?: (?:&|and) (?:free )?returns)?"
        r"(?: on (?:all )?orders?(?: (?:over|of|above) \S+)?)?"
        r"|(?:free )?(?:in-?store )?pick ?up(?: in store)?(?: available)?"
        r"|ships (?:in|within) \d+(?:-\d+)? (?:business |working )?days)" + _END,
        # The review widget.
        r"^(?:verified (?:buyer|purchase|owner|reviewer)"
        r"|was this (?:review )?helpful\??(?: yes(?: " + _COUNT + r")?(?: no(?: " + _COUNT
        + r")?)?)?|\d+ (?:people|persons?|customers?) found this helpful"
        r"|based on " + _COUNT + r" (?:reviews?|ratings?)"
        r"|rated [\d.]+ out of 5(?: stars)?|[\d.]+ out of 5 stars"
        r"|\d+% of (?:reviewers|customers|buyers|respondents) (?:would )?recommend"
        r"(?: this (?:product|item))?(?: to a friend)?"
        r"|write a review|(?:be the first to )?review this (?:product|item)"
        r"|sort (?:reviews )?by|filter reviews|report (?:abuse|this review))" + _END,
    ],
    "de": [
        r"^(?:in den (?:warenkorb|einkaufswagen)|jetzt kaufen|zur kasse(?: gehen)?"
        r"|(?:nicht )?auf lager|(?:nicht |sofort )?(?:verfügbar|lieferbar)|ausverkauft"
        r"|(?:größe|farbe|variante) (?:wählen|auswählen)|menge|zwischensumme"
        r"|kostenlose[rn]? (?:versand|lieferung|rückversand)|auf die wunschliste"
        r"|verifizierter kauf|war diese bewertung hilfreich\??|bewertung schreiben"
        r"|basierend auf " + _COUNT + r" bewertungen)" + _END,
    ],
    "fr": [
        r"^(?:ajouter au panier|acheter maintenant|voir (?:le|mon) panier"
        r"|passer (?:la|à la) commande|(?:produit )?(?:en|hors) stock|rupture de stock|épuisé"
        r"|(?:produit )?(?:non )?disponible(?: sur commande)?|quantité|sous-total"
        r"|livraison (?:offerte|gratuite)|retours? gratuits?|retrait en magasin"
        r"|choisi(?:r|ssez) (?:une|la|votre) (?:taille|couleur)"
        r"|achat vérifié|cet avis (?:vous )?a-t-il été utile ?\??|(?:écrire|rédiger) un avis"
        r"|basé sur " + _COUNT + r" avis)" + _END,
    ],
    "es": [
        r"^(?:(?:añadir|agregar) al (?:carrito|carro)|comprar (?:ahora|ya)|ver (?:el )?carrito"
        r"|finalizar (?:la )?compra|(?:en|sin) stock|agotado|cantidad|envío gratis"
        r"|devoluciones gratis|(?:elige|selecciona) (?:una |la |tu )?(?:talla|color)"
        r"|compra verificada|¿te (?:ha )?(?:resultado|resultó|fue) útil\??"
        r"|escribir (?:una )?(?:reseña|opinión)|basado en " + _COUNT + r" (?:reseñas|opiniones))"
        + _END,
    ],
}

#: A widget line has at most this many words and characters.
_MAX_WORDS = 12
_MAX_CHARS = 100
#: Page types whose entries carry these labels as their own.
_ENTRY_PAGES = frozenset({"listing", "collection"})
#: A label seen this often (digits aside) is the label of a listing's cards, even
#: where the page's type is not known (plain text).
_CARD_LABEL_COPIES = 3
_DIGITS = re.compile(r"\d+")


@rule(
    "shop-widget",
    stage="chrome",
    order=327,
    description="Remove the buy-box and review-widget lines of a shop's product page "
    "('Add to cart', 'In stock', 'Verified buyer', 'Was this helpful?')",
)
def shop_widget(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type in _ENTRY_PAGES:
        return
    found = [
        block for block in doc.kept()
        if block.words <= _MAX_WORDS and len(block.text) <= _MAX_CHARS
        and block.kind != "code" and ctx.search(FAMILY, block.text) is not None
    ]
    shapes = Counter(_shape(block.text) for block in found)
    for block in found:
        if shapes[_shape(block.text)] < _CARD_LABEL_COPIES:
            ctx.remove(block, "shop widget line (buying or reviews)")


def _shape(text: str) -> str:
    """The text case-folded, its digits made alike ("Only 2 left" ~ "Only 4 left")."""
    return _DIGITS.sub("0", text.casefold())


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [shop_widget]
