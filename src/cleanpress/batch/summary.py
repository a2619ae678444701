"""What a batch did: records, error rows by reason, removals by rule, pages by type."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleanpress.batch.records import RowStats


@dataclass
class BatchSummary:
    """Counts of one batch run, shown at its end and written by ``--summary``."""

    records: int = 0
    errors_by_reason: Counter[str] = field(default_factory=Counter)
    removed_by_rule: Counter[str] = field(default_factory=Counter)
    pages_by_type: Counter[str] = field(default_factory=Counter)
    #: Records the inputs held but a batch does not clean (WARC records that
    #: are not HTML responses), by why.
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    input_bytes: int = 0

    @property
    def errors(self) -> int:
        return sum(self.errors_by_reason.values())

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def add(self, row: dict[str, Any], stats: RowStats) -> None:
        """Count one output row."""
        self.records += 1
        error = row.get("error")
        if error is not None:
            self.errors_by_reason[error["reason"]] += 1
            return
        self.removed_by_rule.update(stats.removed_by_rule)
        self.pages_by_type[stats.page_type or "unknown"] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "cleaned": self.records - self.errors,
            "errors": self.errors,
            "errors_by_reason": dict(self.errors_by_reason.most_common()),
            "removed_by_rule": dict(self.removed_by_rule.most_common()),
            "pages_by_type": dict(self.pages_by_type.most_common()),
            "skipped": dict(self.skipped.most_common()),
            "seconds": round(self.seconds, 3),
            "records_per_second": round(self.records_per_second, 1),
            "input_megabytes": round(self.input_bytes / 1e6, 1),
        }

    def write(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    def render(self) -> str:
        """The summary as lines for stderr."""
        lines = [
            f"cleanpress: {self.records:,} records, {self.records - self.errors:,} cleaned, "
            f"{self.errors:,} error rows in {self.seconds:.1f} s "
            f"({self.records_per_second:,.1f} records/s)"
        ]

        def counts(title: str, counter: Counter[str], limit: int = 12) -> None:
            if counter:
                items = counter.most_common(limit)
                more = len(counter) - len(items)
                text = ", ".join(f"{name} {n:,}" for name, n in items)
                lines.append(f"  {title}: {text}{f', and {more} more' if more > 0 else ''}")

        counts("error rows by reason", self.errors_by_reason)
        counts("removals by rule", self.removed_by_rule)
        counts("pages by type", self.pages_by_type)
        counts("skipped records", self.skipped)
        return "\n".join(lines)
