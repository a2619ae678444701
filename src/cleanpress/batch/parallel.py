"""Clean pages on several processes of one machine (ordered output)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cleanpress.batch.records import Page, clean_page
from cleanpress.cleaner import Cleaner

_worker: Cleaner | None = None
_removals = False
_formats: Sequence[str] = ()


def _init(cleaner_kwargs: dict[str, Any], removals: bool, formats: Sequence[str]) -> None:
    global _worker, _removals, _formats
    _worker = Cleaner(**cleaner_kwargs)
    _removals = removals
    _formats = formats


def _run(page: Page) -> dict[str, Any]:
    assert _worker is not None
    return clean_page(_worker, page, removals=_removals, formats=_formats)


def clean_pages_parallel(
    pages: Iterable[Page],
    *,
    jobs: int,
    cleaner_kwargs: dict[str, Any] | None = None,
    removals: bool = False,
    formats: Sequence[str] = (),
    chunksize: int = 32,
) -> Iterator[dict[str, Any]]:
    """Like :func:`cleanpress.batch.clean_pages`, on ``jobs`` worker processes."""
    with multiprocessing.get_context("spawn").Pool(
        jobs, initializer=_init, initargs=(cleaner_kwargs or {}, removals, tuple(formats))
    ) as pool:
        yield from pool.imap(_run, pages, chunksize=chunksize)
