"""No network, no files: a full run over the fixtures, the benchmark pages and pages
that ask for files and addresses (external entities, DTDs, XInclude, stylesheets,
images, frames) tries to open no file outside Python's and cleanpress's own and no
socket, and reads neither the bait file nor the bait address those pages name.

Two witnesses see below Python too (lxml's libxml2 opens files and sockets in C):
a named pipe as the bait file (opening it for reading is seen from here, whoever
opens it) and a listening socket on 127.0.0.1 as the bait address.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cleanpress.testing import find_cases, load_case

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.dataset import load_pages  # noqa: E402
from bench.linear_time import SHAPES, as_html, material, page_text  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def bait_pages(fifo: Path, port: int) -> list[list[str]]:
    """Pages that name the bait file and address in every way a parser might follow."""
    file_url, http = f"file://{fifo}", f"http://127.0.0.1:{port}"
    body = "<p>The council approved the bridge on Tuesday after a long debate.</p>"
    pages = {
        "xxe-file": f'<!DOCTYPE html [<!ENTITY e SYSTEM "{file_url}">]><html><body><p>&e;</p>'
                    f"{body}</body></html>",
        "xxe-http": f'<!DOCTYPE html [<!ENTITY e SYSTEM "{http}/e">]><html><body><p>&e;</p>'
                    f"{body}</body></html>",
        "param-entity": f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{http}/p.dtd"> %p;]><html>'
                        f"<body>{body}</body></html>",
        "external-dtd": f'<!DOCTYPE html SYSTEM "{http}/x.dtd"><html><body>{body}</body></html>',
        "external-dtd-file": f'<!DOCTYPE html PUBLIC "-//X//DTD X//EN" "{fifo}"><html><body>'
                             f"{body}</body></html>",
        "xml-declaration": f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "{file_url}">]>'
                           f"<html><body><p>&e;</p>{body}</body></html>",
        "xinclude": f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
                    f'<xi:include href="{file_url}" parse="text"/>{body}</body></html>',
        "stylesheet-pi": f'<?xml-stylesheet href="{http}/s.xsl"?><html><body>{body}</body></html>',
        "resources": (
            f'<html><head><base href="{http}/"><link rel="stylesheet" href="{http}/s.css">'
            f'<script src="{http}/s.js"></script><meta http-equiv="refresh" content="0;url={http}">'
            f'</head><body><img src="{http}/i.png"><iframe src="{file_url}"></iframe>'
            f'<object data="{file_url}"></object><embed src="{http}/e">{body}'
            f'<a href="{file_url}">link</a><svg><image href="{file_url}"/></svg></body></html>'
        ),
        "json-ld-context": '<html><head><script type="application/ld+json">{"@context": "'
                           f'{http}/ctx", "@type": "NewsArticle", "url": "{file_url}"}}'
                           f"</script></head><body>{body}</body></html>",
    }
    return [[name, "html", page, True] for name, page in pages.items()]


def ordinary_pages() -> list[list[str]]:
    pages = []
    folders = [ROOT / "fixtures", *ROOT.glob("plugins/*/tests/fixtures")]
    for folder in (case for top in folders for case in find_cases(top)):
        case = load_case(folder)
        kind = "html" if (folder / "input.html").exists() else "text"
        pages.append([folder.name, kind, case.read_input().decode("utf-8", "replace"), True])
    benchmarks = Path(os.environ.get("CLEANPRESS_BENCHMARKS") or ROOT.parent / "shared/benchmarks")
    dataset = benchmarks / "scrapinghub" if (benchmarks / "scrapinghub").is_dir() else benchmarks
    for track in ("html", "text"):
        if (dataset / track).is_dir():
            pages += [[p.id, track, p.source, False] for p in load_pages(dataset, track)]
    from cleanpress import Cleaner

    stuff = material(Cleaner(entry_points=True))
    for shape in SHAPES:
        text = page_text(stuff, shape, 20_000)
        pages += [[f"{shape}-text", "text", text, False],
                  [f"{shape}-html", "html", as_html(text), False]]
    return pages


class Witnesses:
    """A named pipe and a listening socket, watched from threads: who opens or
    connects to them is recorded, whatever language it is written in."""

    def __init__(self, folder: Path) -> None:
        self.fifo = folder / "secret.txt"
        os.mkfifo(self.fifo)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.seen: list[str] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._watch_pipe, daemon=True),
                         threading.Thread(target=self._watch_socket, daemon=True)]
        for thread in self._threads:
            thread.start()

    def _watch_pipe(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:  # ENXIO: no reader has it open
                if error.errno != errno.ENXIO:
                    raise
                time.sleep(0.002)
                continue
            self.seen.append("the bait file was opened")
            os.write(fd, b"SECRET-FILE-CONTENT")
            os.close(fd)
            time.sleep(0.05)

    def _watch_socket(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            self.seen.append("the bait address was connected to")
            connection.close()

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(5)
        self.server.close()


def test_the_witnesses_see_a_reader_and_a_connection(tmp_path: Path) -> None:
    witnesses = Witnesses(tmp_path)
    try:
        fd = os.open(witnesses.fifo, os.O_RDONLY | os.O_NONBLOCK)
        socket.create_connection(("127.0.0.1", witnesses.port), timeout=5).close()
        deadline = time.monotonic() + 5
        while len(witnesses.seen) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.close(fd)
    finally:
        witnesses.close()
    assert sorted(witnesses.seen) == ["the bait address was connected to",
                                      "the bait file was opened"]


def test_a_full_run_opens_no_file_and_no_socket(tmp_path: Path) -> None:
    witnesses = Witnesses(tmp_path)
    try:
        pages = ordinary_pages() + bait_pages(witnesses.fifo, witnesses.port)
        listing = tmp_path / "pages.json"
        listing.write_text(json.dumps(pages), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, str(ROOT / "tests/no_io/run_guarded.py"), str(listing)],
            capture_output=True, text=True, timeout=600, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        time.sleep(0.2)  # (for a late open to be seen)
    finally:
        witnesses.close()
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["tried"] == [], "\n".join(report["tried"])
    assert witnesses.seen == []
    runs = sum(2 if as_bytes else 1 for *_, as_bytes in pages)
    assert report["cleaned"] + report["refused"] == runs and report["refused"] == 0


def test_the_guard_records_what_reaches_outside() -> None:
    sys.path.insert(0, str(ROOT / "tests/no_io"))
    import run_guarded

    import cleanpress

    run_guarded.watching = True
    try:
        run_guarded._hook("open", ("/etc/hostname", "r", os.O_RDONLY))
        run_guarded._hook("open", (str(ROOT / "src/cleanpress/x.txt"), "w", os.O_WRONLY))
        run_guarded._hook("socket.connect", (None, ("127.0.0.1", 80)))
        run_guarded._hook("open", (cleanpress.__file__, "r", os.O_RDONLY))
        run_guarded._hook("open", (os.__file__, "rb", os.O_RDONLY))
    finally:
        run_guarded.watching = False
    assert [t.split()[0] for t in run_guarded.tried] == ["open", "open", "socket.connect"]
