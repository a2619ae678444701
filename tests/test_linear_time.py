"""Every rule runs in linear time on adversarial pages: long runs of what its patterns
repeat, near-miss lines and one huge line (``bench/linear_time.py``, which prints the
table at 10 KB, 100 KB and 1 MB; here two sizes ten times apart, both holding all
of the near-miss material).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleanpress import Cleaner, hookimpl, rule
from cleanpress.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.linear_time import (
    Growth,
    Material,
    confirmed,
    material,
    measure,
    page_text,
    superlinear,
    table,
)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(entry_points=True)


def test_every_rule_grows_linearly(cleaner: Cleaner) -> None:
    small = -(-material(cleaner).size // 10_000) * 10_000  # (rounded up)
    sizes = (small, 10 * small)
    stuff = material(cleaner)
    growths = measure(sizes, cleaner=cleaner, repeat=2, stuff=stuff)
    assert len({g.rule for g in growths}) == len(cleaner.entries)
    assert confirmed(growths, sizes, cleaner, stuff) == [], table(growths, sizes)


def test_the_material_comes_from_the_patterns(cleaner: Cleaner) -> None:
    stuff = material(cleaner)
    assert {" ", "7", "a"} <= set(stuff.repeats)
    assert len(stuff.near_misses) > 500
    assert any(line.startswith("photo") for line in stuff.near_misses)
    huge = page_text(stuff, "huge-line", 50_000)
    assert "\n" not in huge and len(huge) == 50_000
    assert page_text(stuff, "near-miss", 50_000).count("\n") > 500


@rule("pairwise", stage="chrome", order=10, description="Compares every block with every other")
def pairwise_rule(doc: Document, ctx) -> None:
    blocks = doc.kept()
    for block in blocks:
        if sum(other.text == block.text for other in blocks) > len(blocks):
            ctx.remove(block, "never")


@rule("one-pass", stage="chrome", order=20, description="Looks at each block once")
def one_pass(doc: Document, ctx) -> None:
    for block in doc.kept():
        if block.text == "never":
            ctx.remove(block, "never")


class Plugin:
    @hookimpl
    def cleanpress_rules(self):
        return [pairwise_rule, one_pass]


def test_a_quadratic_rule_is_flagged_and_a_linear_one_is_not() -> None:
    cleaner = Cleaner(plugins=[Plugin()], defaults=False, entry_points=False)
    # (Lines of many lengths: lines of one length would read as a hard-wrapped paragraph.)
    stuff = Material(["a"], [f"line {i}" + " w" * (i * 7 % 30) for i in range(40)])
    sizes = (4_000, 40_000)
    growths = measure(sizes, shapes=["near-miss"], kinds=["text"], cleaner=cleaner, stuff=stuff)
    assert confirmed(growths, sizes, cleaner, stuff) == ["pairwise"]


def test_growth_is_judged_only_where_the_time_can_be_measured() -> None:
    sizes = (10_000, 100_000)
    assert superlinear(Growth("r", "runs", "text", [0.001, 0.1]), sizes)
    assert not superlinear(Growth("r", "runs", "text", [0.001, 0.02]), sizes)
    assert not superlinear(Growth("r", "runs", "text", [0.0001, 0.01]), sizes)  # too small
    # A page smaller than the material holds only part of it: not compared.
    assert not superlinear(Growth("r", "near-miss", "text", [0.001, 0.1], 20_000), sizes)
