"""Structured output of a cleaned page: Markdown, clean HTML and sections.

Written from the kept blocks and the structure the readers recorded (heading
levels, list nesting, table cells, code languages, links, emphasis, images),
each form on first use: cleaning costs nothing more for those who only want
the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial

from cleanpress.document import Document
from cleanpress.output import html, markdown
from cleanpress.output.sections import Section, plain, split
from cleanpress.output.structure import Node, build
from cleanpress.output.urls import safe_url

__all__ = ["Output", "OutputOptions", "Section", "safe_url"]


@dataclass(frozen=True)
class OutputOptions:
    """What the structured output includes besides the text and its structure.

    :param links: links, with addresses resolved against the page's URL.
    :param images: images (``![alt](src)``), with their captions kept as text.
    :param tables: tables as tables (else each row is a paragraph of its cells).
    """

    links: bool = False
    images: bool = False
    tables: bool = True


class Output:
    """The structured forms of a cleaned document, each made on first use."""

    def __init__(self, doc: Document, options: OutputOptions | None = None) -> None:
        self.doc = doc
        self.options = options or OutputOptions()
        base = doc.metadata.url
        self._link = partial(safe_url, base=base) if self.options.links else None
        self._image = partial(safe_url, base=base) if self.options.images else None

    @cached_property
    def nodes(self) -> list[Node]:
        return build(self.doc, tables=self.options.tables, images=self.options.images)

    @cached_property
    def markdown(self) -> str:
        return markdown.render(self.nodes, link=self._link, image=self._image)

    @cached_property
    def html(self) -> str:
        return html.render(self.nodes, link=self._link, image=self._image)

    @cached_property
    def sections(self) -> list[Section]:
        return [
            Section(path, level, plain(nodes),
                    markdown.render(nodes, link=self._link, image=self._image))
            for path, level, nodes in split(self.nodes)
        ]
