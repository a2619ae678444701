"""Hand-made documents for the output tests: blocks with the evidence readers record."""

from __future__ import annotations

from cleanpress.document import Block, Document, Element, Inline


def block(text: str, kind: str = "paragraph", *, tag: str = "p", path: str = "",
          bullet: str | None = None, inline: Inline | None = None,
          containers: tuple[int, ...] = (), removed: bool = False, level: int = 0) -> Block:
    made = Block(0, text, text, kind, bullet=bullet, tag=tag,  # type: ignore[arg-type]
                 path=path or f"html/body/article/{tag}", inline=inline,
                 containers=containers, level=level)
    if removed:
        made.removed_by, made.reason = "some-rule", "test"
    return made


def document(*blocks: Block, kind: str = "html", elements: list[Element] | None = None,
             url: str | None = None) -> Document:
    for index, made in enumerate(blocks):
        made.index = index
    doc = Document(list(blocks), source_kind=kind, elements=elements or [])
    doc.metadata.url = url
    return doc


def heading(text: str, level: int) -> Block:
    return block(text, "heading", tag=f"h{level}")


def item(text: str, bullet: str = "\u2022", *, depth: int = 1, ordered: bool = False) -> Block:
    lists = "/".join(["ol" if ordered else "ul"] * depth)
    path = "html/body/article/" + "/li/".join(lists.split("/")) + "/li"
    return block(text, "list_item", tag="li", path=path, bullet=bullet)


def spanned(source: str, *spans: tuple[int, int, str, str], kind: str = "paragraph",
            images: list[tuple[int, str, str, bool]] | None = None) -> Block:
    """A block whose inline evidence holds ``spans`` (offsets into ``source``)."""
    return block(" ".join(source.split()), kind,
                 inline=Inline(source, list(spans), images=images or []))


def row(*cells: str | tuple[str, bool, int, int], table: int = 1, head: bool = False) -> Block:
    """A table row of ``cells`` (text, or (text, header, colspan, rowspan))."""
    source = ""
    recorded = []
    for cell in cells:
        text, header, colspan, rowspan = (cell, False, 1, 1) if isinstance(cell, str) else cell
        if source:
            source += " "
        recorded.append((len(source), header, colspan, rowspan))
        source += text
    section = "thead" if head else "tbody"
    return block(" ".join(source.split()), "table", tag="tr",
                 path=f"html/body/article/table/{section}/tr",
                 inline=Inline(source, cells=recorded), containers=(0, table))


TABLE_ELEMENTS = [Element("article", frozenset()), Element("table", frozenset(), parent=0)]
