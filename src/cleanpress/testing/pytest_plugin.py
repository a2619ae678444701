"""pytest plugin: every fixture case folder becomes a test item.

Installed with cleanpress (entry point ``pytest11``). It does nothing until a
project names folders of cases, in its pytest configuration::

    [tool.pytest.ini_options]
    cleanpress_fixtures = ["tests/fixtures"]   # folders of case folders; globs allowed
    cleanpress_plugins = ["my_plugin"]         # modules registered as plugins

or on the command line (``--cleanpress-fixtures DIR``, ``--cleanpress-plugin
MODULE``). Each folder below holding ``expected.json`` (see
:mod:`cleanpress.testing.cases`) is one test. Cases run with the built-in
rules plus the named plugins; installed plugins are not loaded unless
``cleanpress_entry_points = true``, so results do not depend on what else is
installed. A ``conftest.py`` can adjust this for the cases below it through
the ``pytest_cleanpress_settings`` hook (:mod:`cleanpress.testing.hooks`).
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleanpress.cleaner import Cleaner
from cleanpress.testing.cases import Case, check_case, load_case

_ROOTS = pytest.StashKey[list[Path]]()
_CLEANERS = pytest.StashKey[dict[str, Cleaner]]()


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from cleanpress.testing import hooks

    pluginmanager.add_hookspecs(hooks)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cleanpress", "cleanpress fixture cases")
    group.addoption("--cleanpress-fixtures", action="append", default=[], metavar="DIR",
                    help="a folder of cleanpress fixture cases to collect (repeatable)")
    group.addoption("--cleanpress-plugin", action="append", default=[], metavar="MODULE",
                    help="register this module as a cleanpress plugin for the cases (repeatable)")
    parser.addini("cleanpress_fixtures", type="args", default=[],
                  help="folders of cleanpress fixture cases, relative to the config file; "
                       "glob patterns allowed")
    parser.addini("cleanpress_plugins", type="args", default=[],
                  help="modules registered as cleanpress plugins for the cases")
    parser.addini("cleanpress_disable", type="args", default=[],
                  help="rules left out of the chain for the cases")
    parser.addini("cleanpress_defaults", type="bool", default=True,
                  help="run the cases with the built-in rules (default: true)")
    parser.addini("cleanpress_entry_points", type="bool", default=False,
                  help="also load installed cleanpress plugins (default: false)")


def pytest_configure(config: pytest.Config) -> None:
    base = config.inipath.parent if config.inipath else config.rootpath
    roots = _expand(base, config.getini("cleanpress_fixtures"))
    roots += _expand(config.invocation_params.dir, config.getoption("cleanpress_fixtures"))
    config.stash[_ROOTS] = roots
    config.stash[_CLEANERS] = {}
    if roots and config.args_source is not pytest.Config.ArgsSource.ARGS:
        # No paths were named: collect the case folders as well as testpaths.
        searched = [Path(arg).resolve() for arg in config.args]
        for root in roots:
            if not any(root.is_relative_to(s) for s in searched):
                config.args.append(str(root))


def _expand(base: Path, entries: list[str]) -> list[Path]:
    """Resolve folder names and glob patterns against ``base``; missing folders are errors."""
    roots: list[Path] = []
    for entry in entries:
        pattern = str(base / entry)
        if glob.has_magic(entry):
            roots += sorted(Path(p).resolve() for p in glob.glob(pattern) if Path(p).is_dir())
        elif Path(pattern).is_dir():
            roots.append(Path(pattern).resolve())
        else:
            raise pytest.UsageError(f"cleanpress fixtures folder not found: {pattern}")
    return roots


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name != "expected.json":
        return None
    here = file_path.resolve()
    if any(here.is_relative_to(root) for root in parent.config.stash[_ROOTS]):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    """A case folder's ``expected.json``: holds the one case."""

    def collect(self) -> Iterator[CaseItem]:
        try:
            case = load_case(self.path.parent)
        except (ValueError, KeyError, TypeError) as error:
            raise self.CollectError(f"bad fixture case: {error}") from error
        yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseFailure(Exception):
    """A case whose result differs from what it expects."""

    def __init__(self, case: Case, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.case = case
        self.problems = problems


class CaseItem(pytest.Item):
    """One fixture case: clean the page, check it against ``expected.json``."""

    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        case = self.case
        _, problems = check_case(case, self.cleaner())
        if case.pending:
            if problems:
                pytest.xfail(f"pending: {case.pending}")
            problems = [f"marked pending ({case.pending}) but passes now: "
                        "remove 'pending' from expected.json"]
        if problems:
            raise CaseFailure(case, problems)

    def settings(self) -> dict[str, Any]:
        """The cleaner settings for this case: ini options, then conftest answers."""
        config = self.config
        merged: dict[str, Any] = {
            "plugins": list(config.getini("cleanpress_plugins"))
            + list(config.getoption("cleanpress_plugin")),
            "disable": list(config.getini("cleanpress_disable")),
            "defaults": bool(config.getini("cleanpress_defaults")),
            "entry_points": bool(config.getini("cleanpress_entry_points")),
            "options": {},
        }
        answers = self.ihook.pytest_cleanpress_settings(config=config, path=self.case.folder)
        for answer in reversed(answers):  # farthest conftest first, nearest last
            for key, value in answer.items():
                if key not in merged:
                    raise pytest.UsageError(f"pytest_cleanpress_settings: unknown key {key!r}")
                if key in ("plugins", "disable"):
                    merged[key] += [v for v in value if v not in merged[key]]
                elif key == "options":
                    merged[key].update(value)
                else:
                    merged[key] = bool(value)
        return merged

    def cleaner(self) -> Cleaner:
        """A cleaner built from :meth:`settings`, shared by cases with the same settings."""
        settings = self.settings()
        key = json.dumps(settings, sort_keys=True, default=repr)
        cache = self.config.stash[_CLEANERS]
        if key not in cache:
            cache[key] = Cleaner(**settings)
        return cache[key]

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if not isinstance(excinfo.value, CaseFailure):
            return super().repr_failure(excinfo, style=style)
        case = excinfo.value.case
        lines = [f"fixture case {case.name} ({case.input_path}):"]
        for problem in excinfo.value.problems:
            first, *rest = problem.split("\n")
            lines.append(f"  - {first}")
            lines += [f"      {line}" for line in rest]
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"cleanpress case: {self.case.name}"
