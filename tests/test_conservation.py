"""Nothing is lost: kept and removed blocks together account for the whole input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleanpress import Cleaner
from cleanpress.readers import read
from cleanpress.readers.decode import repair
from cleanpress.result import CleanResult
from cleanpress.testing import find_cases, load_case

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXT_CASES = [c for c in find_cases(FIXTURES) if (c / "input.txt").exists()]

WORDS = (
    "the council said on Tuesday that Share Subscribe newsletter © 2024 Photo: AFP/Getty Images "
    "Read more About the author By Jane Doe Update 02/21/24, 9:52 p.m. ET: Advertisement "
    "café Straße 東京 Ünïcödé — “quoted” ... ! ? : ; • * + - 1. 2) cookies AI Tags: Home >"
).split()


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _account(cleaner: Cleaner, source: str) -> None:
    doc, notes = read(source, kind="text")
    cleaner.chain.run(doc)
    result = CleanResult.from_document(doc, notes)
    # The reader keeps every visible character of the input.
    assert _squeeze("".join(b.raw for b in doc.blocks)) == _squeeze(repair(source))
    # Every block is either in the text or among the removals, once.
    kept = [b for b in doc.blocks if not b.removed and b.text]
    assert result.text == "\n\n".join(b.render() for b in kept)
    assert [r.index for r in result.removed] == [b.index for b in doc.blocks if b.removed]
    assert len(kept) + len(result.removed) == len([b for b in doc.blocks if b.text])
    assert all(r.rule and r.reason for r in result.removed)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("folder", TEXT_CASES, ids=[p.name for p in TEXT_CASES])
def test_fixture_pages_are_accounted_for(folder: Path, cleaner: Cleaner) -> None:
    _account(cleaner, load_case(folder).read_input().decode("utf-8"))


@pytest.mark.parametrize("seed", range(40))
def test_random_pages_are_accounted_for(seed: int, cleaner: Cleaner) -> None:
    rng = random.Random(seed)
    lines = []
    for _ in range(rng.randint(0, 80)):
        indent = " " * rng.choice([0, 0, 2, 4, 8])
        lines.append(indent + " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40))))
        if rng.random() < 0.4:
            lines.append("")
    _account(cleaner, "\n".join(lines))
