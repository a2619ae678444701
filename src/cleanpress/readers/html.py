"""HTML reader: one lxml parse, one iterative walk, a list of blocks.

Block elements (paragraphs, headings, list items, ``<pre>``, cells, ...)
close the running text into a :class:`~cleanpress.document.Block`; inline
elements add to it. Each block carries the evidence of where it sat: tag,
tag path, class/id words of its ancestors, landmark, hidden flag, link
density and the container elements around it. Scripts, styles, forms and
embedded objects are dropped; nothing is fetched or executed. The head's
meta tags, links, title and JSON-LD go to ``Document.head`` and
``Document.json_ld`` for the metadata rules.
"""

from __future__ import annotations

import re

from lxml import etree

from cleanpress.document import Block, BlockKind, Document, Element
from cleanpress.errors import InputError
from cleanpress.readers.decode import repair
from cleanpress.readers.html_head import read_head

#: Elements dropped with their content.
DROP = frozenset(
    "script style template noscript svg math iframe frame frameset object embed canvas "
    "video audio map button input select option optgroup textarea datalist dialog head "
    "title meta link base".split()
)
#: Elements that end the running text (block boundaries).
BLOCK = frozenset(
    "html body div p section article main aside nav header footer h1 h2 h3 h4 h5 h6 ul ol "
    "li dl dt dd pre blockquote figure figcaption table thead tbody tfoot tr caption form "
    "fieldset legend address hr details summary center menu hgroup search".split()
)
#: Block elements recorded as containers (where region rules look).
CONTAINER = frozenset(
    "body div section article main aside nav header footer ul ol li dl table tbody figure form "
    "blockquote details center menu search".split()
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LANDMARK_TAGS = {
    "nav": "nav", "header": "header", "footer": "footer", "aside": "aside",
    "article": "article", "main": "main", "figure": "figure",
}
_LANDMARK_ROLES = {
    "navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
    "main": "main", "article": "article", "figure": "figure", "menu": "nav", "menubar": "nav",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
#: Walks stop after this many elements (a bound on hostile input).
MAX_ELEMENTS = 400_000
#: Longest class/id attribute read for words.
_MAX_CLASS = 300

_word_cache: dict[str, frozenset[str]] = {}


def class_words(value: str) -> frozenset[str]:
    """Lower-cased words of a class or id value: each token and its parts.

    ``"post__content sidebarWidget"`` -> post__content, post, content, sidebarwidget.
    """
    cached = _word_cache.get(value)
    if cached is not None:
        return cached
    words: set[str] = set()
    for token in value[:_MAX_CLASS].lower().split():
        words.add(token)
        if not token.isalnum():
            words.update(w for w in _WORD_SPLIT.split(token) if w)
    result = frozenset(words)
    if len(_word_cache) < 50_000:
        _word_cache[value] = result
    return result


class _Frame:
    """One open element of the walk."""

    __slots__ = ("block", "containers", "counter", "depth", "hidden", "kind", "landmark", "link",
                 "path", "tag", "words")

    def __init__(self, tag: str, block: bool, words: frozenset[str], landmark: str,
                 hidden: bool, kind: str, containers: tuple[int, ...], path: str,
                 depth: int, link: bool) -> None:
        self.tag = tag
        self.block = block
        self.words = words
        self.landmark = landmark
        self.hidden = hidden
        self.kind = kind
        self.containers = containers
        self.path = path
        self.depth = depth
        self.link = link
        self.counter = 0


class _Walker:
    """Accumulates inline text and turns it into blocks at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.bullet: str | None = None
        self.breaks = 0

    def add(self, text: str, frame: _Frame) -> None:
        if frame.kind != "code" and not text.strip():
            if self.parts:
                self.parts.append(" ")
            return
        self.breaks = 0
        self.parts.append(text)
        if frame.link:
            self.link_chars += len(text.strip())

    def line_break(self, frame: _Frame) -> None:
        """A ``<br>``: a new line; two in a row end the paragraph."""
        if frame.kind == "code":
            self.parts.append("\n")
            return
        self.breaks += 1
        if self.breaks >= 2:
            self.flush(frame)
        elif self.parts:
            self.parts.append("\n")

    def flush(self, frame: _Frame) -> None:
        self.breaks = 0
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        links, self.link_chars = self.link_chars, 0
        if frame.kind == "code":
            lines = [line.rstrip() for line in raw.split("\n")]
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1]:
                lines.pop()
            text = "\n".join(lines)
            raw = text
        else:
            text = " ".join(raw.split())
            raw = "\n".join(" ".join(line.split()) for line in raw.split("\n") if line.strip())
        if not text:
            return
        kind: BlockKind = frame.kind  # type: ignore[assignment]
        bullet = None
        if kind == "list_item" and self.bullet is not None:
            bullet, self.bullet = self.bullet, None
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text=text,
                raw=raw,
                kind=kind,
                indent=frame.depth,
                bullet=bullet,
                tag=frame.tag,
                path=frame.path,
                class_words=frame.words,
                link_density=min(links / len(text), 1.0),
                landmark=frame.landmark,
                hidden=frame.hidden,
                containers=frame.containers,
            )
        )


def _kind(tag: str, parent: _Frame) -> str:
    if parent.kind in ("code", "caption"):
        return parent.kind
    if tag in _HEADINGS:
        return "heading"
    if tag == "pre":
        return "code"
    if tag in ("figcaption", "caption"):
        return "caption"
    if tag in ("li", "dd", "dt"):
        return "list_item"
    if tag == "blockquote" or parent.kind == "quote":
        return "quote"
    if tag == "tr":
        return "table"
    if parent.kind in ("list_item", "heading", "table"):
        return parent.kind
    return "paragraph"


def _parse(text: str) -> etree._Element | None:
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8",
        default_doctype=False,
    )
    try:
        return etree.fromstring(text.encode("utf-8", "replace"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def read_html(text: str) -> Document:
    """Read an HTML page (decoded text) into a Document."""
    doc = Document([], source_kind="html")
    root = _parse(text)
    if root is None:
        return doc
    doc.head, doc.json_ld = read_head(root)
    walker = _Walker()
    _walk(root, walker)
    _repair_blocks(walker.blocks)
    doc.blocks = walker.blocks
    doc.elements = walker.elements
    return doc


#: Joins block texts for one repair pass; a private-use character no repair touches.
_SEPARATOR = "\n\ue000\n"


def _repair_blocks(blocks: list[Block]) -> None:
    """Fix mojibake and odd characters in the blocks' text, in one pass over all of it."""
    joined = _SEPARATOR.join(b.raw for b in blocks)
    try:
        fixed = repair(joined)
    except InputError:
        return
    if fixed == joined:
        return
    parts = fixed.split(_SEPARATOR)
    if len(parts) != len(blocks):
        return
    for block, raw in zip(blocks, parts, strict=True):
        if raw != block.raw:
            block.raw = raw
            block.text = raw if block.kind == "code" else " ".join(raw.split())


#: Stands on the stack for a dropped element until its end event.
_DROPPED = _Frame("", False, frozenset(), "", False, "paragraph", (), "", 0, False)


def _hidden(keys: list[str], el: etree._Element) -> bool:
    if "hidden" in keys or ("aria-hidden" in keys and el.get("aria-hidden") == "true"):
        return True
    return "style" in keys and _HIDDEN_STYLE.search(el.get("style", "")[:200]) is not None


def _walk(root: etree._Element, walker: _Walker) -> None:
    top = _Frame("", True, frozenset(), "", False, "paragraph", (), "", 0, False)
    stack: list[_Frame] = [top]
    owners: list[_Frame] = [top]  # open block frames
    elements = walker.elements
    seen = 0
    walk = etree.iterwalk(root, events=("start", "end"))
    add = walker.add
    push, pop = stack.append, stack.pop
    block_tags, drop_tags = BLOCK, DROP
    for event, el in walk:
        tag = el.tag
        if event == "end":
            frame = pop()
            if tag in block_tags and frame is owners[-1] and frame is not _DROPPED:
                if walker.parts:
                    walker.flush(frame)
                owners.pop()
            tail = el.tail
            if tail:
                add(tail, stack[-1])
            continue
        seen += 1
        parent = stack[-1]
        if tag in drop_tags or not isinstance(tag, str) or seen > MAX_ELEMENTS:
            walk.skip_subtree()  # its end event still comes, with the tail
            push(_DROPPED)
            continue
        if tag == "br":
            walker.line_break(owners[-1])
            push(_DROPPED)
            continue
        keys = el.keys()
        if tag not in BLOCK:
            # Inline: only links and hidden parts change anything.
            if keys:
                if not parent.hidden and _hidden(keys, el):
                    walk.skip_subtree()
                    stack.append(_DROPPED)
                    continue
                if tag == "a" and not parent.link and "href" in keys:
                    parent = _Frame(tag, False, parent.words, parent.landmark, parent.hidden,
                                    parent.kind, parent.containers, parent.path, parent.depth,
                                    True)
            if (tag == "td" or tag == "th") and walker.parts:
                walker.parts.append(" ")
            push(parent)
            text = el.text
            if text:
                add(text, parent)
            continue
        words = parent.words
        landmark = _LANDMARK_TAGS.get(tag, parent.landmark)
        hidden = parent.hidden
        own: frozenset[str] = frozenset()
        marks: frozenset[str] = frozenset()
        if keys:
            cls = el.get("class")
            ident = el.get("id")
            if cls or ident:
                own = class_words(f"{cls or ''} {ident or ''}")
                words = words | own if words else own
            role = el.get("role")
            if role:
                landmark = _LANDMARK_ROLES.get(role.lower(), landmark)
            if not hidden:
                hidden = _hidden(keys, el)
            if tag in CONTAINER and (role or "itemprop" in keys or "itemtype" in keys):
                mark_text = " ".join(
                    v for v in (role, el.get("itemprop"), el.get("itemtype")) if v
                )
                marks = class_words(mark_text.replace("/", " "))
        owner = owners[-1]
        if walker.parts:
            walker.flush(owner)
        containers = parent.containers
        if tag in CONTAINER:
            containers = (*containers, len(elements))
            elements.append(
                Element(tag, own, marks, parent.containers[-1] if parent.containers else -1,
                        len(stack))
            )
        frame = _Frame(tag, True, words, landmark, hidden, _kind(tag, owner), containers,
                       f"{parent.path}/{tag}" if parent.path else tag, len(stack), parent.link)
        if tag == "li":
            owner.counter += 1
            walker.bullet = f"{owner.counter}." if owner.tag == "ol" else "\u2022"
        owners.append(frame)
        push(frame)
        text = el.text
        if text:
            add(text, frame)
    # Text still open (unclosed markup) becomes a last block.
    walker.flush(owners[-1])
