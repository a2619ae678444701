"""Word scoring by page type (bench/scoring.py), as WCXB's score_words.py scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scoring import Gold, load_typed_gold, word_doc, word_score  # noqa: E402


def test_word_doc_counts_words_as_a_bag() -> None:
    doc = word_doc("a", Gold("The cat sat. The mat!", "forum"), "the cat the dog")
    assert doc.precision == 3 / 4
    assert doc.recall == 3 / 5
    assert abs(doc.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-9


def test_empty_gold_and_prediction_score_one_and_empty_prediction_zero() -> None:
    assert word_doc("a", Gold(""), "").f1 == 1.0
    assert word_doc("a", Gold(""), "text").f1 == 0.0
    assert word_doc("a", Gold("text"), "").f1 == 0.0


def test_snippet_rates_and_types() -> None:
    gold = {
        "1": Gold("reply one reply two", "forum", ("Reply Two",), ("Log in",)),
        "2": Gold("card one", "listing", (), ("Filters",)),
    }
    result = word_score(gold, {"1": "reply one reply two log in", "2": "card one"})
    assert result.docs[0].with_ == 1.0 and result.docs[0].without == 1.0
    assert result.docs[1].with_ is None and result.docs[1].without == 0.0
    assert list(result.types()) == ["forum", "listing"]
    assert result.worst(1, "listing")[0].id == "2"
    assert result.table()[-1].startswith("all")


def test_typed_gold_is_read_only_where_pages_have_types(tmp_path: Path) -> None:
    (tmp_path / "ground-truth.json").write_text(json.dumps({"1": {"articleBody": "x"}}))
    assert load_typed_gold(tmp_path) is None
    (tmp_path / "ground-truth.json").write_text(
        json.dumps({"1": {"articleBody": "x", "page_type": "product", "with": ["x"]}}))
    assert load_typed_gold(tmp_path) == {"1": Gold("x", "product", ("x",), ())}
