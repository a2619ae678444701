"""Site profiles: the blocks that recur across many pages of one site.

``cleanpress learn`` writes a profile; ``Cleaner(profile=...)`` loads one and
the rule ``site-repeated-block`` removes what it names. A profile is JSON::

    {"cleanpress_site_profile": 1, "min_pages": 5, "min_share": 0.2,
     "sites": {"example.org": {"pages": 120,
                               "blocks": [{"text": "...", "pages": 118}, ...]}}}

Blocks are matched by :func:`block_key` (case, spacing and digits folded), so
"© 2023 Example" in a profile matches "© 2024 Example" on a page. Deleting an
entry from the file keeps that block.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cleanpress.document import Document
from cleanpress.errors import ConfigError

FORMAT_KEY = "cleanpress_site_profile"
#: The ``ctx.options`` key under which a cleaner hands its profile to the rules.
SITE_PROFILE_OPTION = "site_profile"
FORMAT_VERSION = 1

_DIGITS = re.compile(r"\d+")
#: Where an HTML page states its own address, when none was given.
_URL_HEAD_KEYS = ("link:canonical", "meta:og:url")


def block_key(text: str) -> str:
    """A block's text as profiles compare it: case-folded, spaces collapsed,
    every run of digits written as 0 (a year or a count may change between pages)."""
    return _DIGITS.sub("0", " ".join(text.casefold().split()))


def fingerprint(key: str) -> int:
    """A stable 64-bit number for a :func:`block_key` (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def host_of(url: str | None) -> str | None:
    """The site a URL belongs to: its host name, lower-cased, without ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def page_host(doc: Document) -> str | None:
    """The site of a page: from the address it was given, else the one its HTML
    head states (canonical link, ``og:url``)."""
    host = host_of(doc.metadata.url)
    if host:
        return host
    for key in _URL_HEAD_KEYS:
        for value in doc.head.get(key, ()):
            host = host_of(value)
            if host:
                return host
    return None


@dataclass(frozen=True)
class SiteBlock:
    """A block a site repeats: its text as first seen and on how many pages."""

    text: str
    pages: int


@dataclass
class SiteProfile:
    """Per site (host), the blocks learned as its chrome. Build a new profile
    rather than change one: lookups are prepared when it is made."""

    sites: dict[str, list[SiteBlock]] = field(default_factory=dict)
    #: Pages seen per site while learning.
    pages: dict[str, int] = field(default_factory=dict)
    #: The thresholds the profile was learned with (for the record).
    min_pages: int = 0
    min_share: float = 0.0
    _keys: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)
    _digest: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._keys = {
            host: frozenset(block_key(b.text) for b in blocks)
            for host, blocks in self.sites.items()
        }

    def keys_for(self, host: str | None) -> frozenset[str]:
        """The :func:`block_key` of every block learned for ``host`` (empty if none)."""
        if host is None:
            return frozenset()
        return self._keys.get(host, frozenset())

    @property
    def digest(self) -> str:
        """A short hash of the profile's content (equal profiles, equal digests)."""
        if self._digest is None:
            data = json.dumps(self.to_dict(), sort_keys=True).encode("utf-8")
            self._digest = hashlib.blake2b(data, digest_size=8).hexdigest()
        return self._digest

    def to_dict(self) -> dict[str, Any]:
        return {
            FORMAT_KEY: FORMAT_VERSION,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "sites": {
                host: {
                    "pages": self.pages.get(host, 0),
                    "blocks": [{"text": b.text, "pages": b.pages} for b in blocks],
                }
                for host, blocks in sorted(self.sites.items())
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        if not isinstance(data, Mapping) or data.get(FORMAT_KEY) != FORMAT_VERSION:
            raise ConfigError(f"not a cleanpress site profile (no '{FORMAT_KEY}': 1)")
        sites: dict[str, list[SiteBlock]] = {}
        pages: dict[str, int] = {}
        try:
            for host, site in data.get("sites", {}).items():
                sites[host] = [SiteBlock(str(b["text"]), int(b.get("pages", 0)))
                               for b in site.get("blocks", [])]
                pages[host] = int(site.get("pages", 0))
            return cls(sites, pages, int(data.get("min_pages", 0)),
                       float(data.get("min_share", 0.0)))
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise ConfigError(f"malformed site profile: {error!r}") from error

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SiteProfile:
        """Read a profile file (raises ``OSError`` or :class:`ConfigError`)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except ValueError as error:
            raise ConfigError(f"{path}: not a JSON site profile: {error}") from error
        try:
            return cls.from_dict(data)
        except ConfigError as error:
            raise ConfigError(f"{path}: {error}") from error

    def save(self, path: str | os.PathLike[str]) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")


ProfileSource = SiteProfile | Mapping[str, Any] | str | os.PathLike[str]


def as_profile(profile: ProfileSource) -> SiteProfile:
    """A :class:`SiteProfile` from a profile, its dict, or the path of its file."""
    if isinstance(profile, SiteProfile):
        return profile
    if isinstance(profile, Mapping):
        return SiteProfile.from_dict(profile)
    return SiteProfile.load(profile)
