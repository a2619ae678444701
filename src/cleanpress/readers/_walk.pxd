# C types for walk.py compiled as cleanpress.readers._walk (see walk.py's docstring).
# Nothing here changes what the walk does: the same code, with its variables typed.
cimport cython
from cleanpress.readers._nodes cimport Events, Node

cdef frozenset DROP, OPENED, PANEL_WORDS, _MENU_WORDS, _NO_PANEL_ROLES, BLOCK, CONTAINER, _HEADINGS, _SOFT_BREAKS, _HIDING, EDIT_CONTROLS, _NO_WORDS
cdef dict _LANDMARK_TAGS, _LANDMARK_ROLES, _KINDS, _word_cache
cdef Py_ssize_t _TAG, _BLOCK, _WORDS, _LANDMARK, _HIDDEN, _KIND, _CONTAINERS, _PATH, _DEPTH, _LINK

cpdef frozenset class_words(str value)

cdef tuple _linked(tuple frame)


cdef class Walker:
    cdef public list blocks, elements, parts, author_links
    cdef public Py_ssize_t link_chars, breaks
    cdef public object bullet, inline

    cpdef line_break(self, tuple frame, Node br)

    @cython.locals(parts=list, blocks=list, links=Py_ssize_t, raw=str, text=str, kind=str,
                   lines=list, numbers=tuple)
    cpdef flush(self, tuple frame)

    @cython.locals(pending=list, container=list, open_container=list, numbers=tuple,
                   elements=list)
    cpdef tuple number(self, list opened)


@cython.locals(line=Node, before=Node, parent=Node)
cdef bint _styled_line(Node br) except -1

cdef bint _has_text(object text) except -1

cdef bint _edit_control(str value) except -1

cdef bint _hidden(list names, Node el) except -1

cdef bint _hiding_style(str style) except -1

@cython.locals(words=frozenset, role=str)
cdef bint _panel(list names, Node el) except -1

@cython.locals(parent=Node)
cdef bint _disclosed(list names, Node el) except -1
cdef bint _toggled(Node el) except -1

@cython.locals(count=Py_ssize_t, piece=str)
cdef bint _holds_prose(Node el) except -1

@cython.locals(el=Events, walker=Walker, parts=list, cur=tuple, owner=tuple, frame=tuple,
               owners=list, counts=list, stack=list, keys=list, seen=Py_ssize_t,
               depth=Py_ssize_t, tag=str, text=str, path=str, cls=str, ident=str, role=str,
               value=str)
cpdef Walker walk(Events events, Py_ssize_t limit, bint links=*, bint images=*)
