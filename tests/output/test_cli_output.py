"""``cleanpress clean --format markdown|html`` and ``cleanpress batch --format markdown``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from md_strip import outline

from cleanpress.cli import main

PAGE = """<html><head><title>Guide</title></head><body><article>
<h1>Guide</h1>
<p>Read this first, it explains how the tool is set up on a new machine.</p>
<h2>Steps</h2>
<ol><li>Install it from the package index.</li><li>Run it once to check.</li></ol>
<p>See <a href="/more">the reference</a> for every option there is to set.</p>
</article></body></html>"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_clean_prints_markdown(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "markdown", str(page)]) == 0
    found = outline(capsys.readouterr().out)
    assert ("h", 2, "Steps") in found
    assert ("li", 1, True, "Run it once to check.") in found


def test_clean_markdown_with_links(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "markdown", "--links", "--url",
                 "https://ex.example/docs/guide", str(page)]) == 0
    assert "[the reference](https://ex.example/more)" in capsys.readouterr().out


def test_clean_prints_html(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "html", str(page)]) == 0
    out = capsys.readouterr().out
    assert "<h2>Steps</h2>" in out and "<ol><li>Install it" in out


def test_batch_rows_carry_markdown(page: Path, tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text(json.dumps({"id": "a", "html": PAGE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for jobs in ("1", "2"):
        assert main(["batch", str(source), "-o", str(out), "--format", "markdown",
                     "--jobs", jobs]) == 0
        row = json.loads(out.read_text(encoding="utf-8"))
        assert row["markdown"].startswith("Read this first")
        assert "## Steps" in row["markdown"] and row["text"].startswith("Read this first")
