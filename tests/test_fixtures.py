"""Every folder under fixtures/ is a case: page in, expected body/metadata/removals out."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanpress import Cleaner
from cleanpress.testing import check_case, find_cases, load_case

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
CASES = list(find_cases(ROOT))


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_fixtures_exist() -> None:
    assert CASES, f"no cases found under {ROOT}"


@pytest.mark.parametrize("folder", CASES, ids=[str(p.relative_to(ROOT)) for p in CASES])
def test_case(folder: Path, cleaner: Cleaner) -> None:
    case = load_case(folder)
    _, problems = check_case(case, cleaner)
    if case.pending:
        if problems:
            pytest.xfail(case.pending)
        pytest.fail(f"case marked pending ({case.pending}) now passes: drop 'pending'")
    assert not problems, "\n".join(problems)
