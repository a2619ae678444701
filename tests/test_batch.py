"""Batch cleaning: one row per record in, bad records as error rows, the run goes on."""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
from pathlib import Path

import pytest
from tests.batch_inputs import ARTICLE, HTML, MIXED_LINES, write_jsonl

from cleanpress.batch import Page, clean_pages, iter_pages, open_input
from cleanpress.batch.parallel import clean_pages_parallel, ordered_map
from cleanpress.cli import main


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_rows_become_pages(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl.gz", [
        {"id": "a", "text": ARTICLE, "url": "https://example.org/a"},
        {"html": "<html><body><p>x</p></body></html>"},
    ])
    pages = list(iter_pages(path))
    assert [(p.id, p.kind, p.url, p.position) for p in pages] == [
        ("a", "text", "https://example.org/a", f"{path}:1"), ("2", "html", None, f"{path}:2")]


def test_every_line_gives_one_row_and_bad_lines_say_why(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [line for line, _ in MIXED_LINES])
    rows = list(clean_pages(iter_pages(path)))
    assert len(rows) == len(MIXED_LINES)
    for number, (row, (_line, reason)) in enumerate(zip(rows, MIXED_LINES, strict=True), 1):
        assert row["position"] == f"{path}:{number}"
        if reason is None:
            assert row["error"] is None and row["text"]
        else:
            assert row["error"]["reason"] == reason and row["error"]["message"]
            assert row["text"] is None
    assert rows[2]["id"] == "no-content" and rows[1]["id"] == "2"


def test_bytes_that_are_not_utf8_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "latin", "text": "Caf\xe9 on the quay opens at nine."}\n')
    (row,) = clean_pages(iter_pages(path))
    assert row["error"] is None and row["text"] == "Caf\ufffd on the quay opens at nine."


def test_a_truncated_gzip_file_ends_in_an_error_row(tmp_path: Path) -> None:
    lines = (json.dumps({"text": f"{ARTICLE} {random.random()}"}) for _ in range(3000))
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    rows = list(clean_pages(iter_pages(path)))
    assert all(r["error"] is None for r in rows[:-1]) and len(rows) > 1
    assert rows[-1]["error"]["reason"] == "unreadable"


def test_zstd_jsonl(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard", reason="zstd extra not installed")
    data = "".join(json.dumps({"id": str(i), "text": ARTICLE}) + "\n" for i in range(3))
    path = tmp_path / "in.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(data.encode()))
    assert [p.id for p in iter_pages(path)] == ["0", "1", "2"]


def test_folder_of_pages(tmp_path: Path) -> None:
    (tmp_path / "site" / "deep").mkdir(parents=True)
    (tmp_path / "site" / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "site" / "deep" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "site" / "deep" / "c.HTM").write_text(HTML, encoding="utf-8")
    (tmp_path / "site" / "notes.md").write_text("not read", encoding="utf-8")
    source = open_input(str(tmp_path / "site"))
    pages = list(source)
    assert [(Path(p.id).name, p.kind) for p in pages] == [
        ("a.html", "html"), ("b.txt", "text"), ("c.HTM", "html")]
    assert pages[1].id == str(tmp_path / "site" / "deep" / "b.txt")
    assert source.done == source.size


def test_a_bad_page_becomes_an_error_row() -> None:
    pages = [Page("ok", ARTICLE), Page("bin", b"\x00\x01\x02\x03" * 100), Page("ok2", ARTICLE)]
    rows = list(clean_pages(pages))
    assert [r["id"] for r in rows] == ["ok", "bin", "ok2"]
    assert rows[0]["error"] is None and "first paragraph" in rows[0]["text"]
    assert rows[1]["error"]["reason"] == "not-a-page" and "binary" in rows[1]["error"]["message"]


def test_parallel_matches_serial(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [line for line, _ in MIXED_LINES] * 3)
    serial = list(clean_pages(iter_pages(path)))
    parallel = list(clean_pages_parallel(iter_pages(path), jobs=2, chunksize=4))
    assert parallel == serial


def _double(chunk: list[int]) -> list[int]:
    return [2 * n for n in chunk]


def test_parallel_reads_only_a_few_chunks_ahead() -> None:
    taken: list[int] = []

    def numbers():
        for n in range(200):
            taken.append(n)
            yield n

    results = ordered_map(_double, numbers(), jobs=2, chunksize=5)
    first = [next(results) for _ in range(3)]
    assert first == [0, 2, 4]
    assert len(taken) <= 2 * 3 * 5 + 5  # in flight: three chunks a worker, and one more read
    assert list(results) == [2 * n for n in range(3, 200)]


def test_cli_batch_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": ARTICLE}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--removals"]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "x" and row["metadata"]["title"] == "Headline of the day"
    assert [r["rule"] for r in row["removed"]] == ["page-header", "byline"]
    err = capsys.readouterr().err
    assert "1 records, 1 cleaned, 0 error rows" in err and "removals by rule: " in err
    assert "byline 1" in err and "page-header 1" in err


def test_cli_exit_status_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [line for line, _ in MIXED_LINES])
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    assert main(["batch", str(source), "-o", str(out), "--summary", str(summary)]) == 1
    assert len(_rows(out)) == len(MIXED_LINES)
    data = json.loads(summary.read_text(encoding="utf-8"))
    bad = [reason for _, reason in MIXED_LINES if reason]
    assert data["records"] == len(MIXED_LINES) and data["errors"] == len(bad)
    assert data["errors_by_reason"] == {r: bad.count(r) for r in set(bad)}
    # Text pages have no type; HTML pages get theirs from the page-type rule.
    assert sum(data["pages_by_type"].values()) == len(MIXED_LINES) - len(bad)
    assert set(data["pages_by_type"]) <= {"unknown", "article", "forum", "listing"}
    assert data["removed_by_rule"]["page-header"] >= 1
    err = capsys.readouterr().err
    assert "not-json 2" in err and "records/s" in err
    assert main(["batch", str(source), "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"cleanpress: {len(bad)} of {len(MIXED_LINES)} records were error rows")


def test_cli_batch_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(good), str(tmp_path / "nope.jsonl"), "-o", str(out)]) == 2
    assert "No such file" in capsys.readouterr().err
    assert not out.exists()  # stopped before writing anything


def test_cli_batch_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    data = gzip.compress((json.dumps({"id": "s", "text": ARTICLE}) + "\nnot json\n").encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["batch", "-"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["position"] for r in rows] == ["stdin:1", "stdin:2"]
    assert rows[0]["error"] is None and rows[1]["error"]["reason"] == "not-json"


def test_summary_counts_pages_by_their_type() -> None:
    import cleanpress
    from cleanpress.batch.records import clean_record
    from cleanpress.batch.summary import BatchSummary

    @cleanpress.rule("typed", stage="metadata", order=900, description="say a page type")
    def typed(doc, ctx) -> None:  # type: ignore[no-untyped-def]
        doc.metadata.page_type = "listing" if "number 1" in doc.blocks[-1].text else "article"

    class Plugin:
        @cleanpress.hookimpl
        def cleanpress_rules(self):  # type: ignore[no-untyped-def]
            return [typed]

    cleaner = cleanpress.Cleaner(plugins=[Plugin()])
    summary = BatchSummary()
    for i in range(3):
        summary.add(*clean_record(cleaner, Page(str(i), ARTICLE.replace("first", f"number {i}"))))
    assert summary.pages_by_type == {"article": 2, "listing": 1}
    assert summary.removed_by_rule == {"page-header": 3, "byline": 3}
