"""Output nodes as clean, minimal HTML for a reader view.

Nothing of the page's markup is copied: the HTML is written afresh from the
output nodes, with every text escaped, only the tags and attributes of
:data:`ALLOWED` and only safe addresses (see :mod:`cleanpress.output.urls`).
So no script, style, event attribute or ``javascript:`` link can come through.
"""

from __future__ import annotations

from html import escape

from cleanpress.output.inline import Piece, pieces
from cleanpress.output.markdown import Address
from cleanpress.output.structure import Node, groups, language

#: Every tag the output uses, with the attributes it may carry.
ALLOWED: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in (
        "h1 h2 h3 h4 h5 h6 p ul li blockquote pre table thead tbody tr em strong".split())},
    "ol": frozenset({"start"}),
    "code": frozenset({"class"}),
    "th": frozenset({"colspan", "rowspan"}),
    "td": frozenset({"colspan", "rowspan"}),
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
}
_TAGS = {"em": "em", "strong": "strong", "code": "code"}


def render(nodes: list[Node], *, link: Address | None, image: Address | None) -> str:
    """The HTML of ``nodes``, one block element a line."""
    out: list[str] = []
    for kind, run in groups(nodes):
        node = run[0]
        if kind == "item":
            out.append(_list(run, link, image))
        elif kind == "quote":
            paragraphs = "".join(f"<p>{_inline(n, link, image)}</p>" for n in run)
            out.append(f"<blockquote>{paragraphs}</blockquote>")
        elif kind == "heading":
            out.append(f"<h{node.level}>{_inline(node, link, image)}</h{node.level}>")
        elif kind == "paragraph":
            out.append(f"<p>{_inline(node, link, image)}</p>")
        elif kind == "code":
            block = node.blocks[0]
            stated = language(block)
            attribute = f' class="language-{escape(stated)}"' if stated else ""
            out.append(f"<pre><code{attribute}>{escape(block.text, quote=False)}</code></pre>")
        elif kind == "table":
            out.append(_table(node, link, image))
        elif kind == "image" and image is not None:
            address = image(node.image[0])
            if address is not None:
                out.append(f"<p>{_image(address, node.image[1])}</p>")
    return "\n".join(out)


def _image(address: str, alt: str) -> str:
    return f'<img src="{escape(address)}" alt="{escape(alt)}">'


def _inline(node: Node, link: Address | None, image: Address | None) -> str:
    return _run(pieces(node.blocks[0], link=link, image=image))


def _run(found: list[Piece]) -> str:
    out = []
    for piece in found:
        if piece.op == "text":
            out.append(escape(piece.a, quote=False))
        elif piece.op == "image":
            out.append(_image(piece.a, piece.b))
        elif piece.a == "link":
            out.append(f'<a href="{escape(piece.b)}">' if piece.op == "open" else "</a>")
        else:
            tag = _TAGS[piece.a]
            out.append(f"<{tag}>" if piece.op == "open" else f"</{tag}>")
    return "".join(out)


def _list(nodes: list[Node], link: Address | None, image: Address | None) -> str:
    """Items as nested ``<ul>``/``<ol>`` lists."""
    out: list[str] = []
    open_: list[str] = []  # the open list tags, outermost first (each with an open <li>)
    for node in nodes:
        text = _inline(node, link, image)
        if not node.marker:
            out.append(f"<p>{text}</p>")
            continue
        tag = "ol" if node.marker[:1].isdigit() else "ul"
        depth = node.level
        while len(open_) > depth or (len(open_) == depth and open_[-1] != tag):
            out.append(f"</li></{open_.pop()}>")
        if len(open_) == depth:
            out.append("</li>")
        else:
            number = node.marker[:-1]
            start = f' start="{number}"' if tag == "ol" and number != "1" else ""
            out.append(f"<{tag}{start}>")
            open_.append(tag)
        out.append(f"<li>{text}")
    out.extend(f"</li></{tag}>" for tag in reversed(open_))
    return "".join(out)


def _table(node: Node, link: Address | None, image: Address | None) -> str:
    out = ["<table>"]
    for r, row in enumerate(node.rows):
        if r == 0:
            out.append("<thead>" if all(cell.header for cell in row) else "<tbody>")
        elif r == 1 and out[1] == "<thead>":
            out.append("</thead><tbody>")
        out.append("<tr>")
        for cell in row:
            tag = "th" if cell.header else "td"
            spans = "".join(f' {name}="{value}"' for name, value in
                            (("colspan", cell.colspan), ("rowspan", cell.rowspan)) if value > 1)
            found = pieces(cell.block, cell.start, cell.end, link=link, image=image)
            out.append(f"<{tag}{spans}>{_run(found)}</{tag}>")
        out.append("</tr>")
    out.append("</thead></table>" if len(node.rows) == 1 and out[1] == "<thead>"
               else "</tbody></table>")
    return "".join(out)
