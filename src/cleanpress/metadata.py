"""Article metadata: the fields, and how rules contribute to them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Fields holding a list of strings; contributions are appended, duplicates dropped.
LIST_FIELDS = frozenset({"authors", "tags", "image_credits"})


@dataclass
class Metadata:
    """What the page says about the article.

    Dates are ISO 8601 strings, with a UTC offset where the page states a zone.
    ``date`` is the day the page dates itself by: when it was published, else
    when it was last updated (a documentation page that states only that).
    ``extra`` holds fields that plugins add, keyed by the plugin's chosen name.
    ``sources`` says where each field was read: field name -> "rule: source"
    (``"html-metadata: json-ld datePublished"``, ``"byline: byline text"``).
    """

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    published: str | None = None
    updated: str | None = None
    date: str | None = None
    tags: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    #: What kind of page it is, told from its structure: "article", "forum",
    #: "product", "listing", "collection", "service" or "documentation".
    page_type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FIELD_NAMES = frozenset(f.name for f in fields(Metadata)) - {"extra", "sources"}


def apply_value(meta: Metadata, name: str, value: Any, *, override: bool = False) -> bool:
    """Set one field; return whether it changed.

    Scalars: the first contribution wins unless ``override``. List fields:
    items are appended in order, skipping ones already present (case-insensitive);
    with ``override`` they replace the list. Names that are not built-in fields go
    to ``meta.extra``.
    """
    if value is None or value == "" or value == []:
        return False
    if name not in FIELD_NAMES:
        if name in meta.extra and not override:
            return False
        meta.extra[name] = value
        return True
    if name in LIST_FIELDS:
        items = [value] if isinstance(value, str) else list(value)
        if override:
            setattr(meta, name, [])
        current: list[str] = getattr(meta, name)
        seen = {s.casefold() for s in current}
        changed = False
        for item in items:
            item = " ".join(str(item).split())
            if item and item.casefold() not in seen:
                current.append(item)
                seen.add(item.casefold())
                changed = True
        return changed
    if getattr(meta, name) is not None and not override:
        return False
    setattr(meta, name, value)
    return True
