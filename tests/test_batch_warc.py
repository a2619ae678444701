"""WARC input: HTML responses only, charset from the HTTP headers, and a broken
record costs one error row at its offset, not the rest of the file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from tests.batch_inputs import html_page, warc_record, write_warc

from cleanpress.batch import clean_pages, iter_pages, open_input

pytest.importorskip("fastwarc", reason="warc extra not installed")


def _records(count: int) -> list[bytes]:
    return [warc_record(f"https://harbour.example/{i}", html_page(i), number=i)
            for i in range(count)]


@pytest.mark.parametrize("gzipped", [True, False])
def test_html_responses_with_their_charset(tmp_path: Path, gzipped: bool) -> None:
    cafe = "<html><body><p>Caf\u00e9 news from the quay.</p></body></html>".encode("cp1252")
    records = [
        warc_record("https://a.example/p", cafe, content_type="text/html; charset=windows-1252"),
        warc_record("https://a.example/logo.png", b"\x89PNG...", content_type="image/png"),
        warc_record("https://a.example/q", b"GET / HTTP/1.1", record_type="request"),
    ]
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    source = open_input(str(write_warc(tmp_path / name, records, gzipped=gzipped)))
    pages = list(source)
    assert len(pages) == 1
    page = pages[0]
    assert page.url == "https://a.example/p" and page.kind == "html"
    assert page.encoding == "windows-1252" and page.source == cafe
    assert page.position == f"{tmp_path / name}@0"
    assert source.skipped == {"not HTML": 1, "not a response": 1}
    rows = list(clean_pages(pages))
    assert rows[0]["text"] == "Caf\u00e9 news from the quay."


def _offsets(records: list[bytes], gzipped: bool) -> list[int]:
    offsets, at = [], 0
    for record in records:
        offsets.append(at)
        at += len(gzip.compress(record)) if gzipped else len(record)
    return offsets


def test_a_corrupt_gzip_member_is_one_error_row(tmp_path: Path) -> None:
    records = _records(5)
    members = [gzip.compress(r) for r in records]
    broken = bytearray(members[2])
    for i in range(len(broken) // 2, len(broken) // 2 + 12):
        broken[i] ^= 0xFF
    members[2] = bytes(broken)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    rows = list(clean_pages(iter_pages(path)))
    offsets = [0]
    for member in members[:-1]:
        offsets.append(offsets[-1] + len(member))
    assert [r["position"] for r in rows] == [f"{path}@{o}" for o in offsets]
    assert [r["error"]["reason"] if r["error"] else None for r in rows] == [
        None, None, "bad-record", None, None]
    assert "Story number 3" in rows[3]["text"]


def test_a_truncated_member_is_one_error_row(tmp_path: Path) -> None:
    members = [gzip.compress(r) for r in _records(4)]
    members[1] = members[1][: len(members[1]) // 2]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    rows = list(clean_pages(iter_pages(path)))
    assert [r["error"]["reason"] if r["error"] else None for r in rows] == [
        None, "bad-record", None, None]
    assert rows[1]["position"] == f"{path}@{len(members[0])}"


def test_garbage_between_plain_records(tmp_path: Path) -> None:
    records = _records(4)
    records[2] = b"GARBAGE, not a WARC header\r\n\r\n" + records[2][40:]
    path = write_warc(tmp_path / "crawl.warc", records, gzipped=False)
    rows = list(clean_pages(iter_pages(path)))
    offsets = _offsets(records, gzipped=False)
    assert [(r["position"], r["error"]["reason"] if r["error"] else None) for r in rows] == [
        (f"{path}@{offsets[0]}", None), (f"{path}@{offsets[1]}", None),
        (f"{path}@{offsets[2]}", "bad-record"), (f"{path}@{offsets[3]}", None)]


def test_a_content_length_that_swallows_the_next_record(tmp_path: Path) -> None:
    records = _records(4)
    head, _, rest = records[1].partition(b"\r\n\r\n")
    length = int(head.rsplit(b"Content-Length: ", 1)[1])
    head = head.replace(f"Content-Length: {length}".encode(),
                        f"Content-Length: {length + 300}".encode())
    records[1] = head + b"\r\n\r\n" + rest
    path = write_warc(tmp_path / "crawl.warc", records, gzipped=False)
    rows = list(clean_pages(iter_pages(path)))
    assert [r["error"]["reason"] if r["error"] else None for r in rows] == [
        None, "bad-record", None, None]
    assert "Story number 2" in rows[2]["text"] and "Story number 3" in rows[3]["text"]
