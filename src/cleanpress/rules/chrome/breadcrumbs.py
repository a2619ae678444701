"""Breadcrumb lines: the path from the home page to the article's section.

"Home > News > World", "Home / Politics", "Startseite › Politik",
"Accueil » International", "You are here: News". A line opening with a home
word and a path separator is a breadcrumb; so is a short line of three or more
short segments joined by arrow separators (">", "›", "»", "→"). Slashes only
count after a home word, since "and/or" and dates use them.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

_SEP = r"\s*(?:>>?|›|»|/|\||→|&gt;|::)\s*"

PATTERNS = {
    "en": [
        rf"^(?:home|homepage|home page|front page){_SEP}\S",
        r"^(?:you are here|breadcrumbs?)\s*:",
    ],
    "de": [rf"^(?:startseite|start|home){_SEP}\S", r"^sie sind hier\s*:"],
    "fr": [rf"^(?:accueil|page d'accueil){_SEP}\S", r"^vous êtes ici\s*:"],
    "es": [rf"^(?:inicio|portada|página principal){_SEP}\S", r"^(?:usted está|estás) en\s*:"],
}

FAMILY = "breadcrumb"
_MAX_WORDS = 16
_MAX_CHARS = 160
_ARROWS = re.compile(r"\s*(?:>>?|›|»|→|&gt;)\s*")
_ANY_SEP = re.compile(_SEP)
#: A path segment is a section name: a few words.
_SEGMENT_WORDS = 5


#: Characters no section name holds: sentence punctuation and quotation marks
#: (a menu path in an instruction, "choose 「Other」 → 「Open」", quotes its items).
_NOT_IN_SECTION = frozenset('.,;:!?"“”„«»「」『』')


def _are_sections(parts: list[str]) -> bool:
    """Every part is a short section name, with no punctuation of a sentence."""
    return all(
        p and len(p.split()) <= _SEGMENT_WORDS and _NOT_IN_SECTION.isdisjoint(p) for p in parts
    )


def _is_arrow_path(text: str) -> bool:
    """Section names joined by arrows: two with a typographic arrow ("News › Software"),
    three with ">" (which also means "more than")."""
    if not any(a in text for a in ">›»→"):
        return False
    parts = _ARROWS.split(text)
    fewest = 3 if ">" in text else 2
    return len(parts) >= fewest and _are_sections(parts)


def _is_marked_path(match: re.Match[str], text: str) -> bool:
    """After a home word or a "you are here:" label, the rest is section names."""
    if match.group().endswith(":"):
        text = text[match.end() :].strip()
    return _are_sections(_ANY_SEP.split(text))


def _is_breadcrumb(block: Block, ctx: RuleContext) -> bool:
    text = block.text
    if block.words > _MAX_WORDS or len(text) > _MAX_CHARS or text.endswith((".", "?", "!")):
        return False
    match = ctx.search(FAMILY, text)
    if match is not None:
        return _is_marked_path(match, text)
    return _is_arrow_path(text)


@rule(
    "breadcrumb",
    stage="chrome",
    order=420,
    description="Remove breadcrumb lines ('Home > News > World')",
)
def breadcrumb(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if _is_breadcrumb(block, ctx):
            ctx.remove(block, "breadcrumb path")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [breadcrumb]
