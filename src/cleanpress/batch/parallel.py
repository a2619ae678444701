"""Clean pages on several processes of one machine: ordered output, bounded memory.

Records are sent to the workers in chunks, and at most a few chunks per
worker are in flight at once, so memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

from cleanpress.batch.jsonl import Record
from cleanpress.batch.records import RowStats, clean_record
from cleanpress.cleaner import Cleaner

T = TypeVar("T")
R = TypeVar("R")

#: Chunks in flight per worker process.
_IN_FLIGHT = 3

_worker: Cleaner | None = None
_removals = False
_formats: Sequence[str] = ()


def _init(cleaner_kwargs: dict[str, Any], removals: bool, formats: Sequence[str] = ()) -> None:
    global _worker, _removals, _formats
    _worker = Cleaner(**cleaner_kwargs)
    _removals = removals
    _formats = formats


def _clean_chunk(pages: list[Record]) -> list[tuple[dict[str, Any], RowStats]]:
    assert _worker is not None
    return [clean_record(_worker, page, removals=_removals, formats=_formats) for page in pages]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    chunksize: int = 16,
) -> Iterator[R]:
    """``func`` over chunks of ``items`` on ``jobs`` processes; results in input order.

    ``items`` is read only as fast as results are taken (a few chunks ahead).
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=initializer, initargs=initargs) as pool:
        pending: deque[AsyncResult[list[R]]] = deque()
        for chunk in _chunks(items, chunksize):
            pending.append(pool.apply_async(func, (chunk,)))
            while len(pending) >= jobs * _IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def clean_records_parallel(
    pages: Iterable[Record],
    *,
    jobs: int,
    cleaner_kwargs: dict[str, Any] | None = None,
    removals: bool = False,
    formats: Sequence[str] = (),
    chunksize: int = 16,
) -> Iterator[tuple[dict[str, Any], RowStats]]:
    """Rows and their stats, as :func:`cleanpress.batch.records.clean_record` gives them."""
    return ordered_map(_clean_chunk, pages, jobs=jobs, initializer=_init,
                       initargs=(cleaner_kwargs or {}, removals, tuple(formats)),
                       chunksize=chunksize)


def clean_pages_parallel(
    pages: Iterable[Record],
    *,
    jobs: int,
    cleaner_kwargs: dict[str, Any] | None = None,
    removals: bool = False,
    chunksize: int = 16,
) -> Iterator[dict[str, Any]]:
    """Like :func:`cleanpress.batch.clean_pages`, on ``jobs`` worker processes."""
    for row, _stats in clean_records_parallel(pages, jobs=jobs, cleaner_kwargs=cleaner_kwargs,
                                              removals=removals, chunksize=chunksize):
        yield row
