"""check_marker_pack: what it accepts and what it refuses."""

from __future__ import annotations

import types
from typing import Any

import pytest

import cleanpress
from cleanpress.markers import by_family
from cleanpress.testing import check_marker_pack

GOOD = {
    "related": {"xx": [r"^see here\b"], "yy": [r"^voir ici\b"]},
    "advertisement": {"xx": [r"^advert$"], "yy": [r"^pub$"]},
}


def pack(families: dict[str, Any], *, rules: list[cleanpress.Rule] | None = None) -> Any:
    module = types.ModuleType("fake_pack")

    @cleanpress.hookimpl
    def cleanpress_markers() -> dict[str, list[str]]:
        return by_family(families)

    module.cleanpress_markers = cleanpress_markers  # type: ignore[attr-defined]
    if rules is not None:

        @cleanpress.hookimpl
        def cleanpress_rules() -> list[cleanpress.Rule]:
            return rules

        module.cleanpress_rules = cleanpress_rules  # type: ignore[attr-defined]
    return module


def test_a_well_formed_pack_passes() -> None:
    check_marker_pack(pack(GOOD), GOOD, ("xx", "yy"))


def test_by_family_flattens_every_language() -> None:
    assert by_family(GOOD) == {
        "related": [r"^see here\b", r"^voir ici\b"], "advertisement": [r"^advert$", r"^pub$"],
    }


@pytest.mark.parametrize(
    ("families", "message"),
    [
        ({"sidebar": {"xx": ["^x"], "yy": ["^y"]}}, "not built-in marker families"),
        ({"related": {"xx": [r"^see here\b"]}}, "related: languages"),
        ({"related": {"xx": [r"^(a+)+$"], "yy": ["^y"]}}, "slow on hostile text"),
    ],
)
def test_a_malformed_pack_fails(families: dict[str, Any], message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        check_marker_pack(pack(families), families, ("xx", "yy"))


def test_a_pack_with_rules_fails() -> None:
    extra = cleanpress.rule("extra", stage="chrome", order=1, description="x")(lambda d, c: None)
    with pytest.raises(AssertionError):
        check_marker_pack(pack(GOOD, rules=[extra]), GOOD, ("xx", "yy"))
