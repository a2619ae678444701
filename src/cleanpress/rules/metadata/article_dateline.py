"""A dateline anywhere in the article, when nothing else dated the page well.

The byline rule reads dates at the head of the article; the markup states
them in the page's head. Some pages state neither and show their date
elsewhere in the article: under the author's name a few blocks down, in a
"Published On: 15 August 2025" line after the text, between dots beside the
byline ("by Jane Doe ● December 23, 2025 ● 6 min read"), or over the first
post of a thread. This rule takes the first such line from the headline to
a little after the end of the article: a block that is only a date, with at
most a "Published" or "Updated" label before it, one part of a line that
dots or bars set apart, the date before an "Updated" note, or the date after
a "Published" label later in the line. An "Updated" line gives ``updated``,
another ``published``.

A page whose markup states only its update takes a labelled publication date
no later than it (or the date an "Updated" note follows). A page whose stated
publication date is only its last save's stamp (see
:func:`page_dates.stamped_on_update`) takes a labelled one days before it.
A note that the article was first published on an earlier day than the one it
shows ("originally published on 26 Sep 2019 ... regularly updated") gives
``published`` over the shown one. It reads only pages of a type that is
dated (articles and threads), never blocks in the page's navigation, footer
or sidebar, and dates no page its address dates.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.metadata.byline_dates import (
    PUBLISHED,
    UPDATED,
    PageDates,
    find_date,
    find_update,
    is_date_text,
)
from cleanpress.rules.metadata.bylines import STAMPED_ON_UPDATE
from cleanpress.rules.metadata.page_date import url_date
from cleanpress.rules.metadata.page_dates import iso_date, stamped_on_update

#: Page types that carry a date; other pages (products, services) are not dated.
_DATED_TYPES = frozenset({"article", "forum"})
#: Landmarks that hold the site's chrome, not the article.
_CHROME = frozenset({"nav", "footer", "aside"})
#: Blocks read before the first kept one (the article's header, often removed).
_BEFORE = 8
#: Blocks read after the last kept one (a dateline closing the article); a
#: labelled one ("Published ...") may stand further down, below share buttons.
_AFTER = 3
_AFTER_LABELLED = 12
#: A dateline is short (a post's date may carry a remark in brackets).
_MAX_CHARS = 160
#: A line that closes on its date is shorter.
_MAX_CLOSING = 80
#: Dots and bars that set the parts of a byline apart.
_PARTS = re.compile(r"\s+[\u25cf\u2022\u00b7|]\s+")
#: What is said to have found the date.
SOURCE = "dateline in the article"
#: A note that the article was first published earlier than the date it shows
#: ("This article was originally published on 26 Sep 2019 ...").
FIRST_PUBLISHED = "first_published"
FIRST_PUBLISHED_LABELS = {
    "en": [r"\b(?:first|originally) (?:published|posted)\b"],
    "de": [r"\b(?:erstmals|ursprünglich|zuerst) (?:veröffentlicht|erschienen)\b"],
    "fr": [r"\b(?:publié|paru) (?:initialement|pour la première fois)\b"],
    "es": [r"\bpublicado (?:originalmente|por primera vez)\b"],
}
#: The date stands this close after the note's words.
_FIRST_PUBLISHED_GAP = 12


def _region(doc: Document) -> list[Block]:
    """The blocks from the headline (else a little before the first kept block)
    to some way after the last kept one, outside the page's chrome."""
    kept = doc.kept()
    if not kept:
        return []
    start = kept[0].index - _BEFORE
    if doc.title_block is not None:
        start = min(start, doc.title_block.index)
    end = kept[-1].index + _AFTER_LABELLED + 1
    return [
        b for b in doc.blocks[max(0, start) : end]
        if b.landmark not in _CHROME and len(b.text) <= _MAX_CHARS
    ]


def _label_end(text: str, ctx: RuleContext) -> tuple[int, str]:
    """Where a leading "Published" or "Updated" label ends in ``text`` (0 when
    there is none), and which it is (``UPDATED``, ``PUBLISHED`` or "")."""
    labels = ((UPDATED, find_update(text, ctx)), (PUBLISHED, ctx.search(PUBLISHED, text)))
    for kind, found in labels:
        if found is not None and len(text[: found.start()].split()) <= 1:
            return found.end(), kind
    return 0, ""


def _date_part(text: str, ctx: RuleContext) -> tuple[str, str] | None:
    """``text`` as a date after an optional label, and the label's kind."""
    end, kind = _label_end(text, ctx)
    rest = text[end:].strip(" :：-")
    rest = _REMARK.sub("", rest)
    if is_date_text(rest, ctx.markers) or (_STAMP.match(rest) and iso_date(rest)):
        return rest, kind
    return None


#: A remark in brackets after a post's date ("(This post was last modified ...)").
_REMARK = re.compile(r"\s+\(.*\)\s*$")
#: An ISO timestamp standing alone ("2022-11-23T08:10+02:00").
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d\S*$")
#: The end of a line that closes on its date ("started by Jane, May 26, 2025.").
_CLOSING = re.compile(r",\s+([^,]+(?:,\s*\d{4})?)\.?$")
#: Two digits in a row: a dateline holds them (a day, a month or a year).
_TWO_DIGITS = re.compile(r"\d\d")


def dateline(text: str, ctx: RuleContext) -> tuple[str, str] | None:
    """The date text of a dateline and the kind of its label ("" for none), or None.

    The whole line after a label, else one part of it between dots or bars,
    else the date after the last comma of a line it closes.
    """
    if _TWO_DIGITS.search(text) is None:
        return None  # every date read has two digits in a row (see find_datetime)
    found = _date_part(text, ctx)
    if found is not None:
        return found
    first = find_date(text)
    if first is not None and not text[: first[1][0]].strip():
        # "December 3, 2025. Updated: ...", "April 26, 2024Updated on: ..."
        after = text[first[1][1] :].lstrip(" .,;|(")
        update = find_update(after, ctx)
        if update is not None and update.start() == 0:  # the date the update follows
            return text[: first[1][1]], PUBLISHED
    label = ctx.search(PUBLISHED, text)
    if label is not None and label.start() > 0:  # "Jane Doe Published: January 3, 2024"
        # (up to the next dot or bar: "Essay - Published: 2025.12.17 | programming")
        rest = _PARTS.split(text[label.end() :].strip(" :：-"), 1)[0]
        if is_date_text(rest, ctx.markers):
            return rest, PUBLISHED
    parts = _PARTS.split(text)
    if len(parts) > 1:
        for part in parts:
            found = _date_part(part, ctx)
            if found is not None:
                return found
    closing = _CLOSING.search(text)
    if closing is not None and len(text) <= _MAX_CLOSING:
        if is_date_text(closing.group(1), ctx.markers):
            return closing.group(1), ""
    return None


def _label_only(text: str, ctx: RuleContext) -> bool:
    """Whether ``text`` is only a "Published" or "Updated" label, its date in the next block."""
    end, _ = _label_end(text, ctx)
    return end > 0 and not text[end:].strip(" :：")


def first_published(
    region: list[Block], ctx: RuleContext, page_dates: PageDates
) -> str | None:
    """The date a note in the article says it was first published on, or None."""
    for block in region:
        label = ctx.search(FIRST_PUBLISHED, block.text)
        if label is None:
            continue
        rest = block.text[label.end() :]
        found = find_date(rest)
        if found is not None and found[1][0] <= _FIRST_PUBLISHED_GAP:
            return page_dates.read(rest[found[1][0] : found[1][1]])
    return None


@rule(
    "article-dateline",
    stage="metadata",
    order=190,
    description="Date an undated article or thread by the first dateline shown in it",
)
def article_dateline(doc: Document, ctx: RuleContext) -> None:
    meta = doc.metadata
    if meta.page_type not in _DATED_TYPES:
        return
    if meta.published is None and url_date(meta.url) is not None:
        return
    if meta.published is None and meta.updated is None:
        labels: tuple[str, ...] = ("", PUBLISHED, UPDATED)
    elif meta.published is None:
        labels = (PUBLISHED,)  # the publication date shown beside a stated update
    elif meta.published is not None and meta.page_type != "forum":
        labels = (PUBLISHED,)  # a "Published" line may correct a stamp of the last update
    else:
        return
    page_dates = PageDates(doc, ctx.markers)
    region = _region(doc)
    if meta.published is not None:
        first = first_published(region, ctx, page_dates)
        if first is not None and first[:10] < meta.published[:10]:
            # The date the page shows is a later revision's.
            ctx.set_meta(
                "published", first, source=f"{SOURCE} (a note says first published then)",
                override=True,
            )
            return
    last = doc.kept()[-1].index if region else 0
    for i, block in enumerate(region):
        text = block.text
        if _label_only(text, ctx) and i + 1 < len(region):
            text = f"{text} {region[i + 1].text}"
        found = dateline(text, ctx)
        if found is None or found[1] not in labels or (
            not found[1] and block.index > last + _AFTER
        ):
            continue
        iso = page_dates.read(found[0])
        if iso is None:
            continue
        if meta.updated is None:
            ctx.set_meta("updated" if found[1] == UPDATED else "published", iso, source=SOURCE)
        elif meta.published is None:
            if iso[:10] > meta.updated[:10]:
                continue  # not published after its last update
            ctx.set_meta("published", iso, source=SOURCE)
        elif stamped_on_update(meta.published, meta.updated, iso):
            ctx.set_meta(
                "published", iso, source=f"{SOURCE} {STAMPED_ON_UPDATE}", override=True
            )
        return


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FIRST_PUBLISHED, FIRST_PUBLISHED_LABELS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [article_dateline]
