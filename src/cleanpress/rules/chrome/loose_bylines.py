"""Bylines the byline rule leaves: written with a colon, or a bare name on its line.

"By: Jane Doe", "Author: Jane Doe, Staff Writer", "Autor: Max Muster",
"Par : Jean Dupont", "Por: Ana García" (the ``byline_label`` marker family)
go when they stand among the article's first lines or after its last
paragraph; a list of books or products with an "Author:" line under each
item keeps them. A line holding only a person's name ("Jane Doe") goes when
it stands right under the headline or beside byline chrome the chain has
removed (a dateline, a role, a follow button), and none of its words appears
elsewhere in the article: a story's subject is named in the story ("Kate
Henshaw" over a paragraph about her), its writer is not. This rule only
removes the lines; reading the names is the byline rule's.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import last_prose
from cleanpress.rules.locate.stop_words import STOP_WORDS
from cleanpress.rules.metadata.author_names import looks_like_name

FAMILY = "byline_label"

# The label's colon; the names follow.
_COLON = r"\s?:\s*(?=\S)"
PATTERNS = {
    "en": [rf"^(?:by|authors?|written by|words|text|story|reporter|reported by|posted by|"
           rf"writer|contributor){_COLON}"],
    "de": [rf"^(?:von|autor|autorin|autoren|text|verfasst von|geschrieben von){_COLON}"],
    "fr": [rf"^(?:par|auteur|auteure|autrice|auteurs|texte|rédigé par|écrit par){_COLON}"],
    "es": [rf"^(?:por|autor|autora|autores|texto|escrito por|redacción){_COLON}"],
}

#: The article's first lines: this many kept blocks.
_HEAD = 8
#: A byline's bare names stand on at most this many lines.
_MAX_NAMES = 3
#: A page with more labelled bylines than this lists items by author.
_MAX_LABELLED = 2
#: A labelled byline is at most this long.
_MAX_CHARS = 160
# Parts of a labelled byline after the names: "Jane Doe | May 3, 2024".
_PARTS = re.compile(r"\s[|·•–—-]\s|\s\|")
_DIGIT = re.compile(r"\d")
# Marks inside a name's word: "O'Neil", "Smith-Jones".
_INNER = str.maketrans("", "", "'’-")
_PARTICLES = frozenset("de da del della di du la le van von der den ter al el bin".split())
#: A line repeating a name in an author box is at most this many words.
_BOX_WORDS = 6
#: Rules whose removals stand beside a byline: a bare name next to one of them is one too.
_BESIDE = frozenset(
    {"title", "html-metadata", "byline", "html-byline", "byline-line", "reading-time",
     "update-note", "share-prompt", "button-label", "author-bio"}
)


def labelled_names(text: str, label: re.Match[str]) -> bool:
    """Whether what follows a byline label is names (perhaps with roles), and then
    perhaps parts holding a date ("Jane Doe | May 3, 2024")."""
    first, *rest = _PARTS.split(text[label.end():])
    return looks_like_name(first) and all(_DIGIT.search(part) for part in rest)


def bare_name(text: str) -> list[str] | None:
    """The words of a line that holds only a person's name (two to four words,
    each capitalised letters), particles and initials left out; None if it is not one."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 60:
        return None
    own, capitals = [], []
    for word in words:
        if word in _PARTICLES:
            continue
        if not word[:1].isupper():
            return None
        if len(word) == 2 and word[1] == ".":
            continue  # an initial: "Jane Q. Doe"
        folded = word.casefold()
        if not word.translate(_INNER).isalpha() or folded in STOP_WORDS:
            return None  # ("About This Game" is a heading)
        own.append(folded)
        capitals.append(word.isupper())
    if not own or words[0] in _PARTICLES:
        return None
    return own if all(capitals) or not any(capitals) else None  # ("PC Gamer": a title)


def _beside_byline(doc: Document, block: Block) -> bool:
    """Whether the block before or after ``block`` is the title (taken out of the body
    or not yet) or byline chrome."""
    for i in (block.index - 1, block.index + 1):
        if 0 <= i < len(doc.blocks) and (
            doc.blocks[i].removed_by in _BESIDE or doc.blocks[i] is doc.title_block
        ):
            return True
    return False


@rule(
    "byline-line",
    stage="chrome",
    order=210,
    description="Remove bylines written with a colon ('By: Jane Doe') and bare name lines",
)
def byline_line(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    if not kept:
        return
    last = last_prose(kept, set())
    tail = len(kept)
    while tail > _HEAD and kept[tail - 1].index > last:
        tail -= 1
    edges = [b for b in kept[:_HEAD] + kept[tail:] if len(b.text) <= _MAX_CHARS]
    labelled: list[Block] = []
    names: list[tuple[Block, list[str]]] = []
    for block in edges:
        label = ctx.search(FAMILY, block.text)
        if label is not None and label.start() == 0:
            if labelled_names(block.text, label):
                labelled.append(block)
            continue
        words = bare_name(block.text)
        if words is not None and _beside_byline(doc, block):
            names.append((block, words))
    if labelled and _labelled_lines(kept, ctx) <= _MAX_LABELLED:
        for block in labelled:  # (more: a list of books or products, by author)
            ctx.remove(block, "byline with a colon")
    if 0 < len(names) <= _MAX_NAMES:  # more: a list of people, not a byline
        _bare_names(doc, names, ctx)


def _labelled_lines(kept: list[Block], ctx: RuleContext) -> int:
    """How many lines of the article open with a byline label followed by names."""
    count = 0
    for block in kept:
        label = ctx.search(FAMILY, block.text) if len(block.text) <= _MAX_CHARS else None
        if label is not None and label.start() == 0 and labelled_names(block.text, label):
            count += 1
    return count


def _bare_names(doc: Document, names: list[tuple[Block, list[str]]], ctx: RuleContext) -> None:
    """Remove the name lines none of whose words the page uses elsewhere: in
    the article or in its chrome, other than in lines repeating the whole name
    (an author box, "More by Jane Doe"; a sentence naming the person counts)."""
    lines = {block.index for block, _ in names}
    whole = [block.text.casefold() for block, _ in names]
    elsewhere = "\n".join(
        block.text for block in doc.blocks
        if block.index not in lines
        and (block.words > _BOX_WORDS or not any(name in block.text.casefold() for name in whole))
    ).casefold()
    for block, words in names:
        if not any(_uses(elsewhere, word) for word in words):
            ctx.remove(block, "byline (a name on its own line)")


def _uses(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (both case-folded)."""
    end = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        after = text[at + end : at + end + 1]
        if not before.isalpha() and not after.isalpha():
            return True
        at = text.find(word, at + 1)
    return False


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [byline_line]
