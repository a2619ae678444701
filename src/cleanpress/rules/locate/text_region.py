"""Main content region: in whole-page text, keep the content, drop the page around it.

Scraped text runs menus, teasers, the content and footers together. On an
article, the article's span is found from the shape of its blocks (see
:mod:`cleanpress.rules.locate.text_span`), its header (headline, byline, date)
just above it is kept for the title and byline rules (see
:mod:`cleanpress.rules.locate.text_header`), and what lies before and after
goes, each block with a reason. When there is no navigation before the article
and little after it, the whole text is kept: a bare article passes through.

A page whose content is not one article (a thread, a listing, a product,
service or documentation page: see :mod:`cleanpress.rules.locate.text_page`)
keeps each of its spans of content and drops the menus and blurbs around and
between them. Consent notices and the dialogs rendered after the page's footer
are never taken for content (see :mod:`cleanpress.rules.locate.text_overlay`),
and paragraphs shown twice are kept once (see
:mod:`cleanpress.rules.locate.text_copies`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise, repeat

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.locate.text_copies import later_copies
from cleanpress.rules.locate.text_features import Features
from cleanpress.rules.locate.text_header import header_zone
from cleanpress.rules.locate.text_overlay import dialogs_start, mark_consent
from cleanpress.rules.locate.text_page import one_article, page_spans
from cleanpress.rules.locate.text_span import best_span, find_span

__all__ = ["article_region", "best_span"]

#: Pages with fewer kept blocks than this are taken as bare articles.
MIN_BLOCKS = 4
#: Items of at most this many words are menu entries and labels.
SHORT_ITEM = 4
#: Non-prose blocks before the article that make it navigation.
MIN_CHROME = 3
#: Blocks after the article that are removed even when no navigation preceded it.
MIN_FOOTER = 20


def _outside_reason(f: Features, before: bool) -> str:
    """Why a block outside the article goes, from its shape and its side."""
    if before:
        if f.prose:
            return "teaser text before the article (prose apart from the article's paragraphs)"
        if f.list_item or f.size <= SHORT_ITEM:
            return "navigation menu before the article (short items, no sentences)"
        return "page header before the article"
    if f.prose:
        return "comments or teasers after the article (prose apart from the article's paragraphs)"
    if f.list_item and f.size > SHORT_ITEM:
        return "teaser list after the article (list of headlines)"
    if f.list_item or f.size <= SHORT_ITEM:
        return "footer after the article (links and labels)"
    return "footer after the article"


def _between_reason(f: Features) -> str:
    """Why a block between two spans of a page's content goes."""
    if f.prose:
        return "blurb between the page's content (prose apart from its spans)"
    if f.list_item or f.size <= SHORT_ITEM:
        return "menu between the page's content (short items, no sentences)"
    return "sidebar between the page's content"


def _prefix_is_chrome(feats: Sequence[Features]) -> bool:
    """Navigation before the article: several blocks that are not prose."""
    return sum(1 for f in feats if not f.prose) >= MIN_CHROME


def _keep_article(
    blocks: Sequence[Block], feats: Sequence[Features], start: int, end: int, ctx: RuleContext
) -> None:
    """Keep the article span ``[start, end)`` with its header; remove the rest."""
    n = len(feats)
    head = header_zone(blocks, feats, start)
    navigation = _prefix_is_chrome(feats[:head])
    cut_before = head if navigation else 0
    cut_after = end if navigation or n - end >= MIN_FOOTER else n
    ctx.remove_all(blocks[:cut_before], map(_outside_reason, feats[:cut_before], repeat(True)))
    if navigation:
        for i in range(head, start):
            if feats[i].size < 2 or not feats[i].letters:
                ctx.remove(blocks[i], "label or symbol in the article header")
    ctx.remove_all(blocks[cut_after:], map(_outside_reason, feats[cut_after:], repeat(False)))


def _keep_spans(
    blocks: Sequence[Block], feats: Sequence[Features], spans: list[tuple[int, int]],
    ctx: RuleContext,
) -> None:
    """Keep each of a page's spans of content, the first with its header; remove the rest."""
    head = header_zone(blocks, feats, spans[0][0])
    last = spans[-1][1]
    ctx.remove_all(blocks[:head], map(_outside_reason, feats[:head], repeat(True)))
    for (_, gap_start), (gap_end, _) in pairwise(spans):
        ctx.remove_all(blocks[gap_start:gap_end], map(_between_reason, feats[gap_start:gap_end]))
    ctx.remove_all(blocks[last:], map(_outside_reason, feats[last:], repeat(False)))


def _remove_dialogs(blocks: Sequence[Block], ctx: RuleContext) -> None:
    reason = "dialog after the page's rights line (consent notice, policy)"
    ctx.remove_all(blocks, [reason] * len(blocks))


@rule(
    "article-region",
    stage="locate",
    order=100,
    description="Keep the span of article prose, or each span of content of a page that is "
    "not one article; remove menus, teasers, footers and dialogs around them",
    kinds=("text",),
)
def article_region(doc: Document, ctx: RuleContext) -> None:
    blocks: list[Block] = doc.kept()
    if len(blocks) < MIN_BLOCKS:
        return
    feats = list(map(Features, blocks))
    mark_consent(blocks, feats, ctx.search)
    start, end = find_span(blocks, feats)
    if end <= start:
        return
    dialogs = dialogs_start(blocks, feats, start, end, ctx.search)
    if dialogs is not None:
        _remove_dialogs(blocks[dialogs:], ctx)
        blocks, feats = blocks[:dialogs], feats[:dialogs]
        start, end = find_span(blocks, feats)
        if end <= start:
            return
    if one_article(feats, start, end):
        _keep_article(blocks, feats, start, end, ctx)
    else:
        dialogs = dialogs_start(blocks, feats, len(blocks), len(blocks), ctx.search)
        if dialogs is not None:
            _remove_dialogs(blocks[dialogs:], ctx)
            blocks, feats = blocks[:dialogs], feats[:dialogs]
        _keep_spans(blocks, feats, page_spans(feats) or [(start, end)], ctx)
    copies = later_copies(doc.kept())
    ctx.remove_all(copies, ["later copy of paragraphs shown before (a second layout, a quote)"]
                   * len(copies))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [article_region]
