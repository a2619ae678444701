"""Build step beyond pyproject.toml: the optional compiled HTML walk.

``src/cleanpress/readers/_walk.pyx`` is compiled with Cython against the
headers lxml ships. Where that fails (no C compiler, no Cython), the build
goes on without it and the reader uses its pure-Python walk; set
``CLEANPRESS_PURE_PYTHON=1`` to skip compiling altogether.
"""

from __future__ import annotations

import os
import sys

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
    walk = Extension(
        "cleanpress.readers._walk",
        ["src/cleanpress/readers/_walk.pyx"],
        include_dirs=lxml.get_include(),
    )
    try:
        return cythonize([walk], language_level=3, quiet=True)  # type: ignore[no-any-return]
    except Exception as error:  # the .pyx does not compile to C
        _skipped(error)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
