"""Timing an extractor over the pages of a track, and the line-filter baseline."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.dataset import Page

Extractor = Callable[[str], str]

_TERMINAL = tuple(".!?\"”'’")


def line_filter(text: str) -> str:
    """C4-style baseline: keep lines of three or more words ending in terminal punctuation."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if line.endswith(_TERMINAL) and len(line.split()) >= 3:
            kept.append(line)
    return "\n".join(kept)


@dataclass(frozen=True)
class Timing:
    """Median wall time of K passes over the pages, and what that makes per second."""

    seconds: float
    docs: int
    megabytes: float
    repeats: int
    #: The wall time of each pass, in the order they ran.
    passes: tuple[float, ...] = ()

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else float("inf")


def run_timed(
    extract: Extractor, pages: Sequence[Page], repeats: int = 1
) -> tuple[dict[str, str], Timing, list[str]]:
    """Run ``extract`` over ``pages`` ``repeats`` times; predictions of the first pass.

    A page that raises gets an empty prediction and an error line.
    """
    return run_interleaved({"": extract}, pages, repeats)[""]


def run_interleaved(
    extractors: dict[str, Extractor], pages: Sequence[Page], repeats: int = 1
) -> dict[str, tuple[dict[str, str], Timing, list[str]]]:
    """Time each extractor over ``pages`` in alternation: pass 1 of each, then pass 2
    of each, and so on, so that a machine that speeds up or slows down during the run
    weighs on all of them alike. Returns, by name, the first pass's predictions, the
    median pass's timing and the error lines (see :func:`run_timed`)."""
    predictions: dict[str, dict[str, str]] = {name: {} for name in extractors}
    errors: dict[str, list[str]] = {name: [] for name in extractors}
    times: dict[str, list[float]] = {name: [] for name in extractors}
    for attempt in range(max(1, repeats)):
        for name, extract in extractors.items():
            start = time.perf_counter()
            for page in pages:
                try:
                    out = extract(page.source)
                except Exception as error:  # one bad page must not end the run
                    out = ""
                    if attempt == 0:
                        errors[name].append(f"{page.id}: {type(error).__name__}: {error}")
                if attempt == 0:
                    predictions[name][page.id] = out or ""
            times[name].append(time.perf_counter() - start)
    size = sum(len(p.source.encode("utf-8")) for p in pages) / 1e6
    return {
        name: (
            predictions[name],
            Timing(statistics.median(times[name]), len(pages), size, len(times[name]),
                   tuple(times[name])),
            errors[name],
        )
        for name in extractors
    }


def pass_ratios(timing: Timing, base: Timing) -> list[float]:
    """How many times ``base``'s time each pass of ``timing`` took, pass by pass:
    passes that ran in alternation met the same state of the machine."""
    return [mine / theirs for mine, theirs in zip(timing.passes, base.passes, strict=True)
            if theirs > 0]


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
