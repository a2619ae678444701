"""The hooks a cleanpress plugin can implement.

This module is the plugin author's reference. Implement a hook by defining a
function of the same name in your plugin module, decorated with
:data:`cleanpress.hookimpl`, and register the module through the
``cleanpress`` entry-point group (see docs/plugins.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pluggy

from cleanpress.rule import Rule

hookspec = pluggy.HookspecMarker("cleanpress")
hookimpl = pluggy.HookimplMarker("cleanpress")


@hookspec
def cleanpress_rules() -> Iterable[Rule]:
    """Return the rules this plugin adds to the chain.

    Takes no arguments. Returns an iterable of :class:`cleanpress.Rule`
    (usually made with ``@cleanpress.rule``); an empty one is fine.

    Called once per :class:`cleanpress.Cleaner`, when it is built; cleaning
    pages calls no hooks. Each rule carries its own place in the chain
    (``stage``, then ``order``, then ``name``), so the order in which plugins
    are registered or called does not matter. Rule names must be unique
    across all plugins: a clash, or an item that is not a ``Rule``, raises
    :class:`cleanpress.ConfigError` when the cleaner is built.
    """


@hookspec
def cleanpress_markers() -> Mapping[str, Iterable[str]]:
    """Return extra phrase patterns for built-in marker families.

    Takes no arguments. Returns a mapping of family name to an iterable of
    regular expressions, e.g. ``{"newsletter": [r"^iscriviti\\b"]}``.
    Families are those of ``cleanpress.markers.FAMILIES`` (``"newsletter"``,
    ``"share"``, ...); an unknown family or a pattern that does not compile
    raises :class:`cleanpress.ConfigError` when the cleaner is built.

    Called once per :class:`cleanpress.Cleaner`, when it is built. All
    plugins' patterns of a family are joined into one case-insensitive
    expression that the built-in rules of that family search (``re.search``)
    in the first 600 characters of a block; anchor a pattern with ``^`` when
    the phrase must open the block, and keep it linear (bounded gaps, no
    nested quantifiers). This is how a language pack teaches the built-in
    rules a new language without writing rules of its own (the byline
    rule's date words too: ``published``, ``updated`` and ``date_joiner``,
    found anywhere in a line, see docs/plugins.md). Built-in rule modules
    answer this hook for their own families.
    """
