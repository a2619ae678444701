"""Clean pages on a Dask cluster: ``clean_bag(bag)``.

Each partition builds its cleaner once (per worker process) and maps pages to
the same rows as ``cleanpress batch``. Needs the ``dask`` extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from cleanpress.batch.records import Page, clean_page
from cleanpress.cleaner import Cleaner


@lru_cache(maxsize=8)
def _cleaner(disable: tuple[str, ...], strict: bool) -> Cleaner:
    return Cleaner(disable=disable, strict=strict)


def clean_partition(
    pages: Iterable[Page | dict[str, Any]],
    disable: tuple[str, ...] = (),
    strict: bool = False,
    removals: bool = False,
) -> list[dict[str, Any]]:
    """Clean one partition; items are :class:`Page` or dicts with Page's fields."""
    cleaner = _cleaner(tuple(disable), strict)
    rows = []
    for item in pages:
        page = item if isinstance(item, Page) else Page(**item)
        rows.append(clean_page(cleaner, page, removals=removals))
    return rows


def clean_bag(bag: Any, *, disable: Iterable[str] = (), strict: bool = False,
              removals: bool = False) -> Any:
    """Map a ``dask.bag.Bag`` of pages to a bag of result rows (lazy, as Dask is)."""
    return bag.map_partitions(
        clean_partition, disable=tuple(disable), strict=strict, removals=removals
    )
