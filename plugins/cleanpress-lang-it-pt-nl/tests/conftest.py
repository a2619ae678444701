"""Fixture cases run the pack's patterns through probe rules, one per family.

The built-in rules that consult these families are left out (``defaults:
False``), so a case checks what this pack adds: which of its lines each
family's patterns catch, and which article lines they leave alone.
"""

from __future__ import annotations

from typing import Any

import cleanpress_lang_it_pt_nl
from cleanpress_lang_it_pt_nl.patterns import FAMILIES

import cleanpress

#: The longest block a probe looks at, like the built-in chrome rules.
MAX_WORDS = 40


def probe(family: str, order: int) -> cleanpress.Rule:
    """A rule removing short blocks that carry a marker of ``family``."""

    def apply(doc: cleanpress.Document, ctx: cleanpress.RuleContext) -> None:
        for block in doc.kept():
            if block.words <= MAX_WORDS and ctx.search(family, block.text):
                ctx.remove(block, f"{family} marker")

    name = "probe-" + family.replace("_", "-")
    return cleanpress.rule(name, stage="chrome", order=order,
                           description=f"Remove short {family} lines")(apply)


class Probes:
    """A plugin holding one probe rule per family of the pack."""

    @cleanpress.hookimpl
    def cleanpress_rules(self) -> list[cleanpress.Rule]:
        return [probe(family, i) for i, family in enumerate(FAMILIES)]


PROBES = Probes()


def pytest_cleanpress_settings(config: Any, path: Any) -> dict[str, Any]:
    return {"plugins": [cleanpress_lang_it_pt_nl, PROBES], "defaults": False}
