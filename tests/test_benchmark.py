"""The text and HTML tracks of the article-extraction benchmark: F1 must not fall below
what we reach.

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

#: The text track's levels, less a small margin (reached: F1 0.9412, P 0.9293, R 0.9535).
MIN_F1 = 0.935
MIN_PRECISION = 0.92
MIN_RECALL = 0.945
#: The same for the HTML track (reached: F1 0.9815, P 0.9759, R 0.9872).
HTML_MIN_F1 = 0.975
HTML_MIN_PRECISION = 0.968
HTML_MIN_RECALL = 0.98


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


#: Floors (F1, precision, recall) of each track.
FLOORS = {
    "text": (MIN_F1, MIN_PRECISION, MIN_RECALL),
    "html": (HTML_MIN_F1, HTML_MIN_PRECISION, HTML_MIN_RECALL),
}


@pytest.mark.parametrize("track", ["text", "html"])
def test_track_f1(track: str) -> None:
    if DATASET is None or not (DATASET / track).is_dir():
        pytest.skip("benchmark data not found (set CLEANPRESS_BENCHMARKS)")
    from cleanpress import Cleaner

    cleaner = Cleaner()
    pages = load_pages(DATASET, track)
    predictions = {p.id: cleaner.clean(p.source, kind=track).text for p in pages}
    result = score(load_gold(DATASET), predictions)
    summary = f"{track}: F1 {result.f1:.4f}  P {result.precision:.4f}  R {result.recall:.4f}"
    min_f1, min_precision, min_recall = FLOORS[track]
    assert result.f1 >= min_f1, summary
    assert result.precision >= min_precision, summary
    assert result.recall >= min_recall, summary
