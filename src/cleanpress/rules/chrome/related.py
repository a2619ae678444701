"""Related-content labels and the teaser lines listed under them.

A label is a whole short line ("Read more", "Related", "You may also like",
"Mehr zum Thema", "À lire aussi", "Lee también"), or the label of a shop's rail
of other products ("Customers also bought", "Frequently bought together",
"Similar items", "Kunden kauften auch"), or a label with a colon
followed by one linked headline ("Read more: Why the bridge closed"). The
headline-shaped lines right after a bare label are its teasers and go with it,
up to the first line shaped like article prose; after a "Learn more" or "Read
more" link (the button of the section above it) followed by a heading (the next
section's) only the link goes. A bare label that is no link in a page's markup,
followed by a line of a field and its value ("Memory: 16 GB RAM", "UPC: 7223250"), heads a group of
fields (a game's "Recommended:" system requirements, a "More" details panel)
and stays with them.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import PROSE_END, is_short_line, remove_teasers

# A label may stand in brackets: "[Related: ...]".
_OPEN = r"^[\[(]?\s*"
# A label ends the line, or is followed by a colon and a teaser headline.
_TAIL = r"(?:\s*[:>»›|]|[\s.!…]*$)"

PATTERNS = {
    "en": [
        r"^(?:read|see) (?:more|also|next|this next)\b"
        rf"(?: (?:on|about|from) \S+(?:\s\S+){{0,3}})?{_TAIL}",
        r"^(?:also read|further reading|more reading|related)"
        r"(?: (?:articles?|stories|story|content|coverage|links|reading|news|posts?|videos?))?"
        r"(?: from \S+(?:\s\S+){0,5})?"
        rf"{_TAIL}",
        rf"^(?:recommended|recommended for you|more for you|picked for you|for you){_TAIL}",
        rf"^more (?:from|by|on|about|in) \S+(?:\s\S+){{0,3}}{_TAIL}",
        rf"^more(?: stories| news| articles| headlines| to read| top stories)?{_TAIL}",
        rf"^(?:all|other) (?:news|stories|articles)(?: in this (?:section|category))?{_TAIL}",
        rf"^more (?:\S+\s){{1,3}}stories{_TAIL}",
        rf"^back to (?:top|gallery|the article|article|home(?:page)?){_TAIL}",
        rf"^(?:view all|see all)(?: \(\d+\))?{_TAIL}",
        rf"^(?:learn more|also){_TAIL}",
        # A link to a story on the site's other address: "On Example.com: headline".
        r"^(?:on|from|more on|also on) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk)\s*:",
        rf"^(?:previous|next) (?:post|article|story){_TAIL}",
        rf"^(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)"
        rf"(?: this| these)?{_TAIL}",
        rf"^most (?:popular|read|viewed|shared|commented|watched) (?:in|on) \S+(?:\s\S+){{0,2}}"
        rf"{_TAIL}",
        rf"^(?:most (?:popular|read|viewed|shared|commented|watched)|trending(?: now| stories)?|"
        rf"popular now|top stories|trending news|editor'?s'? picks?|don'?t miss|what to read next|"
        rf"latest (?:news|stories|articles)){_TAIL}",
        # A news ticker's label, over the headline of another story.
        rf"^(?:breaking(?: news)?|just in|news alert){_TAIL}",
    ],
    "de": [
        rf"^(?:mehr zum thema|mehr (?:zu|aus|von) \S+(?:\s\S+){{0,2}}|"
        rf"lesen sie auch|lesen sie mehr|"
        rf"auch interessant|weitere artikel|weiterlesen|das könnte sie auch interessieren|"
        rf"meistgelesen|meistgelesene artikel|am meisten gelesen|empfehlungen|"
        rf"verwandte artikel|zum thema|eilmeldung){_TAIL}",
    ],
    "fr": [
        rf"^(?:à lire aussi|a lire aussi|lire aussi|à lire également|lire la suite|"
        rf"sur le même sujet|les plus lus|les plus populaires|à voir aussi|voir aussi|"
        rf"vous aimerez aussi|vous aimerez peut-être aussi|articles similaires|"
        rf"dans la même rubrique|à découvrir|nos recommandations|dernière minute|alerte info|"
        rf"flash info){_TAIL}",
    ],
    "es": [
        rf"^(?:lee también|lea también|lee más|leer más|te puede interesar|le puede interesar|"
        rf"también te puede interesar|noticias relacionadas|artículos relacionados|"
        rf"relacionad[oa]s?|lo más leído|lo más visto|más noticias|más leídas|"
        rf"te recomendamos|ver también|más sobre \S+(?:\s\S+){{0,2}}|última hora){_TAIL}",
    ],
}

#: Labels of a shop's rails of other products, by language: what other customers
#: bought or viewed, what goes with the product, what is like it, what was viewed.
SHOP_PATTERNS = {
    "en": [
        r"^(?:(?:customers|people|shoppers) (?:who (?:bought|viewed|purchased) this"
        r" (?:item|product) )?(?:also|frequently|often) (?:bought|viewed|purchased|considered"
        r"|liked|shopped)|(?:this is )?what (?:other )?customers (?:who \S+ this"
        r" (?:item|product) )?(?:bought|buy|viewed)(?: after viewing this (?:item|product))?)"
        + _TAIL,
        r"^(?:(?:frequently|often|commonly) bought together|(?:products|items) (?:bought"
        r"|purchased) together|buy it with|complete (?:the|your) (?:look|set|order|setup|outfit)"
        r"|pairs? (?:well|perfectly) with|goes (?:well|great) with|shop the look)" + _TAIL,
        r"^(?:(?:similar|related|recommended|comparable|sponsored|other)"
        r" (?:items|products)(?: (?:to|like|related to) this (?:one|item|product))?"
        r"|explore related (?:items|products)|(?:shop|compare|explore) similar(?: items| products)?"
        r"|(?:more|other) items (?:from|by) (?:this|the) (?:seller|shop|store)"
        r"|seller'?s other items|more from this (?:seller|shop|store|brand)"
        r"|recently viewed(?: items| products)?|(?:your )?browsing history"
        r"|(?:most )?popular accessories(?: (?:&|and) related items)?|recommended accessories"
        r"|you (?:may|might) also need)" + _TAIL,
    ],
    "de": [
        r"^(?:kunden(?:, die diesen artikel (?:gekauft|angesehen) haben,)? (?:kauften|kaufen"
        r"|haben) (?:auch|ebenfalls)(?: gekauft| angesehen)?|(?:wird )?(?:oft|häufig) zusammen"
        r" gekauft|ähnliche (?:artikel|produkte)|passendes zubehör|passende (?:artikel|produkte)"
        r"|zuletzt angesehen(?:e artikel|e produkte)?|das könnte (?:ihnen|dir) auch gefallen)"
        + _TAIL,
    ],
    "fr": [
        r"^(?:les clients ont (?:également|aussi) (?:acheté|consulté)|(?:souvent|fréquemment)"
        r" achetés ensemble|produits (?:similaires|associés|complémentaires|recommandés)"
        r"|ils vont bien ensemble|(?:articles )?récemment consultés|complétez (?:votre|le) look)"
        + _TAIL,
    ],
    "es": [
        r"^(?:los clientes también (?:compraron|vieron)|(?:comprados|se compran) juntos"
        r"(?: habitualmente| con frecuencia)?|productos (?:relacionados|similares|recomendados)"
        r"|artículos similares|vistos recientemente|también te (?:puede|podría) gustar"
        r"|completa (?:tu|el) look)" + _TAIL,
    ],
}

FAMILY = "related"
#: A label line with its teaser ("Read more: ...") is at most this long.
_MAX_LABEL_WORDS = 25
_MAX_LABEL_CHARS = 250


def _label_rest(match: re.Match[str], text: str) -> str | None:
    """What follows the label: "" for a bare label, the headline after it, or None
    when the rest reads as a sentence (lower-case start or prose ending)."""
    rest = text[match.end() :].strip(" :>»›|.!…[]()")
    if not rest:
        return ""
    if rest[:1].islower() or text.endswith(PROSE_END):
        return None
    return rest


#: Labels that, as a link, lead on from the text above them (a section's button)
#: rather than head a list of teasers below them.
_CONTINUATION = re.compile(r"[\[(]?\s*(?:learn|read|find out|discover) more\b", re.IGNORECASE)
#: A label with at least this share of its characters in its link is a link.
_LINKED = 0.9


#: A field line: a name of at most three words, a colon, and its value.
_FIELD = re.compile(r"^[^\W_][^:\s]*(?:\s+[^:\s]+){0,2}\s*\*?:\s*[^\s/]")
#: A label or a field line with less than this share of its characters in links is
#: no link.
_UNLINKED = 0.5


def _heads_fields(doc: Document, block: Block, following: Block | None) -> bool:
    """Whether the bare label ``block`` (no link) heads the field line after it. In
    text, where no line shows whether it was a link, a label never does."""
    return (
        doc.source_kind == "html" and block.link_density < _UNLINKED and following is not None
        and following.link_density < _UNLINKED and is_short_line(following, _MAX_LABEL_WORDS)
        and _FIELD.match(following.text) is not None
    )


def _continues(block: Block) -> bool:
    """Whether the label is a "Learn more" or "Read more" link: the button of the
    section or teaser above it, so a heading after it opens the next section and
    is no teaser of its."""
    return block.link_density >= _LINKED and _CONTINUATION.match(block.text) is not None


@rule(
    "related-links",
    stage="chrome",
    order=340,
    description="Remove read-more / related / most-popular labels and the teaser lines under them",
)
def related_links(doc: Document, ctx: RuleContext) -> None:
    blocks = doc.kept()
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if len(block.text) > _MAX_LABEL_CHARS:
            continue
        match = ctx.search(FAMILY, block.text)
        if match is None or not is_short_line(block, _MAX_LABEL_WORDS):
            continue
        rest = _label_rest(match, block.text)
        if rest is None or (not rest and _heads_fields(doc, block, blocks[i] if i < len(blocks)
                                                             else None)):
            continue
        ctx.remove(block, "related-content label")
        if not rest and not (_continues(block) and i < len(blocks)
                             and blocks[i].kind == "heading"):
            i = remove_teasers(blocks, i, ctx, "teaser listed under a related-content label")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    bracketed = {
        lang: [_OPEN + p.removeprefix("^") for p in patterns] for lang, patterns in PATTERNS.items()
    }
    for lang, patterns in SHOP_PATTERNS.items():
        bracketed[lang] = [*bracketed[lang], *patterns]
    return by_language(FAMILY, bracketed)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [related_links]
