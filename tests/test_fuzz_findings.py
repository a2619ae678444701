"""Every input the fuzz targets found a fault with, kept once fixed: each must now
pass its target's check (``fuzz/checks.py``), without atheris."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = sorted(p for p in (ROOT / "tests" / "fuzz_findings").glob("*/*") if p.is_file())


def _checks():
    spec = importlib.util.spec_from_file_location("fuzz_checks", ROOT / "fuzz" / "checks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CHECKS = _checks().CHECKS


def test_every_finding_names_a_target() -> None:
    assert FINDINGS and {p.parent.name for p in FINDINGS} <= set(CHECKS)


@pytest.mark.parametrize("path", FINDINGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_finding_passes_its_check(path: Path) -> None:
    data = path.read_bytes()
    CHECKS[path.parent.name](data)
    # Each finding passes the other targets' checks too.
    for check in CHECKS.values():
        check(data)
