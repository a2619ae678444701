"""Hypothesis profiles of the property tests: ``ci`` (the test suite: 50 examples a
property) and ``proptest`` (``make proptest``: 2,000 a property). The environment
variable HYPOTHESIS_PROFILE chooses; ``ci`` when unset."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    # Cleaning a large random page takes some milliseconds: no per-example deadline.
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile("ci", max_examples=50, **_COMMON)
settings.register_profile("proptest", max_examples=2_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
