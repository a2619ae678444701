"""The hook a ``conftest.py`` implements to set up the cases below its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def pytest_cleanpress_settings(config: pytest.Config, path: Path) -> dict[str, Any] | None:
    """Return cleaner settings for the fixture case in folder ``path``, or None.

    Called once per case by the cleanpress test kit, on the ``conftest.py``
    files that apply to ``path`` (the ones in its folder and the folders above
    it). Recognised keys: ``plugins`` (module names, added to the
    ``cleanpress_plugins`` ini option), ``disable`` (rule names, added too),
    ``defaults`` and ``entry_points`` (booleans, replacing the ini values) and
    ``options`` (a dict, merged into the cleaner's ``options``). Where several
    conftests answer, the one nearest to the case wins for booleans.
    """
