# cython: language_level=3
"""Compiled twin of :func:`cleanpress.readers.html._walk` (optional speed-up).

It reads lxml's tree through libxml2's node structs instead of element proxies,
and makes the same calls on the walker, with the same frames, in the same order:
a page gives the same blocks and containers with either. The pure-Python walk in
``html.py`` is the reference; a change to one is made to both, and the reader
tests run both over every fixture (see ``tests/html/test_walk_twins.py``).
"""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element

cdef extern from *:
    """
    #define CP_NAME(n) ((const char*)(n)->name)
    #define CP_CONTENT(n) ((const char*)(n)->content)
    """
    const char* CP_NAME(void* node)
    const char* CP_CONTENT(void* node)

# Constants and helpers of the pure-Python reader, bound on first use (that module
# imports this one).
cdef object H = None
cdef frozenset BLOCK, CONTAINER, DROP, SOFT_BREAKS, NO_WORDS
cdef dict LANDMARK_TAGS, LANDMARK_ROLES, KINDS, WORD_CACHE
cdef object CLASS_WORDS, EDIT_CONTROL, HIDDEN_STYLE, INPUT_ERROR, LINKED, IMAGE_SOURCE
cdef dict SPAN_KINDS


cdef void _bind():
    global H, BLOCK, CONTAINER, DROP, SOFT_BREAKS, NO_WORDS, LANDMARK_TAGS, LANDMARK_ROLES
    global KINDS, WORD_CACHE, CLASS_WORDS, EDIT_CONTROL, HIDDEN_STYLE, INPUT_ERROR, LINKED
    global SPAN_KINDS, IMAGE_SOURCE
    from cleanpress.errors import InputError
    from cleanpress.readers import html, html_inline
    H = html
    BLOCK, CONTAINER, DROP = html.BLOCK, html.CONTAINER, html.DROP
    SOFT_BREAKS, NO_WORDS = html._SOFT_BREAKS, html._NO_WORDS
    LANDMARK_TAGS, LANDMARK_ROLES, KINDS = html._LANDMARK_TAGS, html._LANDMARK_ROLES, html._KINDS
    WORD_CACHE, CLASS_WORDS, EDIT_CONTROL = html._word_cache, html.class_words, html._edit_control
    HIDDEN_STYLE, LINKED = html._HIDDEN_STYLE, html._linked
    INPUT_ERROR = InputError
    SPAN_KINDS, IMAGE_SOURCE = html_inline.SPAN_KINDS, html_inline.image_source


cdef inline bint _is_element(tree.xmlNode* node) noexcept:
    """What lxml iterates as an element: elements, comments, PIs, entity references."""
    return (node.type == tree.XML_ELEMENT_NODE or node.type == tree.XML_COMMENT_NODE
            or node.type == tree.XML_PI_NODE or node.type == tree.XML_ENTITY_REF_NODE)


cdef inline tree.xmlNode* _next_element(tree.xmlNode* node) noexcept:
    while node is not NULL and not _is_element(node):
        node = node.next
    return node


cdef inline tree.xmlNode* _previous_element(tree.xmlNode* node) noexcept:
    node = node.prev
    while node is not NULL and not _is_element(node):
        node = node.prev
    return node


cdef inline str _utf8(const char* value):
    return PyUnicode_DecodeUTF8(value, strlen(value), NULL)


cdef object _text_from(tree.xmlNode* node):
    """The text of the run of text nodes starting at ``node`` (lxml's .text / .tail)."""
    cdef list pieces
    while node is not NULL and (node.type == tree.XML_XINCLUDE_START
                                or node.type == tree.XML_XINCLUDE_END):
        node = node.next
    if node is NULL or not (node.type == tree.XML_TEXT_NODE
                            or node.type == tree.XML_CDATA_SECTION_NODE):
        return None
    cdef tree.xmlNode* after = node.next
    if after is NULL or not (after.type == tree.XML_TEXT_NODE
                             or after.type == tree.XML_CDATA_SECTION_NODE
                             or after.type == tree.XML_XINCLUDE_START
                             or after.type == tree.XML_XINCLUDE_END):
        return _utf8(CP_CONTENT(node)) if node.content is not NULL else None
    pieces = []
    while node is not NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            if node.content is not NULL:
                pieces.append(_utf8(CP_CONTENT(node)))
        elif not (node.type == tree.XML_XINCLUDE_START or node.type == tree.XML_XINCLUDE_END):
            break
        node = node.next
    return "".join(pieces)


cdef inline str _tag(tree.xmlNode* node):
    """An element's tag as lxml spells it ("{namespace}name" in a namespace)."""
    if node.ns is NULL or node.ns.href is NULL:
        return _utf8(CP_NAME(node))
    return "{" + _utf8(<const char*>node.ns.href) + "}" + _utf8(CP_NAME(node))


cdef inline bint _has_text(object text):
    return bool(text) and not text.isspace()


cdef str _attribute_value(tree.xmlAttr* attr):
    cdef tree.xmlNode* child = attr.children
    if child is NULL:
        return ""
    if child.next is NULL and child.type == tree.XML_TEXT_NODE:
        return _utf8(CP_CONTENT(child)) if child.content is not NULL else ""
    pieces = []
    while child is not NULL:
        if child.content is not NULL:
            pieces.append(_utf8(CP_CONTENT(child)))
        child = child.next
    return "".join(pieces)


cdef str _all_text(tree.xmlNode* top):
    """Every text node inside ``top``, in order (lxml's ``"".join(itertext())``)."""
    cdef list pieces = []
    cdef tree.xmlNode* node = top.children
    if node is NULL:
        return ""
    while True:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            if node.content is not NULL:
                pieces.append(_utf8(CP_CONTENT(node)))
        elif node.type == tree.XML_ELEMENT_NODE and node.children is not NULL:
            node = node.children
            continue
        while node.next is NULL:
            node = node.parent
            if node is top:
                return "".join(pieces)
        node = node.next


cdef bint _styled_line(tree.xmlNode* br):
    """Whether the line a ``<br>`` ends is one inline element and nothing else."""
    cdef tree.xmlNode* line = _previous_element(br)
    cdef tree.xmlNode* before
    if line is NULL:
        return False
    if line.type == tree.XML_ELEMENT_NODE:
        name = _tag(line)
        if name in BLOCK or name == "br":
            return False
    if _has_text(_text_from(line.next)):
        return False
    before = _previous_element(line)
    if before is NULL:
        parent = line.parent
        return (parent is not NULL and parent.type == tree.XML_ELEMENT_NODE
                and not _has_text(_text_from(parent.children)))
    if before.type == tree.XML_ELEMENT_NODE:
        name = _tag(before)
        if not (name in BLOCK or name == "br"):
            return False
    else:
        return False
    return not _has_text(_text_from(before.next))


cdef class _Attributes:
    """The attributes of one element that the walk reads (one instance, refilled)."""

    cdef object cls, ident, role, aria, style, itemprop, itemtype, href
    cdef object src, data_src, data_lazy_src, data_original, alt, colspan, rowspan
    cdef bint hidden, rel_author

    cdef void read(self, tree.xmlAttr* attr):
        cdef const char* key
        self.cls = self.ident = self.role = self.aria = self.style = None
        self.itemprop = self.itemtype = self.href = None
        self.src = self.data_src = self.data_lazy_src = self.data_original = self.alt = None
        self.colspan = self.rowspan = None
        self.hidden = self.rel_author = False
        while attr is not NULL:
            if attr.ns is NULL:
                key = CP_NAME(attr)
                if strcmp(key, b"class") == 0:
                    self.cls = _attribute_value(attr)
                elif strcmp(key, b"id") == 0:
                    self.ident = _attribute_value(attr)
                elif strcmp(key, b"role") == 0:
                    self.role = _attribute_value(attr)
                elif strcmp(key, b"hidden") == 0:
                    self.hidden = True
                elif strcmp(key, b"aria-hidden") == 0:
                    self.aria = _attribute_value(attr)
                elif strcmp(key, b"style") == 0:
                    self.style = _attribute_value(attr)
                elif strcmp(key, b"itemprop") == 0:
                    self.itemprop = _attribute_value(attr)
                elif strcmp(key, b"itemtype") == 0:
                    self.itemtype = _attribute_value(attr)
                elif strcmp(key, b"rel") == 0:
                    self.rel_author = "author" in _attribute_value(attr).lower().split()
                elif strcmp(key, b"href") == 0:
                    self.href = _attribute_value(attr)
                elif strcmp(key, b"src") == 0:
                    self.src = _attribute_value(attr)
                elif strcmp(key, b"alt") == 0:
                    self.alt = _attribute_value(attr)
                elif strcmp(key, b"colspan") == 0:
                    self.colspan = _attribute_value(attr)
                elif strcmp(key, b"rowspan") == 0:
                    self.rowspan = _attribute_value(attr)
                elif strcmp(key, b"data-src") == 0:
                    self.data_src = _attribute_value(attr)
                elif strcmp(key, b"data-lazy-src") == 0:
                    self.data_lazy_src = _attribute_value(attr)
                elif strcmp(key, b"data-original") == 0:
                    self.data_original = _attribute_value(attr)
            attr = attr.next

    cdef bint hides(self):
        """Whether they hide the element (see ``html._hidden``)."""
        return self.hidden or self.aria == "true" or (
            self.style is not None and HIDDEN_STYLE.search(self.style[:200]) is not None
        )


cdef inline void _add_text(object text, tuple cur, list parts, object walker) except *:
    """Add an element's text or tail to the running text (as the pure walk does)."""
    if text.isspace() and cur[5] != "code":
        if parts:
            parts.append(" ")
    else:
        walker.breaks = 0
        parts.append(text)
        if cur[9]:
            walker.link_chars += len(text.strip())


def walk(_Element root not None, walker):
    """Walk the tree under ``root`` as :func:`cleanpress.readers.html._walk` does."""
    if H is None:
        _bind()
    cdef list parts = walker.parts
    cdef tuple cur = ("", True, [NO_WORDS, None, NO_WORDS], "", False, "paragraph", None, "",
                      0, False)
    cdef tuple owner = cur
    cdef tuple frame
    cdef list owners = [owner]
    cdef list counts = [0]
    cdef list stack = []
    cdef object recorder = walker.inline
    cdef list open_spans = recorder.open
    cdef Py_ssize_t seen = 0, depth
    cdef Py_ssize_t max_elements = H.MAX_ELEMENTS  # (read each time, as the pure walk does)
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef tree.xmlNode* child
    cdef _Attributes attributes = _Attributes()
    cdef bint descend, hidden, link
    cdef object text, words, landmark, containers, path, own, marks, cls, ident, role
    cdef object value, tag, colspan, rowspan
    while True:
        # --- the start of ``node`` ---
        descend = False
        seen += 1
        if seen > max_elements:
            raise INPUT_ERROR(
                f"page has more than {max_elements:,} HTML elements; "
                "refused rather than cleaned in part"
            )
        stack.append(cur)
        text = None
        if node.type != tree.XML_ELEMENT_NODE:
            tag = None  # a comment, PI or entity: skipped, its tail read
        else:
            tag = _tag(node)
        if tag is None:
            pass
        elif tag in BLOCK:
            _, _, words, landmark, hidden, _, containers, path, _, link = cur
            landmark = LANDMARK_TAGS.get(tag, landmark)
            own = marks = NO_WORDS
            if node.properties is not NULL:
                attributes.read(node.properties)
                if not hidden and (attributes.hidden or attributes.aria is not None
                                   or attributes.style is not None):
                    hidden = attributes.hides()
                cls, ident, role = attributes.cls, attributes.ident, attributes.role
                if cls or ident:
                    value = f"{cls} {ident}" if cls and ident else cls or ident
                    own = WORD_CACHE.get(value) or CLASS_WORDS(value)
                    words = [None, words, own]
                if role:
                    landmark = LANDMARK_ROLES.get(role.lower(), landmark)
                if tag in CONTAINER and (
                    role or attributes.itemprop is not None or attributes.itemtype is not None
                ):
                    stated = [v for v in (role, attributes.itemprop, attributes.itemtype) if v]
                    marks = CLASS_WORDS(" ".join(stated).replace("/", " "))
            if parts:
                walker.flush(owner)
            depth = len(stack)
            if tag in CONTAINER:
                containers = [None, containers, tag, own, marks, depth]
            cur = (tag, True, words, landmark, hidden, KINDS[tag, owner[5]], containers,
                   f"{path}/{tag}" if path else tag, depth, link)
            if tag == "li":
                counts[-1] += 1
                walker.bullet = f"{counts[-1]}." if owner[0] == "ol" else "\u2022"
            owners.append(cur)
            counts.append(0)
            owner = cur
            descend = True
            text = _text_from(node.children)
        elif tag in DROP:
            pass
        elif tag == "br":
            # (the walker's line_break, with the line's shape read here)
            if owner[5] == "code":
                parts.append("\n")
            else:
                walker.breaks += 1
                if walker.breaks >= 2 or (owner[0] not in SOFT_BREAKS and _styled_line(node)):
                    walker.flush(owner)
                elif parts:
                    parts.append("\n")
        else:
            # Inline: links and hidden parts change the evidence; links, emphasis,
            # inline code, cells and images are recorded for structured output.
            descend = True
            colspan = rowspan = None
            if node.properties is not NULL:
                attributes.read(node.properties)
                colspan, rowspan = attributes.colspan, attributes.rowspan
                if (not cur[4] and attributes.hides()) or (
                    attributes.cls is not None and EDIT_CONTROL(attributes.cls)
                ):
                    descend = False
                elif tag == "a":
                    if attributes.rel_author:
                        walker.author_links.append(_all_text(node))
                    if not cur[9] and attributes.href is not None:
                        cur = LINKED(cur)
                        if recorder.links and cur[5] != "code":
                            recorder.open_span("link", attributes.href, len(parts), len(stack))
                elif tag == "img":
                    recorder.image(len(parts), IMAGE_SOURCE((
                        attributes.src, attributes.data_src, attributes.data_lazy_src,
                        attributes.data_original)), attributes.alt, owner)
                elif tag == "code" and cur[5] == "code" and attributes.cls is not None:
                    recorder.code_class(attributes.cls)
            if descend:
                if tag == "td" or tag == "th":
                    if parts:
                        parts.append(" ")
                    recorder.cell(len(parts), tag == "th", colspan, rowspan)
                elif tag in SPAN_KINDS and cur[5] != "code":
                    recorder.open_span(SPAN_KINDS[tag], "", len(parts), len(stack))
                text = _text_from(node.children)
        if text:
            _add_text(text, cur, parts, walker)
        # --- down to the first child element, or to the end of ``node`` and on ---
        if descend:
            child = _next_element(node.children)
            if child is not NULL:
                node = child
                continue
        while True:
            # the end of ``node``
            if open_spans and open_spans[-1][4] == len(stack):
                recorder.close_span(len(parts))
            frame = cur
            cur = stack.pop()
            if frame[1] and frame[8] == len(stack) + 1:
                if parts:
                    walker.flush(frame)
                owners.pop()
                counts.pop()
                owner = owners[-1]
            text = _text_from(node.next)
            if text:
                _add_text(text, cur, parts, walker)
            if node is top:
                # Text still open (unclosed markup) becomes a last block.
                walker.flush(owner)
                return
            child = _next_element(node.next)
            if child is not NULL:
                node = child
                break
            node = node.parent
