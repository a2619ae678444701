"""Compiled twins: loaded only while they match their source, and same output as Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

import cleanpress
from cleanpress import compiled
from cleanpress.compiled import MANIFEST, TwinFinder, digest, read_manifest
from cleanpress.plugins import make_plugin_manager, registrable
from cleanpress.rule import rule

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = EXTENSION_SUFFIXES[0]


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A package folder ``twinpkg`` holding ``mod.py`` and a file named as its twin."""
    root = tmp_path / "twinpkg"
    root.mkdir()
    (root / "mod.py").write_text("VALUE = 1\n", encoding="utf-8")
    (root / f"mod{SUFFIX}").write_bytes(b"not really a binary")
    return root


def test_twin_loaded_while_source_matches(package: Path) -> None:
    finder = TwinFinder(package, {"twinpkg.mod": digest(package / "mod.py")})
    spec = finder.find_spec("twinpkg.mod")
    assert spec is not None and isinstance(spec.loader, ExtensionFileLoader)
    assert spec.origin == str(package / f"mod{SUFFIX}")
    assert finder.compiled == ["twinpkg.mod"]


def test_edited_source_runs_as_python(package: Path) -> None:
    finder = TwinFinder(package, {"twinpkg.mod": digest(package / "mod.py")})
    (package / "mod.py").write_text("VALUE = 2\n", encoding="utf-8")
    spec = finder.find_spec("twinpkg.mod")
    assert spec is not None and isinstance(spec.loader, SourceFileLoader)
    assert spec.origin == str(package / "mod.py")
    assert finder.compiled == []


def test_pure_python_asked_for(package: Path) -> None:
    finder = TwinFinder(package, {"twinpkg.mod": digest(package / "mod.py")}, pure=True)
    spec = finder.find_spec("twinpkg.mod")
    assert spec is not None and isinstance(spec.loader, SourceFileLoader)


def test_twin_missing_runs_as_python(package: Path) -> None:
    (package / f"mod{SUFFIX}").unlink()
    finder = TwinFinder(package, {"twinpkg.mod": digest(package / "mod.py")})
    spec = finder.find_spec("twinpkg.mod")
    assert spec is not None and isinstance(spec.loader, SourceFileLoader)


def test_modules_not_compiled_are_left_to_python(package: Path) -> None:
    finder = TwinFinder(package, {"twinpkg.mod": digest(package / "mod.py")})
    assert finder.find_spec("twinpkg.other") is None
    assert finder.find_spec("json") is None


@pytest.mark.parametrize("content", [None, "not json", "[1, 2]"])
def test_unreadable_manifest_means_nothing_compiled(tmp_path: Path, content: str | None) -> None:
    if content is not None:
        (tmp_path / MANIFEST).write_text(content, encoding="utf-8")
    assert read_manifest(tmp_path) == {}


def test_manifest_read(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text('{"twinpkg.mod": "ab12"}', encoding="utf-8")
    assert read_manifest(tmp_path) == {"twinpkg.mod": "ab12"}


class _CompiledHook:
    """Stands for a compiled function: callable, marked, but no Python function."""

    __name__ = "cleanpress_rules"
    __doc__ = "rules"

    def __init__(self, rules: list[object]) -> None:
        self.rules = rules

    def __call__(self) -> list[object]:
        return self.rules


def test_compiled_hooks_registered_through_a_stand_in() -> None:
    @rule("twin-test-rule", stage="tidy", order=999, description="a rule of a compiled module")
    def twin_test_rule(doc: object, ctx: object) -> None:
        pass

    hook = _CompiledHook([twin_test_rule])
    cleanpress.hookimpl(hook)
    module = ModuleType("twin_plugin")
    module.cleanpress_rules = hook  # type: ignore[attr-defined]
    stand_in = registrable(module)
    assert stand_in is not module and stand_in.__name__ == "twin_plugin"
    pm = make_plugin_manager(defaults=False, entry_points=False, extra=[stand_in])
    rules = [r for answer in pm.hook.cleanpress_rules() for r in answer]
    assert rules == [twin_test_rule]


def test_python_plugin_module_registered_as_it_is() -> None:
    module = ModuleType("plain_plugin")

    @cleanpress.hookimpl
    def cleanpress_rules() -> list[object]:
        return []

    module.cleanpress_rules = cleanpress_rules  # type: ignore[attr-defined]
    assert registrable(module) is module


def _texts_in_subprocess(env: dict[str, str]) -> dict[str, str]:
    """Each fixture page's clean text, cleaned in a new interpreter."""
    code = (
        "import json, sys, pathlib, cleanpress\n"
        "c = cleanpress.Cleaner(entry_points=False)\n"
        "out = {}\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*/*/input.*')):\n"
        "    out[str(p)] = c.clean(p.read_bytes()).text\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "fixtures")],
        env=env, capture_output=True, text=True, check=True, timeout=600,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_compiled_and_python_give_the_same_text() -> None:
    if not compiled.compiled_modules():
        pytest.skip("no compiled modules in this install (built without a C compiler)")
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON}
    as_built = _texts_in_subprocess(env)
    as_python = _texts_in_subprocess({**env, compiled.PURE_PYTHON: "1"})
    assert len(as_built) > 50
    assert as_built == as_python
