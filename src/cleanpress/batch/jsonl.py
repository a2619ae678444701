"""JSON Lines rows: read into pages, or held as lines to be read where they are cleaned."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cleanpress.batch.page import Page, Problem

#: Fields of a JSON Lines row tried, in order, for the page's content.
CONTENT_FIELDS = ("html", "text", "content", "body")
_JSON_TYPES = {bool: "a boolean", int: "a number", float: "a number", list: "an array",
               dict: "an object", str: "a string"}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def page_from_line(
    line: bytes | str, number: int, name: str, *, field: str | None = None, kind: str = "auto"
) -> Page:
    """The page of one JSON Lines row, or a Page with the problem that keeps it from being one.

    The content is read from ``field`` or the first of :data:`CONTENT_FIELDS`
    present; ``id`` (else the line number) and ``url`` are used when present.
    """
    position = f"{name}:{number}"
    default_id = str(number)

    def bad(reason: str, message: str, row_id: str = default_id) -> Page:
        return Page(row_id, "", None, kind, position=position, problem=Problem(reason, message))

    if isinstance(line, bytes):  # bytes that are not UTF-8 are replaced, as in a page
        line = line.decode("utf-8", errors="replace")
    if not line.strip():
        return bad("empty-line", "blank line")
    try:
        row: Any = json.loads(line)
    except ValueError as error:
        return bad("not-json", f"not JSON: {error}")
    if not isinstance(row, dict):
        return bad("wrong-type", f"{_json_type(row)}, not an object")
    row_id = row.get("id", number)
    if not isinstance(row_id, (str, int)) or isinstance(row_id, bool):
        return bad("wrong-type", f"'id' is {_json_type(row_id)}, not a string or number")
    row_id = str(row_id)
    names = (field,) if field else CONTENT_FIELDS
    name_found = next((n for n in names if row.get(n) is not None), None)
    if name_found is None:
        return bad("no-content", f"no content field ({', '.join(names)})", row_id)
    content = row[name_found]
    if not isinstance(content, str):
        return bad("wrong-type", f"'{name_found}' is {_json_type(content)}, not a string", row_id)
    url = row.get("url")
    if url is not None and not isinstance(url, str):
        return bad("wrong-type", f"'url' is {_json_type(url)}, not a string", row_id)
    page_kind = kind if kind != "auto" or name_found not in ("html", "text") else name_found
    return Page(row_id, content, url, page_kind, position=position)


@dataclass(frozen=True)
class JsonLine:
    """A JSON Lines row not read yet: worker processes read it, not the one that
    hands them out (a row is a whole page, and reading it costs)."""

    line: bytes
    number: int
    name: str
    field: str | None = None
    kind: str = "auto"

    def page(self) -> Page:
        return page_from_line(self.line, self.number, self.name, field=self.field,
                              kind=self.kind)


#: What inputs give: pages, and JSON Lines rows to be read into pages.
Record = Page | JsonLine


def as_page(record: Record) -> Page:
    """The page of a record (a JSON Lines row is read now)."""
    return record.page() if isinstance(record, JsonLine) else record
