"""Clean pages with every file open and socket watched; print what was tried, as JSON.

    python tests/no_io/run_guarded.py PAGES.json

``PAGES.json`` lists ``[name, kind, text, as_bytes]`` pages (read before the guard
is on); a page with ``as_bytes`` is cleaned as a string and as its UTF-8 bytes.
An audit hook records, while the pages are cleaned, every socket, subprocess and
URL request, and every file or folder opened outside Python's own installation,
cleanpress's sources and the time-zone database (imports, package data and
zone rules are read from there), or opened for writing anywhere. Folders on the
import path may be listed (the import system does). Run by ``tests/no_io/test_no_io.py``
in a process of its own, since an audit hook cannot be removed.
"""

from __future__ import annotations

import json
import os
import site
import sys
import sysconfig
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where reading is allowed: the interpreter's and the virtual environment's files,
#: and the sources of cleanpress and its plugins (installed in place).
ALLOWED = tuple(
    {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix,
                                      *site.getsitepackages(), sysconfig.get_paths()["stdlib"],
                                      ROOT / "src", *ROOT.glob("plugins/*/src"),
                                      *zoneinfo.TZPATH)}
)
#: Audit events that reach beyond the process.
_OUTSIDE = ("socket.", "urllib.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
            "os.spawn", "os.fork", "ctypes.dlopen", "http.client.", "ftplib.", "smtplib.",
            "webbrowser.")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

tried: list[str] = []
watching = False


def _allowed(path: object) -> bool:
    if isinstance(path, int):  # an open descriptor: opened before, and seen then
        return True
    try:
        resolved = str(Path(os.fsdecode(path)).resolve())  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError):
        return False
    return resolved.startswith(ALLOWED)


def _on_import_path(folder: object) -> bool:
    try:
        return os.fsdecode(folder) in sys.path or str(Path(os.fsdecode(folder)).resolve()) in {
            str(Path(p or ".").resolve()) for p in sys.path
        }
    except (TypeError, ValueError, OSError):
        return False


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not watching:
        return
    if event.startswith(_OUTSIDE):
        tried.append(f"{event} {args!r:.200}")
    elif event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes or not _allowed(path):
            tried.append(f"open {path!r} {mode!r} {flags!r}")
    elif event in ("os.listdir", "os.scandir") and not (
        _allowed(args[0] or ".") or _on_import_path(args[0] or ".")
    ):
        tried.append(f"{event} {args!r:.200}")


def main() -> int:
    global watching
    pages = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sys.addaudithook(_hook)
    watching = True
    from cleanpress import Cleaner, CleanpressError

    cleaner = Cleaner(entry_points=True)
    cleaned = refused = 0
    for _name, kind, text, as_bytes in pages:
        for source in (text, text.encode("utf-8")) if as_bytes else (text,):
            try:
                cleaner.clean(source, kind=kind)
                cleaned += 1
            except CleanpressError:
                refused += 1
    watching = False
    print(json.dumps({"cleaned": cleaned, "refused": refused, "tried": tried}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
