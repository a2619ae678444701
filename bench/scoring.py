"""Shingle-overlap scoring, as the article-extraction benchmark publishes it.

Texts are split into ``\\w+`` tokens, the tokens into overlapping 4-token
shingles. A document's precision and recall are taken over shingle counts;
the corpus precision and recall are the means over the documents that have
one (an empty prediction has no precision), and F1 comes from the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Counts of the overlapping 4-token shingles of ``text``."""
    tokens = TOKEN.findall(text or "")
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True)
class DocScore:
    """One document's score; precision or recall is None when undefined."""

    id: str
    precision: float | None
    recall: float | None
    exact: bool

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Corpus means and the per-document scores behind them."""

    precision: float
    recall: float
    f1: float
    exact: float
    missing: int
    docs: list[DocScore] = field(default_factory=list)

    def worst(self, n: int) -> list[DocScore]:
        return sorted(self.docs, key=lambda d: d.f1)[:n]


def score_doc(key: str, gold: str, pred: str) -> DocScore:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    if fp == fn == 0:
        return DocScore(key, 1.0, 1.0, True)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    exact = TOKEN.findall(gold or "") == TOKEN.findall(pred or "")
    return DocScore(key, precision, recall, exact)


def _mean(values: Iterable[float | None]) -> float:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else 0.0


def score(gold: Mapping[str, str], pred: Mapping[str, str]) -> Score:
    """Score ``pred`` against ``gold`` over every gold id (missing ones count as empty)."""
    docs = [score_doc(k, gold[k], pred.get(k, "")) for k in sorted(gold)]
    precision = _mean(d.precision for d in docs)
    recall = _mean(d.recall for d in docs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(d.exact for d in docs) / len(docs) if docs else 0.0
    missing = sum(k not in pred for k in gold)
    return Score(precision, recall, f1, exact, missing, docs)
