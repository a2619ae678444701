"""Batch cleaning: JSON Lines in and out, one bad page never stops the batch."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleanpress import InputError
from cleanpress.batch import Page, clean_pages, iter_jsonl, iter_pages
from cleanpress.batch.parallel import clean_pages_parallel
from cleanpress.cli import main

ARTICLE = "Headline of the day\n\nThe first paragraph of the story says what happened."


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def test_jsonl_rows_become_pages(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "in.jsonl.gz", [
        {"id": "a", "text": ARTICLE, "url": "https://example.org/a"},
        {"html": "<html><body><p>x</p></body></html>"},
    ])
    pages = list(iter_pages(path))
    assert [(p.id, p.kind, p.url) for p in pages] == [
        ("a", "text", "https://example.org/a"), ("2", "html", None)]


def test_jsonl_without_content_names_the_line(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": ARTICLE}, {"id": 2}])
    with pytest.raises(InputError, match=r"in.jsonl:2"):
        list(iter_jsonl(path))


def test_a_bad_page_becomes_an_error_row() -> None:
    pages = [Page("ok", ARTICLE), Page("bin", b"\x00\x01\x02\x03" * 100), Page("ok2", ARTICLE)]
    rows = list(clean_pages(pages))
    assert [r["id"] for r in rows] == ["ok", "bin", "ok2"]
    assert rows[0]["error"] is None and "first paragraph" in rows[0]["text"]
    assert "binary" in rows[1]["error"] and rows[1]["text"] is None


def test_parallel_matches_serial() -> None:
    pages = [Page(str(i), ARTICLE.replace("first", f"number {i}")) for i in range(20)]
    serial = list(clean_pages(pages))
    parallel = list(clean_pages_parallel(pages, jobs=2, chunksize=4))
    assert parallel == serial


def test_cli_batch_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": ARTICLE}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--removals"]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "x" and row["metadata"]["title"] == "Headline of the day"
    assert row["removed"][0]["rule"] == "title"
    assert "1 pages, 0 failed" in capsys.readouterr().err


def test_cli_batch_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl")]) == 2
    assert "No such file" in capsys.readouterr().err


def test_dask_bag_matches_serial() -> None:
    bag_module = pytest.importorskip("dask.bag", reason="dask extra not installed")
    from cleanpress.dask import clean_bag

    pages = [Page(str(i), ARTICLE.replace("first", f"number {i}")) for i in range(10)]
    bag = bag_module.from_sequence(pages, npartitions=3)
    rows = clean_bag(bag).compute(scheduler="synchronous")
    assert rows == list(clean_pages(pages))


def test_warc_response_records_become_html_pages(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="warc extra not installed")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = "<html><body><p>Caf\u00e9 news.</p></body></html>".encode("cp1252")
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for ctype in ("text/html; charset=windows-1252", "image/png"):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record("https://example.org/p", "response",
                                               payload=BytesIO(html), http_headers=headers)
            writer.write_record(record)
    pages = list(iter_pages(path))
    assert len(pages) == 1
    page = pages[0]
    assert page.url == "https://example.org/p" and page.kind == "html"
    assert page.encoding == "windows-1252" and page.source == html
