"""Linked headlines standing alone between the paragraphs of an article.

Story pages put links to other stories inside the text: a paragraph that is
one link, written like a headline ("Mayor resigns after budget vote"). A
paragraph wholly in a link that reads as a sentence ("Read the ruling here.")
is kept when it is the only one; two or more linked paragraphs in one article
are a pattern of teasers whatever their ending. A linked headline after a
short label and a colon ("Lesen Sie auch: Stadtrat beschließt neuen Haushalt")
is a teaser in any language, alone too. List items, headings, quotes and table
cells are left alone (link lists in documentation are content).
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, wide_words
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Share of the block's characters inside links.
LINKED = 0.9
#: A linked headline has at least this many words.
MIN_WORDS = 4
#: Endings of a sentence (a headline has none).
_SENTENCE_END = (
    ".", "!", "?", "…", '."', ".\u201d", ".'", "!\u201d", "?\u201d", "\u3002", "\uff01", "\uff1f",
)


def _is_link_line(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and block.link_density >= LINKED
        and block.words >= MIN_WORDS
    )


#: A label before a linked headline: at most this many words and characters, ending
#: in a colon and a space, or in a full-width colon (CJK text).
LABEL_WORDS = 3
LABEL_CHARS = 20
_FULL_WIDTH_COLON = "\uff1a"


def _is_labelled_link(block: Block) -> bool:
    """A short label and a colon, then a linked headline ("See also: Mayor resigns
    after budget vote"); a linked sentence after a label ("Tip: get more recipes
    here!") is a pointer within the text, and stays."""
    if block.kind != "paragraph" or not 0.5 <= block.link_density < LINKED:
        return False
    text = block.text
    cut, wide = text.find(": "), text.find(_FULL_WIDTH_COLON)
    if wide > 0 and (cut < 0 or wide < cut):
        cut = wide
    if cut <= 0 or cut > LABEL_CHARS or len(text[:cut].split()) > LABEL_WORDS:
        return False
    rest = text[cut + 1 :].strip()
    return (
        not rest.endswith(_SENTENCE_END)
        and wide_words(rest, len(rest.split())) >= MIN_WORDS
        and block.link_density * len(text) >= LINKED * len(rest)
    )


@rule(
    "html-link-line",
    stage="chrome",
    order=145,
    description="Remove paragraphs that are wholly a link to another story (linked headlines), "
    "alone or after a short label",
    kinds=("html",),
)
def html_link_line(doc: Document, ctx: RuleContext) -> None:
    kept = doc.kept()
    for block in kept:
        if _is_labelled_link(block):
            ctx.remove(block, "labelled link to another story (teaser)")
    lines = [block for block in kept if _is_link_line(block)]
    if not lines:
        return
    several = len(lines) >= 2
    for block in lines:
        if several or not block.text.endswith(_SENTENCE_END):
            ctx.remove(block, "linked headline between paragraphs (teaser)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_link_line]
