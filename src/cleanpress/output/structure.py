"""The kept blocks of a document as output nodes: headings at their level, list
items with their nesting, quotes, code, tables and images.

Every kept block with text goes into exactly one node, in document order, so
the nodes hold the words of ``CleanResult.text`` and nothing else (images add
only their address and alt text, and only when asked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from cleanpress.document import Block, Document
from cleanpress.output.inline import usable

#: Elements that open a list level in a block's tag path.
_LISTS = frozenset({"ul", "ol", "menu"})
_HEADING_TAG = re.compile(r"h([1-6])")
#: Bounds on stated table spans (pages state absurd ones by mistake).
MAX_COLSPAN = 20
MAX_ROWSPAN = 100


class Cell(NamedTuple):
    """A table cell: ``block.inline.source[start:end]``."""

    block: Block
    start: int
    end: int
    header: bool
    colspan: int = 1
    rowspan: int = 1


@dataclass(slots=True)
class Node:
    """One piece of the output.

    ``kind``: "heading", "paragraph", "item" (a list item, or with ``marker`` ""
    a further paragraph of the item above), "quote", "code", "table" or "image".
    """

    kind: str
    #: The blocks whose text the node holds (a table: its rows; an image: none).
    blocks: list[Block]
    #: A heading's output level (1-6); an item's list depth (1: top level).
    level: int = 0
    #: A list item's marker: "-", or the number as written ("3.", "3)").
    marker: str = ""
    #: A table's rows of cells.
    rows: list[list[Cell]] = field(default_factory=list)
    #: An image: (address as written, alt text).
    image: tuple[str, str] = ("", "")


def build(doc: Document, *, tables: bool = True, images: bool = False) -> list[Node]:
    """The nodes of ``doc``'s kept blocks (see the module's docstring)."""
    html = doc.source_kind == "html"
    data_tables = _data_tables(doc) if tables and html else set()
    levels = _heading_levels(doc, html)
    nodes: list[Node] = []
    depths: list[int] = []  # page nesting of the open list levels, outermost first
    table: Node | None = None
    table_number = -1
    for block in doc.blocks:
        if block.removed_by is not None or not block.text:
            if images and block.removed_by is not None and block.inline is not None:
                if block.inline.images and _figure_kept(doc, block):
                    nodes.extend(_image_nodes(block))
            continue
        if images and block.inline is not None and block.inline.images:
            nodes.extend(_image_nodes(block))
        kind = block.kind
        if kind == "table" and data_tables and block.tag == "tr":
            number = _table_of(doc, block)
            if number in data_tables:
                if table is None or table_number != number or nodes[-1] is not table:
                    table = Node("table", [])
                    table_number = number
                    nodes.append(table)
                table.blocks.append(block)
                table.rows.append(_cells(block))
                depths.clear()
                continue
        level = levels.get(block.index, 0)
        if level:
            nodes.append(Node("heading", [block], level))
        elif block.bullet is not None:
            depth = _list_depth(block, html)
            while depths and depths[-1] > depth:
                depths.pop()
            if not depths or depths[-1] < depth:
                depths.append(depth)
            marker = block.bullet if block.bullet[:1].isdigit() else "-"
            nodes.append(Node("item", [block], len(depths), marker))
            continue
        elif kind == "list_item" and depths and nodes[-1].kind == "item" and "/li" in block.path:
            nodes.append(Node("item", [block], nodes[-1].level))
            continue
        elif kind == "code":
            nodes.append(Node("code", [block]))
        elif kind == "quote":
            nodes.append(Node("quote", [block]))
        else:
            nodes.append(Node("paragraph", [block]))
        depths.clear()
    return nodes


def groups(nodes: list[Node]) -> list[tuple[str, list[Node]]]:
    """``nodes`` with each run of list items, and each run of quotes, as one group;
    every other node a group of its own."""
    out: list[tuple[str, list[Node]]] = []
    for node in nodes:
        kind = node.kind
        if out and kind in ("item", "quote") and out[-1][0] == kind:
            out[-1][1].append(node)
        else:
            out.append((kind, [node]))
    return out


def _image_nodes(block: Block) -> list[Node]:
    """Nodes for the images that stand before ``block`` (outside its text)."""
    assert block.inline is not None
    return [Node("image", [], image=(src, alt))
            for _, src, alt, alone in block.inline.images if alone]


def _figure_kept(doc: Document, caption: Block) -> bool:
    """Whether the images before a removed figure caption belong to kept content:
    the nearest kept block before or after it sits in the same container as the
    caption's figure (a caption is often removed as a photo credit; its image is
    content all the same)."""
    if caption.kind != "caption":
        return False
    containers = caption.containers
    elements = doc.elements
    figure = next((i for i in range(len(containers) - 1, -1, -1)
                   if elements[containers[i]].tag == "figure"), -1)
    if figure <= 0:
        return False
    around = containers[:figure]
    for step in (-1, 1):
        neighbour = doc.next_kept(caption, step)
        if neighbour is not None and neighbour.containers[:figure] == around:
            return True
    return False


_LANGUAGE = re.compile(r"[A-Za-z0-9_+#.\-]{1,32}")


def language(block: Block) -> str:
    """A code block's language as the page states it, when it is a plain name."""
    stated = block.inline.language if block.inline is not None else ""
    return stated if _LANGUAGE.fullmatch(stated) else ""


def heading_level(block: Block, html: bool) -> int:
    """The page's level (1-6) of a heading block, or 0 for a block that is none.

    Text input: the level the reader saw in the line's shape. HTML: the block's
    own ``<hN>`` tag or the nearest one around it.
    """
    if not html or block.level:
        return block.level
    if block.kind != "heading":
        return 0
    match = _HEADING_TAG.fullmatch(block.tag)
    if match is None:
        found = [int(m.group(1)) for m in re.finditer(r"(?:^|/)h([1-6])(?=/|$)", block.path)]
        return found[-1] if found else 2
    return int(match.group(1))


def _heading_levels(doc: Document, html: bool) -> dict[int, int]:
    """Output levels of the kept headings by block index.

    A body's top heading level becomes 2 (``##``: the title is level 1), and the
    others keep their distance from it. The one exception is a body that opens
    with the page's only ``<h1>`` (the title itself): it stays at level 1, and
    the next level down becomes 2.
    """
    found = {}
    first = True
    title = -1
    for block in doc.blocks:
        if block.removed_by is not None or not block.text:
            continue
        level = heading_level(block, html)
        if level:
            found[block.index] = level
            if first and level == 1:
                title = block.index
        first = False
    if not found:
        return {}
    body = [level for index, level in found.items() if index != title]
    if title >= 0 and 1 in body:
        title = -1  # more than one h1: they are section headings
        body = list(found.values())
    shift = 2 - min(body) if body else 0
    return {index: 1 if index == title else min(level + shift, 6)
            for index, level in found.items()}


def _list_depth(block: Block, html: bool) -> int:
    """How deep the page nests a list item: list elements around it (HTML), or its
    indentation (text)."""
    if not html:
        return block.indent
    return sum(1 for part in block.path.split("/") if part in _LISTS)


def _table_of(doc: Document, block: Block) -> int:
    """The number of the innermost table element around ``block``, or -1."""
    elements = doc.elements
    for number in reversed(block.containers):
        if elements[number].tag == "table":
            return number
    return -1


def _data_tables(doc: Document) -> set[int]:
    """Tables to write as tables: every block in them is a row whose cells the
    reader recorded (or the caption), with two cells or more in some row. Layout
    tables, whose cells hold paragraphs and lists, are left to their blocks."""
    numbers = {n for n, element in enumerate(doc.elements) if element.tag == "table"}
    if not numbers or not any(b.tag == "tr" and b.removed_by is None for b in doc.blocks):
        return set()
    wide: set[int] = set()
    mixed: set[int] = set()
    for block in doc.blocks:
        tables = [n for n in block.containers if n in numbers]
        if not tables:
            continue
        inner = tables[-1]
        mixed.update(tables[:-1])
        if block.kind == "caption" and block.tag == "caption":
            continue
        inline = usable(block) if block.tag == "tr" else None
        cells = inline.cells if inline is not None else None
        if not cells or inline.source[:cells[0][0]].strip():  # type: ignore[union-attr]
            mixed.add(inner)
        elif len(cells) > 1:
            wide.add(inner)
    return wide - mixed


def _cells(block: Block) -> list[Cell]:
    inline = block.inline
    assert inline is not None and inline.cells
    cells = inline.cells
    header_row = "/thead/" in block.path
    ends = [start for start, *_ in cells[1:]] + [len(inline.source)]
    return [
        Cell(block, start, end, header or header_row, max(1, min(colspan, MAX_COLSPAN)),
             max(1, min(rowspan, MAX_ROWSPAN)))
        for (start, header, colspan, rowspan), end in zip(cells, ends, strict=True)
    ]


def grid(rows: list[list[Cell]]) -> list[list[Cell | None]]:
    """The rows with row and column spans laid out: a spanning cell stands in its
    first row and column, and the places it also covers hold None; every row is
    as wide as the widest."""
    out: list[list[Cell | None]] = []
    covered: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(rows):
        line: list[Cell | None] = []
        column = 0
        for cell in row:
            while covered.pop((r, column), False):
                line.append(None)
                column += 1
            line.append(cell)
            line.extend([None] * (cell.colspan - 1))
            for below in range(r + 1, min(r + cell.rowspan, len(rows))):
                for c in range(column, column + cell.colspan):
                    covered[below, c] = True
            column += cell.colspan
        while covered.pop((r, column), False):
            line.append(None)
            column += 1
        out.append(line)
    width = max((len(line) for line in out), default=0)
    for line in out:
        line.extend([None] * (width - len(line)))
    return out
