"""The text track of the article-extraction benchmark: F1 must not fall below what we reach.

Needs the benchmark data: ``../shared/benchmarks`` beside the checkout, or the
folder named by ``CLEANPRESS_BENCHMARKS``. Skipped when neither is there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.dataset import load_gold, load_pages  # noqa: E402
from bench.scoring import score  # noqa: E402

#: The levels reached when this was written, less a small margin.
MIN_F1 = 0.92
MIN_PRECISION = 0.89
MIN_RECALL = 0.93


def _dataset() -> Path | None:
    default = Path(__file__).resolve().parents[2] / "shared/benchmarks"
    for candidate in (os.environ.get("CLEANPRESS_BENCHMARKS"), default):
        if candidate:
            folder = Path(candidate)
            folder = folder / "scrapinghub" if (folder / "scrapinghub").is_dir() else folder
            if (folder / "ground-truth.json").is_file() and (folder / "text").is_dir():
                return folder
    return None


DATASET = _dataset()


@pytest.mark.skipif(DATASET is None, reason="benchmark data not found (set CLEANPRESS_BENCHMARKS)")
def test_text_track_f1() -> None:
    from cleanpress import Cleaner

    assert DATASET is not None
    cleaner = Cleaner()
    pages = load_pages(DATASET, "text")
    predictions = {p.id: cleaner.clean(p.source, kind="text").text for p in pages}
    result = score(load_gold(DATASET), predictions)
    summary = f"F1 {result.f1:.4f}  P {result.precision:.4f}  R {result.recall:.4f}"
    assert result.f1 >= MIN_F1, summary
    assert result.precision >= MIN_PRECISION, summary
    assert result.recall >= MIN_RECALL, summary
