"""The progress bar of a batch on a terminal (tqdm), or nothing."""

from __future__ import annotations

import time
from typing import IO, Any

#: Seconds between two refreshes of the bar.
_INTERVAL = 0.25


class Progress:
    """Records done, records/s and, when the input's size is known, how far
    through it the batch is and the time left. Draws nothing when disabled."""

    def __init__(self, stream: IO[str], *, total_bytes: int | None, enabled: bool,
                 label: str = "cleaning") -> None:
        self.records = 0
        self._bar: Any = None
        self._total = total_bytes
        self._start = self._last = time.monotonic()
        if not enabled:
            return
        from tqdm import tqdm

        if total_bytes:
            self._bar = tqdm(total=total_bytes, file=stream, desc=label, unit="B",
                             unit_scale=True, dynamic_ncols=True, mininterval=_INTERVAL,
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| {postfix} "
                                        "[{elapsed}<{remaining}]")
            self._bar.set_postfix_str("0 records", refresh=False)
        else:
            self._bar = tqdm(file=stream, desc=label, unit=" records", dynamic_ncols=True,
                             mininterval=_INTERVAL)

    def update(self, records: int, done_bytes: int) -> None:
        """``records`` rows written so far, ``done_bytes`` of the input read for them."""
        self.records = records
        bar = self._bar
        if bar is None:
            return
        now = time.monotonic()
        if now - self._last < _INTERVAL:
            return
        self._last = now
        self._draw(records, done_bytes, now)

    def _draw(self, records: int, done_bytes: int, now: float) -> None:
        bar = self._bar
        if self._total:
            rate = records / max(now - self._start, 1e-9)
            bar.set_postfix_str(f"{records:,} records, {rate:,.0f} records/s", refresh=False)
            bar.update(min(done_bytes, self._total) - bar.n)
        else:
            bar.update(records - bar.n)

    def close(self, done_bytes: int | None = None) -> None:
        if self._bar is not None:
            self._draw(self.records, (self._total or 0) if done_bytes is None else done_bytes,
                       time.monotonic())
            self._bar.close()
            self._bar = None
