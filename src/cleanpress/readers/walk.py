"""The HTML reader's walk: lxml's tree in, blocks and containers out.

Block elements (paragraphs, headings, list items, ``<pre>``, cells, ...)
close the running text into a :class:`~cleanpress.document.Block`; inline
elements add to it. Each block carries the evidence of where it sat: tag,
tag path, class/id words of its ancestors, landmark, hidden flag, link
density and the container elements around it. Scripts, styles, forms and
embedded objects are dropped, and so are inline elements that are hidden or are
edit controls (``[edit]`` links).

One walk, run two ways. As Python, :func:`walk` gets ``etree.iterwalk`` and
lxml's elements. Where a C compiler was at hand at install, this same file is
also compiled with Cython in pure-Python mode, as ``cleanpress.readers._walk``
(``_walk.pxd`` gives its variables C types), and gets the classes of
``_nodes.pyx`` instead, which answer the same calls of lxml's API from libxml2's
node structs. The time of lxml's walk goes mostly to the Python object lxml makes
for every element it hands out, so compiling this file over lxml's own elements
gains little; compiled over ``_nodes`` it runs about twice as fast. Only that
node layer is written twice, and only because it has to be: what the walk does
with each element, text and tail is written here once. Ask elements only for
what ``_nodes.Node`` answers (``tag``, ``text``, ``tail``, ``keys()``,
``get()``, ``getprevious()``, ``getparent()``, ``itertext()``); a new call goes
there too, and ``tests/html/test_walk_twins.py`` holds the two layers to the
same answers.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Final

from cleanpress.document import Block, Element, WordChain
from cleanpress.errors import InputError
from cleanpress.readers.html_inline import SPAN_KINDS, InlineRecorder, image_source

if TYPE_CHECKING:
    from lxml import etree

#: Elements dropped with their content.
DROP = frozenset(
    "script style template noscript svg math iframe frame frameset object embed canvas "
    "video audio map button input select option optgroup textarea datalist dialog head "
    "title meta link base".split()
)
#: Dropped elements whose content is read when it holds prose: ``<noscript>``
#: (what a browser without JavaScript shows: some pages put their whole text
#: there) and the controls a parser leaves open over the rest of the page when
#: their end tag is missing (a ``<button>`` or ``<select>`` then holds the page).
#: A control's own label stays dropped; short content (a tracking pixel, an
#: "enable JavaScript" line, a button's words, a select's options) goes whole.
OPENED = frozenset({"noscript", "button", "select"})
#: Words within such an element from which its content is read.
OPENED_WORDS = 40
#: Links of at most this many words are a menu's labels, not text to read.
MENU_LABEL_WORDS = 4
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
#: Block elements inside which a single ``<br>`` is a line break, not a new block.
_SOFT_BREAKS = _HEADINGS | frozenset(
    "p li dd dt address blockquote figcaption caption legend summary pre".split()
)
_LANDMARK_TAGS = {
    "nav": "nav", "header": "header", "footer": "footer", "aside": "aside",
    "article": "article", "main": "main", "figure": "figure",
}
_LANDMARK_ROLES = {
    "navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
    "main": "main", "article": "article", "figure": "figure", "menu": "nav", "menubar": "nav",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD = re.compile(r"[a-z0-9]+")
#: Longest class/id attribute read for words (whole tokens within it).
_MAX_CLASS = 600

_word_cache: dict[str, frozenset[str]] = {}


def _as_is(words: frozenset[str]) -> frozenset[str]:
    return words


#: Applied to each set of words the cache keeps. The compiled reader puts
#: ``_nodes.untracked`` here: a set of strings can hold no reference cycle, so the
#: garbage collector need not go through the tens of thousands a long run keeps.
keep = _as_is


def class_words(value: str) -> frozenset[str]:
    """Lower-cased words of a class or id value: each token and its parts.

    ``"post__content sidebarWidget"`` -> post__content, post, content, sidebarwidget.
    """
    cached = _word_cache.get(value)
    if cached is not None:
        return cached
    text = value[:_MAX_CLASS].lower()
    if len(value) > _MAX_CLASS and not value[_MAX_CLASS].isspace():
        whole = text.rsplit(None, 1)  # no token cut short ("category-news" -> "catego")
        if len(whole) == 2:
            text = whole[0]
    tokens = text.split()
    if text.isascii():
        # In ASCII, the letter-digit runs of the whole value are the parts of its
        # tokens (a token of letters and digits only is its own single run).
        result = frozenset(tokens + _WORD.findall(text))
    else:
        parts = [_WORD.findall(token) for token in tokens if not token.isalnum()]
        result = frozenset(tokens).union(*parts)
    if len(_word_cache) < 50_000:
        _word_cache[value] = keep(result)
    return result


#: An open block element of the walk, or a link inside one: the evidence its text
#: gets, as a tuple (cheap to make: a page opens hundreds). Fields by index:
_TAG: Final = 0
_BLOCK: Final = 1
_WORDS: Final = 2
_LANDMARK: Final = 3
_HIDDEN: Final = 4
_KIND: Final = 5
_CONTAINERS: Final = 6
_PATH: Final = 7
_DEPTH: Final = 8
_LINK: Final = 9
#: The innermost open container of a frame, numbered only once text is found in it:
#: ``[its container numbers or None, the enclosing container or None, tag, own
#: words, marks, depth]``. Most containers of a page hold no text; they are never
#: numbered, and ``Document.elements`` lists only the others.
_Container = list[Any]
_Frame = tuple[str, bool, WordChain, str, bool, str, "_Container | None", str, int, bool]


def _linked(frame: _Frame) -> _Frame:
    """The same evidence for text inside a link."""
    return (frame[_TAG], False, frame[_WORDS], frame[_LANDMARK], frame[_HIDDEN], frame[_KIND],
            frame[_CONTAINERS], frame[_PATH], frame[_DEPTH], True)


class Walker:
    """Accumulates inline text and turns it into blocks at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.bullet: str | None = None
        self.breaks = 0
        #: Texts of ``rel=author`` links, in page order (read here rather than in
        #: the head reader: the walk meets every link anyway).
        self.author_links: list[str] = []
        #: Links, emphasis, inline code, cells and images of the running text.
        self.inline = InlineRecorder()

    def line_break(self, frame: _Frame, br: etree._Element) -> None:
        """A ``<br>``: a new line; two in a row end the paragraph, and so does one
        after a line that is a single inline element set straight in a layout
        element (old table and ``<div>`` layouts set kicker, summary and byline
        that way, a ``<br>`` apart)."""
        if frame[_KIND] == "code":
            self.parts.append("\n")
            return
        self.breaks += 1
        if self.breaks >= 2 or (frame[_TAG] not in _SOFT_BREAKS and _styled_line(br)):
            self.flush(frame)
        elif self.parts:
            self.parts.append("\n")

    def flush(self, frame: _Frame) -> None:
        """Close the running text into a block of ``frame``."""
        self.breaks = 0
        parts = self.parts
        if not parts:
            return
        raw = "".join(parts)
        recorder = self.inline
        if recorder.busy or frame[_KIND] == "code":
            inline = recorder.take(parts, raw, frame)
        else:
            recorder.generation += 1
            inline = None
        parts.clear()
        links, self.link_chars = self.link_chars, 0
        tag, _, chain, landmark, hidden, kind, containers, path, depth, _ = frame
        words = chain[0] or chain  # joined already, or joined when a rule asks
        if kind == "code":
            lines = [line.rstrip() for line in raw.split("\n")]
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1]:
                lines.pop()
            text = raw = "\n".join(lines)
        else:
            text = " ".join(raw.split())
            if "\n" in raw:
                raw = "\n".join([line for line in map(_fold, raw.split("\n")) if line])
            else:
                raw = text
        if not text:
            if inline is not None:
                recorder.put_back(inline)
            return
        bullet = None
        if kind == "list_item" and self.bullet is not None:
            bullet, self.bullet = self.bullet, None
        if containers is None:
            numbers: tuple[int, ...] = ()
        else:
            numbers = containers[0] or self.number(containers)
        blocks = self.blocks
        blocks.append(
            Block(len(blocks), text, raw, kind, 0, depth, bullet, True, True,  # type: ignore[arg-type]
                  tag, path, words, min(links / len(text), 1.0), landmark, hidden, numbers,
                  inline=inline)
        )

    def number(self, opened: _Container) -> tuple[int, ...]:
        """The numbers of ``opened`` and the containers around it, outermost first,
        numbering those not numbered yet (ancestors first, so a container's number is
        greater than its parent's, and numbers follow document order)."""
        pending = []
        container: _Container | None = opened
        while container is not None and container[0] is None:
            pending.append(container)
            container = container[1]
        numbers: tuple[int, ...] = () if container is None else container[0]
        elements = self.elements
        for open_container in reversed(pending):
            _, _, tag, own, marks, depth = open_container
            elements.append(Element(tag, own, marks, numbers[-1] if numbers else -1, depth))
            numbers = open_container[0] = (*numbers, len(elements) - 1)
        return numbers


def _styled_line(br: etree._Element) -> bool:
    """Whether the line a ``<br>`` ends is one inline element and nothing else."""
    line = br.getprevious()
    if line is None or line.tag in BLOCK or line.tag == "br" or _has_text(line.tail):
        return False
    before = line.getprevious()
    if before is None:
        parent = line.getparent()
        return parent is not None and not _has_text(parent.text)
    return (before.tag in BLOCK or before.tag == "br") and not _has_text(before.tail)


def _has_text(text: str | None) -> bool:
    return bool(text) and not text.isspace()  # type: ignore[union-attr]


#: Class words of inline controls dropped with their content: the section edit links
#: that wikis and blog engines show beside headings and posts ("[edit]").
EDIT_CONTROLS = frozenset({"editsection", "edit-section", "post-edit-link", "edit-link"})


def _edit_control(value: str) -> bool:
    return "edit" in value.lower() and not EDIT_CONTROLS.isdisjoint(class_words(value))


def _fold(line: str) -> str:
    return " ".join(line.split())


def _kind(tag: str, parent: str) -> str:
    """The block kind of a ``tag`` element inside a block of kind ``parent``."""
    if parent in ("code", "caption"):
        return parent
    if tag in _HEADINGS:
        return "heading"
    if tag == "pre":
        return "code"
    if tag in ("figcaption", "caption"):
        return "caption"
    if tag in ("li", "dd", "dt"):
        return "list_item"
    if tag == "blockquote" or parent == "quote":
        return "quote"
    if tag == "tr":
        return "table"
    if parent in ("list_item", "heading", "table"):
        return parent
    return "paragraph"


_FRAME_KINDS = ("paragraph", "heading", "code", "caption", "list_item", "quote", "table")
#: Block kind by (tag, kind of the enclosing block), for every block tag.
_KINDS = {(tag, parent): _kind(tag, parent) for tag in BLOCK for parent in _FRAME_KINDS}

#: Attributes that can hide an element.
_HIDING = frozenset({"hidden", "aria-hidden", "style"})


#: Class words of the panels of tabs and accordions: content a click shows, hidden
#: in the markup only until then.
PANEL_WORDS = frozenset({"tabpanel", "tab-pane", "tab-panel", "tab-content", "accordion",
                         "accordion-body", "accordion-content", "accordion-panel", "collapse"})
#: Class words that make a collapsing element a menu all the same.
_MENU_WORDS = frozenset({"nav", "navbar", "menu", "navigation", "dropdown", "modal"})
#: Roles of hidden boxes that are no panel, whatever labels them.
_NO_PANEL_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "listbox", "tooltip"})
#: A hidden box at most this many levels below a ``<details>`` element is its body.
DETAILS_DEPTH = 3


def _hidden(names: Collection[str], el: etree._Element) -> bool:
    """Whether an element's own attributes hide it (``names``: their names); the
    panel of a tab or an accordion is not hidden (a click shows it)."""
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true"):
        return not _panel(names, el)
    if "style" in names and _hiding_style(el.get("style", "")[:200]):
        return not _panel(names, el)
    return False


def _hiding_style(style: str) -> bool:
    """Whether an inline style hides its element (``display: none``, ``visibility:
    hidden``). A match holds "none" or "dden" in any case, and no other letters
    match those letters ignoring case: most styles have neither and skip the regex."""
    lowered = style.lower()
    return ("none" in lowered or "dden" in lowered) and _HIDDEN_STYLE.search(style) is not None


def _duplicate_link(names: Collection[str], el: etree._Element) -> bool:
    """Whether a link hidden from screen readers is taken out of the tab order as
    well (``aria-hidden`` with ``tabindex="-1"``): a card's second link to its
    story, around its picture or its summary, that the eye still sees."""
    return ("tabindex" in names and el.get("tabindex") == "-1" and "hidden" not in names
            and "style" not in names)


def _panel(names: Collection[str], el: etree._Element) -> bool:
    """Whether an element is the panel of a tab or an accordion: by its role or
    class words, or as the part of a disclosure that a click shows (see
    :func:`_disclosed`)."""
    role = el.get("role") if "role" in names else None
    if role == "tabpanel":
        return True
    words = class_words(el.get("class")) if "class" in names else _NO_WORDS
    if not _MENU_WORDS.isdisjoint(words) or role in _NO_PANEL_ROLES:
        return False
    return not PANEL_WORDS.isdisjoint(words) or _disclosed(names, el)


def _disclosed(names: Collection[str], el: etree._Element) -> bool:
    """Whether a hidden element is the part of a disclosure that a click shows:
    the body of a ``<details>`` element (the box itself or one a few levels below
    it), or a box labelled by its toggle (``aria-labelledby``, as an accordion's
    panel is by its button) that is no modal dialog, or one that the toggle right
    before it controls (an ``aria-expanded`` link or button whose ``aria-controls``
    names the box: an accordion's question over its answer)."""
    if "aria-labelledby" in names and "aria-modal" not in names:
        return True
    if "id" in names and _toggled(el):
        return True
    parent = el.getparent()
    for _ in range(DETAILS_DEPTH):
        if parent is None:
            return False
        if parent.tag == "details":
            return True
        parent = parent.getparent()
    return False


#: Tags of the toggles of a disclosure.
_TOGGLE_TAGS = ("button", "a")


def _toggled(el: etree._Element) -> bool:
    """Whether the element just before ``el`` is, or holds, a toggle (a link or
    button with ``aria-expanded``) whose ``aria-controls`` names ``el``'s id."""
    before = el.getprevious()
    if before is None:
        return False
    own = el.get("id")
    for tag in _TOGGLE_TAGS:
        for toggle in before.iter(tag):
            if toggle.get("aria-controls") == own and toggle.get("aria-expanded") is not None:
                return True
    return False


_NO_WORDS: frozenset[str] = frozenset()


def _holds_prose(el: etree._Element) -> bool:
    """Whether an element holds at least ``OPENED_WORDS`` words of text outside
    short links (a site menu kept for browsers without JavaScript holds few; a
    grid of cards each wrapped in a link holds the cards' text)."""
    count = 0
    for piece in el.itertext():
        count += len(piece.split())
        if count >= OPENED_WORDS:
            break
    else:
        return False
    linked = 0
    for link in el.iter("a"):
        words = sum(len(piece.split()) for piece in link.itertext())
        if words <= MENU_LABEL_WORDS:
            linked += words
    if not linked:
        return True
    return sum(len(piece.split()) for piece in el.itertext()) - linked >= OPENED_WORDS


def walk(events: etree.iterwalk, limit: int, links: bool = True, images: bool = True) -> Walker:
    """Walk a tree once, turning its text into blocks and containers.

    ``events``: the tree's ``etree.iterwalk(root, events=("start", "end"))``, or
    the compiled module's ``_nodes.Events(root)``. A tree of more than ``limit``
    elements is refused with an InputError. ``links``, ``images``: record links
    and images in ``Block.inline`` (emphasis, inline code, cells and a code
    block's language are always recorded).

    ``cur`` is the evidence for text at the current point; ``stack`` holds,
    for each open element, the evidence to go back to at its end (where its
    tail belongs to the parent). ``owner`` is the innermost open block and
    ``counts`` the list items seen in each open block.
    """
    walker = Walker()
    parts = walker.parts
    recorder = walker.inline
    open_spans = recorder.open
    cur: _Frame = ("", True, [_NO_WORDS, None, _NO_WORDS], "", False, "paragraph", None, "", 0,
                   False)
    owner = cur
    owners = [owner]
    counts = [0]
    stack: list[_Frame] = []
    seen = 0
    for event, el in events:
        if event == "end":
            if open_spans and open_spans[-1][4] == len(stack):
                recorder.close_span(len(parts))
            frame = cur
            cur = stack.pop()
            if frame is not cur and frame[_BLOCK]:
                if parts:
                    walker.flush(frame)
                owners.pop()
                counts.pop()
                owner = owners[-1]
            text = el.tail
        else:
            seen += 1
            if seen > limit:
                raise InputError(
                    f"page has more than {limit:,} HTML elements; "
                    "refused rather than cleaned in part"
                )
            tag = el.tag
            stack.append(cur)
            if tag in BLOCK:
                _, _, words, landmark, hidden, _, containers, path, _, link = cur
                landmark = _LANDMARK_TAGS.get(tag, landmark)
                own = marks = _NO_WORDS
                keys = el.keys()
                if keys:
                    if not (hidden or _HIDING.isdisjoint(keys)):
                        hidden = _hidden(keys, el)
                    cls = el.get("class") if "class" in keys else None
                    ident = el.get("id") if "id" in keys else None
                    if cls or ident:
                        value = f"{cls} {ident}" if cls and ident else cls or ident
                        own = _word_cache.get(value) or class_words(value)  # type: ignore[arg-type]
                        words = [None, words, own]
                    role = el.get("role") if "role" in keys else None
                    if role:
                        landmark = _LANDMARK_ROLES.get(role.lower(), landmark)
                    if tag in CONTAINER and (role or "itemprop" in keys or "itemtype" in keys):
                        stated = (role, el.get("itemprop"), el.get("itemtype"))
                        marks = class_words(" ".join([v for v in stated if v]).replace("/", " "))
                if parts:
                    walker.flush(owner)
                depth = len(stack)
                if tag in CONTAINER:
                    containers = [None, containers, tag, own, marks, depth]
                cur = (tag, True, words, landmark, hidden, _KINDS[tag, owner[_KIND]], containers,
                       f"{path}/{tag}" if path else tag, depth, link)
                if tag == "li":
                    counts[-1] += 1
                    walker.bullet = f"{counts[-1]}." if owner[_TAG] == "ol" else "\u2022"
                owners.append(cur)
                counts.append(0)
                owner = cur
            elif tag in DROP or type(tag) is not str:
                if tag not in OPENED or not _holds_prose(el):
                    events.skip_subtree()  # its end event still comes, with the tail
                    continue
                if tag != "noscript":
                    continue  # the control's own label; its content is walked
            elif tag == "br":
                walker.line_break(owner, el)
                continue
            else:
                # Inline: links and hidden parts change the evidence; links, emphasis,
                # inline code, cells and images are recorded for structured output.
                keys = el.keys()
                if keys:
                    if (
                        not (cur[_HIDDEN] or _HIDING.isdisjoint(keys)) and _hidden(keys, el)
                        and not (tag == "a" and _duplicate_link(keys, el))
                    ) or ("class" in keys and _edit_control(el.get("class"))):
                        events.skip_subtree()
                        continue
                    if tag == "a":
                        if "rel" in keys and "author" in el.get("rel").lower().split():
                            walker.author_links.append("".join(el.itertext()))
                        if not cur[_LINK] and "href" in keys:
                            cur = _linked(cur)
                            if links and cur[_KIND] != "code":
                                recorder.open_span("link", el.get("href"), len(parts), len(stack))
                    elif tag == "img":
                        if images:
                            # (lazy loaders keep the address in a data- attribute)
                            src = image_source((el.get("src"), el.get("data-src"),
                                                el.get("data-lazy-src"), el.get("data-original")))
                            recorder.image(len(parts), src, el.get("alt"), owner)
                    elif tag == "code" and cur[_KIND] == "code" and "class" in keys:
                        recorder.code_class(el.get("class"))
                if tag == "td" or tag == "th":
                    if parts:
                        parts.append(" ")
                    recorder.cell(len(parts), tag == "th", el.get("colspan"), el.get("rowspan"))
                elif tag in SPAN_KINDS and cur[_KIND] != "code":
                    recorder.open_span(SPAN_KINDS[tag], "", len(parts), len(stack))
            text = el.text
        if text:
            if text.isspace() and cur[_KIND] != "code":
                if parts:
                    parts.append(" ")
            else:
                walker.breaks = 0
                parts.append(text)
                if cur[_LINK]:
                    walker.link_chars += len(text.strip())
    # Text still open (unclosed markup) becomes a last block.
    walker.flush(owner)
    return walker
