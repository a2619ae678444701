"""Clean a stream of pages into JSON-serialisable rows, one row per record.

A record that could not be read (a bad JSON line, an undecodable WARC record)
arrives as a :class:`Page` with a ``problem``; it and a page that fails to
clean become error rows: ``error`` is ``{"reason": ..., "message": ...}`` and
``position`` says where the record was (``file:line``, ``file@offset`` or the
file's path).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleanpress.batch.jsonl import Record, as_page
from cleanpress.batch.page import Page, Problem
from cleanpress.cleaner import Cleaner
from cleanpress.errors import BudgetError, InputError, RuleError
from cleanpress.result import CleanResult

log = logging.getLogger("cleanpress")

#: Reasons of error rows, with what each means.
REASONS = {
    "not-json": "the line is not JSON",
    "wrong-type": "a JSON value of the wrong type (not an object, or a field that is not text)",
    "no-content": "no content field in the row",
    "empty-line": "a blank line",
    "bad-record": "a WARC record that could not be decoded",
    "unreadable": "the rest of a file could not be read (truncated or corrupt)",
    "not-a-page": "the content is not a page (binary, too large, too many elements)",
    "rule-failed": "a rule raised in strict mode",
    "over-budget": "the page took longer than the time budget in strict mode",
    "internal-error": "cleaning raised an unexpected error",
}


@dataclass
class RowStats:
    """What the summary counts of one row besides the row itself."""

    removed_by_rule: dict[str, int] = field(default_factory=dict)
    page_type: str | None = None


def result_row(
    page: Page, result: CleanResult, *, removals: bool = False, formats: Sequence[str] = ()
) -> dict[str, Any]:
    """The output row of a cleaned page; ``formats`` adds structured forms of it
    ("markdown", "html", "sections"; see ``CleanResult.to_dict``)."""
    row: dict[str, Any] = {
        "id": page.id,
        "url": page.url,
        "position": page.position,
        "text": result.text,
        "metadata": result.metadata.to_dict(),
        "warnings": result.warnings,
        "error": None,
    }
    if removals or formats:
        data = result.to_dict(formats)
        row.update((name, data[name]) for name in formats)
        if removals:
            row["removed"] = data["removed"]
    return row


def error_row(page: Page, reason: str, message: str) -> dict[str, Any]:
    """The output row of a record that could not be read or cleaned."""
    return {"id": page.id, "url": page.url, "position": page.position, "text": None,
            "metadata": None, "warnings": [], "error": {"reason": reason, "message": message}}


def _failure(error: BaseException) -> tuple[str, str]:
    if isinstance(error, InputError):
        return "not-a-page", str(error)
    if isinstance(error, RuleError):
        return "rule-failed", str(error)
    if isinstance(error, BudgetError):
        return "over-budget", str(error)
    return "internal-error", f"{type(error).__name__}: {error}"


def clean_record(
    cleaner: Cleaner, record: Record, *, removals: bool = False, formats: Sequence[str] = ()
) -> tuple[dict[str, Any], RowStats]:
    """Clean one record into its row and what the summary counts of it.

    Never raises for the page's sake: any failure becomes an error row.
    """
    page = as_page(record)
    stats = RowStats()
    if page.problem is not None:
        return error_row(page, page.problem.reason, page.problem.message), stats
    try:
        result = cleaner.clean(page.source, url=page.url, kind=page.kind, encoding=page.encoding)
    except Exception as error:  # a bug must cost one page, not the batch
        if not isinstance(error, (InputError, RuleError, BudgetError)):
            log.exception("cleaning page %s failed", page.id)
        return error_row(page, *_failure(error)), stats
    for removal in result.removed:
        stats.removed_by_rule[removal.rule] = stats.removed_by_rule.get(removal.rule, 0) + 1
    stats.page_type = getattr(result.metadata, "page_type", None)
    return result_row(page, result, removals=removals, formats=formats), stats


def clean_page(
    cleaner: Cleaner, page: Record, *, removals: bool = False, formats: Sequence[str] = ()
) -> dict[str, Any]:
    """Clean one record into its row (an error row if it cannot be read or cleaned)."""
    return clean_record(cleaner, page, removals=removals, formats=formats)[0]


def clean_pages(
    pages: Iterable[Record],
    *,
    cleaner: Cleaner | None = None,
    removals: bool = False,
    formats: Sequence[str] = (),
) -> Iterator[dict[str, Any]]:
    """Clean pages one after another, yielding one row each, in order."""
    cleaner = cleaner or Cleaner()
    for page in pages:
        yield clean_page(cleaner, page, removals=removals, formats=formats)


__all__ = ["REASONS", "Page", "Problem", "RowStats", "clean_page", "clean_pages", "clean_record",
           "error_row", "result_row"]
