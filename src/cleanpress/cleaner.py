"""Cleaner: a configured chain, ready to clean pages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from cleanpress.budget import Deadline
from cleanpress.chain import Chain, ChainEntry, has_text, widest_remover
from cleanpress.document import Document
from cleanpress.errors import ConfigError
from cleanpress.output import OutputOptions
from cleanpress.plugins import make_plugin_manager
from cleanpress.profiles import SITE_PROFILE_OPTION, ProfileSource, as_profile
from cleanpress.readers import DEFAULT_MAX_BYTES, read
from cleanpress.result import CleanResult

#: How many rules a page that came out empty may be cleaned again without.
FALLBACK_TRIES = 3
#: How the warning of a fallback begins; the rules left out follow, quoted.
FALLBACK_WARNING = "fallback: the rules left no text; cleaned again without "
_QUOTED = re.compile(r"'([^']*)'")


def fallback_rules(result: CleanResult) -> list[str]:
    """The rules a result's fallback left out, in the order left out (none: ``[]``)."""
    for warning in result.warnings:
        if warning.startswith(FALLBACK_WARNING):
            return _QUOTED.findall(warning[len(FALLBACK_WARNING):])
    return []


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
    :param time_budget: seconds a page may take (None: no limit). A page that
        runs past it stops where it is: the rules left are skipped, the text
        kept so far is the result, and a ``budget`` warning names the rule that
        was running (strict mode raises :class:`cleanpress.BudgetError`). On
        the main thread a rule stuck in Python code or in a regex is interrupted
        at the deadline; elsewhere the budget is checked between rules (see
        :mod:`cleanpress.budget` for what bounds a page where).
    :param profile: a site profile (a :class:`cleanpress.profiles.SiteProfile`,
        its dict, or the path of its JSON file, as ``cleanpress learn`` writes):
        the rule ``site-repeated-block`` removes the blocks it names for the
        page's site. Without one that rule does nothing.
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
        time_budget: float | None = None,
        profile: ProfileSource | None = None,
        links: bool = False,
        images: bool = False,
        tables: bool = True,
    ) -> None:
        if time_budget is not None and not time_budget > 0:
            raise ConfigError(f"time_budget must be a positive number of seconds: {time_budget!r}")
        self.time_budget = time_budget
        options = dict(options or {})
        if profile is not None:
            options[SITE_PROFILE_OPTION] = as_profile(profile)
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
        :raises BudgetError: in strict mode, for a page that runs past the time budget.
        """
        return self.explain(source, url=url, kind=kind, encoding=encoding)[1]

    def explain(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        kind: str = "auto",
        encoding: str | None = None,
        leave_out: Iterable[str] = (),
    ) -> tuple[Document, CleanResult]:
        """Clean one page like :meth:`clean`; also return the document.

        The document holds every block, kept or removed, with the rule and
        reason of each removal (what ``cleanpress explain`` shows).

        A page with text never comes back empty: when the rules leave none, the
        page is cleaned again without the rule that removed the most words (up
        to :data:`FALLBACK_TRIES` times), and a ``fallback`` warning names the
        rules left out. ``leave_out``: rules to leave out from the start, as a
        fallback would (to clean a fallback's text again as it was cleaned).
        """
        deadline = Deadline(self.time_budget) if self.time_budget else None
        output = self.output_options
        given = list(leave_out)
        left_out: list[str] = list(given)
        while True:
            doc, notes = read(source, kind=kind, encoding=encoding, max_bytes=self.max_bytes,
                              links=output.links, images=output.images)
            if url:
                doc.metadata.url = url
            problems = self.chain.run(doc, deadline, frozenset(left_out))
            if (len(left_out) - len(given) >= FALLBACK_TRIES or has_text(doc.kept())
                    or (deadline is not None and deadline.expired())
                    or not has_text(doc.blocks)):
                break
            widest = widest_remover(doc)  # rules left out removed nothing
            if widest is None:
                break
            left_out.append(widest)
        if len(left_out) > len(given):
            problems.append(FALLBACK_WARNING + ", ".join(repr(name) for name in left_out))
        return doc, CleanResult.from_document(doc, notes + problems, output)


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
