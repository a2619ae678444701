"""Clean a stream of pages into JSON-serialisable rows."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cleanpress.cleaner import Cleaner
from cleanpress.errors import CleanpressError
from cleanpress.result import CleanResult

log = logging.getLogger("cleanpress")


@dataclass(frozen=True)
class Page:
    """One page of a batch."""

    id: str
    source: str | bytes
    url: str | None = None
    kind: str = "auto"
    encoding: str | None = None


def result_row(
    page: Page, result: CleanResult, *, removals: bool = False, formats: Sequence[str] = ()
) -> dict[str, Any]:
    """The output row of a cleaned page; ``formats`` adds structured forms of it
    ("markdown", "html", "sections"; see ``CleanResult.to_dict``)."""
    row: dict[str, Any] = {
        "id": page.id,
        "url": page.url,
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


def error_row(page: Page, error: BaseException) -> dict[str, Any]:
    """The output row of a page that could not be cleaned."""
    return {"id": page.id, "url": page.url, "text": None, "metadata": None,
            "warnings": [], "error": f"{type(error).__name__}: {error}"}


def clean_page(
    cleaner: Cleaner, page: Page, *, removals: bool = False, formats: Sequence[str] = ()
) -> dict[str, Any]:
    """Clean one page; any failure becomes an error row instead of an exception."""
    try:
        result = cleaner.clean(page.source, url=page.url, kind=page.kind, encoding=page.encoding)
    except CleanpressError as error:
        return error_row(page, error)
    except Exception as error:  # a bug must cost one page, not the batch
        log.exception("cleaning page %s failed", page.id)
        return error_row(page, error)
    return result_row(page, result, removals=removals, formats=formats)


def clean_pages(
    pages: Iterable[Page],
    *,
    cleaner: Cleaner | None = None,
    removals: bool = False,
    formats: Sequence[str] = (),
) -> Iterator[dict[str, Any]]:
    """Clean pages one after another, yielding one row each, in order."""
    cleaner = cleaner or Cleaner()
    for page in pages:
        yield clean_page(cleaner, page, removals=removals, formats=formats)
