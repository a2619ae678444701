#!/usr/bin/env python3
"""Write every page's full result, or compare two such files.

    python bench/snapshot.py write DATASET_DIR --track html -o before.jsonl
    python bench/snapshot.py diff before.jsonl after.jsonl [--show 5]

``write`` cleans each page of a track and writes one JSON line per page: its
id, text, metadata and removals (rule, reason, text), sorted by id. ``diff``
says which pages differ between two such files and in which field, and exits
1 when any do: the check that a change meant to keep the output (a move, a
speed-up) kept it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dataset import TRACKS, load_pages


def write(dataset: Path, track: str, out: Path, builtin_only: bool) -> int:
    import cleanpress

    cleaner = cleanpress.Cleaner(entry_points=False if builtin_only else None)
    with out.open("w", encoding="utf-8") as handle:
        for page in load_pages(dataset, track):
            result = cleaner.clean(page.source, kind=track).to_dict()
            row = {"id": page.id, **result}
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def _rows(path: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    rows = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def diff(before: Path, after: Path, show: int) -> int:
    old, new = _rows(before), _rows(after)
    changed: dict[str, list[str]] = {}
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            changed[key] = ["missing in " + ("before" if a is None else "after")]
            continue
        fields = [f for f in sorted(a.keys() | b.keys()) if a.get(f) != b.get(f)]
        if fields:
            changed[key] = fields
    print(f"pages {len(old)} before, {len(new)} after; {len(changed)} differ")
    for key, fields in list(changed.items())[:show]:
        print(f"  {key}: {', '.join(fields)}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="clean a track and write every result")
    w.add_argument("dataset", type=Path)
    w.add_argument("--track", choices=TRACKS, default="html")
    w.add_argument("-o", "--output", type=Path, required=True)
    w.add_argument("--builtin-only", action="store_true", help="leave installed plugins out")
    d = sub.add_parser("diff", help="compare two written files")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=10, help="list this many differing pages")
    args = ap.parse_args(argv)
    if args.command == "write":
        return write(args.dataset, args.track, args.output, args.builtin_only)
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
