#!/usr/bin/env python3
"""Markdown output on a benchmark track: its words against the text's, and its cost.

    .venv/bin/python bench/markdown.py DATASET_DIR --track html [--repeat 3] [--links --images]

For every page, ``result.markdown`` is read back with markdown-it-py (the ``dev``
extra) and its text taken without markup; that text is scored against
``result.text`` with the word score of ``score_words.py`` (``\\w+`` words,
lower-cased, precision/recall/F1 over word counts, means over pages), and pages
whose words are not exactly the text's are listed. Then each page is cleaned and
its Markdown written, each timed, page after page (so both see the machine in
the same state); the Markdown's time is printed as a share of the cleaning's
(median of the passes). The goals: F1 >= 0.999, extra time <= 10%.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dataset import TRACKS, load_pages

_WORD = re.compile(r"\w+")


def markdown_text(markdown: str) -> str:
    """The text of ``markdown`` without markup, written as ``CleanResult.text`` is:
    blocks a blank line apart, list items after their marker ("- ", or the number
    as written), a table row's cells a space apart. Images are left out."""
    blocks: list[str] = []
    prefix = ""
    row: list[str] | None = None
    for token in _parser().parse(markdown):
        kind = token.type
        if kind == "list_item_open":
            prefix = f"{token.info}{token.markup} " if token.info else "- "
        elif kind == "inline":
            text = inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif text:  # (a paragraph of images only has no text)
                blocks.append(prefix + text)
                prefix = ""
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.removesuffix("\n"))
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            blocks.append(" ".join(cell for cell in row or [] if cell))
            row = None
    return "\n\n".join(blocks)


def inline_text(children: list[Any]) -> str:
    """The text of an inline token's children: images left out, breaks as newlines."""
    out = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


@lru_cache(maxsize=1)
def _parser() -> Any:
    """CommonMark with GFM tables (markdown-it-py, of the ``dev`` extra)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def words(text: str) -> list[str]:
    """The words a word score counts: ``\\w+`` runs, lower-cased."""
    return _WORD.findall(text.lower())


def word_scores(reference: str, found: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``found``'s words against ``reference``'s."""
    want, got = Counter(words(reference)), Counter(words(found))
    if not want:
        return (1.0, 1.0, 1.0) if not got else (0.0, 0.0, 0.0)
    if not got:
        return 0.0, 0.0, 0.0
    overlap = sum((want & got).values())
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall) if overlap else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--track", choices=TRACKS, default="html")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of each (median)")
    ap.add_argument("--links", action="store_true")
    ap.add_argument("--images", action="store_true")
    ap.add_argument("--show", type=int, default=10, help="list this many pages that differ")
    args = ap.parse_args(argv)

    import cleanpress

    cleaner = cleanpress.Cleaner(links=args.links, images=args.images)
    pages = load_pages(args.dataset, args.track)
    scores = []
    differ = []
    for page in pages:
        result = cleaner.clean(page.source, kind=args.track)
        found = markdown_text(result.markdown)
        scores.append(word_scores(result.text, found))
        if words(found) != words(result.text):
            differ.append((scores[-1][2], page.id))
    precision, recall, f1 = (statistics.mean(s[i] for s in scores) for i in range(3))
    print(f"pages {len(pages)}, track {args.track}: words of the Markdown against the text")
    print(f"  P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}; "
          f"{len(pages) - len(differ)} pages with exactly the text's words")
    for score, key in sorted(differ)[:args.show]:
        print(f"  {score:.4f}  {key}")

    shares = []
    for _ in range(max(1, args.repeat)):
        cleaning = writing = 0.0
        for page in pages:
            start = time.perf_counter()
            result = cleaner.clean(page.source, kind=args.track)
            middle = time.perf_counter()
            result.markdown  # noqa: B018 (made on first use: this is what is timed)
            cleaning += middle - start
            writing += time.perf_counter() - middle
        shares.append(writing / cleaning)
        print(f"  pass: cleaning {cleaning:.2f} s, Markdown {writing:.2f} s "
              f"({writing / cleaning:+.1%})")
    print(f"time: Markdown costs {statistics.median(shares):+.1%} on top of cleaning "
          f"(median of {len(shares)} passes; each page timed cleaning, then writing its Markdown)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
