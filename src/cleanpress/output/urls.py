"""Addresses for links and images: resolved against the page's URL, and safe.

Only web and mail addresses go out (http, https, mailto) and addresses without
a scheme; ``javascript:``, ``data:`` and every other scheme are refused,
however the page spells them (browsers drop tabs, newlines and control
characters before reading a scheme, so those are dropped first here too).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
#: Characters a browser drops from an address (tab, newline, CR) or ignores (other controls).
_DROPPED = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
#: Longest address kept (longer ones are data or tracking, not a link worth keeping).
MAX_LENGTH = 2048


def safe_url(address: str, base: str | None = None) -> str | None:
    """``address`` resolved against ``base`` when it is relative, or None when it
    is empty, too long or of a scheme that is not safe to follow."""
    address = _DROPPED.sub("", address.strip(" \t\n\r\f\x00")).replace(" ", "%20")
    if not address or len(address) > MAX_LENGTH:
        return None
    if not _safe_scheme(address):
        return None
    if base and not _SCHEME.match(address):
        try:
            address = urljoin(base, address)
        except ValueError:  # a malformed base or address (an unclosed IPv6 bracket)
            return None
        if not _safe_scheme(address):
            return None
    return address


def _safe_scheme(address: str) -> bool:
    match = _SCHEME.match(address)
    return match is None or match.group(1).lower() in SAFE_SCHEMES
