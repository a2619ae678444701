"""Where batch pages come from: JSON Lines files and WARC archives."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from cleanpress.batch.records import Page
from cleanpress.errors import InputError

#: Fields of a JSON Lines row tried, in order, for the page's content.
CONTENT_FIELDS = ("html", "text", "content", "body")


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def iter_jsonl(path: str | Path, *, field: str | None = None, kind: str = "auto") -> Iterator[Page]:
    """Pages from a JSON Lines file (``.gz`` too), one object a line.

    The content is read from ``field`` or the first of :data:`CONTENT_FIELDS`
    present; ``id`` (else the line number) and ``url`` are used when present.
    A line that is not a JSON object with content raises :class:`InputError`
    naming the file and line.
    """
    path = Path(path)
    with _open(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row: dict[str, Any] = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: not a JSON object: {error}") from error
            names = (field,) if field else CONTENT_FIELDS
            name = next((n for n in names if isinstance(row.get(n), str)), None)
            if name is None:
                raise InputError(f"{path}:{number}: no content field ({', '.join(names)})")
            page_kind = kind if kind != "auto" or name not in ("html", "text") else name
            yield Page(str(row.get("id", number)), row[name], row.get("url"), page_kind)


def iter_warc(path: str | Path) -> Iterator[Page]:
    """HTML pages from the response records of a WARC file (needs ``warcio``)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as error:
        raise InputError("reading WARC needs the 'warc' extra: pip install 'cleanpress[warc]'") \
            from error
    with Path(path).open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
            yield Page(
                record.rec_headers.get_header("WARC-Record-ID") or "",
                record.content_stream().read(),
                record.rec_headers.get_header("WARC-Target-URI"),
                "html",
                charset,
            )


def iter_pages(path: str | Path, *, field: str | None = None, kind: str = "auto") -> Iterator[Page]:
    """Pages from a file, by its name: ``.warc``/``.warc.gz``, else JSON Lines."""
    name = Path(path).name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return iter_warc(path)
    return iter_jsonl(path, field=field, kind=kind)
