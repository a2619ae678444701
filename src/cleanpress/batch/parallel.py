"""Clean pages on several processes of one machine (ordered output)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

from cleanpress.batch.records import Page, clean_page
from cleanpress.cleaner import Cleaner

_worker: Cleaner | None = None
_removals = False


def _init(cleaner_kwargs: dict[str, Any], removals: bool) -> None:
    global _worker, _removals
    _worker = Cleaner(**cleaner_kwargs)
    _removals = removals


def _run(page: Page) -> dict[str, Any]:
    assert _worker is not None
    return clean_page(_worker, page, removals=_removals)


def clean_pages_parallel(
    pages: Iterable[Page],
    *,
    jobs: int,
    cleaner_kwargs: dict[str, Any] | None = None,
    removals: bool = False,
    chunksize: int = 32,
) -> Iterator[dict[str, Any]]:
    """Like :func:`cleanpress.batch.clean_pages`, on ``jobs`` worker processes."""
    with multiprocessing.get_context("spawn").Pool(
        jobs, initializer=_init, initargs=(cleaner_kwargs or {}, removals)
    ) as pool:
        yield from pool.imap(_run, pages, chunksize=chunksize)
