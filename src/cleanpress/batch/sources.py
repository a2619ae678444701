"""Where batch records come from: JSON Lines, WARC archives, folders of pages.

Every record becomes one :class:`Page`; a record that cannot be read becomes a
Page with a :class:`Problem` (and so an error row), and reading goes on with
the next one. Only an input that cannot be opened at all raises.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any, cast

from cleanpress.batch.jsonl import JsonLine, Record, as_page
from cleanpress.batch.page import Page, Problem
from cleanpress.errors import InputError

#: Files a folder input reads, by suffix, with the kind each is read as.
FOLDER_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}
WARC_SUFFIXES = (".warc", ".warc.gz")

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _decompressed(raw: IO[bytes], name: str) -> IO[bytes]:
    """``raw`` as read, or decompressed when it starts as gzip or zstd does."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(
        cast(io.RawIOBase, raw))
    head = buffered.peek(4)[:4]
    if head.startswith(_GZIP_MAGIC):
        return cast(IO[bytes], gzip.GzipFile(fileobj=buffered, mode="rb"))
    if head == _ZSTD_MAGIC:
        try:
            import zstandard
        except ImportError as error:
            raise InputError(f"{name}: reading zstd needs the 'zstd' extra: "
                             "pip install 'cleanpress[zstd]'") from error
        reader = zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True)
        return cast(IO[bytes], io.BufferedReader(cast(io.RawIOBase, reader)))
    return buffered


class Input:
    """One input of a batch. ``size`` and ``done`` are bytes (``size`` None when
    unknown), for progress; ``skipped`` counts records left out by kind.
    Iterating gives its records (JSON Lines rows are read where they are cleaned)."""

    name: str
    size: int | None = None

    def __init__(self) -> None:
        self.skipped: dict[str, int] = {}

    @property
    def done(self) -> int:
        return 0

    def __iter__(self) -> Iterator[Record]:
        raise NotImplementedError


class JsonlInput(Input):
    """A JSON Lines file (plain, gzip or zstd, told by its first bytes) or ``-`` for stdin."""

    def __init__(self, path: str, *, field: str | None = None, kind: str = "auto") -> None:
        super().__init__()
        self.name, self.field, self.kind = path, field, kind
        self._raw: IO[bytes] | None = None
        if path == "-":
            self.size = None
        else:
            self.size = os.path.getsize(path)
            with open(path, "rb"):
                pass  # fail now, not hours into a batch

    @property
    def done(self) -> int:
        raw = self._raw
        if raw is None or raw is sys.stdin.buffer:
            return 0
        try:
            return raw.tell()
        except (OSError, ValueError):
            return self.size or 0

    def __iter__(self) -> Iterator[Record]:
        if self.name == "-":
            self._raw = sys.stdin.buffer
            yield from self._lines(_decompressed(sys.stdin.buffer, "stdin"))
            return
        with open(self.name, "rb") as raw:
            self._raw = raw
            yield from self._lines(_decompressed(raw, self.name))

    def _lines(self, handle: IO[bytes]) -> Iterator[Record]:
        name = "stdin" if self.name == "-" else self.name
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                yield JsonLine(line, number, name, self.field, self.kind)
        except Exception as error:  # a truncated or corrupt stream: EOFError, zlib.error, ...
            message = f"cannot read past line {number}: {type(error).__name__}: {error}"
            yield Page(str(number + 1), "", position=f"{name}:{number + 1}",
                       problem=Problem("unreadable", message))


class FolderInput(Input):
    """Every ``.html``, ``.htm`` and ``.txt`` file under a folder, in path order;
    a file's path is its page's id."""

    def __init__(self, path: str, *, kind: str = "auto") -> None:
        super().__init__()
        self.name, self.kind = path, kind
        root = Path(path)
        self.files = sorted(
            p for p in root.rglob("*")
            if p.suffix.lower() in FOLDER_SUFFIXES and p.is_file()
        )
        self.size = sum(p.stat().st_size for p in self.files)
        self._done = 0

    @property
    def done(self) -> int:
        return self._done

    def __iter__(self) -> Iterator[Page]:
        for path in self.files:
            name = str(path)
            kind = self.kind if self.kind != "auto" else FOLDER_SUFFIXES[path.suffix.lower()]
            try:
                data = path.read_bytes()
            except OSError as error:
                yield Page(name, "", None, kind, position=name,
                           problem=Problem("unreadable", f"{error.strerror or error}"))
            else:
                self._done += len(data)
                yield Page(name, data, None, kind, position=name)


class WarcInput(Input):
    """The HTML response records of a WARC file (plain or gzip; needs ``fastwarc``).

    The charset is the HTTP header's. A record that cannot be decoded becomes
    an error row at its offset, and reading resumes at the next record.
    """

    def __init__(self, path: str) -> None:
        super().__init__()
        try:
            import fastwarc  # noqa: F401
        except ImportError as error:
            raise InputError("reading WARC needs the 'warc' extra: "
                             "pip install 'cleanpress[warc]'") from error
        self.name = path
        self.size = os.path.getsize(path)
        with open(path, "rb") as handle:
            self._gzip = handle.read(2) == _GZIP_MAGIC
        self._handle: IO[bytes] | None = None

    @property
    def done(self) -> int:
        handle = self._handle
        return handle.tell() if handle is not None and not handle.closed else 0

    def __iter__(self) -> Iterator[Page]:
        self.skipped = {}
        with open(self.name, "rb") as handle:
            self._handle = handle
            start: int | None = 0
            while start is not None:
                start = yield from self._read_from(handle, start)

    def _read_from(self, handle: IO[bytes], start: int) -> Generator[Page, None, int | None]:
        """Pages of the records from ``start`` on; return where to resume after a
        record that failed (None at the end of the file)."""
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        handle.seek(start)
        last: tuple[int, str | None] | None = None  # the last record read whole, its length
        try:
            records = ArchiveIterator(handle, parse_http=True, auto_decode="all")
            for record in records:
                offset = record.stream_pos
                try:
                    page = self._page(record, offset, WarcRecordType.response)
                except (KeyboardInterrupt, SystemExit):
                    raise
                except BaseException as error:  # fastwarc's Rust panics are BaseExceptions
                    return (yield from self._bad(handle, offset, error))
                length = record.headers.get("Content-Length")
                if not self._gzip and self._overlong(handle, offset, length):
                    overlong = ValueError("its Content-Length runs past the next record")
                    return (yield from self._bad(handle, offset, overlong))
                last = (offset, length)
                if page is not None:
                    yield page
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as error:
            # What follows the last record read whole is bad: from where that record ends.
            if last is None:
                bad: int | None = start
            else:
                end = _record_end(handle, *last, self._gzip)
                bad = end if end >= 0 else _next_record(handle, last[0] + 1, self._gzip)
            if bad is None:
                return None
            return (yield from self._bad(handle, bad, error))
        return None

    def _overlong(self, handle: IO[bytes], offset: int, length: str | None) -> bool:
        """Whether a plain record's stated length takes in what follows it: the
        file's end or another record's start lies within it."""
        position = handle.tell()  # the WARC reader's, to be given back
        try:
            end = _record_end(handle, offset, length, False)
            if end < 0 or end == self.size or _starts_record(handle, end, False):
                return False
            if self.size is not None and end > self.size:
                return True
            following = _next_record(handle, offset + 1, False)
            return following is not None and following < end
        finally:
            handle.seek(position)

    def _bad(self, handle: IO[bytes], offset: int,
             error: BaseException) -> Generator[Page, None, int | None]:
        position = f"{self.name}@{offset}"
        yield Page(position, "", position=position,
                   problem=Problem("bad-record", f"{type(error).__name__}: {error}"))
        return _next_record(handle, offset + 1, self._gzip)

    def _page(self, record: Any, offset: int, response: Any) -> Page | None:
        """The page of a record, or None for a record that is not an HTML response
        (its content is read through all the same, so a corrupt one shows here)."""
        if record.record_type != response:
            record.consume()
            self._skip("not a response")
            return None
        ctype = (record.http_content_type or "") if record.is_http else ""
        if "html" not in ctype.lower():
            record.consume()
            self._skip("not HTML")
            return None
        body = record.reader.read()
        headers = record.headers
        position = f"{self.name}@{offset}"
        return Page(
            headers.get("WARC-Record-ID") or position,
            body,
            headers.get("WARC-Target-URI"),
            "html",
            record.http_charset or None,
            position=position,
        )

    def _skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


_WARC_LINE = re.compile(rb"WARC/1\.\d\r?\n")
_SCAN_CHUNK = 1 << 20


def _next_record(handle: IO[bytes], offset: int, gzipped: bool) -> int | None:
    """The offset of the first record that starts at or after ``offset``: a gzip
    member that opens with a WARC header line, or such a line at the start of a
    line in a plain file. None when there is none."""
    magic = _GZIP_MAGIC + b"\x08" if gzipped else b"WARC/1."
    position = offset
    while True:
        handle.seek(position)
        chunk = handle.read(_SCAN_CHUNK + 16)
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        while 0 <= found < _SCAN_CHUNK:
            at = position + found
            if _starts_record(handle, at, gzipped):
                return at
            found = chunk.find(magic, found + 1)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


def _record_end(handle: IO[bytes], offset: int, length: str | None, gzipped: bool) -> int:
    """Where the record at ``offset`` ends: its gzip member's end, or its header,
    ``length`` bytes of content and the blank line after them. ``-1 - offset``
    when that cannot be told."""
    position = handle.tell()
    try:
        handle.seek(offset)
        if gzipped:
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            fed = 0
            while not inflate.eof:
                chunk = handle.read(1 << 16)
                if not chunk:
                    return -1 - offset
                fed += len(chunk)
                inflate.decompress(chunk, 1 << 16)
                while inflate.unconsumed_tail and not inflate.eof:
                    inflate.decompress(inflate.unconsumed_tail, 1 << 16)
            return offset + fed - len(inflate.unused_data)
        head = handle.read(1 << 16)
        blank = head.find(b"\r\n\r\n")
        if blank < 0 or length is None or not length.strip().isdigit():
            return -1 - offset
        return offset + blank + 4 + int(length) + 4
    except zlib.error:
        return -1 - offset
    finally:
        handle.seek(position)


def _starts_record(handle: IO[bytes], at: int, gzipped: bool) -> bool:
    if not gzipped:
        if at > 0:
            handle.seek(at - 1)
            if handle.read(1) != b"\n":
                return False
        handle.seek(at)
        return _WARC_LINE.match(handle.read(16)) is not None
    handle.seek(at)
    head = handle.read(4096)
    try:
        inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return _WARC_LINE.match(inflated) is not None


def open_input(path: str, *, field: str | None = None, kind: str = "auto") -> Input:
    """The input at ``path``, by its name: ``-`` (JSON Lines on stdin), a folder,
    a WARC file (``.warc``, ``.warc.gz``), else JSON Lines (plain, ``.gz``, ``.zst``).

    :raises OSError: when it cannot be opened; :class:`InputError` when a needed
        extra is missing.
    """
    if path != "-" and os.path.isdir(path):
        return FolderInput(path, kind=kind)
    if path != "-" and path.lower().endswith(WARC_SUFFIXES):
        return WarcInput(path)
    return JsonlInput(path, field=field, kind=kind)


def iter_jsonl(path: str | Path, *, field: str | None = None, kind: str = "auto") -> Iterator[Page]:
    """Records of a JSON Lines file (see :func:`~cleanpress.batch.jsonl.page_from_line`)."""
    return map(as_page, JsonlInput(str(path), field=field, kind=kind))


def iter_warc(path: str | Path) -> Iterator[Page]:
    """HTML pages from the response records of a WARC file (see :class:`WarcInput`)."""
    return map(as_page, WarcInput(str(path)))


def iter_pages(path: str | Path, *, field: str | None = None, kind: str = "auto") -> Iterator[Page]:
    """Records of any input (see :func:`open_input`), as pages."""
    return map(as_page, open_input(str(path), field=field, kind=kind))
