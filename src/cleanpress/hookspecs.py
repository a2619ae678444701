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

    Called once, when a :class:`cleanpress.Cleaner` is built. Each rule carries
    its own place in the chain (``stage`` and ``order``), so the order in which
    plugins are registered does not matter. Rule names must be unique across
    all plugins; a clash is a configuration error.
    """


@hookspec
def cleanpress_markers() -> Mapping[str, Iterable[str]]:
    """Return extra phrase patterns for built-in marker families.

    Called once, when a cleaner is built. Keys are family names (see
    ``cleanpress.markers.FAMILIES``: ``"newsletter"``, ``"share"``, ...);
    values are regular expressions (case-insensitive, matched with
    ``re.search`` against the first 600 characters of a block) that the
    built-in rules of that family will also recognise. This is how a language
    pack teaches the built-in rules a new language without writing rules of
    its own. Built-in rule modules answer this hook for their own families.
    """
