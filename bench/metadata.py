#!/usr/bin/env python3
"""Score the metadata cleanpress reads (title, authors, date) against a benchmark's gold.

    python bench/metadata.py DATASET_DIR [--track html|text] [-o metadata.json]
                             [--misses title|author|date] [--trafilatura] [--url]

Cleans every page of the track, writes ``{id: result.to_dict()["metadata"]}``
to ``-o`` and runs the benchmark's ``score_metadata.py`` (found beside the
dataset folder, or given with ``--scorer``) on it: title, author and date
accuracy, and with ``--misses FIELD`` the pages where that field is wrong.
``--trafilatura`` also runs ``trafilatura.bare_extraction`` (the ``[bench]``
extra) on the same pages and scores its title, author and date the same way.
``--url`` hands each page's address from the gold file to both readers, as a
crawler that knows where a page came from would; by default none is given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.compare import lines_as_html
from bench.dataset import TRACKS, Page, load_pages

SCORER = "score_metadata.py"
FIELDS = ("title", "author", "date")
Urls = dict[str, "str | None"]


def _urls(dataset: Path) -> Urls:
    gold = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: v.get("url") if isinstance(v, dict) else None for k, v in gold.items()}


def ours(pages: list[Page], track: str, urls: Urls, builtin_only: bool) -> dict[str, Any]:
    """cleanpress's metadata of each page, as ``to_dict()`` gives it."""
    import cleanpress

    cleaner = cleanpress.Cleaner(entry_points=False if builtin_only else None)
    out: dict[str, Any] = {}
    for page in pages:
        result = cleaner.clean(page.source, kind=track, url=urls.get(page.id))
        out[page.id] = result.to_dict()["metadata"]
    return out


def trafilatura_metadata(pages: list[Page], track: str, urls: Urls) -> dict[str, Any]:
    """trafilatura's title, author and date of each page (its page's lines as
    paragraphs on the text track, which it cannot read as plain text)."""
    import trafilatura

    out: dict[str, Any] = {}
    for page in pages:
        source = page.source if track == "html" else lines_as_html(page.source)
        try:
            doc = trafilatura.bare_extraction(source, url=urls.get(page.id), with_metadata=True)
        except Exception as error:  # one page's failure is scored as a miss
            print(f"trafilatura failed on {page.id}: {error}", file=sys.stderr)
            doc = None
        found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
        out[page.id] = {
            "title": found.get("title"),
            "author": found.get("author"),
            "date": found.get("date"),
        }
    return out


def score(scorer: Path, gold: Path, predictions: Path, misses: str | None) -> str:
    """The scorer's report on ``predictions``."""
    command = [sys.executable, str(scorer), str(gold), str(predictions)]
    if misses:
        command += ["--misses", misses]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dataset", type=Path, help="folder with html/, text/ and ground-truth.json")
    ap.add_argument("--track", choices=TRACKS, default="html")
    ap.add_argument("-o", "--output", type=Path, help="write our metadata here (JSON by id)")
    ap.add_argument("--misses", choices=FIELDS, help="list the pages where this field is wrong")
    ap.add_argument("--trafilatura", action="store_true", help="score trafilatura beside us")
    ap.add_argument("--url", action="store_true", help="give each page's address to the readers")
    ap.add_argument("--ids", nargs="*", help="only these page ids")
    ap.add_argument("--scorer", type=Path, help=f"the {SCORER} to run (default: beside DATASET)")
    ap.add_argument(
        "--builtin-only", action="store_true", help="leave installed plugins out of the chain"
    )
    args = ap.parse_args(argv)
    gold = args.dataset / "ground-truth.json"
    scorer = args.scorer or args.dataset.resolve().parent / SCORER
    if not scorer.is_file():
        ap.error(f"no scorer at {scorer}; give one with --scorer")
    pages = load_pages(args.dataset, args.track)
    if args.ids:
        wanted = set(args.ids)
        pages = [p for p in pages if p.id in wanted]
    urls = _urls(args.dataset) if args.url else {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.ids:  # score only the pages read
            kept = {k: v for k, v in json.loads(gold.read_text(encoding="utf-8")).items()
                    if k in {p.id for p in pages}}
            gold = Path(tmp) / "gold.json"
            gold.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        output = args.output or Path(tmp) / "metadata.json"
        output.write_text(
            json.dumps(ours(pages, args.track, urls, args.builtin_only), ensure_ascii=False),
            encoding="utf-8",
        )
        print(f"cleanpress ({args.track}, {len(pages)} pages)")
        print(score(scorer, gold, output, args.misses), end="")
        if args.trafilatura:
            theirs = Path(tmp) / "trafilatura.json"
            theirs.write_text(
                json.dumps(trafilatura_metadata(pages, args.track, urls), ensure_ascii=False),
                encoding="utf-8",
            )
            print(f"trafilatura ({args.track})")
            print(score(scorer, gold, theirs, args.misses), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
