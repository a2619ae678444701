"""The page header left above the headline: masthead, menu line, section kicker.

Once the headline is taken as the title, the short lines still kept above it
("THE DAILY BUGLE", "News | Sport | Money", "Climate") are the site's header,
not the article: an article begins at its headline. They go only when every
kept line above the headline is shaped like one (a few words, no sentence
end); a paragraph of prose above it means the page is not laid out that way,
and nothing is taken.

In whole-page text the title rule leaves a headline in the body when nothing
above it was cut (see :mod:`cleanpress.rules.metadata.title`). Chrome the chain
has removed since, anywhere on the page (a breadcrumb, a byline, a caption, a
footer), shows that the text is a scraped page, whose headline the line is; it
goes here, with the header above it. Clean text, where nothing is chrome, keeps
its first line, so that cleaning it again changes nothing. A product page's name
stays in its body (see :mod:`cleanpress.rules.metadata.page_markup`).
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: A header line: at most this many words and characters ...
_MAX_WORDS = 12
_MAX_CHARS = 100
#: ... not ending like a sentence ...
_SENTENCE_END = tuple('.!?;"”»')
#: ... and at most this many of them above the headline.
_MAX_LINES = 8


@rule(
    "page-header",
    stage="chrome",
    order=450,
    description="Remove the masthead, menu line and kicker still kept above the headline "
    "(and in text the headline itself, once chrome found on the page shows it is one)",
)
def page_header(doc: Document, ctx: RuleContext) -> None:
    title = doc.title_block
    if title is None:
        return
    if title.removed_by is None:
        if doc.metadata.page_type == "product" or not any(
                b.removed_by is not None for b in doc.blocks):
            return  # (a product's name heads its description: it stays)
        ctx.remove(title, "title of the article (left in the body until chrome was found)")
    elif title.removed_by != "title":
        return
    above: list[Block] = []
    for block in doc.blocks[: title.index]:
        if block.removed_by is not None:
            continue
        text = block.text
        if (
            len(above) == _MAX_LINES
            or len(text) > _MAX_CHARS
            or block.words > _MAX_WORDS
            or text.endswith(_SENTENCE_END)
        ):
            return
        above.append(block)
    for block in above:
        ctx.remove(block, "page header above the headline")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [page_header]
