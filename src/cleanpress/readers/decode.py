"""Turn page bytes into clean Unicode text.

Order of evidence: a byte-order mark, a charset the caller or the page
declares (HTML ``<meta charset>``), strict UTF-8, then charset detection by
charset-normalizer. Undecodable bytes are replaced (U+FFFD), never fatal.
Mojibake is repaired with ftfy only where ftfy's own test finds it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad

from cleanpress.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I
)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The same characters, each looked for with a plain ``in`` (a memchr over the
#: text, far cheaper than the regex engine testing every character).
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
# Where mojibake can be: two or more non-ASCII characters in a row, or one of
# the few characters ftfy's test flags alone or beside ASCII.
_SUSPECT = re.compile(r"[^\x00-\x7f](?:[^\x00-\x7f]+|(?<=[\u0152\u0153\u00c3\u00c2\x80-\x9f]))")
_CONTEXT = 6
#: Characters of which every match of ftfy's mojibake test holds at least one:
#: each branch of its pattern needs a character of these categories or one of
#: the few letters and signs added (checked branch by branch in the tests).
_MOJIBAKE_CHARS = re.compile(
    "["
    + "".join(
        MOJIBAKE_CATEGORIES[name]
        for name in (
            "c1", "bad", "law", "currency", "start_punctuation", "end_punctuation",
            "numeric", "upper_accented", "lower_accented", "box",
        )
    )
    + "\u00d8\u00d9\u0402\u00b0]"  # Ø Ù Ђ °
)
#: Characters of suspect excerpts given to the mojibake test. A wrong decoding
#: garbles a page throughout, so its first suspect spots show it; this bounds
#: the cost on pages in scripts that are all non-ASCII (where every word is a
#: suspect spot and the test costs about a third of a microsecond a character).
_MAX_CHECK = 3_000
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization="NFC",
)
# Odd spaces and breaks folded to plain ones; invisible characters dropped.
_SPACES: dict[str, str] = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ", "\t": "    ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
    "\r": "", "\u2028": "\n", "\u2029": "\n", "\x0c": "\n",
}
# (Those beyond ASCII can only be on the lines that are not ASCII.)
_ASCII_SPACES = {char: new for char, new in _SPACES.items() if char.isascii()}
_WIDE_SPACES = {char: new for char, new in _SPACES.items() if not char.isascii()}
#: What is left of a no-break space written in UTF-8 (bytes C2 A0) and read as
#: Latin-1 or Windows-1252, once the space is folded or cut at a line's end: an
#: "Â" before a space or the end of a line, not after a capital letter. It is the
#: commonest mojibake on the web and often the only one on a page, too little for
#: the mojibake test; a real "Â" opens a word or follows a capital (ROMÂNIA, ÂGE).
_MOJIBAKE_NBSP = re.compile(r"(?<![A-Z\u00c0-\u00de])\u00c2(?=[ \n]|$)")


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data``; return the text and notes on any fallback taken."""
    text, notes, _ = decode_bytes(data, encoding=encoding)
    return text, notes


def decode_bytes(
    data: bytes, *, encoding: str | None = None
) -> tuple[str, list[str], bool]:
    """:func:`decode`, and whether ``data`` is exactly the text in UTF-8 (valid UTF-8
    without a byte-order mark), so that a reader may use the bytes as they are."""
    notes: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), notes, False
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _guess_utf16(head)
        if utf16 is None:
            raise InputError("input looks binary (NUL bytes), not a text or HTML page")
        return data.decode(utf16, errors="replace"), notes, False
    declared = encoding or _declared_charset(head)
    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            notes.append(f"declared charset {declared!r} did not decode the page; detecting")
        else:
            return text, notes, data.isascii() or codecs.lookup(declared).name == "utf-8"
    try:
        return data.decode("utf-8"), notes, True
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    notes.append(f"page is not UTF-8; decoded as {detected}")
    return data.decode(detected, errors="replace"), notes, False


def _guess_utf16(head: bytes) -> str | None:
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages declaring Latin-1 are in practice Windows-1252 (as browsers treat them).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return "cp1252"
    best = min(matches, key=lambda m: m.chaos)
    # On short Western text the detector often ranks a rarer single-byte codec
    # first; Windows-1252 is by far the likelier source when it reads as cleanly.
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.05:
            return "cp1252"
    return str(best.encoding)


def _non_ascii_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` that is not all ASCII.

    Mojibake and unnormalised characters sit on such lines only, and neither
    the suspect pattern nor normalisation reaches across a line break, so the
    tests below read these lines alone (a string knows at once whether it is
    ASCII; most lines of a Western page are).
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if not line.isascii():
            spans.append((start, end))
        start = end + 1
    return spans


def _suspect_context(
    text: str,
    limit: int = _MAX_CHECK,
    lines: list[tuple[int, int]] | None = None,
    joined: str | None = None,
) -> str:
    """The first suspect spots of ``text`` with a few characters either side
    (at most ``limit`` characters in all; see :func:`_suspect_spans`)."""
    return _excerpts(text, _suspect_spans(text, limit, lines, joined), limit)


def _suspect_spans(
    text: str,
    limit: int = _MAX_CHECK,
    lines: list[tuple[int, int]] | None = None,
    joined: str | None = None,
) -> list[list[int]]:
    """Where the first suspect spots of ``text`` are, with a few characters
    either side: ``[start, end]`` excerpts of some ``limit`` characters in all.

    Every pattern of ftfy's mojibake test spans at most six characters and
    holds such a spot, so testing these excerpts finds what testing the whole
    text would, at a fraction of the cost. ``lines``: where the spots can be
    (:func:`_non_ascii_lines`), the whole text when not given; ``joined``:
    those lines joined by newlines, if already made.
    """
    if lines is None:
        lines = [(0, len(text))]
    if joined is None:
        joined = "\n".join(text[start:end] for start, end in lines)
    # Where each line starts in ``joined``. No spot holds a line break, so the
    # spots found in the joined lines are the spots of the lines.
    offsets = list(accumulate((end - start + 1 for start, end in lines), initial=0))
    spans: list[list[int]] = []
    size = 0  # characters in the excerpts so far, about
    last = -1  # where the last excerpt ends
    line_end = shift = 0  # where the spot's line ends in ``joined``; joined to text
    for match in _SUSPECT.finditer(joined):
        first, stop = match.span()
        if first >= line_end:  # (a page in a script beyond Latin has many spots a line)
            i = bisect_right(offsets, first) - 1
            line_end, shift = offsets[i + 1], lines[i][0] - offsets[i]
        start, end = max(first + shift - _CONTEXT, 0), stop + shift + _CONTEXT
        if start <= last:
            size += end - last
            spans[-1][1] = last = end  # overlapping excerpts become one
        else:
            size += end - start + 2
            spans.append([start, end])
            last = end
        if size >= limit:
            break
    return spans


def _excerpts(text: str, spans: list[list[int]], limit: int) -> str:
    return "\n\n".join(text[start:end] for start, end in spans)[:limit]


def _looks_bad(text: str, spans: list[list[int]], limit: int = _MAX_CHECK) -> bool:
    """ftfy's mojibake test on the excerpts of ``spans`` (as :func:`_excerpts`
    joins and cuts them), leaving out the excerpts that hold no character any
    of the test's matches needs. No match reaches across the blank line
    between two excerpts, so the answer is the same; on a page in a script
    beyond Latin, where every word is a suspect spot, far less is tested.
    """
    pieces = []
    offset = 0  # where the excerpt starts in the joined excerpts
    for start, end in spans:
        if offset >= limit:
            break
        piece = text[start : min(end, start + limit - offset)]
        if _MOJIBAKE_CHARS.search(piece) is not None:
            pieces.append(piece)
        offset += end - start + 2
    return bool(pieces) and is_bad("\n\n".join(pieces))


def _fold_spaces(text: str, wide: str) -> str:
    """``text`` with odd spaces and breaks folded; ``wide``: the part of it where
    characters beyond ASCII can be (the text, or its lines that are not ASCII)."""
    # Testing for each character and replacing is far faster than str.translate.
    for char, replacement in _ASCII_SPACES.items():
        if char in text:
            text = text.replace(char, replacement)
    for char, replacement in _WIDE_SPACES.items():
        if char in wide:
            text = text.replace(char, replacement)
    return text


#: Runs of spaces inside a line (not its indent), folded to one before mojibake is
#: fixed: ftfy reads a space as a byte that may continue a UTF-8 sequence, so
#: whether "é  Ã¼" is fixed depends on how many spaces stand between (and the
#: readers fold such runs in the blocks they make).
_INNER_SPACES = re.compile(r"(?<=[^ \n]) {2,}(?=[^ \n])")
#: Passes of ftfy over text that still looks like mojibake once fixed.
_FIX_PASSES = 3


def repair(text: str) -> str:
    """Fold odd spaces and line breaks, drop control characters, fix mojibake.

    Spaces and control characters go first, so that the mojibake test reads the
    text as it is read again later: repairing repaired text changes nothing.
    """
    ascii = text.isascii()
    text = _fold_spaces(text, "" if ascii else text)
    if any(char in text for char in _CONTROL_CHARS):
        cleaned = _CONTROL.sub("", text)
        if len(text) - len(cleaned) > 0.1 * len(text):
            raise InputError("input looks binary (many control characters), not a text page")
        text = cleaned
    if not ascii and "\u00c2" in text:  # (after the controls: one may stand after it)
        text = _MOJIBAKE_NBSP.sub("", text)
    if ascii:
        return text
    lines = _non_ascii_lines(text)
    wide = "\n".join(text[start:end] for start, end in lines)
    if _looks_bad(text, _suspect_spans(text, lines=lines, joined=wide)):
        return _fix_mojibake(text)
    if not unicodedata.is_normalized("NFC", wide):
        return unicodedata.normalize("NFC", text)
    return text


def _fix_mojibake(text: str) -> str:
    """ftfy's fix of ``text`` (its inner runs of spaces folded), again while what it
    gives still looks like mojibake and changes."""
    text = _INNER_SPACES.sub(" ", text)
    for _ in range(_FIX_PASSES):
        fixed = ftfy.fix_text(text, _FTFY_CONFIG)
        if fixed == text:
            break
        text = fixed
        if not is_bad(text):
            break
    # The fix may give odd spaces or controls back (a non-breaking space, C1 controls).
    return _CONTROL.sub("", _fold_spaces(text, text))
