"""Build step beyond pyproject.toml: optional compiled modules, for speed.

- The HTML walk, compiled with Cython against the headers lxml ships:
  ``src/cleanpress/readers/walk.py`` as ``cleanpress.readers._walk`` (typed by
  ``_walk.pxd``), and its node layer, ``_nodes.pyx``.
- Twins of the modules that clean (readers, document model, chain, rules; see
  :data:`TWIN_ROOTS`), each compiled unchanged under its own name beside its
  source, with the SHA-256 of every source compiled listed in
  ``cleanpress/compiled-sources.json``: ``cleanpress/compiled.py`` loads a twin
  only while its source is that file.

Where compiling fails (no C compiler, no Cython), the build goes on without
what failed and that code runs as Python; set ``CLEANPRESS_PURE_PYTHON=1`` to
skip compiling altogether.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path("src/cleanpress")
#: Folders and modules (relative to the package) whose modules get compiled twins.
TWIN_ROOTS = ("", "readers", "rules")
#: Modules left as Python: package files, what pluggy inspects (hook specs and the
#: plugin manager), the twin loader itself, the walk (compiled apart), errors,
#: and the command line.
NOT_TWINS = frozenset({
    "__init__.py", "__main__.py", "hookspecs.py", "plugins.py", "compiled.py", "errors.py",
    "cli.py", "dask.py", "readers/walk.py",
})
MANIFEST = "compiled-sources.json"
#: No debug information in the twins (gcc and clang): it takes a third of the
#: compiler's time, and the code is the same.
QUICK_BUILD = [] if os.name == "nt" else ["-g0"]
#: SHA-256 of each twin's source, by module name (filled by :func:`extensions`).
TWIN_DIGESTS: dict[str, str] = {}


def twin_sources() -> list[Path]:
    """The sources compiled as twins, sorted."""
    found: set[Path] = set()
    for root in TWIN_ROOTS:
        pattern = "*.py" if not root else "**/*.py"
        for path in (PACKAGE / root).glob(pattern):
            if path.relative_to(PACKAGE).as_posix() not in NOT_TWINS and path.name not in NOT_TWINS:
                found.add(path)
    return sorted(found)


def twin_name(path: Path) -> str:
    return ".".join(("cleanpress", *path.relative_to(PACKAGE).with_suffix("").parts))


class OptionalBuildExt(build_ext):
    """build_ext that warns instead of failing (compiled modules only make cleaning
    faster), builds on every core, and lists the twins it built."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1
        self._built: dict[str, str] = {}

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # any build failure leaves the Python modules
            _skipped(error)
        self._write_manifest()

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:
            _skipped(error, ext.name)
            return
        if ext.name in TWIN_DIGESTS:
            self._built[ext.name] = TWIN_DIGESTS[ext.name]

    def _write_manifest(self) -> None:
        # Beside the package's own modules in this build (the source tree when in place).
        folder = Path(self.get_ext_fullpath("cleanpress.manifest")).parent
        folder.mkdir(parents=True, exist_ok=True)
        built = dict(sorted(self._built.items()))
        (folder / MANIFEST).write_text(json.dumps(built, indent=1) + "\n", encoding="utf-8")


def _skipped(error: Exception, name: str = "") -> None:
    what = name or "compiled modules"
    print(f"cleanpress: {what} not built ({error}); Python runs instead", file=sys.stderr)


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
    # Types come from _walk.pxd only; annotations are for type checkers.
    directives = {"language_level": 3, "annotation_typing": False}
    threads = os.cpu_count() or 1
    try:
        # force: Cython's own check of what changed misses _walk.pxd (it looks for
        # walk.pxd); the C goes to build/, out of the source tree.
        built: list[Extension] = cythonize(
            modules, compiler_directives=directives, quiet=True, force=True, build_dir="build"
        )
    except Exception as error:  # the sources do not compile to C
        _skipped(error)
        built = []
    twins = []
    for path in twin_sources():
        name = twin_name(path)
        TWIN_DIGESTS[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        twins.append(Extension(name, [path.as_posix()], extra_compile_args=QUICK_BUILD))
    try:
        built += cythonize(twins, compiler_directives=directives, quiet=True,
                           build_dir="build", nthreads=threads)
    except Exception:  # one source Cython cannot compile: the others, one by one
        for twin in twins:
            try:
                built += cythonize([twin], compiler_directives=directives, quiet=True,
                                   build_dir="build")
            except Exception as error:
                _skipped(error, twin.name)
    return built


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
