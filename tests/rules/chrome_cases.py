"""Run one chrome rule module alone over a small text page, for the rule tests."""

from __future__ import annotations

from types import ModuleType

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.markers import Markers
from cleanpress.readers.text import read_text


def run_module(module: ModuleType, text: str) -> Document:
    """Read ``text`` and apply the rules of ``module`` with its own markers, in order."""
    doc = read_text(text)
    own = getattr(module, "cleanpress_markers", None)
    markers = Markers([own()] if own else [])
    for rule in sorted(module.cleanpress_rules(), key=lambda r: r.sort_key):
        ctx = RuleContext(rule, markers, {})
        rule.apply(doc, ctx)
        ctx._commit(doc)
    return doc


def removed(module: ModuleType, text: str) -> list[str]:
    """The texts of the blocks the module's rules remove from ``text``."""
    return [b.text for b in run_module(module, text).removed()]


#: An article paragraph to put around the line under test.
ARTICLE = (
    "The council met on Tuesday to discuss the new budget for the coming year, "
    "and members spoke for hours about the cost of repairs."
)


def removed_between(module: ModuleType, line: str) -> list[str]:
    """What the module removes from ``line`` standing between two article paragraphs."""
    return removed(module, page(ARTICLE, line, ARTICLE))


def page(*lines: str) -> str:
    """Lines as separate blocks of a text page."""
    return "\n\n".join(lines)
