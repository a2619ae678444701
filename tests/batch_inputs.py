"""Inputs for the batch tests: JSON Lines with bad lines, WARC files written by hand."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

#: (The byline under the headline shows where the article begins: the headline goes.)
ARTICLE = (
    "Headline of the day\n\nBy Jane Doe\n\nThe first paragraph of the story says what happened."
)
HTML = ("<html><head><title>Ferry news</title></head><body><article><h1>Ferry news</h1>"
        "<p>The ferry to the island runs again from Monday, the operator said on Friday.</p>"
        "</article></body></html>")


def write_jsonl(path: Path, rows: list[object]) -> Path:
    """One line per item: dicts and lists as JSON, str as it is (for bad lines)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


#: A JSON Lines file's lines: (line, reason of its error row or None).
MIXED_LINES: list[tuple[object, str | None]] = [
    ({"id": "ok-1", "text": ARTICLE}, None),
    ("this line is not JSON", "not-json"),
    ({"id": "no-content", "title": "x"}, "no-content"),
    ({"id": "number", "html": 42}, "wrong-type"),
    ([1, 2, 3], "wrong-type"),
    ("", "empty-line"),
    ({"id": "binary", "text": "\x00\x01\x02\x03" * 100}, "not-a-page"),
    ({"id": "ok-2", "html": HTML, "url": "https://news.example/ferry"}, None),
    ('{"id": "cut", "text": "a line cut in the mid', "not-json"),
    ({"id": "bad-url", "text": ARTICLE, "url": ["x"]}, "wrong-type"),
    ({"id": "ok-3", "content": ARTICLE}, None),
]


def warc_record(uri: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                record_type: str = "response", number: int = 0) -> bytes:
    """One WARC record with an HTTP response block."""
    block = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
             f"Content-Length: {len(body)}\r\n\r\n").encode("ascii") + body
    head = (f"WARC/1.0\r\nWARC-Type: {record_type}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype={record_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode("ascii")
    return head + block + b"\r\n\r\n"


def html_page(number: int) -> bytes:
    return (f"<html><body><article><p>Story number {number} tells of the harbour and the "
            f"boats that came in on the morning tide.</p></article></body></html>").encode()


def write_warc(path: Path, records: list[bytes], *, gzipped: bool) -> Path:
    """Records one after another; gzipped: each record its own gzip member."""
    with path.open("wb") as handle:
        for record in records:
            handle.write(gzip.compress(record) if gzipped else record)
    return path
