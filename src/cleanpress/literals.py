"""Literal prefilters for regular expressions.

A pattern such as ``\\balready (?:a )?(?:subscriber|member)\\b`` can only
match text that contains ``"already "``. :func:`required_literals` works such a
set of strings out of a pattern's parse tree, so a caller can test a few
``in`` checks on case-folded text before running the regex at every position.
The analysis is conservative: where it cannot be sure, it answers ``None`` and
the regex always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

try:  # Python >= 3.11
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse

_C: Any = _sre_constants
_LITERAL = _C.LITERAL
_SUBPATTERN = _C.SUBPATTERN
_BRANCH = _C.BRANCH
#: Operators that match no characters: a literal run continues across them.
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}

Needles = frozenset[str]


def fold(text: str) -> str:
    """Case-fold ``text`` the way the prefilter compares it.

    ``str.casefold`` plus the dotless ``ı``, which the regex engine equates
    with ``i`` under IGNORECASE.
    """
    folded = text.casefold()
    return folded.replace("ı", "i") if "ı" in folded else folded


def _best(candidates: list[Needles]) -> Needles | None:
    """The most selective requirement: longest shortest needle, then fewest needles."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(n) for n in s), -len(s)))


def _sequence(items: Iterable[tuple[Any, Any]]) -> Needles | None:
    """Needles one of which every match of the sequence ``items`` contains."""
    candidates: list[Needles] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset([fold("".join(run))]))
            run.clear()

    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            continue
        flush()
        if op is _SUBPATTERN:
            found = _sequence(arg[-1])
            if found:
                candidates.append(found)
        elif op is _BRANCH:
            branches = [_sequence(b) for b in arg[1]]
            if all(branches):
                candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            found = _sequence(arg[2])
            if found:
                candidates.append(found)
    flush()
    return _best(candidates)


def _minimal(needles: Iterable[str]) -> Needles:
    """Drop needles that contain another needle (finding the shorter one suffices)."""
    kept: list[str] = []
    for needle in sorted(set(needles), key=len):
        if not any(k in needle for k in kept):
            kept.append(needle)
    return frozenset(kept)


# The parse trees are not cached: tens of thousands of tuples kept for good would be
# walked by every full garbage collection while pages are cleaned. What is read
# from them is (``_pattern_needles``, ``ascii_starts``, ``scans``).
def _parse(pattern: str) -> tuple[tuple[Any, Any], ...] | None:
    """The top-level items of ``pattern``'s parse tree (None if it does not parse)."""
    try:
        return tuple(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:  # private parser API changed or odd pattern: no analysis
        return None


def parse_items(pattern: str, flags: int = re.IGNORECASE) -> list[tuple[Any, Any]] | None:
    """The top-level items of ``pattern``'s parse tree under ``flags`` (None if it
    does not parse)."""
    try:
        return list(_sre_parse.parse(pattern, flags))
    except Exception:  # private parser API changed or odd pattern: no analysis
        return None


def first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a match of the parsed sequence ``items`` can start with
    (as written: a case-insensitive pattern matches their other cases too);
    None when that is not a small known set (a class, a category, an empty match)."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # zero width: the next item decides
        if op is _LITERAL:
            return {chr(arg)}
        if op is _SUBPATTERN:
            return first_chars(list(arg[-1]))
        if op is _BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                chars = first_chars(list(branch))
                if chars is None:
                    return None
                found |= chars
            return found
        if op in _REPEATS and arg[0] >= 1:
            return first_chars(list(arg[2]))
        return None
    return None


#: Every ASCII character, and a regex for each category a parse tree names.
_ASCII = frozenset(map(chr, range(128)))
_CATEGORIES = {
    getattr(_C, f"CATEGORY_{name}"): regex
    for name, regex in (
        ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"),
        ("WORD", r"\w"), ("NOT_WORD", r"\W"),
    )
}
#: A character range wider than this in a class counts as any character.
_WIDE_RANGE = 1000


@lru_cache(maxsize=1024)
def ascii_starts(pattern: str) -> frozenset[str] | None:
    """The ASCII characters a case-insensitive match of ``pattern`` can start
    with (a superset); None when it can match the empty string or the analysis
    cannot tell, so any text may match."""
    items = parse_items(pattern)
    if items is None:
        return None
    try:
        chars, empty = _starts(items)
    except Exception:  # parse tree of an unexpected shape
        return None
    return None if empty else frozenset(chars)


def _starts(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(ASCII characters a non-empty match of the sequence ``items`` can start
    with, whether it can match the empty string)."""
    found: set[str] = set()
    for item in items:
        chars, empty = _item_starts(*item)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item_starts(op: Any, arg: Any) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _LITERAL:
        return set(_ascii_cases(chr(arg))), False
    if op is _C.IN:
        return _class_starts(arg), False
    if op is _C.CATEGORY:
        return set(_category(arg)), False
    if op is _SUBPATTERN:
        return _starts(arg[-1])
    if op is _BRANCH:
        found: set[str] = set()
        empty = False
        for branch in arg[1]:
            chars, nullable = _starts(branch)
            found |= chars
            empty = empty or nullable
        return found, empty
    if op in _REPEATS:
        chars, empty = _starts(arg[2])
        return chars, empty or arg[0] == 0
    if op in (_C.ANY, _C.NOT_LITERAL):
        return set(_ASCII), False
    return set(_ASCII), True  # beyond the analysis: anything, or nothing


def _class_starts(items: list[tuple[Any, Any]]) -> set[str]:
    """The ASCII characters a character class ``[...]`` matches, ignoring case (a superset)."""
    found: set[str] = set()
    for op, arg in items:
        if op is _LITERAL:
            found |= _ascii_cases(chr(arg))
        elif op is _C.RANGE and arg[1] - arg[0] <= _WIDE_RANGE:
            for code in range(arg[0], arg[1] + 1):
                found |= _ascii_cases(chr(code))
        elif op is _C.CATEGORY:
            found |= _category(arg)
        else:  # a negated class, a wide range: any character
            return set(_ASCII)
    return found


@lru_cache(maxsize=4096)
def _ascii_cases(char: str) -> frozenset[str]:
    """The ASCII characters that ``char`` matches case-insensitively (asked of the engine)."""
    literal = re.compile(re.escape(char), re.IGNORECASE)
    return frozenset(a for a in _ASCII if literal.fullmatch(a))


@lru_cache(maxsize=16)
def _category(category: Any) -> frozenset[str]:
    """The ASCII characters of a category (``\\d``, ``\\s``, ...), asked of the engine."""
    regex = _CATEGORIES.get(category)
    if regex is None:
        return _ASCII
    compiled = re.compile(regex, re.IGNORECASE)
    return frozenset(a for a in _ASCII if compiled.fullmatch(a))


def needle_pattern(needles: Iterable[str]) -> str:
    """A regex matching where one of ``needles`` occurs, written as a trie so
    that the engine compares each character once per branch point rather than
    once per needle."""
    trie: dict[str, Any] = {}
    for needle in needles:
        node = trie
        for char in needle:
            node = node.setdefault(char, {})
        node[""] = {}  # a needle ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    if "" in node:
        return ""  # a shorter needle ends here: finding it is enough
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


@lru_cache(maxsize=4096)
def _pattern_needles(pattern: str) -> Needles | None:
    items = _parse(pattern)
    try:
        return None if items is None else _sequence(items)
    except Exception:  # parse tree of an unexpected shape
        return None


def required_literals(patterns: Iterable[str]) -> Needles | None:
    """Strings one of which occurs (case-folded) in any text some pattern matches.

    ``None`` when some pattern gives no such guarantee (it could match without
    any literal, or it is beyond the analysis).
    """
    needles: set[str] = set()
    for pattern in patterns:
        found = _pattern_needles(pattern)
        if not found or "" in found:
            return None
        needles |= found
    return _minimal(needles) if needles else None


@lru_cache(maxsize=4096)
def scans(pattern: str) -> bool:
    """Whether the regex engine may try ``pattern`` at many places in a text.

    A pattern anchored with ``^`` is tried at the start of the text only,
    unless it goes on with a long skip (``^.{0,400}?phrase``); an unanchored
    pattern is tried at every position.
    """
    items = _parse(pattern)
    if items is None or len(items) < 2 or items[0] != (_C.AT, _C.AT_BEGINNING):
        return True
    op, arg = items[1]
    if op not in _REPEATS:
        return False
    body = list(arg[2])
    return arg[1] > _SHORT_SKIP and len(body) == 1 and body[0][0] is _C.ANY


#: A leading repeat of ``.`` longer than this makes an anchored pattern scan.
_SHORT_SKIP = 8
