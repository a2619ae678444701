# cython: language_level=3
"""lxml's tree read through libxml2's structs: the compiled walk's node layer.

The HTML walk (``walk.py``) is written once, against the few calls of lxml's API
it makes: ``etree.iterwalk`` with start and end events and ``skip_subtree()``,
and an element's ``tag``, ``text``, ``tail``, ``keys()``, ``get()``,
``getprevious()``, ``getparent()``, ``itertext()`` and ``iter(tag)``. Run as Python, it gets
lxml's own objects. Compiled, it gets the classes below, which answer those
calls from libxml2's node structs (through the headers lxml ships) without
making a Python proxy per element, the cost that makes lxml's walk slow:
:class:`Events` stands for the iterwalk and is itself the element of the
current event, and :class:`Node` is an element reached from it.

They answer as lxml does, with one difference the walk does not see: the tag of
a comment, processing instruction or entity reference is None (lxml gives the
factory function, such as ``etree.Comment``); either way it is not a str.
``tests/html/test_walk_twins.py`` holds them to lxml's answers.
"""

from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF, Py_XDECREF
from cpython.unicode cimport PyUnicode_AsUTF8, PyUnicode_DecodeUTF8, PyUnicode_InternFromString
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element

cdef extern from *:
    """
    #define CP_NAME(n) ((const char*)(n)->name)
    #define CP_CONTENT(n) ((const char*)(n)->content)
    #ifndef CLEANPRESS_WALK_SOURCE
    #define CLEANPRESS_WALK_SOURCE ""
    #endif
    """
    const char* CP_NAME(void* node)
    const char* CP_CONTENT(void* node)
    const char* CLEANPRESS_WALK_SOURCE
    void PyObject_GC_UnTrack(object op)

#: SHA-256 of the walk.py compiled beside this module (setup.py gives it): the
#: reader uses the compiled walk only while walk.py is still that file.
WALK_SOURCE = CLEANPRESS_WALK_SOURCE.decode("ascii")


cdef inline bint _is_element(tree.xmlNode* node) noexcept:
    """What lxml iterates as an element: elements, comments, PIs, entity references."""
    return (node.type == tree.XML_ELEMENT_NODE or node.type == tree.XML_COMMENT_NODE
            or node.type == tree.XML_PI_NODE or node.type == tree.XML_ENTITY_REF_NODE)


cdef inline tree.xmlNode* _next_element(tree.xmlNode* node) noexcept:
    while node is not NULL and not _is_element(node):
        node = node.next
    return node


cdef inline bint _is_text(tree.xmlNode* node) noexcept:
    return node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE


cdef inline bint _is_xinclude(tree.xmlNode* node) noexcept:
    return node.type == tree.XML_XINCLUDE_START or node.type == tree.XML_XINCLUDE_END


cdef inline str _utf8(const char* value):
    return PyUnicode_DecodeUTF8(value, strlen(value), NULL)


# Tag and attribute names, decoded once: libxml2's parser keeps one copy of each
# name, so a name's address finds its str again (checked against its letters, as
# an address can be reused once a tree is freed).
cdef enum:
    _NAME_SLOTS = 512
cdef const char* _name_keys[_NAME_SLOTS]
cdef PyObject* _name_values[_NAME_SLOTS]


cdef object _name(const char* name):
    cdef size_t slot = (<size_t>name >> 4) % _NAME_SLOTS
    cdef PyObject* cached = _name_values[slot]
    if _name_keys[slot] == name and strcmp(PyUnicode_AsUTF8(<object>cached), name) == 0:
        return <object>cached
    cdef object value = PyUnicode_InternFromString(name)
    Py_INCREF(value)
    Py_XDECREF(cached)
    _name_values[slot] = <PyObject*>value
    _name_keys[slot] = name
    return value


cdef object _text_from(tree.xmlNode* node):
    """The text of the run of text nodes starting at ``node`` (lxml's .text / .tail)."""
    cdef list pieces
    while node is not NULL and _is_xinclude(node):
        node = node.next
    if node is NULL or not _is_text(node):
        return None
    cdef tree.xmlNode* after = node.next
    if after is NULL or not (_is_text(after) or _is_xinclude(after)):
        return _utf8(CP_CONTENT(node)) if node.content is not NULL else None
    pieces = []
    while node is not NULL:
        if _is_text(node):
            if node.content is not NULL:
                pieces.append(_utf8(CP_CONTENT(node)))
        elif not _is_xinclude(node):
            break
        node = node.next
    return "".join(pieces)


cdef object _tag(tree.xmlNode* node):
    """An element's tag as lxml spells it ("{namespace}name" in a namespace); None
    for the other nodes lxml iterates as elements."""
    if node.type != tree.XML_ELEMENT_NODE:
        return None
    if node.ns is NULL or node.ns.href is NULL:
        return _name(CP_NAME(node))
    return "{" + _utf8(<const char*>node.ns.href) + "}" + _utf8(CP_NAME(node))


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


cdef Node _node(tree.xmlNode* c_node, object document):
    if c_node is NULL:
        return None
    cdef Node node = Node.__new__(Node)
    node.c_node = c_node
    node.document = document
    node.tag = _tag(c_node)
    return node


cdef class Node:
    """An element of lxml's tree: the calls of lxml's element API the walk makes."""

    @property
    def text(self):
        if self.c_node.type != tree.XML_ELEMENT_NODE:
            return _utf8(CP_CONTENT(self.c_node)) if self.c_node.content is not NULL else None
        return _text_from(self.c_node.children)

    @property
    def tail(self):
        return _text_from(self.c_node.next)

    cpdef list keys(self):
        cdef list names = []
        cdef tree.xmlAttr* attr = self.c_node.properties
        if self.c_node.type != tree.XML_ELEMENT_NODE:
            return names
        while attr is not NULL:
            if attr.ns is NULL or attr.ns.href is NULL:
                names.append(_name(CP_NAME(attr)))
            else:
                names.append("{" + _utf8(<const char*>attr.ns.href) + "}" + _utf8(CP_NAME(attr)))
            attr = attr.next
        return names

    cpdef object get(self, str key, object default=None):
        """The value of attribute ``key`` (a name without a namespace), or ``default``."""
        cdef const char* name = PyUnicode_AsUTF8(key)
        cdef tree.xmlAttr* attr = self.c_node.properties
        if self.c_node.type != tree.XML_ELEMENT_NODE:
            return default
        while attr is not NULL:
            if attr.ns is NULL and strcmp(CP_NAME(attr), name) == 0:
                return _attribute_value(attr)
            attr = attr.next
        return default

    cpdef Node getprevious(self):
        cdef tree.xmlNode* node = self.c_node.prev
        while node is not NULL and not _is_element(node):
            node = node.prev
        return _node(node, self.document)

    cpdef Node getparent(self):
        cdef tree.xmlNode* parent = self.c_node.parent
        if parent is NULL or not _is_element(parent):
            return None
        return _node(parent, self.document)

    cpdef list itertext(self):
        """Every text inside the element, in order (not its tail)."""
        cdef list pieces = []
        cdef tree.xmlNode* top = self.c_node
        cdef tree.xmlNode* node = top.children
        if node is NULL or top.type != tree.XML_ELEMENT_NODE:
            return pieces
        while True:
            if _is_text(node):
                if node.content is not NULL:
                    pieces.append(_utf8(CP_CONTENT(node)))
            elif node.type == tree.XML_ELEMENT_NODE and node.children is not NULL:
                node = node.children
                continue
            while node.next is NULL:
                node = node.parent
                if node is top:
                    return pieces
            node = node.next


    cpdef list iter(self, str tag):
        """The elements named ``tag`` (an HTML name, no namespace) among the
        element and those inside it, in document order, as lxml's ``iter(tag)``."""
        cdef list found = []
        cdef tree.xmlNode* top = self.c_node
        cdef tree.xmlNode* node = top
        cdef const char* name = PyUnicode_AsUTF8(tag)
        if top is NULL or top.type != tree.XML_ELEMENT_NODE:
            return found
        while True:
            if node.type == tree.XML_ELEMENT_NODE:
                if node.ns is NULL and strcmp(CP_NAME(node), name) == 0:
                    found.append(_node(node, self.document))
                if node.children is not NULL:
                    node = node.children
                    continue
            if node is top:
                return found
            while node.next is NULL:
                node = node.parent
                if node is top:
                    return found
            node = node.next

cdef enum:
    _BEFORE, _STARTED, _ENDED, _DONE


cdef class Events(Node):
    """``etree.iterwalk(root, events=("start", "end"))``, as (event, element) pairs
    where the element is this object, moved to the event's node."""

    def __cinit__(self, _Element root not None):
        self.document = root
        self.top = root._c_node
        self.c_node = self.top
        self.state = _BEFORE
        # The pairs are made once (the walk's loop unpacks one per event); the
        # cycle through ``self`` is cut when the walk ends.
        self.start_event = ("start", self)
        self.end_event = ("end", self)

    def __iter__(self):
        return self

    def __next__(self):
        cdef tree.xmlNode* node = self.c_node
        cdef tree.xmlNode* child
        if self.state == _STARTED:
            child = NULL if self.skip else _next_element(node.children)
            if child is not NULL:
                return self._start(child)
            self.state = _ENDED
            return self.end_event
        if self.state == _ENDED:
            if node is not self.top:
                child = _next_element(node.next)
                if child is not NULL:
                    return self._start(child)
                self.c_node = node.parent
                self.tag = _tag(node.parent)
                return self.end_event
            self.state = _DONE
            self.start_event = self.end_event = None
            raise StopIteration
        if self.state == _BEFORE:
            return self._start(node)
        raise StopIteration

    cdef tuple _start(self, tree.xmlNode* node):
        self.c_node = node
        self.tag = _tag(node)
        self.skip = False
        self.state = _STARTED
        return self.start_event

    cpdef skip_subtree(self):
        """Go on to the end of the current element, past its children."""
        self.skip = True


def has_attribute(_Element root not None, str name):
    """Whether ``root`` or an element inside it has the attribute ``name`` (one
    without a namespace): a pass over libxml2's nodes that makes no Python object,
    so that a search of the tree for such elements runs only where one is."""
    cdef bytes key = name.encode("utf-8")
    cdef const char* c_name = key
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef tree.xmlAttr* attr
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            attr = node.properties
            while attr is not NULL:
                if attr.ns is NULL and strcmp(CP_NAME(attr), c_name) == 0:
                    return True
                attr = attr.next
            if node.children is not NULL:
                node = node.children
                continue
        while node is not top and node.next is NULL:
            node = node.parent
        if node is top:
            return False
        node = node.next
    return False


def untracked(frozenset words not None):
    """``words`` (a set of strings, which can hold no reference cycle) taken out
    of the garbage collector's reach, so that its full collections pass it over."""
    PyObject_GC_UnTrack(words)
    return words
