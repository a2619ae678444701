"""Fixture cases below run with this plugin alone, so their word counts are exact.

With the built-in rules the count would depend on what they remove; the unit
tests check the plugin together with them.
"""

from __future__ import annotations

from typing import Any


def pytest_cleanpress_settings(config: Any, path: Any) -> dict[str, Any]:
    return {"plugins": ["cleanpress_readability_stats"], "defaults": False}
