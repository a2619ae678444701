"""The package's layout: modules import each other in one direction only."""

from __future__ import annotations

import ast
from pathlib import Path

import cleanpress

SRC = Path(cleanpress.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = ("cleanpress", *path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module's imports of other cleanpress modules, wherever they stand
    (type-checking blocks and function bodies included)."""
    paths = {_module_name(p): p for p in SRC.rglob("*.py")}
    # Compiled modules (``from cleanpress.readers import _nodes``) are modules too,
    # not an import of their package; their own imports are not read.
    compiled = {_module_name(p) for pattern in ("*.pyx", "*.pxd") for p in SRC.rglob(pattern)}
    graph: dict[str, set[str]] = {name: set() for name in paths.keys() | compiled}
    for name, path in paths.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.append(full if full in graph else node.module)
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            graph[name].update(t for t in targets if t in graph and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import loops of ``graph``: its strongly connected parts of two or more modules."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in order:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], order[nxt])
        if low[node] == order[node]:
            part = []
            while True:
                top = stack.pop()
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return found


def test_cycles_finds_a_loop() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = import_graph()
    assert "cleanpress.rule" in graph["cleanpress.chain"]  # the graph is read at all
    assert cycles(graph) == []
