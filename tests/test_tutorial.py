"""docs/plugins.md works: its tutorial package installs and runs, its examples run.

The tutorial's files are the code blocks marked ``file=PATH``. They are written
into a fresh folder and pip-installed into a throwaway virtual environment
that sees this environment's packages (cleanpress, pytest, setuptools) through
a ``.pth`` file; then ``cleanpress rules`` must list the tutorial's rule at the
place its code states, and the package's own tests must pass.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import site
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "plugins.md"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```$", re.M | re.S)


def code_blocks() -> list[tuple[str, str, str]]:
    """(language, info after the language, code) of each fenced block of the page."""
    return [(m[1], m[2].strip(), m[3]) for m in FENCE.finditer(DOC.read_text(encoding="utf-8"))]


def tutorial_files() -> dict[str, str]:
    files = {}
    for _, info, code in code_blocks():
        if info.startswith("file="):
            files[info.removeprefix("file=")] = code
    return files


def _can_build_without_isolation() -> bool:
    """Whether this environment's setuptools can build wheels by itself (>= 70.1, or wheel)."""
    try:
        import setuptools
    except ImportError:
        return False
    version = tuple(int(p) for p in re.findall(r"\d+", setuptools.__version__)[:2])
    return version >= (70, 1) or importlib.util.find_spec("wheel") is not None


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """The tutorial package written out and installed; returns (package, python, env)."""
    base = tmp_path_factory.mktemp("tutorial")
    package = base / "cleanpress-donations"
    for name, code in tutorial_files().items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")

    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=60)
    python = venv / "bin" / "python"
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                  base, dict(os.environ)).stdout.strip()
    # Let the new environment see this one's packages, .pth files included.
    here = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib, "_outer_env.pth").write_text(
        "".join(f"import site; site.addsitedir({p!r})\n" for p in here), encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "CLEANPRESS"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
               "--no-deps", "--no-input", str(package)]
    if _can_build_without_isolation():
        command.insert(-1, "--no-build-isolation")  # offline: this environment's setuptools
    else:  # pragma: no cover - depends on the environment
        command[-1:-1] = ["--retries", "0", "--timeout", "20"]
    result = run(command, base, env)
    if result.returncode != 0:
        pytest.skip("could not build the tutorial package here (needs setuptools>=70.1 or "
                    f"wheel, or an index for build isolation): {result.stderr[-600:]}")
    return package, python, env


def test_tutorial_has_the_package_files() -> None:
    assert set(tutorial_files()) == {
        "pyproject.toml",
        "src/cleanpress_donations/__init__.py",
        "tests/test_donations.py",
        "tests/fixtures/appeal-inside-article/input.txt",
        "tests/fixtures/appeal-inside-article/expected.json",
    }


def test_entry_point_found_and_rule_listed_at_its_place(installed) -> None:
    package, python, env = installed
    code = tutorial_files()["src/cleanpress_donations/__init__.py"]
    place = re.search(r'rule\(\s*"([a-z-]+)",\s*stage="(\w+)",\s*order=(\d+)', code)
    assert place, "the tutorial's rule decorator states no name, stage and order"
    name, stage, order = place[1], place[2], int(place[3])

    env = {**env, "CLEANPRESS_PLUGINS": "donations"}
    listed = run([str(python), "-m", "cleanpress", "rules", "--json"], package, env)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    ours = [r for r in rows if r["name"] == name]
    assert len(ours) == 1, f"{name} not in `cleanpress rules`: {[r['name'] for r in rows]}"
    row = ours[0]
    assert (row["stage"], row["order"], row["plugin"]) == (stage, order, "donations")
    keys = [(["prepare", "locate", "chrome", "tidy", "metadata"].index(r["stage"]), r["order"],
             r["name"]) for r in rows]
    assert keys == sorted(keys) and rows.index(row) == row["position"] - 1

    table = run([str(python), "-m", "cleanpress", "rules"], package, env)
    assert re.search(rf"^\s*\d+\s+{name}\s+{stage}\s+{order}\s+donations\s", table.stdout, re.M)


def test_package_tests_pass_through_the_kit(installed) -> None:
    package, python, env = installed
    result = run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA"],
                 package, env)
    out = result.stdout
    assert result.returncode == 0, out[-3000:] + result.stderr[-2000:]
    assert "PASSED tests/fixtures/appeal-inside-article/expected.json::appeal-inside-article" \
        in out, out[-3000:]
    assert re.search(r"\b7 passed\b", out), out[-3000:]


@pytest.mark.parametrize(
    "index",
    [i for i, (lang, info, _) in enumerate(code_blocks()) if lang == "python" and not info],
)
def test_reference_examples_run(index: int, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(ROOT)  # the examples' relative paths are from the repository root
    code = code_blocks()[index][2]
    exec(compile(code, f"{DOC.name}[block {index}]", "exec"), {"__name__": "doc_example"})
