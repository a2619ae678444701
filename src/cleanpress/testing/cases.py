"""Fixture cases: a folder holding a page and what cleaning it must give.

A case folder contains:

- ``input.txt`` or ``input.html``: the page;
- ``expected.json`` with any of:
  - ``"body"``: the exact expected ``CleanResult.text``;
  - ``"metadata"``: metadata fields that must equal these values;
  - ``"must_remove"``: lines that must be out of the body and among the
    removals (a list, or a mapping of label -> list of lines); a line may be
    given as ``{"text": ..., "rule": ...}`` to demand a rule;
  - ``"must_keep"``: lines that must stay in the body;
  - ``"kind"`` (``"text"``/``"html"``/``"auto"``) and ``"url"``;
  - ``"pending"``: a reason the case is known to fail (it then must fail).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleanpress.cleaner import Cleaner
from cleanpress.result import CleanResult

INPUT_NAMES = ("input.txt", "input.html")


@dataclass
class Case:
    """One fixture case."""

    name: str
    folder: Path
    input_path: Path
    body: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    must_remove: list[tuple[str, str | None]] = field(default_factory=list)
    must_keep: list[str] = field(default_factory=list)
    kind: str = "auto"
    url: str | None = None
    pending: str | None = None

    def read_input(self) -> bytes:
        return self.input_path.read_bytes()


def load_case(folder: Path) -> Case:
    """Load the case in ``folder``; raise ValueError when it is malformed."""
    folder = Path(folder)
    inputs = [folder / n for n in INPUT_NAMES if (folder / n).exists()]
    if len(inputs) != 1:
        raise ValueError(f"{folder}: expected exactly one of {', '.join(INPUT_NAMES)}")
    expected_path = folder / "expected.json"
    if not expected_path.exists():
        raise ValueError(f"{folder}: missing expected.json")
    data = json.loads(expected_path.read_text(encoding="utf-8"))
    raw_remove = data.get("must_remove", [])
    if isinstance(raw_remove, dict):
        raw_remove = [line for lines in raw_remove.values() for line in lines]
    must_remove: list[tuple[str, str | None]] = []
    for item in raw_remove:
        if isinstance(item, dict):
            must_remove.append((item["text"], item.get("rule")))
        else:
            must_remove.append((item, None))
    return Case(
        name=folder.name,
        folder=folder,
        input_path=inputs[0],
        body=data.get("body"),
        metadata=data.get("metadata", {}),
        must_remove=must_remove,
        must_keep=data.get("must_keep", []),
        kind=data.get("kind", "auto"),
        url=data.get("url"),
        pending=data.get("pending"),
    )


def find_cases(root: Path) -> Iterator[Path]:
    """Every case folder below ``root`` (a folder holding expected.json), sorted."""
    for expected in sorted(Path(root).rglob("expected.json")):
        yield expected.parent


def check_case(case: Case, cleaner: Cleaner) -> tuple[CleanResult, list[str]]:
    """Clean the case's page; return the result and a list of problems (empty: passed)."""
    result = cleaner.clean(case.read_input(), url=case.url, kind=case.kind)
    problems: list[str] = []
    if case.body is not None and result.text != case.body:
        problems.append("body differs:\n" + _diff(case.body, result.text))
    meta = result.metadata.to_dict()
    for name, want in case.metadata.items():
        got = meta["extra"].get(name) if name not in meta else meta[name]
        if got != want:
            problems.append(f"metadata {name}: expected {want!r}, got {got!r}")
    removed_texts = [(r.text.strip(), r.rule) for r in result.removed]
    for line, rule in case.must_remove:
        wanted = line.strip()
        if wanted in result.text:
            problems.append(f"still in the body: {wanted!r}")
        hits = [r for text, r in removed_texts if wanted == text or wanted in text]
        if not hits:
            problems.append(f"not among the removals: {wanted!r}")
        elif rule is not None and rule not in hits:
            problems.append(f"removed by {hits}, expected rule {rule!r}: {wanted!r}")
    for line in case.must_keep:
        if line.strip() not in result.text:
            problems.append(f"lost from the body: {line.strip()!r}")
    return result, problems


def _diff(expected: str, actual: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        expected.split("\n\n"), actual.split("\n\n"), "expected", "actual", lineterm="", n=1
    )
    return "\n".join(line[:200] for line in lines)
