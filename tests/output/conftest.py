from __future__ import annotations

import pytest

from cleanpress import Cleaner


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.fixture(scope="module")
def full() -> Cleaner:
    """A cleaner that puts links and images in the structured output."""
    return Cleaner(links=True, images=True)
