"""Run a rule over a text page where another rule already removed some blocks."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text
from cleanpress.rule import Rule


def run_after_removal(
    module: ModuleType, rule: Rule, text: str, removed: Iterable[int], by: str = "article-region"
) -> Document:
    """Read ``text``, mark the blocks at ``removed`` as removed by ``by``, then apply
    ``rule`` with the markers of ``module``."""
    doc = read_text(text)
    for i in removed:
        doc.blocks[i].removed_by = by
    ctx = RuleContext(rule, Markers([module.cleanpress_markers()]), {})
    rule.apply(doc, ctx)
    ctx._commit(doc)
    return doc
