"""The document model's helpers for rules."""

from __future__ import annotations

from cleanpress.document import Block, Document


def test_derived_computes_once_per_document_and_key() -> None:
    calls: list[str] = []

    def count(doc: Document) -> int:
        calls.append("made")
        return len(doc.blocks)

    doc = Document([Block(index=0, text="One line.", raw="One line.")])
    assert doc.derived("count", count) == 1
    assert doc.derived("count", count) == 1
    assert calls == ["made"]
    # Another key, or another document, is computed anew.
    assert doc.derived("other", count) == 1
    assert Document([]).derived("count", count) == 0
    assert calls == ["made"] * 3
