"""Bylines and datelines at the head of the article: read into metadata, taken out.

"By Jane Doe and John Roe", "Published 3:04 PM EST, Feb 21, 2024",
"November 18, 2019 | by Jane Doe", a bare name beside a role or a date: the
names go to ``authors`` (people first, in the order written, then news
agencies as entries of their own), the date to ``published``, an update time
written after them to ``updated``; the line leaves the body. The page header
just before the article is read for metadata even when another rule has
removed it; a line opening with "Updated" is left to the update-note rule. At
the end of the article only prefixed bylines ("Written by ...", "Reporting by
...; Editing by ...") are taken.

What makes a line a byline is :mod:`byline_lines`; the names in it are read by
:mod:`byline_names`, its dates by :mod:`byline_dates` (whose date words are
marker families a language pack can extend).
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.metadata.byline_dates import (
    DATE_JOINERS,
    JOINER,
    PUBLISHED,
    PUBLISHED_LABELS,
    RELATIVE,
    UPDATED,
    UPDATED_LABELS,
    PageDates,
    find_update,
    is_date_text,
    pick_dateline,
)
from cleanpress.rules.metadata.byline_lines import (
    FAMILY,
    PARTS,
    PATTERNS,
    Reading,
    name_line,
    read_byline,
)
from cleanpress.rules.metadata.byline_names import ROLES

#: The reason given for a byline at the end of the article ("Written by Jane Doe").
CLOSING_BYLINE = "byline at the end of the article"

#: Bylines and datelines stand among the first kept blocks.
_HEAD = 12
_MAX_WORDS = 30
_MAX_CHARS = 240
#: Bylines at the end of the article stand among the last kept blocks.
_TAIL = 4
#: Blocks before the first kept one that are read for metadata.
_BEFORE = 8


def _head(doc: Document) -> list[Block]:
    """The article's head: the few blocks just before the first kept one (often
    already removed as page header, read for metadata only), then the first kept ones."""
    kept = doc.kept()
    if not kept:
        return []
    first = kept[0].index
    head = doc.blocks[max(0, first - _BEFORE) : first] + kept[:_HEAD]
    return [b for b in head if len(b.text) <= _MAX_CHARS and b.words <= _MAX_WORDS]


@rule(
    "byline",
    stage="chrome",
    order=100,
    description="Take bylines and publish datelines at the head of the article into metadata",
)
def byline(doc: Document, ctx: RuleContext) -> None:
    authors_done = bool(doc.metadata.authors)
    page_dates = PageDates(doc, ctx.markers)
    dates: list[str] = []
    for block in _head(doc):
        text = block.text
        if RELATIVE.match(text):
            ctx.remove(block, "relative timestamp")
            continue
        reading = read_byline(text, ctx)
        if reading is None and (name := name_line(block, doc, ctx)) is not None:
            reading = Reading(None)
            reading.people, reading.found = [name], True
            after = doc.blocks[block.index + 1]
            if "," not in text and ROLES.search(after.text) and not authors_done:
                ctx.remove(after, "byline (the writer's role)")
        if reading is None:
            continue
        reason = "publish dateline"
        if reading.found:
            reason = "byline"
            if not authors_done:
                ctx.set_meta("authors", reading.people + reading.agencies)
                authors_done = True
        if reading.date is not None and (iso := page_dates.read(reading.date)):
            dates.append(iso)
        # A line opening with "Updated" is the update-note rule's; one that gives
        # the update time after the byline or publish date is read here.
        update = find_update(text, ctx)
        if update is not None:
            if not text[: update.start()].strip(" ([|:"):
                continue
            ctx.set_meta("updated", page_dates.read(text[update.end() :]))
        ctx.remove(block, reason)
    if dates:
        ctx.set_meta("published", pick_dateline(dates))
    _tail_bylines(doc, ctx, page_dates, authors_done, bool(dates or doc.metadata.published))


def _tail_bylines(
    doc: Document, ctx: RuleContext, page_dates: PageDates, authors_done: bool, dated: bool
) -> None:
    """Prefixed bylines among the last kept blocks ("Written by Jane Doe"), and
    publish datelines there ("First published on November 19, 2019 / 8:16 AM")."""
    for block in doc.kept()[-_TAIL:]:
        text = block.text
        if len(text) > _MAX_CHARS:
            continue
        label = ctx.search(PUBLISHED, text)
        if label is not None and label.start() == 0 and is_date_text(
            PARTS.split(text, 1)[0], ctx.markers
        ):
            reading = read_byline(text, ctx)
            if reading is not None and not reading.found and reading.date is not None:
                if not dated and (iso := page_dates.read(reading.date)):
                    ctx.set_meta("published", iso)
                    dated = True
                ctx.remove(block, "publish dateline at the end of the article")
            continue
        prefix = ctx.search(FAMILY, text)
        if prefix is None or prefix.start() != 0:
            continue
        reading = read_byline(text, ctx)
        if reading is not None and reading.found:
            if not authors_done:
                ctx.set_meta("authors", reading.people + reading.agencies)
                authors_done = True
            ctx.remove(block, CLOSING_BYLINE)


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return {
        **by_language(FAMILY, PATTERNS),
        **by_language(PUBLISHED, PUBLISHED_LABELS),
        **by_language(UPDATED, UPDATED_LABELS),
        **by_language(JOINER, DATE_JOINERS),
    }


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [byline]
