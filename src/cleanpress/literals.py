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


@lru_cache(maxsize=4096)
def _parse(pattern: str) -> tuple[tuple[Any, Any], ...] | None:
    """The top-level items of ``pattern``'s parse tree (None if it does not parse)."""
    try:
        return tuple(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:  # private parser API changed or odd pattern: no analysis
        return None


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
