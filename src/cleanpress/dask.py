"""Clean pages on a Dask cluster: a bag of pages, or a column of a dataframe.

Each partition cleans its pages with one cleaner (built once per worker
process for the same settings and profile, never per record) into the same
rows as ``cleanpress batch``. Needs the ``dask`` extra::

    from dask.distributed import Client
    from cleanpress.dask import read_jsonl, clean_bag

    client = Client("tcp://scheduler:8786")
    rows = clean_bag(read_jsonl("s3://bucket/pages-*.jsonl.gz"), profile="sites.json")
    rows.map(json.dumps).to_textfiles("s3://bucket/clean-*.jsonl")
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from cleanpress.batch.jsonl import page_from_line
from cleanpress.batch.learn import LearnSettings, SiteCounter, sample_page
from cleanpress.batch.page import Page, Problem
from cleanpress.batch.records import clean_page
from cleanpress.budget import BATCH_TIME_BUDGET
from cleanpress.cleaner import Cleaner
from cleanpress.profiles import ProfileSource, SiteProfile, as_profile

#: Row fields that hold nested values; a dataframe holds them as JSON text.
NESTED_FIELDS = ("metadata", "warnings", "error", "removed")

_cleaners: dict[tuple[tuple[str, ...], bool, float | None, str | None], Cleaner] = {}


def _cleaner(disable: Sequence[str], strict: bool, profile: SiteProfile | None,
             time_budget: float | None = None) -> Cleaner:
    """The cleaner for these settings in this process (built on first use)."""
    key = (tuple(disable), strict, time_budget, None if profile is None else profile.digest)
    cleaner = _cleaners.get(key)
    if cleaner is None:
        if len(_cleaners) >= 8:
            _cleaners.clear()
        cleaner = _cleaners[key] = Cleaner(disable=disable, strict=strict, profile=profile,
                                           time_budget=time_budget)
    return cleaner


def _delayed_profile(profile: ProfileSource | None) -> Any:
    """The profile loaded here and put in the graph once, not once per partition."""
    if profile is None:
        return None
    from dask import delayed

    return delayed(as_profile(profile), pure=True, traverse=False)


def pages_of_lines(
    lines: Iterable[tuple[str, str]], *, field: str | None = None, kind: str = "auto"
) -> list[Page]:
    """Pages of ``(line, path)`` pairs that make whole files in order (one
    partition of ``read_text(..., include_path=True, blocksize=None)``)."""
    pages, number, current = [], 0, None
    for line, path in lines:
        if path != current:
            current, number = path, 0
        number += 1
        pages.append(page_from_line(line, number, path, field=field, kind=kind))
    return pages


def read_jsonl(urlpath: str | Sequence[str], *, field: str | None = None, kind: str = "auto",
               **storage_options: Any) -> Any:
    """A bag of the records of JSON Lines files (local or object storage; ``.gz`` too),
    one partition per file, bad lines as error records just as the CLI reads them."""
    import dask.bag as db

    lines = db.read_text(urlpath, blocksize=None, include_path=True, errors="replace",
                         storage_options=storage_options or None)
    return lines.map_partitions(pages_of_lines, field=field, kind=kind)


def clean_partition(
    pages: Iterable[Page | dict[str, Any]],
    disable: Sequence[str] = (),
    strict: bool = False,
    removals: bool = False,
    profile: SiteProfile | None = None,
    time_budget: float | None = None,
) -> list[dict[str, Any]]:
    """Clean one partition; items are :class:`Page` or dicts with Page's fields."""
    cleaner = _cleaner(disable, strict, profile, time_budget)
    return [
        clean_page(cleaner, item if isinstance(item, Page) else Page(**item), removals=removals)
        for item in pages
    ]


def clean_bag(bag: Any, *, disable: Iterable[str] = (), strict: bool = False,
              removals: bool = False, profile: ProfileSource | None = None,
              time_budget: float | None = BATCH_TIME_BUDGET) -> Any:
    """Map a ``dask.bag.Bag`` of pages to a bag of result rows (lazy, as Dask is).

    ``profile``: a site profile (object, dict or path, read here on the client).
    ``time_budget``: seconds a page may take, 5 as in ``cleanpress batch``
    (None: no limit; in a worker thread it is checked between rules).
    """
    return bag.map_partitions(clean_partition, disable=tuple(disable), strict=strict,
                              removals=removals, profile=_delayed_profile(profile),
                              time_budget=time_budget)


def _frame_page(page_id: str, url: str | None, content: Any, column: str, kind: str) -> Page:
    if isinstance(content, (str, bytes)):
        return Page(page_id, content, url, kind)
    problem = Problem("wrong-type", f"'{column}' is {type(content).__name__}, not text")
    return Page(page_id, "", url, kind, problem=problem)


def _frame_partition(frame: Any, column: str, id_column: str | None, url_column: str | None,
                     kind: str, disable: Sequence[str], strict: bool, removals: bool,
                     profile: SiteProfile | None, columns: list[str],
                     time_budget: float | None) -> Any:
    import pandas as pd

    cleaner = _cleaner(disable, strict, profile, time_budget)
    ids = frame[id_column] if id_column else frame.index
    urls = frame[url_column] if url_column else [None] * len(frame)
    records = []
    for page_id, url, content in zip(ids, urls, frame[column], strict=True):
        page = _frame_page(str(page_id), url if isinstance(url, str) else None, content,
                           column, kind)
        row = clean_page(cleaner, page, removals=removals)
        records.append({name: json.dumps(row[name], ensure_ascii=False)
                        if name in NESTED_FIELDS else row[name] for name in columns})
    return pd.DataFrame.from_records(records, columns=columns, index=frame.index)


def clean_frame(frame: Any, column: str, *, id_column: str | None = None,
                url_column: str | None = None, kind: str = "auto", disable: Iterable[str] = (),
                strict: bool = False, removals: bool = False,
                profile: ProfileSource | None = None,
                time_budget: float | None = BATCH_TIME_BUDGET) -> Any:
    """Clean the pages in ``column`` of a ``dask.dataframe.DataFrame``.

    Returns a dataframe with the rows' fields as columns (``id`` from
    ``id_column`` or the index, ``url`` from ``url_column``; a column named
    ``html`` or ``text`` is read as that kind unless ``kind`` says), partition by
    partition; nested fields (metadata, warnings, error, removed) are JSON text,
    so that the frame writes to Parquet as it is. ``time_budget`` as in
    :func:`clean_bag`.
    """
    import pandas as pd

    if kind == "auto" and column in ("html", "text"):
        kind = column  # as a JSON Lines field of that name is read
    columns = ["id", "url", "position", "text", "metadata", "warnings", "error"]
    if removals:
        columns.append("removed")
    meta = pd.DataFrame({name: pd.Series(dtype="object") for name in columns})
    return frame.map_partitions(
        _frame_partition, column, id_column, url_column, kind, tuple(disable), strict, removals,
        _delayed_profile(profile), columns, time_budget, meta=meta)


def frame_rows(frame: Any) -> list[dict[str, Any]]:
    """The rows of a computed :func:`clean_frame` result as ``cleanpress batch`` writes them."""
    import pandas as pd

    return [
        {name: json.loads(value) if name in NESTED_FIELDS
         else None if value is None or (not isinstance(value, str) and pd.isna(value))
         else value
         for name, value in record.items()}
        for record in frame.to_dict(orient="records")
    ]


def _count_partition(pages: Iterable[Page], settings: LearnSettings) -> SiteCounter:
    counter = SiteCounter(settings)
    for page in pages:
        sample = sample_page(page, settings)
        if sample is not None:
            counter.add(sample)
    return counter


def _merge_counters(counters: Iterable[SiteCounter]) -> SiteCounter:
    merged = SiteCounter()
    for counter in counters:
        merged = counter if not merged.pages and not merged.entries else merged.merge(counter)
    return merged


def learn_bag(bag: Any, *, settings: LearnSettings | None = None) -> Any:
    """A delayed :class:`SiteProfile` learned from a bag of pages (``.compute()`` it)."""
    settings = settings or LearnSettings()
    counts = bag.reduction(partial(_count_partition, settings=settings), _merge_counters)
    return counts.apply(SiteCounter.profile)
