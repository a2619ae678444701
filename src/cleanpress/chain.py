"""The rule chain: built from the plugins, run in order, every decision recorded."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pluggy

from cleanpress.document import Block, Document
from cleanpress.errors import ConfigError, RuleError
from cleanpress.markers import Markers
from cleanpress.metadata import apply_value
from cleanpress.plugins import registered_name
from cleanpress.rule import Rule

log = logging.getLogger("cleanpress")


@dataclass(frozen=True)
class ChainEntry:
    """A rule at its place in the chain, with the plugin that provided it."""

    position: int
    rule: Rule
    plugin: str


class RuleContext:
    """What a running rule records its decisions through.

    Decisions are attributed to the rule. They are held until the rule returns,
    so a rule that raises leaves the document as it found it.
    """

    def __init__(
        self,
        rule: Rule,
        markers: Markers,
        options: dict[str, Any],
        doc: Document | None = None,
    ) -> None:
        self.rule = rule
        self.markers = markers
        #: ``ctx.search(family, text)``: shorthand for ``ctx.markers.search`` (the
        #: markers' own method, so a rule's many searches make no extra call).
        self.search: Callable[[str, str], re.Match[str] | None] = markers.search
        self.options = options
        #: The document being cleaned, whose kept-block cache removals drop.
        self._doc = doc
        #: The blocks this rule removed (undone if it fails).
        self._removals: list[Block] = []
        self._meta: list[tuple[str, Any, bool, str | None]] = []
        self._title: Block | None = None

    @property
    def name(self) -> str:
        return self.rule.name

    def remove(self, block: Block, reason: str) -> None:
        """Mark ``block`` as removed by this rule, saying why. Removing twice is a no-op."""
        if block.removed_by is None:
            self._removals.append(block)
            # Mark now so later code in the same rule sees it; undone on failure.
            block.removed_by, block.reason = self.rule.name, reason
            if self._doc is not None:
                self._doc._kept = None

    def remove_all(self, blocks: Iterable[Block], reasons: Iterable[str]) -> None:
        """:meth:`remove` each of ``blocks``, saying why with the reason in step with it."""
        name, removals = self.rule.name, self._removals
        for block, reason in zip(blocks, reasons, strict=True):
            if block.removed_by is None:
                removals.append(block)
                block.removed_by, block.reason = name, reason
        if self._doc is not None:
            self._doc._kept = None

    def set_meta(
        self, field: str, value: Any, *, override: bool = False, source: str | None = None
    ) -> None:
        """Contribute a metadata value (list fields are appended to).

        ``source`` says where the value was read ("json-ld datePublished"); the
        field's entry in ``Metadata.sources`` names this rule and it.
        """
        self._meta.append((field, value, override, source))

    def set_title(self, block: Block, title: str | None = None, source: str | None = None) -> None:
        """Take ``block`` out of the body as the page title."""
        self._title = block
        self.remove(block, "title of the article")
        self.set_meta("title", title or block.text, source=source)

    def _commit(self, doc: Document) -> None:
        meta = doc.metadata
        for field, value, override, source in self._meta:
            if apply_value(meta, field, value, override=override) and (
                override or field not in meta.sources
            ):
                name = self.rule.name
                meta.sources[field] = f"{name}: {source}" if source else name
        if self._title is not None and doc.title_block is None:
            doc.title_block = self._title

    def _rollback(self) -> None:
        for block in self._removals:
            block.removed_by = block.reason = None
        if self._doc is not None:
            self._doc._kept = None


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
        if doc.source_kind not in rule.kinds:
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
