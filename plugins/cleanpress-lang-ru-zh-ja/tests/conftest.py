"""Fixture cases run the built-in rules with this pack (and no other plugin)."""

from __future__ import annotations

from typing import Any


def pytest_cleanpress_settings(config: Any, path: Any) -> dict[str, Any]:
    return {"plugins": ["cleanpress_lang_ru_zh_ja"]}
