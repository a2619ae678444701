"""Scoring: shingle overlap, as the article-extraction benchmark publishes it, and
word overlap by page type, as WCXB does (see :func:`word_score`).

For the shingles, texts are split into ``\\w+`` tokens, the tokens into overlapping 4-token
shingles. A document's precision and recall are taken over shingle counts;
the corpus precision and recall are the means over the documents that have
one (an empty prediction has no precision), and F1 comes from the two means.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

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


# --- Word scoring, as WCXB publishes it (wcxb-dev) ---------------------------------

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Gold:
    """A page's gold of a benchmark with page types: body, type and snippets."""

    body: str
    page_type: str = "-"
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordDoc:
    """One page's word scores and snippet found-rates (None where it has no snippets)."""

    id: str
    page_type: str
    precision: float
    recall: float
    f1: float
    with_: float | None
    without: float | None


def word_doc(key: str, gold: Gold, pred: str) -> WordDoc:
    """Bag-of-words precision, recall and F1 of ``pred`` against ``gold`` (lower-cased
    ``\\w+`` words); an empty gold with an empty prediction scores 1."""
    g = Counter(WORD.findall(gold.body.lower()))
    p = Counter(WORD.findall(pred.lower()))
    if not g:
        precision = recall = f1 = 0.0 if p else 1.0
    elif not p:
        precision = recall = f1 = 0.0
    else:
        overlap = sum((g & p).values())
        precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
        f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return WordDoc(key, gold.page_type, precision, recall, f1,
                   _found(pred, gold.with_), _found(pred, gold.without))


def _found(text: str, snippets: tuple[str, ...]) -> float | None:
    if not snippets:
        return None
    low = text.lower()
    return sum(s.lower() in low for s in snippets) / len(snippets)


@dataclass
class WordScore:
    """Means over pages (F1 is the mean of the pages' F1s), overall and by page type."""

    docs: list[WordDoc]
    missing: int

    @property
    def f1(self) -> float:
        return _mean(d.f1 for d in self.docs)

    @property
    def precision(self) -> float:
        return _mean(d.precision for d in self.docs)

    @property
    def recall(self) -> float:
        return _mean(d.recall for d in self.docs)

    def types(self) -> dict[str, list[WordDoc]]:
        """Pages by type, most numerous type first."""
        out: dict[str, list[WordDoc]] = {}
        for doc in self.docs:
            out.setdefault(doc.page_type, []).append(doc)
        return dict(sorted(out.items(), key=lambda kv: -len(kv[1])))

    def worst(self, n: int, page_type: str | None = None) -> list[WordDoc]:
        docs = [d for d in self.docs if page_type is None or d.page_type == page_type]
        return sorted(docs, key=lambda d: d.f1)[:n]

    def table(self) -> list[str]:
        """The per-type table: pages, F1, P, R and snippet rates, then all pages."""
        rows = [f"{'type':<14}{'pages':>6}{'F1':>8}{'P':>8}{'R':>8}{'with':>8}{'without':>9}"]
        for name, docs in [*self.types().items(), ("all", self.docs)]:
            rows.append(
                f"{name:<14}{len(docs):>6}{_mean(d.f1 for d in docs):>8.3f}"
                f"{_mean(d.precision for d in docs):>8.3f}{_mean(d.recall for d in docs):>8.3f}"
                f"{_mean(d.with_ for d in docs):>8.3f}{_mean(d.without for d in docs):>9.3f}"
            )
        return rows


def word_score(gold: Mapping[str, Gold], pred: Mapping[str, str]) -> WordScore:
    """Score ``pred`` against ``gold`` word by word over every gold id."""
    docs = [word_doc(k, gold[k], pred.get(k, "")) for k in sorted(gold)]
    return WordScore(docs, sum(k not in pred for k in gold))


def load_typed_gold(folder: Path) -> dict[str, Gold] | None:
    """The gold of a benchmark whose pages carry a ``page_type`` (WCXB), or None when
    its ``ground-truth.json`` has none (then it is scored by shingles)."""
    data = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    rows = [v for v in data.values() if isinstance(v, dict)]
    if not any("page_type" in row for row in rows):
        return None
    return {
        str(key): Gold(
            value.get("articleBody") or "", value.get("page_type") or "-",
            tuple(value.get("with") or ()), tuple(value.get("without") or ()),
        )
        for key, value in data.items() if isinstance(value, dict)
    }
