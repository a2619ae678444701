"""Fixture cases below run with this plugin registered next to the built-in rules."""

from __future__ import annotations

from typing import Any


def pytest_cleanpress_settings(config: Any, path: Any) -> dict[str, Any]:
    return {"plugins": ["cleanpress_wordpress"]}
