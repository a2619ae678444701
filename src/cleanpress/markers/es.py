"""Chrome marker patterns: es."""

from cleanpress.hookspecs import hookimpl

PATTERNS: dict[str, list[str]] = {}


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return PATTERNS
