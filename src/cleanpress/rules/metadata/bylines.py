"""Bylines and datelines at the head of the article: read into metadata, taken out.

"By Jane Doe and John Roe", "Published 3:04 PM EST, Feb 21, 2024",
"November 18, 2019 | by Jane Doe", a bare name beside a role or a date, a name
in an element classed as the byline: the names go to ``authors`` (people
first, in the order written, then news agencies as entries of their own), the
date to ``published``, an update time written after them to ``updated``; the
line leaves the body. Read are the first kept blocks, the page header just
before them and the blocks around the headline, even when another rule has
removed them (those are read only); a label and its value in two blocks
("Last updated:" / "Dec 12, 2025") are one line. A line opening with "Updated"
gives ``updated`` and is left to the update-note rule. A person the byline
names goes before organisations the markup credits, and a date it states
before one of an unmarked ``<time>`` element. At the end of the article only
prefixed bylines ("Written by ...", "Reporting by ...; Editing by ...") are
taken.

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
from cleanpress.rules.metadata.author_names import ORGANISATION
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
    in_byline_element,
    name_line,
    read_byline,
    with_prefix,
)
from cleanpress.rules.metadata.byline_names import ROLES
from cleanpress.rules.metadata.page_dates import TIME_ELEMENT, stamped_on_update

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
#: Blocks just above and below the headline, read for metadata only.
_ABOVE_TITLE = 6
_BELOW_TITLE = 12
#: A block of this many words is a paragraph: the article's body has begun.
_PARAGRAPH_WORDS = 25
#: What the names and dates read here are said to come from.
SOURCE = "byline text"


def _head(doc: Document) -> tuple[list[Block], set[int]]:
    """The article's head: the few blocks just before the first kept one (often
    already removed as page header, read for metadata only), then the first kept
    ones, and the blocks around the headline. Also the indices of the blocks
    that are only read, never removed: those beside the headline outside the rest."""
    kept = doc.kept()
    title = doc.title_block
    if not kept and title is None:
        return [], set()
    first = kept[0].index if kept else 0
    head = doc.blocks[max(0, first - _BEFORE) : first] + kept[:_HEAD] if kept else []
    only_read: set[int] = set()
    if title is not None:
        seen = {b.index for b in head} | {title.index}
        near = doc.blocks[max(0, title.index - _ABOVE_TITLE) : title.index + _BELOW_TITLE + 1]
        only_read = {b.index for b in near if b.index not in seen}
        head = sorted(head + [b for b in near if b.index in only_read], key=lambda b: b.index)
    return [b for b in head if len(b.text) <= _MAX_CHARS and b.words <= _MAX_WORDS], only_read


def _label_only(text: str, ctx: RuleContext) -> bool:
    """Whether ``text`` is only the label of a byline or a date, its value in the
    next block ("Written By" / "Jane Doe", "Last updated:" / "Dec 12, 2025")."""
    label = text.rstrip(" :：").strip()
    if not label or len(label) > _LABEL_CHARS:
        return False
    prefix = ctx.search(FAMILY, label + " ")
    if prefix is not None and prefix.start() == 0 and prefix.end() >= len(label):
        return True
    for family in (PUBLISHED, UPDATED):
        found = ctx.search(family, label)
        if found is not None and found.end() == len(label) and (
            len(label[: found.start()].split()) <= 1
        ):
            return True
    return False


#: A label standing alone ("Last updated:") is this short.
_LABEL_CHARS = 24


def _update_date(text: str, ctx: RuleContext, page_dates: PageDates) -> str | None:
    """The date of a line that opens with an update label ("Last updated: Dec 12,
    2025", "Updated on July 9, 2025"), or None."""
    update = find_update(text, ctx)
    if update is None or len(text[: update.start()].split()) > 1:
        return None
    rest = text[update.end() :].strip(" :：")
    return page_dates.read(rest) if is_date_text(rest, ctx.markers) else None


@rule(
    "byline",
    stage="chrome",
    order=100,
    description="Take bylines and publish datelines at the head of the article into metadata",
)
def byline(doc: Document, ctx: RuleContext) -> None:
    # Organisations credited in the markup give way to a person the byline names.
    stated = doc.metadata.sources.get("authors", "")
    replace = stated.endswith(ORGANISATION)
    authors_done = bool(doc.metadata.authors) and not replace
    page_dates = PageDates(doc, ctx.markers)
    dates: list[str] = []
    head, only_read = _head(doc)
    joined: set[int] = set()
    # Before the first paragraph, "in ..." after a name is the section ("Jane Doe in
    # Politics"); after it, a credit's place ("Reporting by Jane Doe in Leeds").
    body = next((b.index for b in doc.kept() if b.words >= _PARAGRAPH_WORDS), len(doc.blocks))
    for block in head:
        if block.index in joined:
            continue
        sections = block.index < body
        text = block.text
        pair = None
        if _label_only(text, ctx) and block.index + 1 < len(doc.blocks):
            pair = doc.blocks[block.index + 1]
            text = f"{text.rstrip()} {pair.text}"
        if RELATIVE.match(text):
            ctx.remove(block, "relative timestamp")
            continue
        reading = read_byline(text, ctx, sections)
        if reading is None and pair is None and in_byline_element(block, doc):
            reading = read_byline(with_prefix(text, ctx), ctx, sections)
        if reading is None and pair is None and block is not doc.title_block and (
            name := name_line(block, doc, ctx)
        ) is not None:
            reading = Reading(None)
            reading.people, reading.found = [name], True
            after = doc.blocks[block.index + 1]
            if "," not in text and ROLES.search(after.text) and not authors_done:
                ctx.remove(after, "byline (the writer's role)")
        if reading is None:
            updated = _update_date(text, ctx, page_dates)
            if updated is not None:
                ctx.set_meta("updated", updated, source=SOURCE)
                if pair is not None:
                    joined.add(pair.index)
            continue
        reason = "publish dateline"
        if reading.found:
            reason = "byline"
            named = reading.people + reading.agencies
            if not authors_done and named and (reading.people or not replace):
                ctx.set_meta("authors", named, source=SOURCE, override=replace)
                authors_done = True
        if reading.date is not None and (iso := page_dates.read(reading.date)):
            dates.append(iso)
        # A line opening with "Updated" is the update-note rule's; one that gives
        # the update time after the byline or publish date is read here.
        update = find_update(text, ctx)
        if update is not None:
            if not text[: update.start()].strip(" ([|:"):
                continue
            ctx.set_meta("updated", page_dates.read(text[update.end() :]), source=SOURCE)
        if pair is not None:
            joined.add(pair.index)
        for part in (block, pair):
            if part is not None and part.index not in only_read:
                ctx.remove(part, reason)
    if dates:
        found = pick_dateline(dates)
        why = page_dates.reasons.get(found)
        _set_published(doc, ctx, found, f"{SOURCE} ({why})" if why else SOURCE)
    _tail_bylines(doc, ctx, page_dates, authors_done, bool(dates or doc.metadata.published))


def _set_published(doc: Document, ctx: RuleContext, found: str, source: str) -> None:
    """Set the date the byline states as ``published``. It goes before one of an
    unmarked ``<time>`` element, which stays when it gives the time of the same day,
    and before a stated publication date that is only the last update's stamp
    (see :func:`_stamped_on_update`)."""
    marked = doc.metadata.published
    if marked is None:
        ctx.set_meta("published", found, source=source)
    elif doc.metadata.sources.get("published", "").endswith(TIME_ELEMENT) and (
        marked[:10] != found[:10]
    ):
        ctx.set_meta("published", found, source=source, override=True)
    elif _stamped_on_update(doc, marked, found):
        ctx.set_meta(
            "published", found, source=f"{source} {STAMPED_ON_UPDATE}", override=True
        )


#: Said of a shown date taken over the markup's, which was the last update's.
STAMPED_ON_UPDATE = "(the stated publication date is the last update's)"


def _stamped_on_update(doc: Document, marked: str, found: str) -> bool:
    """Whether the markup's publication date ``marked`` is only the last update's
    stamp and the byline's ``found`` the publication date (see
    :func:`page_dates.stamped_on_update`). Not on a thread, whose byline lines
    may be members' join dates."""
    meta = doc.metadata
    return meta.page_type != "forum" and stamped_on_update(marked, meta.updated, found)


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
            reading = read_byline(text, ctx, sections=False)
            if reading is not None and not reading.found and reading.date is not None:
                if not dated and (iso := page_dates.read(reading.date)):
                    ctx.set_meta("published", iso, source=SOURCE)
                    dated = True
                ctx.remove(block, "publish dateline at the end of the article")
            continue
        prefix = ctx.search(FAMILY, text)
        if prefix is None or prefix.start() != 0:
            continue
        reading = read_byline(text, ctx, sections=False)
        if reading is not None and reading.found:
            if not authors_done:
                ctx.set_meta("authors", reading.people + reading.agencies, source=SOURCE)
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
