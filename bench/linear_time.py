#!/usr/bin/env python3
"""Linear time for every rule: adversarial pages at growing sizes, and how each rule's
time grows with them.

    python bench/linear_time.py [--sizes 10000 100000 1000000] [--rule NAME ...]

Every rule of the chain runs alone (each on the page as read, no rule before it):
the built-in rules and those of the plugin packages installed from plugins/, with
the language packs' markers in the marker families. The pages are made from the
patterns the rules use (each rule module's compiled patterns and every marker
pattern), in three shapes:

- ``runs``: one huge line of long runs of what the patterns repeat (``\\s+``,
  ``[\\w.]+``, ``(?:ab)+``, ...), each run ending in a character that breaks the match;
- ``near-miss``: many lines, each a pattern's match stretched and then broken (the
  repeated parts long, the last character changed), cycling through the patterns;
- ``huge-line``: the near-miss lines joined into one line.

Each shape is cleaned as text and, wrapped in paragraphs and boxes, as HTML. For
each size the time is the least of a few runs; the growth factor is the time at a
size over the time at the size before. A linear rule grows by the size ratio (10);
:func:`superlinear` flags a rule that grows by more than :data:`MARGIN` times that
(once its time is large enough to measure). ``tests/test_linear_time.py`` runs it.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from types import ModuleType

try:  # (the regex parser's module is re._parser from Python 3.11, sre_parse before)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cleanpress import Cleaner
from cleanpress.chain import ChainEntry, RuleContext
from cleanpress.document import Document
from cleanpress.readers import read

SIZES = (10_000, 100_000, 1_000_000)
#: A rule is flagged when its time grows by more than MARGIN times the size ratio.
MARGIN = 2.5
#: Below this (seconds, at the larger size) a time is too small to judge growth by.
MIN_TIME = 0.02
#: Times the repeated part of a pattern is stretched in a near-miss line (the lines
#: are many; the runs and the huge line are where a repeat grows long).
STRETCH = 12
#: Characters that end a run or a near-miss: none of them is in a marker pattern's
#: repeats, so they break the match at its end.
BREAKS = "\u2603\u00a4"
SHAPES = ("runs", "near-miss", "huge-line")
KINDS = ("text", "html")


# --- what patterns repeat -------------------------------------------------------

_SAMPLE_FOR_CATEGORY = {
    sre.CATEGORY_DIGIT: "7", sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_WORD: "a", sre.CATEGORY_NOT_WORD: " ",
}
#: Characters tried, in order, for a negated class.
_CANDIDATES = "a x7 .,-:/'\"é中Щ"


def _in_class(items: list[tuple[object, object]], char: str) -> bool:
    code = ord(char)
    for op, arg in items:
        if op is sre.LITERAL and arg == code:
            return True
        if op is sre.RANGE and arg[0] <= code <= arg[1]:  # type: ignore[index]
            return True
        if op is sre.CATEGORY and re.fullmatch(_CATEGORY_RE[arg], char):  # type: ignore[index]
            return True
    return False


_CATEGORY_RE = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}


def _class_sample(items: list[tuple[object, object]]) -> str:
    if items and items[0][0] is sre.NEGATE:
        rest = items[1:]
        return next((c for c in _CANDIDATES if not _in_class(rest, c)), "")
    for op, arg in items:
        if op is sre.LITERAL:
            return chr(arg)  # type: ignore[arg-type]
        if op is sre.RANGE:
            return chr(arg[0])  # type: ignore[index]
        if op is sre.CATEGORY:
            return _SAMPLE_FOR_CATEGORY.get(arg, "a")
    return ""


def sample(parsed: Iterable[tuple[object, object]], stretch: int = 1,
           repeats: list[str] | None = None) -> str:
    """A string the parsed pattern matches (about), with each repeated part written
    ``stretch`` times (within its bounds); the samples of repeated parts go to ``repeats``."""
    out = []
    for op, arg in parsed:
        if op is sre.LITERAL:
            out.append(chr(arg))  # type: ignore[arg-type]
        elif op is sre.NOT_LITERAL:
            out.append("x" if arg != ord("x") else "y")
        elif op is sre.ANY:
            out.append("x")
        elif op is sre.IN:
            out.append(_class_sample(arg))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg  # type: ignore[misc]
            piece = sample(sub, stretch, repeats)
            if high is sre.MAXREPEAT or high > 1:
                if repeats is not None and piece:
                    repeats.append(piece)
                count = max(low, min(stretch, high if high is not sre.MAXREPEAT else stretch))
            else:
                count = low if low else 1
            out.append(piece * count)
        elif op is sre.SUBPATTERN:
            out.append(sample(arg[-1], stretch, repeats))  # type: ignore[index]
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            out.append(sample(arg, stretch, repeats))  # type: ignore[arg-type]
        elif op is sre.BRANCH:
            branches = arg[1]  # type: ignore[index]
            for branch in branches[1:]:  # the other branches' repeats count too
                sample(branch, stretch, repeats)
            out.append(sample(branches[0], stretch, repeats))
        # AT, ASSERT, ASSERT_NOT, GROUPREF, ...: nothing to write
    return "".join(out)


@dataclass
class Material:
    """What the adversarial pages are made of."""

    #: Samples of the repeated parts of the patterns ("a", " ", "ab", ...).
    repeats: list[str] = field(default_factory=list)
    #: Near-miss lines: a pattern's match, its repeats stretched, then broken.
    near_misses: list[str] = field(default_factory=list)

    def add(self, pattern: str, flags: int = 0) -> None:
        try:
            parsed = sre_parse.parse(pattern, flags)
        except (re.error, TypeError, ValueError, RecursionError):
            return
        repeats: list[str] = []
        stretched = sample(parsed, STRETCH, repeats)[:400]
        self.repeats.extend(r for r in repeats if len(r) <= 8)
        if stretched.strip():
            self.near_misses.append(stretched + BREAKS[0])
            self.near_misses.append(stretched[:-1])

    @property
    def size(self) -> int:
        """Characters of the near-miss lines: a smaller page holds only some of them."""
        return sum(len(line) + 1 for line in self.near_misses)

    def finish(self) -> None:
        self.repeats = sorted(set(self.repeats)) or ["a"]
        self.near_misses = sorted({" ".join(line.split()) for line in self.near_misses} - {""})
        # In an order of chance (fixed), so that the lines of a small page are a
        # sample of all of them, as a large page's are: the same mix at every size.
        random.Random(0).shuffle(self.near_misses)


def module_patterns(module: ModuleType) -> Iterator[re.Pattern[str]]:
    """The compiled patterns a module holds, in its namespace and its containers."""
    for value in vars(module).values():
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            yield value
        elif isinstance(value, (tuple, list, frozenset, set)):
            yield from (v for v in value if isinstance(v, re.Pattern)
                        and isinstance(v.pattern, str))
        elif isinstance(value, dict):
            yield from (v for v in value.values() if isinstance(v, re.Pattern)
                        and isinstance(v.pattern, str))


def material(cleaner: Cleaner) -> Material:
    """The material of every marker pattern and every pattern of the modules of
    cleanpress and of the plugins in the chain (the rules' own and their helpers')."""
    found = Material()
    packages = {"cleanpress"} | {e.rule.apply.__module__.split(".")[0] for e in cleaner.entries}
    modules = [module for name, module in sorted(sys.modules.items())
               if name.split(".")[0] in packages and isinstance(module, ModuleType)]
    for module in modules:
        for pattern in module_patterns(module):
            found.add(pattern.pattern, pattern.flags)
    for family in cleaner.chain.markers._families.values():
        for pattern in family._patterns:
            found.add(pattern, re.IGNORECASE)
    found.finish()
    return found


# --- the pages --------------------------------------------------------------------

def _fill(parts: Sequence[str], size: int, joiner: str) -> str:
    out, total, i = [], 0, 0
    while total < size + len(joiner):  # (the join holds one joiner fewer than the parts)
        part = parts[i % len(parts)]
        out.append(part)
        total += len(part) + len(joiner)
        i += 1
    return joiner.join(out)[:size]


def page_text(stuff: Material, shape: str, size: int) -> str:
    """An adversarial text page of ``size`` characters."""
    if shape == "runs":
        run = max(size // (2 * len(stuff.repeats)), 1)
        parts = [r * (run // len(r) + 1) + BREAKS[i % 2] for i, r in enumerate(stuff.repeats)]
        return _fill(parts, size, "")
    if shape == "near-miss":
        return _fill(stuff.near_misses, size, "\n")
    return _fill(stuff.near_misses, size, " ")


def as_html(text: str) -> str:
    """The text page as HTML: each line a paragraph, ten to a box, in an article."""
    escape = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
    lines = text.translate(escape).split("\n")
    boxes = []
    for start in range(0, len(lines), 10):
        paragraphs = "".join(f"<p>{line}</p>" for line in lines[start:start + 10])
        boxes.append(f'<div class="box-{start // 10 % 7}">{paragraphs}</div>')
    return ("<!DOCTYPE html><html><head><title>Near miss</title></head><body><article>"
            + "".join(boxes) + "</article></body></html>")


# --- timing -----------------------------------------------------------------------

def time_rule(cleaner: Cleaner, entry: ChainEntry, doc: Document, repeat: int) -> float:
    """The least time of ``repeat`` runs of one rule over ``doc`` (its decisions undone
    after each run, so that each sees the page as read). The time is the thread's
    CPU time: on a shared machine, waiting for a core would grow with the run."""
    best = float("inf")
    blocks = list(doc.blocks)
    for run in range(repeat + 1):
        cleaner.chain.markers._folded.clear()  # (each run starts as cold as the first)
        ctx = RuleContext(entry.rule, cleaner.chain.markers, cleaner.chain.options, doc)
        doc._kept, doc._caching = None, True
        start = time.thread_time()
        try:
            entry.rule.apply(doc, ctx)
        except Exception:  # a failing rule is the chain's concern, not this timing's
            pass
        if run:  # (the first run fills the blocks' lazy caches, at every size alike)
            best = min(best, time.thread_time() - start)
        ctx._rollback()
        doc.blocks, doc._caching, doc._kept = list(blocks), False, None
    return best


@dataclass
class Growth:
    """One rule's times on one shape and kind, by size."""

    rule: str
    shape: str
    kind: str
    times: list[float]
    #: Pages smaller than this hold only part of the shape's material: their times
    #: are shown but not compared (a rule may switch to a slower, still linear, path
    #: for one kind of line, which a small page may lack).
    judged_from: int = 0

    def factors(self) -> list[float]:
        return [b / a if a > 0 else float("inf") for a, b in pairwise(self.times)]


def superlinear(growth: Growth, sizes: Sequence[int], margin: float = MARGIN,
                min_time: float = MIN_TIME) -> bool:
    """Whether a rule's time grows faster than the size, by more than ``margin``,
    between two sizes where its time is large enough to measure."""
    for (small, large), (before, after) in zip(
        pairwise(sizes), pairwise(growth.times), strict=False
    ):
        judged = small >= growth.judged_from and after >= min_time
        if judged and after > margin * (large / small) * max(before, 1e-6):
            return True
    return False


def measure(
    sizes: Sequence[int] = SIZES,
    rules: Sequence[str] = (),
    shapes: Sequence[str] = SHAPES,
    kinds: Sequence[str] = KINDS,
    cleaner: Cleaner | None = None,
    repeat: int = 3,
    stuff: Material | None = None,
) -> list[Growth]:
    """Time every rule (or those named) on every shape and kind at each size (the
    least of ``repeat`` runs; one run at 1 MB and over), on pages made of ``stuff``
    (by default, the :func:`material` of the cleaner's patterns)."""
    cleaner = cleaner or Cleaner(entry_points=True)
    stuff = stuff or material(cleaner)
    entries = [e for e in cleaner.entries if not rules or e.rule.name in rules]
    found: dict[tuple[str, str, str], Growth] = {}
    for shape in shapes:
        for kind in kinds:
            for size in sizes:
                text = page_text(stuff, shape, size)
                doc, _ = read(as_html(text) if kind == "html" else text, kind=kind)
                runs = repeat if size < 1_000_000 else 1
                for entry in entries:
                    if kind not in entry.rule.kinds:
                        continue
                    key = (entry.rule.name, shape, kind)
                    judged = 0 if shape == "runs" else stuff.size
                    growth = found.setdefault(key, Growth(*key, [], judged))
                    growth.times.append(time_rule(cleaner, entry, doc, runs))
    return list(found.values())


def confirmed(
    growths: Sequence[Growth], sizes: Sequence[int], cleaner: Cleaner,
    stuff: Material | None = None,
) -> list[str]:
    """The rules flagged as superlinear, each measured again on the shape and kind it
    was flagged on and kept only if flagged again (a busy machine's noise is not)."""
    flagged = sorted({(g.rule, g.shape, g.kind) for g in growths if superlinear(g, sizes)})
    names = []
    for rule, shape, kind in flagged:
        if rule in names:
            continue
        again = measure(sizes, [rule], [shape], [kind], cleaner, repeat=5, stuff=stuff)
        if any(superlinear(g, sizes) for g in again):
            names.append(rule)
    return names


def table(growths: Sequence[Growth], sizes: Sequence[int]) -> str:
    """Per rule, the shape and kind where it grew most (among times large enough to
    judge; else where it took longest), its times there and its growth factors."""

    def badness(g: Growth) -> tuple[bool, float]:
        judged = [f for f, t in zip(g.factors(), g.times[1:], strict=True) if t >= MIN_TIME]
        return (superlinear(g, sizes), max(judged) if judged else g.times[-1] / 1e3)

    worst: dict[str, Growth] = {}
    for g in growths:
        if g.rule not in worst or badness(g) > badness(worst[g.rule]):
            worst[g.rule] = g
    size_cols = " ".join(f"{_size(s):>9}" for s in sizes)
    factor_cols = " ".join(f"{_size(b) + '/' + _size(a):>11}" for a, b in pairwise(sizes))
    lines = [f"{'rule':<24} {'shape':<10} {'kind':<5} {size_cols} {factor_cols}  verdict"]
    for name, g in worst.items():
        times = " ".join(f"{t * 1000:7.1f}ms" for t in g.times)
        factors = " ".join(f"{f:11.1f}" for f in g.factors())
        verdict = "SUPERLINEAR" if superlinear(g, sizes) else "linear"
        lines.append(f"{name:<24} {g.shape:<10} {g.kind:<5} {times} {factors}  {verdict}")
    return "\n".join(lines)


def _size(n: int) -> str:
    return f"{n // 1_000_000}MB" if n >= 1_000_000 else f"{n // 1000}KB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--rule", nargs="*", default=[], help="only these rules")
    ap.add_argument("--shape", nargs="*", default=list(SHAPES), choices=SHAPES)
    ap.add_argument("--kind", nargs="*", default=list(KINDS), choices=KINDS)
    args = ap.parse_args(argv)
    cleaner = Cleaner(entry_points=True)
    start = time.perf_counter()
    growths = measure(args.sizes, args.rule, args.shape, args.kind, cleaner)
    print(table(growths, args.sizes))
    flagged = confirmed(growths, args.sizes, cleaner)
    print(f"\n{len({g.rule for g in growths})} rules, {time.perf_counter() - start:.0f} s")
    if flagged:
        print(f"\nsuperlinear: {', '.join(flagged)}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
