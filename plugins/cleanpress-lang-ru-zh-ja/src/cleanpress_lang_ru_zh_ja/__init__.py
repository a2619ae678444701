"""Russian, Chinese and Japanese chrome phrases for cleanpress's built-in rules.

This plugin adds no rules. It answers ``cleanpress_markers`` with patterns for
the built-in marker families (newsletter, share, related, advertisement,
copyright, cookie, reading time, ...), so the built-in rules that consult those
families recognise chrome in these three languages too.
"""

from __future__ import annotations

from cleanpress import hookimpl
from cleanpress.markers import by_family
from cleanpress_lang_ru_zh_ja.patterns import FAMILIES

#: The languages of this pack, as ISO 639-1 codes.
LANGUAGES = ("ru", "zh", "ja")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    """Every family's patterns in the pack's languages."""
    return by_family(FAMILIES)
