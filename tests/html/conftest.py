from __future__ import annotations

import pytest

from cleanpress import Cleaner


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()
