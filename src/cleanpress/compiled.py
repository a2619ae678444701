"""Compiled twins of the modules that clean: loaded only while they match their source.

Where a C compiler was at hand at install, ``setup.py`` compiles the modules that
do the cleaning (readers, document model, chain, rules) with Cython, unchanged,
into extension modules beside their sources, and lists the SHA-256 of each
source it compiled in :data:`MANIFEST`. Compiled, they run about a tenth faster.

Python's own import would load such an extension in place of its ``.py`` even
after the ``.py`` was edited. :class:`TwinFinder`, put first on ``sys.meta_path``
by ``cleanpress/__init__.py``, decides instead: the extension while the source
is still the file it was built from, the source otherwise (an edit not built
yet runs as Python), and the source for every module when the environment sets
``CLEANPRESS_PURE_PYTHON=1``. The output is the same either way
(``tests/test_compiled.py`` checks).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from importlib.machinery import (
    EXTENSION_SUFFIXES,
    ExtensionFileLoader,
    ModuleSpec,
    SourceFileLoader,
)
from pathlib import Path

#: The list of compiled modules, beside this file: ``{"cleanpress.document": "<sha256
#: of document.py as compiled>", ...}``. Absent where nothing was compiled.
MANIFEST = "compiled-sources.json"
#: Set to any non-empty value: run every module as Python.
PURE_PYTHON = "CLEANPRESS_PURE_PYTHON"


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class TwinFinder:
    """A meta path finder for the package's compiled modules (see the module's docstring)."""

    def __init__(self, root: Path, sources: dict[str, str], pure: bool = False) -> None:
        #: The package's folder.
        self.root = root
        #: Source digests of the compiled modules, by module name.
        self.sources = sources
        #: Load every source, never an extension.
        self.pure = pure
        #: Modules loaded from their extension, in import order.
        self.compiled: list[str] = []

    def source(self, fullname: str) -> Path:
        """Where the source of the package's module ``fullname`` lies."""
        return self.root.joinpath(*fullname.split(".")[1:]).with_suffix(".py")

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> ModuleSpec | None:
        expected = self.sources.get(fullname)
        if expected is None:
            return None
        source = self.source(fullname)
        if not source.is_file():
            return None
        if not self.pure and digest(source) == expected:
            for suffix in EXTENSION_SUFFIXES:
                binary = source.with_name(source.stem + suffix)
                if binary.is_file():
                    self.compiled.append(fullname)
                    return importlib.util.spec_from_file_location(
                        fullname, binary, loader=ExtensionFileLoader(fullname, str(binary))
                    )
        return importlib.util.spec_from_file_location(
            fullname, source, loader=SourceFileLoader(fullname, str(source))
        )


def read_manifest(root: Path) -> dict[str, str]:
    """The compiled modules' source digests recorded at install ({} where none)."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(name): str(value) for name, value in data.items()}


_finder: TwinFinder | None = None


def install(root: Path) -> TwinFinder:
    """Put the finder for the package at ``root`` first on ``sys.meta_path`` (once)."""
    global _finder
    if _finder is None:
        _finder = TwinFinder(root, read_manifest(root), bool(os.environ.get(PURE_PYTHON)))
        sys.meta_path.insert(0, _finder)
    return _finder


def compiled_modules() -> list[str]:
    """The modules loaded compiled so far, in import order."""
    return list(_finder.compiled) if _finder is not None else []


def stale_modules() -> list[str]:
    """Compiled modules whose source changed since they were built (they run as Python)."""
    if _finder is None:
        return []
    stale = []
    for name, expected in sorted(_finder.sources.items()):
        source = _finder.source(name)
        if source.is_file() and digest(source) != expected:
            stale.append(name)
    return stale
