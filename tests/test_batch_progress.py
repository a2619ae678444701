"""The progress bar: drawn on a terminal, never in a pipe or with --quiet."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from tests.batch_inputs import ARTICLE, write_jsonl

termios = pytest.importorskip("termios", reason="needs a pseudo-terminal")
import fcntl  # noqa: E402 (after termios: POSIX only)
import pty  # noqa: E402


def _run(args: list[str], *, terminal: bool) -> str:
    """Run the CLI with stderr on a pseudo-terminal or a pipe; return what stderr got."""
    command = [sys.executable, "-m", "cleanpress", *args]
    env = dict(os.environ)
    if not terminal:
        return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, check=False, timeout=120).stderr.decode()
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=secondary, env=env)
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    finally:
        os.close(main)
    return b"".join(chunks).decode(errors="replace")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = [{"id": str(i), "text": ARTICLE} for i in range(40)]
    return write_jsonl(tmp_path_factory.mktemp("progress") / "in.jsonl", rows)


def test_a_bar_on_a_terminal(source: Path) -> None:
    err = _run(["batch", str(source), "-o", os.devnull], terminal=True)
    assert "cleaning: 100%|" in err and "40 records" in err and "records/s" in err
    assert "\r" in err  # redrawn in place
    assert "40 records, 40 cleaned, 0 error rows" in err  # and the summary after it


def test_no_bar_in_a_pipe(source: Path) -> None:
    err = _run(["batch", str(source), "-o", os.devnull], terminal=False)
    assert "%|" not in err and "\r" not in err
    assert err.startswith("cleanpress: 40 records, 40 cleaned, 0 error rows")


def test_no_bar_with_quiet(source: Path) -> None:
    assert _run(["batch", str(source), "-o", os.devnull, "-q"], terminal=True) == ""
