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

from cleanpress.budget import BudgetInterrupt, Deadline
from cleanpress.document import Block, Document
from cleanpress.errors import BudgetError, ConfigError, RuleError
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

    def run(self, doc: Document, deadline: Deadline | None = None,
            skip: frozenset[str] = frozenset()) -> list[str]:
        """Apply every rule to ``doc`` in order; return warnings from failed rules.

        ``skip``: names of rules not to run this time (the cleaner's fallback).

        With a ``deadline`` (see :mod:`cleanpress.budget`), the chain stops once
        it has passed: the rules left are skipped, what is kept so far stays
        kept, and a ``budget`` warning names the rule that was running (strict
        mode raises :class:`~cleanpress.errors.BudgetError`).
        """
        problems: list[str] = []
        doc._caching, doc._kept = True, None
        try:
            if deadline is None:
                for entry in self.entries:
                    if entry.rule.name in skip:
                        continue
                    problem = self._apply(entry, doc)
                    if problem:
                        problems.append(problem)
            else:
                with deadline:
                    self._run_within(doc, deadline, problems, skip)
        finally:
            doc._caching, doc._kept = False, None
        return problems

    def _run_within(self, doc: Document, deadline: Deadline, problems: list[str],
                    skip: frozenset[str]) -> None:
        """:meth:`run` with a deadline checked before each rule and enforced inside one."""
        last: ChainEntry | None = None  # the rule that ran last
        interrupted = False
        for entry in self.entries:
            if deadline.expired():
                break
            if doc.source_kind not in entry.rule.kinds or entry.rule.name in skip:
                continue
            last = entry
            try:
                problem = self._apply(entry, doc, deadline)
            except BudgetInterrupt:
                interrupted = True
                break
            if problem:
                problems.append(problem)
        else:
            return
        name = last.rule.name if last is not None else None
        if self.strict:
            raise BudgetError(name, deadline.seconds, deadline.elapsed())
        if last is None:
            where = "before the first rule"
        else:
            undone = ", which was stopped and its removals undone" if interrupted else ""
            where = f"in rule {name!r} (plugin {last.plugin}){undone}"
        message = (
            f"budget: the page ran past its time budget of {deadline.seconds:g} s {where}; "
            "the rules after it were skipped and the text kept so far is the result"
        )
        log.warning(message)
        problems.append(message)

    def _apply(
        self, entry: ChainEntry, doc: Document, deadline: Deadline | None = None
    ) -> str | None:
        """Apply one rule; return a warning if it failed and was skipped."""
        rule = entry.rule
        if doc.source_kind not in rule.kinds or rule.name in skipped(doc.metadata.page_type):
            return None
        ctx = RuleContext(rule, self.markers, self.options, doc, deadline)
        try:
            if deadline is None:
                rule.apply(doc, ctx)
            else:
                deadline.run(rule.name, rule.apply, doc, ctx)
        except BudgetInterrupt:
            ctx._rollback()
            raise
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


def has_text(blocks: Iterable[Block]) -> bool:
    """Whether any of ``blocks`` holds a letter or digit (punctuation and
    separator lines are no text)."""
    return any(c.isalnum() for block in blocks for c in block.text)


def widest_remover(doc: Document) -> str | None:
    """The rule that removed the most words of ``doc``."""
    words: dict[str, int] = {}
    for block in doc.removed():
        name = block.removed_by
        if name is not None:
            words[name] = words.get(name, 0) + block.words
    return max(words, key=words.__getitem__) if words else None
