"""What an explain report shows: the blocks, the rules that removed some, the metadata."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from cleanpress.cleaner import Cleaner
from cleanpress.document import Block
from cleanpress.result import CleanResult


@dataclass(frozen=True)
class RuleCount:
    """A rule of the legend: how many blocks it removed, and its colour."""

    name: str
    count: int
    description: str = ""

    @property
    def hue(self) -> int:
        """A hue (0-359) that depends only on the rule's name, so it is stable across pages."""
        return zlib.crc32(self.name.encode("utf-8")) % 360


@dataclass
class Report:
    """Everything a renderer needs, in document order."""

    name: str
    blocks: list[Block]
    result: CleanResult
    rules: list[RuleCount] = field(default_factory=list)

    @property
    def page_type(self) -> str | None:
        """The page type the page was told to be (HTML pages; see ``Metadata.page_type``)."""
        return self.result.metadata.page_type

    @property
    def removed_count(self) -> int:
        return sum(rule.count for rule in self.rules)

    def rule(self, name: str) -> RuleCount:
        """The legend entry of a rule that removed blocks."""
        for entry in self.rules:
            if entry.name == name:
                return entry
        raise KeyError(name)


def build_report(
    blocks: list[Block],
    result: CleanResult,
    *,
    name: str = "",
    descriptions: Mapping[str, str] | None = None,
) -> Report:
    """Count removals per rule (legend in order of first removal) and gather the rest."""
    counts: dict[str, int] = {}
    for block in blocks:
        if block.removed_by is not None:
            counts[block.removed_by] = counts.get(block.removed_by, 0) + 1
    described = descriptions or {}
    rules = [RuleCount(rule, n, described.get(rule, "")) for rule, n in counts.items()]
    return Report(name, list(blocks), result, rules)


def explain_page(
    cleaner: Cleaner,
    source: str | bytes,
    *,
    name: str = "",
    url: str | None = None,
    kind: str = "auto",
) -> Report:
    """Clean ``source`` with ``cleaner`` and build its report."""
    doc, result = cleaner.explain(source, url=url, kind=kind)
    descriptions = {entry.rule.name: entry.rule.description for entry in cleaner.entries}
    return build_report(doc.blocks, result, name=name, descriptions=descriptions)


def metadata_rows(result: CleanResult) -> list[tuple[str, str, str]]:
    """The metadata fields that have a value, as (label, text, where it was read)
    triples (the last is "" when not known); extra fields last."""
    data = result.metadata.to_dict()
    extra = data.pop("extra", {}) or {}
    sources = data.pop("sources", {}) or {}
    rows = [
        (key, _show(value), sources.get(key, ""))
        for key, value in data.items()
        if value not in (None, "", [])
    ]
    rows += [
        (f"extra.{key}", _show(value), sources.get(key, "")) for key, value in sorted(extra.items())
    ]
    return rows


def _show(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
