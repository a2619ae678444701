"""What a rule is: a named step with a place in the chain."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleanpress.chain import RuleContext
    from cleanpress.document import Document

#: The stages of the chain, in the order they run.
#:
#: - ``prepare``: repair and reshape blocks (merge, split, normalise).
#: - ``locate``: find the article region; remove what lies outside it.
#: - ``chrome``: remove chrome inside the region (captions, blurbs, bios, ...).
#: - ``tidy``: clean up after chrome removal (orphan headings, leftovers).
#: - ``metadata``: fill metadata fields from what is left.
STAGES: tuple[str, ...] = ("prepare", "locate", "chrome", "tidy", "metadata")

RuleFunc = Callable[["Document", "RuleContext"], None]

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
