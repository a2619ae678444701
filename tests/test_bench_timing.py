"""Timing in the benchmark scripts (bench/timing.py, bench/run.py's --compare)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.compare import available  # noqa: E402
from bench.dataset import Page  # noqa: E402
from bench.run import main  # noqa: E402
from bench.timing import Timing, pass_ratios, run_interleaved  # noqa: E402


def test_passes_are_kept_in_order_and_compared_side_by_side() -> None:
    ours = Timing(2.0, 10, 1.0, 3, (2.0, 1.0, 4.0))
    theirs = Timing(6.0, 10, 1.0, 3, (6.0, 3.5, 8.0))
    assert pass_ratios(theirs, ours) == [3.0, 3.5, 2.0]
    assert pass_ratios(ours, ours) == [1.0, 1.0, 1.0]


def test_interleaved_runs_record_one_time_per_pass() -> None:
    pages = [Page("1", "one two"), Page("2", "three")]
    runs = run_interleaved({"a": str.upper, "b": str.lower}, pages, repeats=3)
    for predictions, timing, errors in runs.values():
        assert len(timing.passes) == 3 and timing.repeats == 3
        assert timing.seconds in timing.passes
        assert len(predictions) == 2 and not errors


def test_compare_takes_only_known_extractor_names(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["no-such-folder", "--compare", "tarfilatura"])
    assert "unknown extractor tarfilatura" in capsys.readouterr().err
    with pytest.raises(ValueError, match="known: trafilatura"):
        available("html", ["nothing"])
