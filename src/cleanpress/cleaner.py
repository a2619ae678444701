"""Cleaner: a configured chain, ready to clean pages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cleanpress.chain import Chain, ChainEntry
from cleanpress.document import Document
from cleanpress.output import OutputOptions
from cleanpress.plugins import make_plugin_manager
from cleanpress.readers import DEFAULT_MAX_BYTES, read
from cleanpress.result import CleanResult


class Cleaner:
    """A rule chain built once and reused for many pages.

    :param plugins: extra plugin objects or module names to register.
    :param disable: names of rules to leave out of the chain.
    :param strict: raise :class:`cleanpress.RuleError` when a rule fails,
        instead of skipping it with a warning.
    :param defaults: register the built-in rules (turn off to run only yours).
    :param entry_points: load installed plugins; ``None`` follows the
        ``CLEANPRESS_PLUGINS`` environment variable (unset: load all).
    :param max_bytes: inputs larger than this raise :class:`cleanpress.InputError`.
    :param options: free-form settings that rules read from ``ctx.options``.
    :param links: put links in the structured output (``result.markdown``,
        ``result.html``), their addresses resolved against the page's URL.
    :param images: put images in the structured output (``![alt](src)``).
    :param tables: write tables as tables in the structured output (the default);
        else each row is a paragraph.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        disable: Iterable[str] = (),
        strict: bool = False,
        defaults: bool = True,
        entry_points: bool | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        options: dict[str, Any] | None = None,
        links: bool = False,
        images: bool = False,
        tables: bool = True,
    ) -> None:
        self.plugin_manager = make_plugin_manager(
            defaults=defaults, entry_points=entry_points, extra=plugins
        )
        self.chain = Chain(self.plugin_manager, disable=disable, strict=strict, options=options)
        self.max_bytes = max_bytes
        self.output_options = OutputOptions(links=links, images=images, tables=tables)

    @property
    def entries(self) -> list[ChainEntry]:
        """The chain in running order."""
        return list(self.chain.entries)

    def clean(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        kind: str = "auto",
        encoding: str | None = None,
    ) -> CleanResult:
        """Clean one page.

        :param source: the page, as text or bytes (bytes are decoded: BOM,
            declared charset, UTF-8, then detection).
        :param url: the page's address, if known (goes to metadata; rules may use it).
        :param kind: ``"text"``, ``"html"``, or ``"auto"`` to tell by content.
        :param encoding: the bytes' encoding, if known.
        :raises InputError: for input that is not a page (binary, too large, bad kind).
        """
        return self.explain(source, url=url, kind=kind, encoding=encoding)[1]

    def explain(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        kind: str = "auto",
        encoding: str | None = None,
    ) -> tuple[Document, CleanResult]:
        """Clean one page like :meth:`clean`; also return the document.

        The document holds every block, kept or removed, with the rule and
        reason of each removal (what ``cleanpress explain`` shows).
        """
        output = self.output_options
        doc, notes = read(source, kind=kind, encoding=encoding, max_bytes=self.max_bytes,
                          links=output.links, images=output.images)
        if url:
            doc.metadata.url = url
        problems = self.chain.run(doc)
        return doc, CleanResult.from_document(doc, notes + problems, self.output_options)


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    """The shared cleaner behind :func:`cleanpress.clean` (built on first use)."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    kind: str = "auto",
    encoding: str | None = None,
) -> CleanResult:
    """Clean one page with the default chain (built-in rules and installed plugins)."""
    return default_cleaner().clean(source, url=url, kind=kind, encoding=encoding)
