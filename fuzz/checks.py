"""What each fuzz target checks of one input (importable without atheris, so that
``tests/test_fuzz_findings.py`` runs the same checks on the findings kept)."""

from __future__ import annotations

import sys
from pathlib import Path

from cleanpress import Cleaner
from cleanpress.errors import InputError
from cleanpress.readers import html, read
from cleanpress.readers.decode import decode, repair
from cleanpress.testing.invariants import check_page, squeeze

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.html.test_walk_twins import walked

#: The cleaner of the whole-page target: built-in rules and installed plugins
#: (built here so that a fuzz target importing this module instruments the plugins).
CLEANER = Cleaner(entry_points=True)


def as_source(data: bytes) -> str | bytes:
    """The input as the fuzzer gave it, or, when its first byte is NUL, the rest
    decoded to a string (lone surrogates included), to reach the ``str`` path."""
    if data[:1] != b"\x00":
        return data
    try:
        return data[1:].decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data[1:].decode("utf-8", "replace")


def check_html_reader(data: bytes) -> None:
    """Read as HTML: a document or an InputError, blocks with folded whitespace; both
    walks give the same blocks."""
    try:
        doc, _ = read(as_source(data), kind="html")
    except InputError:
        return
    # Text is whitespace-folded, but for code (<pre>), which keeps its indentation.
    assert all(b.text == " ".join(b.text.split()) for b in doc.blocks if b.kind != "code")
    if html.compiled_walk is not None:
        text = data.decode("utf-8", "replace")
        try:
            root = html._parse(text)
        except InputError:
            return
        if root is not None:
            assert walked(text, html.compiled_walk) == walked(text, html._walk)


def check_text_reader(data: bytes) -> None:
    """Read as text: blocks that hold every visible character of the input, or an
    InputError."""
    source = as_source(data)
    try:
        doc, _ = read(source, kind="text")
    except InputError:
        return
    text = source if isinstance(source, str) else decode(source)[0]
    assert squeeze("".join(b.raw for b in doc.blocks)) == squeeze(repair(text))


def check_clean_page(data: bytes) -> None:
    """Clean with every plugin loaded: the invariants hold, or a documented error."""
    check_page(CLEANER, as_source(data))


CHECKS = {
    "html_reader": check_html_reader,
    "text_reader": check_text_reader,
    "clean_page": check_clean_page,
}
