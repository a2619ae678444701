"""Output nodes as Markdown: CommonMark, with GFM pipe tables.

Text is escaped so that it reads back as the same text: a Markdown parser gives
back every word of every block, and only the structure written here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from cleanpress.output.inline import Piece, pieces
from cleanpress.output.structure import Node, grid, groups, language

Address = Callable[[str], str | None]

#: Characters escaped wherever they stand.
_ALWAYS = re.compile(r"[\\`*\[\]~]")
#: Underscores that could open or close emphasis (not between two letters or digits).
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
#: "<" that could open an HTML tag or an autolink; "&" that could start an entity
#: (at the end, what follows may complete it).
_TAG_OR_ENTITY = re.compile(r"<(?=[A-Za-z/!?])|<$|&(?=#?[A-Za-z0-9]+;|#?[A-Za-z0-9]*$)")
#: What starts a block when a line begins with it: a heading, quote, list item,
#: thematic break or fence ("*", "`" and "~" are escaped anyway).
_LINE_START = re.compile(r"[#>+\-=]|\d{1,9}[.)]")
#: Characters that end a link destination or stand for something in it.
_DESTINATION = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E",
                              "\\": "%5C"})
#: Markers of inline elements.
_MARKS = {"em": "_", "strong": "**"}


def escape(text: str) -> str:
    """``text`` with the characters that Markdown would read as markup escaped."""
    if _ALWAYS.search(text) is not None:
        text = _ALWAYS.sub(r"\\\g<0>", text)
    if "_" in text:
        text = _UNDERSCORE.sub(r"\\_", text)
    if "<" in text or "&" in text:
        text = _TAG_OR_ENTITY.sub(lambda m: "\\" + m.group(), text)
    return text


def escape_line_start(line: str) -> str:
    """``line`` (escaped text) made safe to start a block with."""
    match = _LINE_START.match(line)
    if match is None:
        return line
    end = match.end()
    return f"{line[:end - 1]}\\{line[end - 1:]}"


def destination(address: str) -> str:
    """An address as a link destination."""
    return address.translate(_DESTINATION)


def render(nodes: list[Node], *, link: Address | None, image: Address | None) -> str:
    """The Markdown of ``nodes``: blocks separated by a blank line."""
    writer = _Writer(link, image)
    chunks: list[str] = []
    for kind, run in groups(nodes):
        node = run[0]
        if kind == "item":
            chunks.append(writer.items(run))
        elif kind == "quote":
            chunks.append(writer.quote(run))
        elif kind == "heading":
            text = _CLOSING_HASHES.sub(r"\\\1", writer.inline(node))
            chunks.append(f"{'#' * node.level} {text}")
        elif kind == "paragraph":
            chunks.append(escape_line_start(writer.inline(node)))
        elif kind == "code":
            chunks.append(fence(node))
        elif kind == "table":
            chunks.append(writer.table(node))
        elif kind == "image" and image is not None:
            address = image(node.image[0])
            if address is not None:
                chunks.append(f"![{escape(node.image[1])}]({destination(address)})")
    return "\n\n".join(chunks)


#: "#"s that would end an ATX heading (a closing sequence, after a space).
_CLOSING_HASHES = re.compile(r"(?:(?<=\s)|^)(#+ *)$")


def fence(node: Node) -> str:
    """A code block as a fenced block, with the language when the page states it."""
    block = node.blocks[0]
    code = block.text
    runs = [len(run) for run in re.findall(r"`{3,}", code)]
    ticks = "`" * max([3, *(run + 1 for run in runs)])
    return f"{ticks}{language(block)}\n{code}\n{ticks}"


class _Writer:
    """Writes the inline content of nodes, with the links and images asked for."""

    def __init__(self, link: Address | None, image: Address | None) -> None:
        self.link = link
        self.image = image

    def inline(self, node: Node) -> str:
        return self.run(pieces(node.blocks[0], link=self.link, image=self.image))

    def items(self, nodes: list[Node]) -> str:
        """A list, nested by the items' depths."""
        lines: list[str] = []
        columns: list[int] = []  # where the content of each open depth starts
        for node in nodes:
            depth = node.level
            text = escape_line_start(self.inline(node))
            if not node.marker:  # a further paragraph of the item above
                lines.append("")
                lines.append(" " * columns[depth - 1] + text)
                continue
            indent = columns[depth - 2] if depth > 1 else 0
            if lines and depth > len(columns) and node.marker[:1].isdigit() \
                    and int(node.marker[:-1]) != 1:
                lines.append("")  # (only a list starting at 1 may interrupt a paragraph)
            del columns[depth - 1:]
            columns.append(indent + len(node.marker) + 1)
            lines.append(f"{' ' * indent}{node.marker} {text}")
        return "\n".join(lines)

    def quote(self, nodes: list[Node]) -> str:
        return "\n>\n".join(f"> {escape_line_start(self.inline(node))}" for node in nodes)

    def table(self, node: Node) -> str:
        rows = grid(node.rows)
        lines = []
        for r, row in enumerate(rows):
            cells = []
            for cell in row:
                if cell is None:
                    cells.append("")
                    continue
                found = pieces(cell.block, cell.start, cell.end, link=self.link, image=self.image)
                cells.append(self.run(found).replace("|", "\\|"))
            lines.append("| " + " | ".join(cells) + " |")
            if r == 0:
                lines.append("|" + "---|" * len(row))
        return "\n".join(lines)

    def run(self, found: list[Piece]) -> str:
        """Pieces as Markdown; emphasis is left out where a parser would not read
        it as such (markers between letters and punctuation, say)."""
        if len(found) == 1 and found[0].op == "text":
            return escape(found[0].a)
        keep = _emphasis_to_keep(found)
        out: list[str] = []
        text: list[str] = []  # plain text not written yet (escaped as one run)
        code: list[str] | None = None  # the text of open inline code

        def put(markup: str) -> None:
            if text:
                out.append(escape("".join(text)))
                text.clear()
            if markup:
                out.append(markup)

        for i, piece in enumerate(found):
            op = piece.op
            if op == "text":
                (text if code is None else code).append(piece.a)
            elif code is not None:
                if op == "close" and piece.a == "code":
                    put("")
                    out.append(_code_span("".join(code), out[-1] if out else ""))
                    code = None
            elif op == "image":
                put(f"![{escape(piece.b)}]({destination(piece.a)})")
            elif piece.a == "code":
                code = []
            elif piece.a == "link":
                if op == "open":
                    put("")
                    _unbang(out)
                    out.append("[")
                else:
                    put(f"]({destination(piece.b)})")
            elif i in keep:
                put(_MARKS[piece.a])
        put("")
        return "".join(out)


def _unbang(out: list[str]) -> None:
    """Escape a "!" that ends the output so far (before a link it would make an image)."""
    last = out[-1] if out else ""
    if last.endswith("!") and (len(last) - len(last[:-1].rstrip("\\"))) % 2 == 1:
        out[-1] = last[:-1] + "\\!"


def _code_span(text: str, before: str) -> str:
    """Inline code, fenced by more backticks than any run inside it."""
    if before.endswith("`"):
        return escape(text)  # two code spans side by side would run together
    runs = [len(run) for run in re.findall(r"`+", text)]
    ticks = "`" * (max(runs, default=0) + 1)
    if text.startswith("`") or text.endswith("`"):
        text = f" {text} "
    return f"{ticks}{text}{ticks}"


def _emphasis_to_keep(found: list[Piece]) -> set[int]:
    """Indexes of the emphasis markers (open and close) that a CommonMark parser
    reads as emphasis where they stand: an opening marker needs a space or
    punctuation before it when punctuation follows it, a closing one likewise
    after it, and "_" is never written next to a letter outside. Where the
    character beside a marker is not certain (another emphasis marker, which may
    be left out), the stricter reading is taken: some emphasis is left out,
    never text."""
    keep: set[int] = set()
    closes: dict[str, set[int]] = {"em": set(), "strong": set()}
    opened: dict[str, int] = {}
    for i, piece in enumerate(found):
        kind = piece.a
        if kind not in _MARKS or piece.op == "text" or piece.op == "image":
            continue
        if piece.op == "open":
            opened[kind] = i
            continue
        start = opened.pop(kind, -1)
        if start < 0:
            continue
        before, after = _outside(found, start, -1), _outside(found, i, 1)
        if kind == "em":
            ok = _open_side(before) and _open_side(after)
        else:
            first, last = _inside(found, start, 1), _inside(found, i, -1)
            ok = (_open_side(before) or not _punct(first)) and (
                _open_side(after) or not _punct(last))
        if ok and start - 1 not in closes[kind]:  # (the same marker twice would merge)
            keep.update((start, i))
            closes[kind].add(i)
    return keep


#: The character each always-written piece shows at its start and at its end.
_EDGES = {("open", "link"): ("[", "["), ("close", "link"): ("]", ")")}


def _outside(found: list[Piece], i: int, step: int) -> str:
    """The character just outside emphasis marker ``i`` (``step`` -1: before it, 1:
    after it), "" at the edge; other emphasis markers are looked past."""
    i += step
    while 0 <= i < len(found):
        piece = found[i]
        if piece.op == "text":
            return piece.a[0 if step > 0 else -1]
        if piece.op == "image":
            return "!" if step > 0 else ")"
        edges = _EDGES.get((piece.op, piece.a))
        if edges is not None:
            return edges[0 if step > 0 else 1]
        i += step
    return ""


def _inside(found: list[Piece], i: int, step: int) -> str:
    """The first (``step`` 1) or last (-1) character inside the emphasis whose
    marker is piece ``i``; any marker there counts as punctuation."""
    piece = found[i + step]
    if piece.op == "text":
        return piece.a[0 if step > 0 else -1]
    return "!"


def _punct(char: str) -> bool:
    return bool(char) and unicodedata.category(char)[0] in "PS"


def _open_side(char: str) -> bool:
    """Whether a marker next to ``char`` may stand on that side of emphasis: the
    edge of the text, whitespace or punctuation."""
    return not char or char.isspace() or _punct(char)
