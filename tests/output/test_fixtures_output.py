"""Structured output over every fixture page: the Markdown reads back as the text,
the HTML passes the sanitiser check, and the sections join up to the whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from md_strip import stripped
from test_html_output import assert_sanitised

from cleanpress import Cleaner
from cleanpress.result import CleanResult

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted(p.parent for p in ROOT.glob("fixtures/*/*/input.*")) + sorted(
    p.parent for p in ROOT.glob("plugins/*/tests/fixtures/*/input.*"))


def clean(folder: Path, cleaner: Cleaner) -> CleanResult:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    page = next(folder.glob("input.*"))
    return cleaner.clean(page.read_bytes(), url=expected.get("url"),
                         kind=expected.get("kind", "auto"))


def test_fixtures_are_found() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("folder", CASES, ids=lambda p: p.name)
def test_markdown_reads_back_as_the_text(folder: Path, cleaner: Cleaner, full: Cleaner) -> None:
    result = clean(folder, cleaner)
    assert stripped(result.markdown) == result.text
    assert_sanitised(result.html)
    assert "\n\n".join(s.markdown for s in result.sections) == result.markdown
    assert "\n\n".join(s.text for s in result.sections) == result.text
    linked = clean(folder, full)
    assert stripped(linked.markdown) == result.text
    assert_sanitised(linked.html)
