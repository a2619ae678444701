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
    predictions: dict[str, str] = {}
    errors: list[str] = []
    times = []
    for attempt in range(max(1, repeats)):
        start = time.perf_counter()
        for page in pages:
            try:
                out = extract(page.source)
            except Exception as error:  # one bad page must not end the run
                out = ""
                if attempt == 0:
                    errors.append(f"{page.id}: {type(error).__name__}: {error}")
            if attempt == 0:
                predictions[page.id] = out or ""
        times.append(time.perf_counter() - start)
    size = sum(len(p.source.encode("utf-8")) for p in pages) / 1e6
    return predictions, Timing(statistics.median(times), len(pages), size, len(times)), errors


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
