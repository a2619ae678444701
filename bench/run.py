#!/usr/bin/env python3
"""Run cleanpress over a benchmark folder: score it, list the worst pages, time it.

    python bench/run.py DATASET_DIR --track text [--worst 20] [--predictions OUT.json]
                        [--repeat 3] [--compare [NAME ...]] [--profile] [--type T]

A folder whose ground-truth.json gives each page a ``page_type`` (wcxb-dev) is
scored by words, as WCXB publishes it, with a table by page type; --worst then
lists the worst pages of each type.

See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dataset import TRACKS, load_gold, load_pages
from bench.scoring import Gold, Score, WordScore, load_typed_gold, score, word_score
from bench.timing import (
    Extractor,
    Timing,
    line_filter,
    pass_ratios,
    peak_memory_mb,
    run_interleaved,
    run_timed,
)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dataset", type=Path, help="folder with html/, text/ and ground-truth.json")
    ap.add_argument("--track", choices=TRACKS, default="text")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--predictions", type=Path, help="write our predictions here (JSON by id)")
    ap.add_argument("--repeat", type=int, default=1, help="timing: median of K passes")
    ap.add_argument(
        "--compare", nargs="*", metavar="NAME",
        help="also run the [bench] extractors (all, or those named: trafilatura, "
             "readability-lxml, justext)",
    )
    ap.add_argument("--profile", action="store_true", help="print the time spent per rule")
    ap.add_argument("--ids", nargs="*", help="only these page ids")
    ap.add_argument("--type", help="only pages of this page_type (folders with page types)")
    ap.add_argument(
        "--builtin-only", action="store_true", help="leave installed plugins out of the chain"
    )
    return ap


def _row(name: str, result: Score | WordScore, timing: Timing, ours: Timing | None) -> str:
    ratio = f"{timing.docs_per_s / ours.docs_per_s:7.2f}" if ours else "      -"
    by_type = ""
    if isinstance(result, WordScore):
        by_type = "  " + " ".join(
            f"{t[:4]} {sum(d.f1 for d in docs) / len(docs):.3f}"
            for t, docs in result.types().items())
    return (
        f"{name:<18} {result.f1:6.3f} {result.precision:6.3f} {result.recall:6.3f} "
        f"{timing.docs_per_s:8.0f} {timing.mb_per_s:6.2f} {ratio}{by_type}"
    )


HEADER = f"{'extractor':<18} {'F1':>6} {'P':>6} {'R':>6} {'docs/s':>8} {'MB/s':>6} {'×ours':>7}"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.compare:
        from bench.compare import unknown_names

        problem = unknown_names(args.compare)
        if problem:
            parser.error(f"--compare: {problem}")
    import cleanpress

    gold = load_gold(args.dataset)
    typed = load_typed_gold(args.dataset)
    pages = load_pages(args.dataset, args.track)
    wanted: set[str] | None = set(args.ids) if args.ids else None
    if args.type:
        if typed is None:
            print(f"no page types in {args.dataset}", file=sys.stderr)
            return 2
        chosen = {k for k, g in typed.items() if g.page_type == args.type}
        wanted = chosen if wanted is None else wanted & chosen
    if wanted is not None:
        pages = [p for p in pages if p.id in wanted]
        gold = {k: v for k, v in gold.items() if k in wanted}
        if typed is not None:
            typed = {k: v for k, v in typed.items() if k in wanted}
    if not pages:
        print(f"no {args.track} pages under {args.dataset}", file=sys.stderr)
        return 2
    entry_points = False if args.builtin_only else None
    cleaner = cleanpress.Cleaner(entry_points=entry_points)
    kind = args.track

    def ours(page: str) -> str:
        return cleaner.clean(page, kind=kind).text

    ours(pages[0].source)  # warm up: imports, compiled patterns
    predictions, timing, errors = run_timed(ours, pages, args.repeat)
    for line in errors:
        print(f"error {line}")
    result: Score | WordScore
    if typed is None:
        result = score(gold, predictions)
        _print_shingles(result, args.worst, args.track)
    else:
        result = word_score(typed, predictions)
        _print_words(result, args.worst, args.track)
    print(
        f"speed {timing.docs_per_s:.0f} docs/s  {timing.mb_per_s:.2f} MB/s  "
        f"(median of {timing.repeats}, one process)  peak memory {peak_memory_mb():.0f} MB"
    )
    if args.track == "html":
        from cleanpress.readers.html import compiled_walk

        walk = "compiled" if compiled_walk else "pure Python (not built, or turned off)"
        print(f"HTML walk: {walk}")
    from cleanpress.compiled import compiled_modules, stale_modules

    stale = stale_modules()
    print(f"compiled modules: {len(compiled_modules())} loaded"
          + (f"; edited since built, run as Python: {', '.join(stale)}" if stale else ""))
    if args.track == "text":
        _, base, _ = run_timed(line_filter, pages, args.repeat)
        print(
            f"line filter {base.docs_per_s:.0f} docs/s; ours is 1/"
            f"{base.docs_per_s / timing.docs_per_s:.1f} of it"
        )
    if args.predictions:
        args.predictions.write_text(json.dumps(predictions, ensure_ascii=False, indent=1))
    if args.profile:
        from bench.profile import format_profile, profile

        print(format_profile(profile(pages, kind, entry_points), len(pages)))
    if args.compare is not None:
        _compare(args, pages, typed or gold, ours)
    print(f"F1 {result.f1:.4f}")
    return 0


def _print_shingles(result: Score, worst: int, track: str) -> None:
    if worst:
        print(f"worst {worst}:")
        for doc in result.worst(worst):
            print(f"  {doc.f1:.3f}  P {doc.precision or 0:.3f}  R {doc.recall or 0:.3f}  {doc.id}")
    print(f"documents {len(result.docs)}  missing {result.missing}  track {track}")
    print(f"precision {result.precision:.4f}  recall {result.recall:.4f}  exact {result.exact:.4f}")


def _print_words(result: WordScore, worst: int, track: str) -> None:
    """Worst pages of each type, then the table by type (word F1, as WCXB scores)."""
    if worst:
        for name in result.types():
            print(f"worst {worst} {name}:")
            for doc in result.worst(worst, name):
                print(f"  {doc.f1:.3f}  P {doc.precision:.3f}  R {doc.recall:.3f}  {doc.id}")
    print(f"documents {len(result.docs)}  missing {result.missing}  track {track}  (word F1)")
    print("\n".join(result.table()))


def _scored(gold: dict[str, str] | dict[str, Gold], preds: dict[str, str]) -> Score | WordScore:
    """Shingle scores for plain gold, word scores for gold with page types."""
    if gold and isinstance(next(iter(gold.values())), Gold):
        return word_score(gold, preds)  # type: ignore[arg-type]
    return score(gold, preds)  # type: ignore[arg-type]


def _compare(args: argparse.Namespace, pages, gold, ours: Extractor) -> None:  # type: ignore[no-untyped-def]
    """The side-by-side table: every extractor timed in alternation with ours."""
    from bench.compare import available

    extractors, notes = available(args.track, args.compare)
    for note in notes:
        print(f"note: {note}")
    contenders: dict[str, Extractor] = {"cleanpress": ours}
    if args.track == "text":
        contenders["line filter (C4)"] = line_filter
    contenders.update(extractors)
    runs = run_interleaved(contenders, pages, args.repeat)
    mine = runs["cleanpress"][1]
    rows = [HEADER]
    for name, (preds, timing, errors) in runs.items():
        if errors and name != "cleanpress":
            print(f"note: {name} failed on {len(errors)} page(s)")
        rows.append(_row(name, _scored(gold, preds), timing, mine))
    print(f"compared in {mine.repeats} alternating passes of each extractor (median pass)")
    print("\n".join(rows))
    for name, (_, timing, _) in runs.items():
        ratios = pass_ratios(timing, mine)
        if name != "cleanpress" and ratios:
            print(f"{name} took {statistics.median(ratios):.2f} times cleanpress's time "
                  f"(median of the passes side by side: {', '.join(f'{r:.2f}' for r in ratios)})")


if __name__ == "__main__":
    sys.exit(main())
