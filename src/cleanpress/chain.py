"""The rule chain: built from the plugins, run in order, every decision recorded.

``RuleContext`` lives in :mod:`cleanpress.rule` beside ``Rule``; it is importable
from here too, where plugins have always imported it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pluggy

from cleanpress.document import Document
from cleanpress.errors import ConfigError, RuleError
from cleanpress.markers import Markers
from cleanpress.plugins import registered_name
from cleanpress.rule import Rule, RuleContext
from cleanpress.rules.locate.page_profiles import skipped

log = logging.getLogger("cleanpress")


@dataclass(frozen=True)
class ChainEntry:
    """A rule at its place in the chain, with the plugin that provided it."""

    position: int
    rule: Rule
    plugin: str


class Chain:
    """The ordered rules of a cleaner, with the marker patterns they share."""

    def __init__(
        self,
        pm: pluggy.PluginManager,
        *,
        disable: Iterable[str] = (),
        strict: bool = False,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.strict = strict
        self.options = dict(options or {})
        entries: list[tuple[Rule, str]] = []
        seen: dict[str, str] = {}
        for impl in pm.hook.cleanpress_rules.get_hookimpls():
            plugin = registered_name(pm, impl.plugin)
            provided: Iterable[object] = impl.function() or ()  # type: ignore[assignment]
            for rule in provided:
                if not isinstance(rule, Rule):
                    raise ConfigError(f"plugin {plugin!r} returned {rule!r}, not a cleanpress Rule")
                if rule.name in seen:
                    raise ConfigError(
                        f"rule {rule.name!r} is defined by both {seen[rule.name]!r} and {plugin!r}"
                    )
                seen[rule.name] = plugin
                entries.append((rule, plugin))
        disabled = set(disable)
        unknown = disabled - set(seen)
        if unknown:
            raise ConfigError(
                f"cannot disable unknown rule(s): {', '.join(sorted(unknown))}; "
                "see `cleanpress rules` for the names"
            )
        entries.sort(key=lambda e: e[0].sort_key)
        self.entries: list[ChainEntry] = [
            ChainEntry(i + 1, rule, plugin)
            for i, (rule, plugin) in enumerate(e for e in entries if e[0].name not in disabled)
        ]
        self.markers = Markers(r for r in pm.hook.cleanpress_markers() if r)

    @property
    def rules(self) -> list[Rule]:
        return [e.rule for e in self.entries]

    def run(self, doc: Document) -> list[str]:
        """Apply every rule to ``doc`` in order; return warnings from failed rules."""
        problems: list[str] = []
        doc._caching, doc._kept = True, None
        try:
            for entry in self.entries:
                problem = self._apply(entry, doc)
                if problem:
                    problems.append(problem)
        finally:
            doc._caching, doc._kept = False, None
        return problems

    def _apply(self, entry: ChainEntry, doc: Document) -> str | None:
        """Apply one rule; return a warning if it failed and was skipped."""
        rule = entry.rule
        if doc.source_kind not in rule.kinds or rule.name in skipped(doc.metadata.page_type):
            return None
        ctx = RuleContext(rule, self.markers, self.options, doc)
        try:
            rule.apply(doc, ctx)
        except Exception as error:  # a plugin's bug must not take the page down
            ctx._rollback()
            if self.strict:
                raise RuleError(rule.name, error) from error
            message = (
                f"rule {rule.name!r} (plugin {entry.plugin}) failed and was skipped: "
                f"{type(error).__name__}: {error}"
            )
            log.warning(message)
            return message
        ctx._commit(doc)
        return None
