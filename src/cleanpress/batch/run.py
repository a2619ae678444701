"""A whole batch run, as ``cleanpress batch`` and ``cleanpress learn`` make it."""

from __future__ import annotations

import dataclasses
import json
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Any

from cleanpress.batch.jsonl import Record
from cleanpress.batch.learn import LearnSettings, SiteCounter, samples
from cleanpress.batch.parallel import clean_records_parallel
from cleanpress.batch.progress import Progress
from cleanpress.batch.records import RowStats, clean_record
from cleanpress.batch.sources import Input, open_input
from cleanpress.batch.summary import BatchSummary
from cleanpress.cleaner import Cleaner
from cleanpress.profiles import SiteProfile


@dataclass
class BatchOptions:
    """How to run a batch (the options of ``cleanpress batch``)."""

    inputs: Sequence[str]
    field: str | None = None
    kind: str = "auto"
    jobs: int = 1
    removals: bool = False
    #: The Cleaner's keyword arguments (disable, strict, time_budget, ...).
    cleaner: dict[str, Any] = dataclasses.field(default_factory=dict)
    profile: SiteProfile | None = None
    #: Learn a profile from the inputs first (two passes; stdin: a warm-up).
    learn: bool = False
    #: Pages of stdin learned from before cleaning starts, with ``learn``.
    warmup: int = 1000
    learn_settings: LearnSettings = dataclasses.field(default_factory=LearnSettings)
    #: Draw a progress bar (on the error stream).
    progress: bool = False
    #: Structured forms each row also carries ("markdown", "html"), and what they hold.
    formats: Sequence[str] = ()
    links: bool = False
    images: bool = False
    tables: bool = True


def open_inputs(options: BatchOptions) -> list[Input]:
    """Every input, opened now so that a missing one stops the run before it starts."""
    return [open_input(path, field=options.field, kind=options.kind) for path in options.inputs]


class _Tracked:
    """The records of several inputs, remembering how many input bytes were read
    for each record handed out (for the progress bar)."""

    def __init__(self, inputs: Sequence[Input]) -> None:
        self.inputs = inputs
        self.marks: deque[int] = deque()
        self.total = None if any(i.size is None for i in inputs) else sum(
            i.size or 0 for i in inputs)

    def __iter__(self) -> Iterator[Record]:
        base = 0
        for source in self.inputs:
            for page in source:
                self.marks.append(base + source.done)
                yield page
            base += source.size or 0


def _progress(options: BatchOptions, stream: IO[str], total: int | None, label: str) -> Progress:
    return Progress(stream, total_bytes=total, enabled=options.progress, label=label)


def learn(options: BatchOptions, inputs: Sequence[Input], err: IO[str],
          pages: Iterable[Record] | None = None) -> SiteProfile:
    """A site profile learned from the inputs (or from ``pages`` when given)."""
    tracked = _Tracked(inputs)
    total = None if pages is not None else tracked.total
    progress = _progress(options, err, total, "learning")
    counter = SiteCounter(options.learn_settings)
    source = tracked if pages is None else pages
    done = 0
    for done, sample in enumerate(samples(source, settings=options.learn_settings,
                                          jobs=options.jobs), 1):
        if sample is not None:
            counter.add(sample)
        progress.update(done, tracked.marks.popleft() if tracked.marks else 0)
    progress.close()
    return counter.profile()


def _rows(options: BatchOptions, pages: Iterable[Record],
          profile: SiteProfile | None) -> Iterator[tuple[dict[str, Any], RowStats]]:
    cleaner_kwargs = {**options.cleaner, "links": options.links, "images": options.images,
                      "tables": options.tables}
    if profile is not None:
        cleaner_kwargs["profile"] = profile
    if options.jobs > 1:
        return clean_records_parallel(pages, jobs=options.jobs, cleaner_kwargs=cleaner_kwargs,
                                      removals=options.removals, formats=options.formats)
    cleaner = Cleaner(**cleaner_kwargs)
    return (clean_record(cleaner, page, removals=options.removals, formats=options.formats)
            for page in pages)


def run_batch(options: BatchOptions, inputs: Sequence[Input], out: IO[str],
              err: IO[str]) -> tuple[BatchSummary, SiteProfile | None]:
    """Clean every record of ``inputs`` into one JSON Lines row each on ``out``.

    Returns the summary, and the profile used (learned, with ``learn``).
    """
    start = time.perf_counter()
    tracked = _Tracked(inputs)
    profile = options.profile
    pages: Iterable[Record] = tracked
    if options.learn:
        if tracked.total is None:  # stdin can be read once: learn from its first pages
            stream = iter(tracked)
            head = list(islice(stream, options.warmup))
            profile = learn(options, inputs, err, pages=head)
            pages = chain(head, stream)
        else:
            profile = learn(options, inputs, err)
            tracked = _Tracked(inputs)
            pages = tracked
    summary = BatchSummary()
    progress = _progress(options, err, tracked.total, "cleaning")
    try:
        for row, stats in _rows(options, pages, profile):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            summary.add(row, stats)
            progress.update(summary.records, tracked.marks.popleft() if tracked.marks else 0)
    finally:
        progress.close()
    summary.seconds = time.perf_counter() - start
    summary.input_bytes = tracked.total or 0
    for source in inputs:
        summary.skipped.update(source.skipped)
    return summary, profile
