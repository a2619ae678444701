from lxml.includes cimport tree


cdef class Node:
    cdef tree.xmlNode* c_node
    cdef object document  # the lxml element that keeps the tree alive
    cdef readonly object tag
    cpdef list keys(self)
    cpdef object get(self, str key, object default=*)
    cpdef Node getprevious(self)
    cpdef Node getparent(self)
    cpdef list itertext(self)
    cpdef list iter(self, str tag)


cdef class Events(Node):
    cdef tree.xmlNode* top
    cdef int state
    cdef bint skip
    cdef tuple start_event, end_event
    cdef tuple _start(self, tree.xmlNode* node)
    cpdef skip_subtree(self)
