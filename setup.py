"""Build step beyond pyproject.toml: the optional compiled HTML walk.

Two extension modules, compiled with Cython against the headers lxml ships: the
walk itself, ``src/cleanpress/readers/walk.py`` compiled as
``cleanpress.readers._walk`` (typed by ``_walk.pxd``), and its node layer,
``_nodes.pyx``. Where that fails (no C compiler, no Cython), the build goes on
without them and the reader runs ``walk.py`` as Python; set
``CLEANPRESS_PURE_PYTHON=1`` to skip compiling altogether.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """build_ext that warns instead of failing: the extension only makes reading faster."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # any build failure leaves the pure-Python walk
            _skipped(error)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:
            _skipped(error)


def _skipped(error: Exception) -> None:
    print(
        f"cleanpress: compiled HTML walk not built ({error}); the pure-Python walk is used",
        file=sys.stderr,
    )


def extensions() -> list[Extension]:
    if os.environ.get("CLEANPRESS_PURE_PYTHON"):
        return []
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError as error:
        _skipped(error)
        return []
    readers = "src/cleanpress/readers/"
    # Recorded in _nodes, so that the reader can tell a compiled walk built from
    # another walk.py (an edit not built yet) and run walk.py as Python instead.
    source = hashlib.sha256(Path(readers, "walk.py").read_bytes()).hexdigest()
    modules = [
        Extension("cleanpress.readers._nodes", [readers + "_nodes.pyx"],
                  include_dirs=lxml.get_include(),
                  define_macros=[("CLEANPRESS_WALK_SOURCE", f'"{source}"')]),
        # The same source as the pure-Python walk, under its own name, so that
        # CLEANPRESS_PURE_PYTHON=1 can still run walk.py as Python.
        Extension("cleanpress.readers._walk", [readers + "walk.py"],
                  include_dirs=lxml.get_include()),
    ]
    # Types come from _walk.pxd only; walk.py's annotations are for type checkers.
    directives = {"language_level": 3, "annotation_typing": False}
    try:
        # force: Cython's own check of what changed misses _walk.pxd (it looks for
        # walk.pxd); the C goes to build/, out of the source tree.
        return cythonize(  # type: ignore[no-any-return]
            modules, compiler_directives=directives, quiet=True, force=True, build_dir="build"
        )
    except Exception as error:  # the sources do not compile to C
        _skipped(error)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
