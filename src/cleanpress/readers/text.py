"""Plain-text reader: scraped text -> Document.

Every non-blank line is a block, except that hard-wrapped paragraphs (lines
broken at a fixed width, as in e-mail) are joined back into one block.
Indentation and list markers are kept as evidence, and so is the level of a
line shaped like a heading (see :func:`heading_levels`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cleanpress.document import Block, BlockKind, Document
from cleanpress.shapes import is_separator

# A list marker: a bullet symbol, or a number/letter with "." or ")", then space.
_BULLET = re.compile(r"([•●▪◦‣∙·○■□➢►▸*+\-–]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
#: Bullet symbols; other markers are a number or letter with "." or ")" (a cheap
#: test before the regex: a symbol first, or "." or ")" second or third).
_BULLET_SYMBOLS = frozenset("•●▪◦‣∙·○■□➢►▸*+-–")
_MARKER_ENDS = frozenset(".)")
_END_PUNCT = tuple(".!?:;,…\"'”’»)")
_MAX_WRAP_WIDTH = 100
#: Shorter lines say nothing about a wrap width.
_WIDE_LINE = 30


def read_text(text: str) -> Document:
    """Split ``text`` (already decoded and repaired) into blocks."""
    lines = text.split("\n")
    # Lines are measured without trailing whitespace; most texts have none to strip.
    trailing = " \n" in text or "\t\n" in text or text.endswith((" ", "\t"))
    wrap = _wrap_width(lines, trailing)
    stripped = list(map(str.strip, lines))
    blocks: list[Block] = []
    if wrap:
        blocks = _wrapped_blocks(lines, stripped, wrap)
        heading_levels(blocks)
        return Document(blocks, source_kind="text")
    # Not hard-wrapped: every non-blank line is a block of its own.
    before = True  # a blank line (or the start) stands before the current line
    for number, raw in enumerate(stripped):
        if not raw:
            if not before:
                blocks[-1].blank_after = True
            before = True
            continue
        line = lines[number]
        lead = len(line) - len(line.lstrip()) if line[0] in " \t" else 0
        blocks.append(_make_block(len(blocks), raw, number, lead, before, False))
        before = False
    if blocks:
        blocks[-1].blank_after = True
    heading_levels(blocks)
    return Document(blocks, source_kind="text")


def _wrapped_blocks(lines: list[str], stripped: list[str], wrap: int) -> list[Block]:
    """The blocks of a text hard-wrapped at ``wrap``: continued lines joined."""
    # Each group: raw lines, first line number, indent, blank line before, blank after.
    groups: list[tuple[list[str], int, int, bool, bool]] = []
    pending: list[str] = []  # raw lines of the block being built
    start = indent = 0
    blank_before = True
    for number, line in enumerate(lines):
        raw = stripped[number]
        if not raw:
            if pending:
                groups.append((pending, start, indent, blank_before, True))
                pending = []
            blank_before = True
            continue
        lead = len(line) - len(line.lstrip()) if line[0] in " \t" else 0
        if pending:
            if _continues(pending[-1], raw, lead, indent, wrap):
                pending.append(raw)
                continue
            groups.append((pending, start, indent, blank_before, False))
            blank_before = False
        pending, start, indent = [raw], number, lead
    if pending:
        groups.append((pending, start, indent, blank_before, True))
    return [
        _make_block(i, " ".join(group), line, indent, before, after)
        for i, (group, line, indent, before, after) in enumerate(groups)
    ]


def _make_block(index: int, raw: str, line: int, indent: int, before: bool, after: bool) -> Block:
    bullet = None
    body = raw
    second = raw[1:2]
    if second == " " and raw[0] in _BULLET_SYMBOLS and not raw[2].isspace():
        # "* item": the commonest marker, one space after a symbol (a stripped
        # line goes on past that space).
        bullet, body = raw[0], raw[2:]
    elif raw[0] in _BULLET_SYMBOLS or second in _MARKER_ENDS or raw[2:3] in _MARKER_ENDS:
        match = _BULLET.match(raw)
        if match:
            bullet, body = match.group(1), raw[match.end():]
    # Fold runs of whitespace. The only printable whitespace is the space, so a
    # printable line without double spaces has none to fold.
    text = body if body.isprintable() and "  " not in body else " ".join(body.split())
    kind: BlockKind
    if bullet:
        kind = "list_item"
    elif len(text) <= 120 and not text.endswith(_END_PUNCT) and text[:1].isupper():
        kind = "heading"
    else:
        kind = "paragraph"
    return Block(index, text, raw, kind, line, indent, bullet, before, after)


#: Most words of a line read as a heading.
_HEADING_WORDS = 12


def heading_levels(blocks: list[Block]) -> None:
    """Set the level of the lines that are headings by their shape: underlined with
    "=" (level 1) or "-" (level 2) as in e-mail and READMEs, or a heading-shaped line
    (short, capitalised, no closing punctuation) standing alone between blank lines
    before a paragraph or list (level 2)."""
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or block.words > _HEADING_WORDS:
            continue
        after = blocks[i + 1]
        mark = after.raw[:1]
        if not block.blank_after and mark in "=-" and after.raw.strip(mark) == "" \
                and len(after.raw) >= 3:
            block.level = 1 if mark == "=" else 2
        elif block.blank_before and block.blank_after and after.kind != "heading":
            block.level = 2


def _wrap_width(lines: list[str], trailing: bool = True) -> int:
    """The fixed width the text is hard-wrapped at, or 0 when it is not wrapped.

    ``trailing``: some line may end in whitespace (which is not counted).
    """
    # (A line with nothing to strip is returned as it is, without a copy.)
    sizes = map(len, map(str.rstrip, lines) if trailing else lines)
    lengths = sorted(filter(_WIDE_LINE.__le__, sizes))
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    if width > _MAX_WRAP_WIDTH:
        return 0
    near = len(lengths) - bisect_left(lengths, width - 12)
    return width if near >= 0.5 * len(lengths) else 0


def _continues(previous: str, line: str, lead: int, indent: int, wrap: int) -> bool:
    """Whether ``line`` continues a hard-wrapped paragraph ending in ``previous``.

    A rule line (``-----``, ``=====``, ``* * *``) is a block of its own.
    """
    return (
        len(previous) + indent >= wrap - 20
        and abs(lead - indent) <= 4
        and _BULLET.match(line) is None
        and not is_separator(previous)
        and not is_separator(line)
    )
