"""What cleaning returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleanpress.document import Document
from cleanpress.metadata import Metadata


@dataclass(slots=True)
class Removal:
    """One removed block: which rule removed it and why."""

    rule: str
    text: str
    reason: str
    #: Position of the block in the document (0-based).
    index: int
    kind: str = "paragraph"


@dataclass
class CleanResult:
    """The clean article, its metadata, and every removal in document order."""

    text: str
    metadata: Metadata
    removed: list[Removal] = field(default_factory=list)
    #: Rules that failed and were skipped (non-strict mode), and reader fallbacks.
    warnings: list[str] = field(default_factory=list)
    #: Which reader read the page: "text" or "html".
    source_kind: str = "text"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict of everything in the result."""
        return {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "removed": [
                {
                    "rule": r.rule, "text": r.text, "reason": r.reason,
                    "index": r.index, "kind": r.kind,
                }
                for r in self.removed
            ],
            "warnings": list(self.warnings),
            "source_kind": self.source_kind,
        }

    @classmethod
    def from_document(cls, doc: Document, warnings: list[str]) -> CleanResult:
        kept: list[str] = []
        removed: list[Removal] = []
        for b in doc.blocks:  # (one pass over the blocks for both lists)
            if b.removed_by is not None:
                removed.append(Removal(b.removed_by, b.raw, b.reason or "", b.index, b.kind))
            elif b.text:
                kept.append(b.text if b.bullet is None else b.render())
        return cls("\n\n".join(kept), doc.metadata, removed, warnings, doc.source_kind)
