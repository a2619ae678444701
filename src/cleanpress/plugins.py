"""The plugin manager: default plugins, entry-point plugins, extra plugins.

Built-in rules are plugins too, listed by :func:`default_plugins` and
registered exactly like third-party ones. Third-party plugins are found
through the ``cleanpress`` entry-point group. The environment variable
``CLEANPRESS_PLUGINS`` chooses which of those load: unset loads all, an empty
string loads none, a comma-separated list loads only the named ones.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import pkgutil
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import pluggy

from cleanpress import hookspecs

ENTRY_POINT_GROUP = "cleanpress"
ENV_VAR = "CLEANPRESS_PLUGINS"



@functools.cache
def default_plugins() -> tuple[str, ...]:
    """The modules registered in every plugin manager: each module under
    ``cleanpress.rules`` that implements a hook, sorted by name.

    The sub-packages (``locate``, ``chrome``, ``metadata``, ``common``) group the
    rules by what they decide; helper modules that implement no hook are not
    plugins and are left out.
    """
    import cleanpress.rules

    names = []
    for info in pkgutil.walk_packages(cleanpress.rules.__path__, "cleanpress.rules."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        if any(_is_hookimpl(getattr(module, hook, None)) for hook in _HOOK_NAMES):
            names.append(info.name)
    return tuple(sorted(names))


#: The hooks a plugin can implement (the functions of :mod:`cleanpress.hookspecs`).
_HOOK_NAMES: tuple[str, ...] = tuple(
    name for name in vars(hookspecs) if name.startswith(f"{ENTRY_POINT_GROUP}_")
)


def _is_hookimpl(value: object) -> bool:
    return callable(value) and hasattr(value, f"{ENTRY_POINT_GROUP}_impl")


def registrable(module: ModuleType) -> ModuleType:
    """``module``, or where it runs compiled (see :mod:`cleanpress.compiled`) a stand-in
    of the same name whose hooks are Python functions calling its own: pluggy takes
    only Python functions as hook implementations."""
    hooks = {name: getattr(module, name, None) for name in _HOOK_NAMES}
    compiled = {name for name, hook in hooks.items()
                if _is_hookimpl(hook) and not inspect.isfunction(hook)}
    if not compiled:
        return module
    stand_in = ModuleType(module.__name__, module.__doc__)
    if hasattr(module, "__file__"):
        stand_in.__file__ = module.__file__
    for name, hook in hooks.items():
        if hook is not None:
            setattr(stand_in, name, _forwarding(hook) if name in compiled else hook)
    return stand_in


def _forwarding(hook: Any) -> Any:
    """A Python function calling ``hook``, with its name, signature and marker."""

    @functools.wraps(hook)  # (copies the marker with the rest of the function's attributes)
    def forward(*args: Any, **kwargs: Any) -> Any:
        return hook(*args, **kwargs)

    return forward


def make_plugin_manager(
    *,
    defaults: bool = True,
    entry_points: bool | None = None,
    extra: Iterable[object] = (),
) -> pluggy.PluginManager:
    """Build a plugin manager.

    ``defaults``: register the built-in plugins. ``entry_points``: load
    installed plugins (None follows ``CLEANPRESS_PLUGINS``). ``extra``: plugin
    objects or module names to register as well.
    """
    pm = pluggy.PluginManager("cleanpress")
    pm.add_hookspecs(hookspecs)
    if defaults:
        for name in default_plugins():
            pm.register(registrable(importlib.import_module(name)), name=name)
    if entry_points is None or entry_points:
        _load_entry_points(pm, only_env=entry_points is None)
    for plugin in extra:
        if isinstance(plugin, str):
            plugin = importlib.import_module(plugin)
        pm.register(plugin, name=plugin_name(plugin))
    return pm


def _load_entry_points(pm: pluggy.PluginManager, *, only_env: bool) -> None:
    wanted = os.environ.get(ENV_VAR) if only_env else None
    if wanted is None:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        return
    for name in (n.strip() for n in wanted.split(",")):
        if name:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=name)


def plugin_name(plugin: object) -> str:
    """A readable name for a registered plugin object."""
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    return getattr(plugin, "__name__", None) or type(plugin).__name__


def registered_name(pm: pluggy.PluginManager, plugin: object) -> str:
    """The name a plugin was registered under (the entry-point name for installed ones)."""
    return pm.get_name(plugin) or plugin_name(plugin)
