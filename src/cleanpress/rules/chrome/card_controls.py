"""The controls of a shop's grid of cards, line by line: its sort bar and each
card's buttons, counters and badges.

A category page or a search page scraped whole keeps, as lines of their own,
the bar above its grid ("Sort by: Best Match", "Skip to search results", the
result count "Showing 1–24 of 514 results", the "Filters" and "View as Grid List"
buttons) and the buttons, counters and badges of every card ("Compare", "Quick
view", "Choose options", "Read more", "In stock", "28 reviews", "Best seller").
They are controls and decoration, not what the entries say; repeated under every
card they outweigh the cards' names. A line is taken when the ``card_control`` marker
family matches it whole, on every page type (the shop-widget rule leaves a
listing's repeated labels alone because some of them are the entries' own:
"Only 2 left", "Free shipping"; these are not). A sentence using the same
words ("Compare the two kettles side by side.") stays. The rule runs after
section-label: a card's name over its lone "Shop now" button is no label of
removed chrome.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import PROSE_END

FAMILY = "card_control"

#: Where a whole-line label ends.
_END = r"[\s.!:?*»›>→]*$"
_COUNT = r"\(?\d[\d.,]*\)?"
#: A number or a range of them ("1–24", "1 - 12", "1 to 30").
_RANGE = r"\d[\d,]*(?:\s*(?:[-–—]|to)\s*\d[\d,]*)?"
#: A grid's result count: "514 items", "loaded 296 results", "Items 1-24 of 123".
_RESULTS = (
    r"(?:(?:showing|loaded|displaying)(?: all)? )?(?:(?:items|results|products) " + _RANGE
    + r"(?: of \d[\d,]*)?|\(?" + _RANGE + r"(?: of \d[\d,]*)? (?:results?|products?|items?)\)?)"
)

PATTERNS = {
    "en": [
        # A card's buttons.
        r"^(?:(?:add to |remove from )?compare(?: (?:products?|items?|now))?(?: \(\d+\))?"
        r"|quick (?:view|shop|look|add|buy)(?: \+? ?\d+ colou?rs?)?"
        r"|(?:choose|select|see|view) (?:options|sizes)|shop now"
        r"|(?:read|learn|see|find out|discover) more|continue reading"
        r"|(?:in|out of) stock(?: online| in store)?|back.?order(?:ed)?"
        r"|" + _COUNT + r" (?:reviews?|ratings?)"
        # The labels a shop's theme writes for screen readers beside a card's price.
        r"|unit price(?: ?/? ?per)?|(?:regular|sale|original|current) price"
        # A card's badge, alone on its line.
        r"|new(?: arrivals?)?|(?:on )?sale|best ?sellers?|top rated|limited edition|exclusive"
        r"|just in|online only|low stock|sold out"
        # The bar above the grid.
        r"|sort(?: by)?|sort(?: by:?|:) [\w+&,-]+(?: [\w+&,-]+){0,4}"
        r"|skip to (?:search )?(?:results|product (?:list|grid)|products)"
        r"|skip to (?:the )?(?:main )?content|to the page content"
        r"|(?:view|show|load|see) (?:more|all)(?: (?:products|results|items))?"
        # The grid's result count ("Showing 1–24 of 514 results", "(143 products)").
        r"|" + _RESULTS + r"|(?:showing|displaying) " + _RANGE + r" of \d[\d,]*"
        # The grid's filter, view and page-size buttons.
        r"|filters?|(?:filter|sort) (?:(?:and|&) )?(?:sort|filter)|clear (?:all )?filters"
        r"|search within|view as(?: (?:grid|list)){0,2}|(?:items |results |products )?per page"
        r"|(?:show|view) ?: ?[\d ]*)" + _END,
    ],
    "de": [
        r"^(?:(?:zum )?vergleich(?:en)?|schnellansicht|(?:optionen|größen) (?:wählen|ansehen)"
        r"|sortieren(?: nach)? ?:?(?: [\w&-]+(?: [\w&-]+){0,3})?|mehr (?:anzeigen|laden)"
        r"|(?:nicht )?auf lager"
        r"|" + _COUNT + r" (?:bewertungen|rezensionen))" + _END,
    ],
    "fr": [
        r"^(?:(?:ne plus )?comparer(?: ne plus comparer)?|ajouter au comparateur"
        r"|aperçu rapide|voir les options|trier par ?:?(?: [\w&-]+(?: [\w&-]+){0,3})?"
        r"|(?:voir|afficher|charger) plus|(?:en|hors) stock|rupture de stock|(?:en|sur) commande"
        r"|" + _COUNT + r" avis)" + _END,
    ],
    "es": [
        r"^(?:comparar|vista rápida|ver opciones|ordenar por ?:?(?: [\w&-]+(?: [\w&-]+){0,3})?"
        r"|(?:ver|mostrar|cargar) más|(?:en|sin) stock|" + _COUNT + r" (?:reseñas|opiniones))"
        + _END,
    ],
}

#: A control line has at most this many words and characters.
_MAX_WORDS = 10
_MAX_CHARS = 80


@rule(
    "card-control",
    stage="tidy",
    order=505,
    description="Remove the sort bar of a shop's grid and its cards' buttons and counters "
    "('Sort by: Best Match', 'Compare', 'Quick view', '28 reviews')",
)
def card_control(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if (
            block.words <= _MAX_WORDS and len(block.text) <= _MAX_CHARS and block.kind != "code"
            and ctx.search(FAMILY, block.text) is not None
        ):
            ctx.remove(block, "control of a grid of cards (sort bar or card button)")


#: The verbs a card's button opens with ("View company profile", "Back to project",
#: "Take a closer look", "Buy on Amazon"), by language.
BUTTON_FAMILY = "card_button"
BUTTON_PATTERNS = {
    "en": [
        r"^(?:back to|jump to|go to|sign up|view|see|read|explore|apply|get|buy|book|shop|learn"
        r"|discover|find|try|start|add|select|take|visit|download|watch|compare|show|open"
        r"|check|request|contact|order|join|register|subscribe|more|rate|clear|save|share"
        r"|hide|close|report|reply|write|choose)\b",
    ],
    "de": [r"^(?:zurück zu|zum|zur|mehr|jetzt|details|ansehen|entdecken|lesen|kaufen|buchen"
           r"|bestellen|anfragen|herunterladen)\b"],
    "fr": [r"^(?:retour (?:à|au|aux)|voir|lire|découvrir|acheter|réserver|commander|télécharger"
           r"|en savoir plus|plus de)\b"],
    "es": [r"^(?:volver a|ver|leer|descubrir|comprar|reservar|pedir|descargar|más)\b"],
}
#: A button line has at most this many words, no digits, and is a link or no
#: sentence (a step of a how-to, "Click Save.", ends like one) and no field ("See it
#: now: Amazon" names where to buy the item above it), ...
_BUTTON_WORDS = 6
_LINKED = 0.9
#: ... and stands, word for word, under this many cards or more.
BUTTON_COPIES = 3
_HAS_DIGIT = re.compile(r"\d")


@rule(
    "card-button",
    stage="tidy",
    order=506,
    description="Remove a button (a link, or a line that is no sentence) that stands word "
    "for word under several cards and opens with a verb ('View company profile', 'Back to "
    "project', 'Rate this book')",
    kinds=("html",),
)
def card_button(doc: Document, ctx: RuleContext) -> None:
    copies: dict[str, list[Block]] = {}
    for block in doc.kept():
        if (block.words <= _BUTTON_WORDS and block.kind not in ("code", "heading")
                and (block.link_density >= _LINKED
                     or not (block.text.endswith(PROSE_END) or ":" in block.text))
                and not _HAS_DIGIT.search(block.text)):
            copies.setdefault(block.text.casefold(), []).append(block)
    for blocks in copies.values():
        if len(blocks) >= BUTTON_COPIES and ctx.search(BUTTON_FAMILY, blocks[0].text) is not None:
            for block in blocks:
                ctx.remove(block, "button repeated under the cards of a grid")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {**by_language(FAMILY, PATTERNS), **by_language(BUTTON_FAMILY, BUTTON_PATTERNS)}


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [card_control, card_button]
