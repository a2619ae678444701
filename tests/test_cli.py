"""The command line: clean, rules, errors on stderr without tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleanpress.cli import main

PAGE = (
    "A headline for the test\n\nBy Jane Doe\n\n"
    "First paragraph of the article, which says something.\n"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_clean_prints_body(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(page)]) == 0
    out = capsys.readouterr().out
    assert "First paragraph of the article" in out
    assert "A headline for the test" not in out


def test_clean_json_has_text_metadata_and_removals(page: Path, capsys) -> None:
    assert main(["clean", "--format", "json", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metadata"]["title"] == "A headline for the test"
    assert [r["rule"] for r in data["removed"]] == ["page-header", "byline"]


def test_several_pages_as_json_lines(page: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.txt"
    other.write_text(PAGE.replace("First", "Second"), encoding="utf-8")
    assert main(["clean", "--format", "json", str(page), str(other)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["page.txt", "other.txt"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["clean", "-"]) == 0
    assert "First paragraph" in capsys.readouterr().out


def test_missing_file_is_reported_and_others_still_cleaned(page: Path, tmp_path: Path,
                                                          capsys) -> None:
    assert main(["clean", str(tmp_path / "nope.txt"), str(page)]) == 1
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err and "Traceback" not in captured.err
    assert "First paragraph" in captured.out


def test_binary_file_is_reported(tmp_path: Path, capsys) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)))
    assert main(["clean", str(path)]) == 1
    assert "binary" in capsys.readouterr().err


def test_unknown_rule_to_disable_is_a_clean_error(page: Path, capsys) -> None:
    assert main(["clean", "--disable", "no-such-rule", str(page)]) == 2
    assert "no-such-rule" in capsys.readouterr().err


def test_rules_lists_the_chain(capsys) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "title" in out and "locate" in out
    assert main(["rules", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["position"] for r in rows] == list(range(1, len(rows) + 1))
    assert {"name", "stage", "order", "plugin", "description"} <= set(rows[0])


def test_python_dash_m(page: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "cleanpress", "clean", str(page)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "First paragraph" in proc.stdout
