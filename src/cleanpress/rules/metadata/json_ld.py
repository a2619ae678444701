"""Reading values out of a page's JSON-LD objects.

Objects often point at each other by ``@id`` instead of nesting (a Yoast
graph's article names its authors and publisher as ``{"@id": ...}``); the
helpers here follow such pointers one step through an index of the page's
objects.
"""

from __future__ import annotations

from html import unescape
from typing import Any

#: At most this many items are read from a JSON-LD list.
MAX_ITEMS = 30

Index = dict[str, dict[str, Any]]


def types(obj: dict[str, Any]) -> set[str]:
    """The object's ``@type`` names."""
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind[:MAX_ITEMS] if isinstance(k, str)}
    return set()


def find(objects: list[dict[str, Any]], wanted: frozenset[str]) -> dict[str, Any] | None:
    """The first object with one of the ``wanted`` types."""
    for obj in objects:
        if types(obj) & wanted:
            return obj
    return None


def id_index(objects: list[dict[str, Any]]) -> Index:
    """The page's objects by their ``@id``."""
    index: Index = {}
    for obj in objects:
        key = obj.get("@id")
        if isinstance(key, str) and key not in index:
            index[key] = obj
    return index


def resolve(value: Any, index: Index) -> Any:
    """``value`` with bare ``{"@id": ...}`` pointers (alone or in a list) resolved."""
    if isinstance(value, list):
        return [_pointed(item, index) for item in value[:MAX_ITEMS]]
    return _pointed(value, index)


def _pointed(value: Any, index: Index) -> Any:
    if isinstance(value, dict) and "name" not in value:
        key = value.get("@id")
        if isinstance(key, str):
            return index.get(key, value)
    return value


def names(
    value: Any, *, skip_types: frozenset[str] = frozenset(), skip_name: str = ""
) -> list[str]:
    """Names in a value: a string, an object with ``name``, or a list of those.

    Objects of a type in ``skip_types`` named ``skip_name`` (case-insensitive)
    are left out.
    """
    items = value if isinstance(value, list) else [value]
    skip = skip_name.casefold()
    out: list[str] = []
    for item in items[:MAX_ITEMS]:
        if isinstance(item, dict):
            name = item.get("name")
            if skip and isinstance(name, str) and types(item) & skip_types and (
                name.strip().casefold() == skip
            ):
                continue
            item = name
        if isinstance(item, str) and item.strip():
            out.append(unescape(item.strip()))
    return out


def origin(obj: dict[str, Any]) -> str:
    """Where an object was stated: "json-ld", or "microdata" for an item the
    reader turned into an object (``"@from": "microdata"``)."""
    return "microdata" if obj.get("@from") == "microdata" else "json-ld"


def text(value: Any) -> str | None:
    """A single string from a value: the first item, an object's id, url or name."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    if isinstance(value, str) and value.strip():
        return " ".join(unescape(value).split())
    return None
