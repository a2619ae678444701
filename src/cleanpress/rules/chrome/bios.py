"""Author bios: a bio heading with the bio under it, and contributor lines at the end.

A bio heading ("About the writer", "Über den Autor", "À propos de l'auteur",
"Sobre el autor") takes the short blocks under it that read like a bio. A
contributor line ("Jane Doe is a reporter at X ...", "... Read more") goes only
after the article's last paragraph, or when it ends in a "Read more" link: a
sentence saying someone is a reporter in the middle of the story stays. An
author card's bio ("Writer. Former night baker. I write about work.") goes
when it is the last block of the article, right after a closing byline
("Written by Jane Doe"). The names go to ``authors``.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import is_short_line
from cleanpress.rules.metadata.bylines import CLOSING_BYLINE

BIO_HEADINGS = {
    "en": [
        r"^about (?:the |this )?(?:writers?|authors?|reporters?|contributors?|columnists?|"
        r"journalists?|editors?)\W*$",
        r"^(?:the )?(?:writers?|authors?|contributors?)(?: bio| information)?\W*$",
        r"^author bio\W*$",
    ],
    "de": [r"^über (?:den|die) (?:autor|autorin|autoren|autorinnen)\W*$", r"^zur autorin\W*$",
           r"^zum autor\W*$"],
    "fr": [r"^à propos (?:de l'|des )(?:auteur|auteure|autrice|auteurs)\W*$",
           r"^l'(?:auteur|auteure|autrice)\W*$"],
    "es": [r"^(?:sobre|acerca de)l? (?:el |la |los )?(?:autora?|autores)\W*$"],
}

_ROLE = (
    r"(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|"
    r"critic|producer|intern|fellow|author|freelancer|analyst|photographer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondante?|periodista|redactora?|corresponsal)"
)
# "Jane Doe is a (senior) reporter ...", "Jane Doe ist Redakteurin ...", "Jane Doe est journaliste".
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|van|von|del|da|di|le|la)){1,3}"
_BIO = re.compile(
    rf"^({_NAME}),? (?:is|was|ist|war|est|es|covers|writes|reports)\b(?: \S+){{0,8}}? "
    rf"{_ROLE}s?\b"
)
_READ_MORE = re.compile(
    r"(?:\.\.\.|…)\s*(?:read more|mehr lesen|weiterlesen|lire la suite|leer más)\W*$",
    re.IGNORECASE,
)
#: A bio is at most this many words; a heading takes at most this many bio blocks.
_BIO_WORDS = 90
_TAKE = 3
#: A kept block this long after a contributor line means the article goes on.
_PARAGRAPH_WORDS = 25


#: An author card's bio is at most this many words and sentences.
_CARD_WORDS = 40
_CARD_SENTENCES = 4
#: How many blocks before the bio the card's byline may stand (the ones between removed).
_CARD_GAP = 2


def bio_author(text: str) -> str | None:
    """The name a bio opens with, or None if ``text`` does not open like a bio."""
    if not text[:1].isupper():
        return None
    m = _BIO.match(text)
    return m.group(1) if m else None


@rule(
    "author-bio",
    stage="chrome",
    order=340,
    description="Remove author bio headings with their bios, and contributor lines at the end",
)
def author_bio(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    for i, block in enumerate(kept):
        if block.removed or block.words > 6 or not ctx.search("bio_heading", block.text):
            continue
        ctx.remove(block, "author bio heading")
        for bio in kept[i + 1 : i + 1 + _TAKE]:
            if bio.words > _BIO_WORDS or not _is_bio(bio):
                break
            _take(ctx, bio, "author bio")
    kept = [b for b in kept if not b.removed]
    _contributor_lines(kept, ctx)
    _card_bio(doc, kept, ctx)


def _is_bio(block: Block) -> bool:
    return bio_author(block.text) is not None or bool(_READ_MORE.search(block.text))


def _take(ctx: RuleContext, block: Block, reason: str) -> None:
    ctx.remove(block, reason)
    name = bio_author(block.text)
    if name:
        ctx.set_meta("authors", name)


def _contributor_lines(kept: list[Block], ctx: RuleContext) -> None:
    names = [bio_author(b.text) for b in kept]
    last_paragraph = max(
        (i for i, b in enumerate(kept) if names[i] is None and b.words >= _PARAGRAPH_WORDS),
        default=-1,
    )
    for i, block in enumerate(kept):
        if names[i] is None or not is_short_line(block, 70, max_sentences=4):
            continue
        if i > last_paragraph or _READ_MORE.search(block.text):
            _take(ctx, block, "contributor line")


def _card_bio(doc: Document, kept: list[Block], ctx: RuleContext) -> None:
    """The last block, when a closing byline stands right before it, is the card's bio."""
    last = next((b for b in reversed(kept) if not b.removed), None)
    if last is None or not is_short_line(last, _CARD_WORDS, max_sentences=_CARD_SENTENCES):
        return
    # Only removed blocks (a follower count, say) may stand between the byline and the bio.
    for block in reversed(doc.blocks[max(0, last.index - _CARD_GAP) : last.index]):
        if block.removed_by is None:
            return
        if block.reason == CLOSING_BYLINE and _is_closing_byline(doc, block):
            ctx.remove(last, "author card bio")
            return


def _is_closing_byline(doc: Document, block: Block) -> bool:
    """A byline with article text above it (not the one at the head)."""
    return any(b.removed_by is None for b in doc.blocks[: block.index])


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language("bio_heading", BIO_HEADINGS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [author_bio]
