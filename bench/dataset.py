"""A benchmark folder: ``html/<id>.html.gz``, ``text/<id>.txt``, ``ground-truth.json``."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

TRACKS = ("text", "html")


@dataclass(frozen=True)
class Page:
    """One page of a track, held in memory so that timing leaves out disk reads."""

    id: str
    source: str


def load_gold(folder: Path) -> dict[str, str]:
    """Gold article bodies by id."""
    data = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = value.get("articleBody") or value.get("text") or ""
        out[str(key)] = value or ""
    return out


def load_pages(folder: Path, track: str) -> list[Page]:
    """Every page of ``track`` in ``folder``, sorted by id."""
    if track not in TRACKS:
        raise ValueError(f"track must be one of {TRACKS}, not {track!r}")
    pages = []
    if track == "text":
        for path in sorted((folder / "text").glob("*.txt")):
            pages.append(Page(path.name[: -len(".txt")], path.read_text(encoding="utf-8")))
    else:
        for path in sorted((folder / "html").glob("*.html.gz")):
            with gzip.open(path, "rb") as handle:
                html = handle.read().decode("utf-8", errors="replace")
            pages.append(Page(path.name[: -len(".html.gz")], html))
    return pages
