"""What a rule is: a named step with a place in the chain, and the context it records
its decisions through."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cleanpress.budget import Deadline
from cleanpress.document import Block, Document
from cleanpress.markers import Markers
from cleanpress.metadata import apply_value

#: The stages of the chain, in the order they run.
#:
#: - ``prepare``: repair and reshape blocks (merge, split, normalise).
#: - ``locate``: find the article region; remove what lies outside it.
#: - ``chrome``: remove chrome inside the region (captions, blurbs, bios, ...).
#: - ``tidy``: clean up after chrome removal (orphan headings, leftovers).
#: - ``metadata``: fill metadata fields from what is left.
STAGES: tuple[str, ...] = ("prepare", "locate", "chrome", "tidy", "metadata")

RuleFunc = Callable[[Document, "RuleContext"], None]

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")


@dataclass(frozen=True)
class Rule:
    """One step of the chain.

    ``apply(doc, ctx)`` reads the document and records decisions through
    ``ctx`` (``ctx.remove``, ``ctx.set_meta``); it returns nothing.
    ``kinds`` limits the rule to documents from those readers.
    """

    name: str
    stage: str
    order: int
    description: str
    apply: RuleFunc = field(repr=False, compare=False)
    kinds: frozenset[str] = frozenset({"text", "html"})

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ValueError(
                f"rule name {self.name!r}: use lower-case letters, digits and hyphens"
            )
        if self.stage not in STAGES:
            raise ValueError(f"rule {self.name!r}: unknown stage {self.stage!r}; one of {STAGES}")

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (STAGES.index(self.stage), self.order, self.name)


def rule(
    name: str,
    *,
    stage: str,
    order: int,
    description: str,
    kinds: tuple[str, ...] = ("text", "html"),
) -> Callable[[RuleFunc], Rule]:
    """Decorator turning ``def f(doc, ctx)`` into a :class:`Rule`.

    >>> @rule("shouting", stage="chrome", order=500, description="Remove all-caps lines")
    ... def shouting(doc, ctx):
    ...     for block in doc.kept():
    ...         if block.text.isupper():
    ...             ctx.remove(block, "all capitals")
    """

    def wrap(func: RuleFunc) -> Rule:
        return Rule(name, stage, order, description, func, frozenset(kinds))

    return wrap


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
        deadline: Deadline | None = None,
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
        #: The page's time budget, if it has one (see :mod:`cleanpress.budget`).
        self._deadline = deadline

    @property
    def name(self) -> str:
        return self.rule.name

    def check_budget(self) -> None:
        """Stop this rule here if the page's time budget has run out.

        A rule with a long loop may call this now and then: where the budget's
        timer cannot interrupt the rule (off the main thread), these calls are
        where it stops. Without a budget it does nothing.
        """
        if self._deadline is not None:
            self._deadline.check()

    def remove(self, block: Block, reason: str) -> None:
        """Mark ``block`` as removed by this rule, saying why. Removing twice is a no-op."""
        if block.removed_by is None:
            self._removals.append(block)
            # Mark now so later code in the same rule sees it; undone on failure.
            block.removed_by, block.reason = self.rule.name, reason
            if self._doc is not None:
                self._doc._stale = True

    def remove_all(self, blocks: Iterable[Block], reasons: Iterable[str]) -> None:
        """:meth:`remove` each of ``blocks``, saying why with the reason in step with it."""
        name, removals = self.rule.name, self._removals
        for block, reason in zip(blocks, reasons, strict=True):
            if block.removed_by is None:
                removals.append(block)
                block.removed_by, block.reason = name, reason
        if self._doc is not None:
            self._doc._stale = True

    def set_meta(
        self, field: str, value: Any, *, override: bool = False, source: str | None = None
    ) -> None:
        """Contribute a metadata value (list fields are appended to).

        ``source`` says where the value was read ("json-ld datePublished"); the
        field's entry in ``Metadata.sources`` names this rule and it.
        """
        self._meta.append((field, value, override, source))

    def set_title(
        self, block: Block, title: str | None = None, source: str | None = None,
        *, keep: bool = False,
    ) -> None:
        """Take ``block`` out of the body as the page title (``keep``: read it as the
        title but leave it in the body)."""
        self._title = block
        if not keep:
            self.remove(block, "title of the article")
        self.set_meta("title", title or block.text, source=source)

    def _commit(self, doc: Document) -> None:
        meta = doc.metadata
        for name, value, override, source in self._meta:
            if apply_value(meta, name, value, override=override) and (
                override or name not in meta.sources
            ):
                rule = self.rule.name
                meta.sources[name] = f"{rule}: {source}" if source else rule
        if self._title is not None and doc.title_block is None:
            doc.title_block = self._title

    def _rollback(self) -> None:
        for block in self._removals:
            block.removed_by = block.reason = None
        if self._doc is not None:
            self._doc._kept = None
