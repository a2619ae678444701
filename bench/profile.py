"""Time per rule (CPU time of this process): wrap each chain entry's rule to time its calls."""

from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from collections.abc import Sequence

from bench.dataset import Page
from cleanpress import Cleaner
from cleanpress.chain import ChainEntry, RuleContext
from cleanpress.document import Document
from cleanpress.readers import read
from cleanpress.rule import Rule, RuleFunc

READER = "(reader)"


def _timed(func: RuleFunc, name: str, totals: dict[str, float]) -> RuleFunc:
    def apply(doc: Document, ctx: RuleContext) -> None:
        start = time.process_time()
        try:
            func(doc, ctx)
        finally:
            totals[name] += time.process_time() - start

    return apply


def instrument(cleaner: Cleaner) -> dict[str, float]:
    """Make ``cleaner`` add each rule's time to the returned dict (seconds by rule name)."""
    totals: dict[str, float] = defaultdict(float)
    entries = []
    for entry in cleaner.chain.entries:
        rule: Rule = entry.rule
        wrapped = dataclasses.replace(rule, apply=_timed(rule.apply, rule.name, totals))
        entries.append(ChainEntry(entry.position, wrapped, entry.plugin))
    cleaner.chain.entries = entries
    return totals


def profile(
    pages: Sequence[Page], kind: str, entry_points: bool | None = None
) -> list[tuple[str, float]]:
    """Seconds spent by the reader and by each rule over ``pages``, slowest first."""
    cleaner = Cleaner(entry_points=entry_points)
    totals = instrument(cleaner)
    for page in pages:
        start = time.process_time()
        doc, _ = read(page.source, kind=kind, max_bytes=cleaner.max_bytes)
        totals[READER] += time.process_time() - start
        cleaner.chain.run(doc)
    return sorted(totals.items(), key=lambda item: -item[1])


def format_profile(rows: list[tuple[str, float]], docs: int) -> str:
    total = sum(seconds for _, seconds in rows) or 1.0
    lines = [f"{'rule':<32} {'ms total':>9} {'µs/doc':>8} {'share':>6}"]
    for name, seconds in rows:
        lines.append(
            f"{name:<32} {seconds * 1e3:9.1f} {seconds * 1e6 / max(docs, 1):8.0f} "
            f"{seconds / total:6.1%}"
        )
    return "\n".join(lines)
