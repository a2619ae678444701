"""Checks for marker packs: plugins that answer ``cleanpress_markers`` only."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from types import ModuleType

from cleanpress.cleaner import Cleaner
from cleanpress.markers import FAMILIES as BUILTIN_FAMILIES
from cleanpress.markers import LanguagePatterns, Markers, by_family

#: Longest time all of a pack's families may take over the hostile text.
MAX_SECONDS = 0.5


def check_marker_pack(
    plugin: ModuleType,
    families: Mapping[str, LanguagePatterns],
    languages: Iterable[str],
) -> None:
    """Assert that ``plugin`` is a well-formed marker pack for ``languages``.

    Its ``families`` are built-in families, each with patterns in every one of
    the languages; the plugin adds markers and no rules; and its patterns stay
    fast on long text that nearly matches them (see :func:`_hostile_texts`).
    """
    unknown = set(families) - set(BUILTIN_FAMILIES)
    assert not unknown, f"not built-in marker families: {sorted(unknown)}"
    wanted = set(languages)
    for family, patterns in families.items():
        assert set(patterns) == wanted, f"{family}: languages {sorted(patterns)}, not {wanted}"
    with_pack = Cleaner(plugins=[plugin], entry_points=False)
    without = Cleaner(entry_points=False)
    assert [e.rule.name for e in with_pack.entries] == [e.rule.name for e in without.entries]
    markers = Markers([by_family(families)])
    start = time.perf_counter()
    for text in _hostile_texts(families):
        for family in families:
            markers.search(family, text)
    assert time.perf_counter() - start < MAX_SECONDS, "a pattern is slow on hostile text"


#: Letters in a near-miss run: a pattern with nested quantifiers takes seconds on a run
#: this long (about two at 26 here), a linear one microseconds.
RUN = 26


def _hostile_texts(families: Mapping[str, LanguagePatterns]) -> list[str]:
    """Texts that nearly match: a run of each letter a pattern opens with (and of a
    Latin, a Cyrillic and a CJK letter) ending in a mismatch, and the patterns'
    openings repeated up to the length a marker search reads."""
    openings = [
        pattern.lstrip("^[](?:\\")[:8]
        for patterns in families.values() for pattern_list in patterns.values()
        for pattern in pattern_list
    ]
    letters = {text[0] for text in openings if text[:1].isalnum()} | {"a", "я", "字"}
    texts = [f"{letter * RUN}!" for letter in sorted(letters)]
    texts.append((" ".join(openings) + " ") * 10)
    return texts
