"""The body split at its headings, for chunking in retrieval pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleanpress.output.structure import Node


@dataclass(frozen=True)
class Section:
    """A heading and what follows it up to the next heading.

    The first section holds what comes before the body's first heading (with
    the page's title heading, when the body keeps it); its ``path`` is empty.
    Joined with a blank line between them, the sections' texts are the
    result's text and their Markdown is its Markdown.
    """

    #: The headings from the top of the body down to this section's own, as text.
    path: list[str] = field(default_factory=list)
    #: The section's heading level in the Markdown (2-6), 0 for the first section.
    level: int = 0
    #: The section's text, as in ``CleanResult.text`` (its heading first).
    text: str = ""
    #: The section as Markdown (its heading first).
    markdown: str = ""

    @property
    def heading(self) -> str:
        """The section's own heading ("" for the first section)."""
        return self.path[-1] if self.path else ""

    def to_dict(self) -> dict[str, Any]:
        return {"path": list(self.path), "level": self.level, "text": self.text,
                "markdown": self.markdown}


def split(nodes: list[Node]) -> list[tuple[list[str], int, list[Node]]]:
    """``nodes`` cut before each body heading (level 2 and below): each part with
    its heading path and level."""
    parts: list[tuple[list[str], int, list[Node]]] = [([], 0, [])]
    trail: list[tuple[int, str]] = []  # open headings: (level, text)
    for node in nodes:
        if node.kind == "heading" and node.level >= 2:
            while trail and trail[-1][0] >= node.level:
                trail.pop()
            trail.append((node.level, node.blocks[0].text))
            parts.append(([text for _, text in trail], node.level, []))
        parts[-1][2].append(node)
    return [part for part in parts if part[2]]


def plain(nodes: list[Node]) -> str:
    """The text of ``nodes`` as ``CleanResult.text`` has it."""
    return "\n\n".join(block.render() for node in nodes for block in node.blocks)
