"""Learning a site profile: blocks that recur across many pages of one host.

Each page is read (not cleaned) into blocks; every short-to-medium block is
counted once per page under its host, by a 64-bit fingerprint of its
:func:`~cleanpress.profiles.block_key`. A block enters the profile when it
stands on at least ``max(min_pages, min_share * pages of its host)`` pages, so
a sentence two stories quote is never chrome, and a host with fewer pages than
``min_pages`` gets nothing.

Memory is bounded: at most ``capacity`` fingerprints are held. When there are
more, every count is lowered by the same amount until half remain (the
Misra-Gries summary): a block that stands on a large share of the pages
survives, and counts are only ever under-estimated, so pruning can cost a
profile entries but never add one. Exact copies of a page (the same address
without its query, or the same longest blocks) are counted once.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cleanpress.batch.jsonl import Record, as_page
from cleanpress.batch.parallel import ordered_map
from cleanpress.profiles import SiteBlock, SiteProfile, block_key, fingerprint, page_host
from cleanpress.readers import DEFAULT_MAX_BYTES, read


@dataclass(frozen=True)
class LearnSettings:
    """What makes a block a site's chrome."""

    #: A block must stand on at least this many pages of its host...
    min_pages: int = 5
    #: ... and on at least this share of them.
    min_share: float = 0.2
    #: Blocks counted: this many words (one per two characters in scripts
    #: without spaces) and characters, short to medium.
    min_words: int = 4
    max_words: int = 100
    min_chars: int = 20
    max_chars: int = 1000
    #: Fingerprints held at most while counting.
    capacity: int = 200_000
    #: Entries kept per host in the profile, most frequent first.
    max_blocks: int = 500


@dataclass(frozen=True)
class PageSample:
    """What learning takes from one page: its host, what tells copies of it
    apart, and its countable blocks as (fingerprint, text)."""

    host: str
    address_key: int | None
    content_key: int
    blocks: tuple[tuple[int, str], ...]


def sample_page(record: Record, settings: LearnSettings = LearnSettings()) -> PageSample | None:
    """The sample of a page, or None for a page without a site or that cannot be read."""
    page = as_page(record)
    if page.problem is not None:
        return None
    try:
        doc, _notes = read(page.source, kind=page.kind, encoding=page.encoding,
                           max_bytes=DEFAULT_MAX_BYTES)
    except Exception:  # not a page: nothing to learn from it
        return None
    if page.url:
        doc.metadata.url = page.url
    host = page_host(doc)
    if host is None:
        return None
    blocks: dict[int, str] = {}
    longest: list[tuple[int, str]] = []
    for block in doc.blocks:
        text = block.text
        if not text:
            continue
        key = block_key(text)
        longest.append((len(key), key))
        if (settings.min_chars <= len(text) <= settings.max_chars
                and settings.min_words <= block.words <= settings.max_words):
            blocks.setdefault(fingerprint(f"{host}\n{key}"), text)
    longest.sort(reverse=True)
    content_key = fingerprint(host + "\n" + "\n".join(k for _n, k in longest[:3]))
    address_key = None
    if page.url:
        parts = urlsplit(page.url)
        address_key = fingerprint(f"{host}\n{parts.path}")
    return PageSample(host, address_key, content_key, tuple(blocks.items()))


@dataclass(slots=True)
class _Entry:
    """A counted block: pages it stood on, its host, its text once seen twice."""

    count: int
    host: str
    text: str | None = None


@dataclass
class SiteCounter:
    """Counts of block fingerprints per host, in bounded memory (see the module)."""

    settings: LearnSettings = field(default_factory=LearnSettings)
    #: Pages counted per host.
    pages: dict[str, int] = field(default_factory=dict)
    entries: dict[int, _Entry] = field(default_factory=dict)
    #: Page keys seen (a bounded window, oldest forgotten first), to skip copies.
    seen: dict[int, None] = field(default_factory=dict)
    #: How much every count was lowered by pruning so far.
    discount: int = 0

    def add(self, sample: PageSample) -> bool:
        """Count one page; return False for a copy of a page already counted."""
        keys = [sample.content_key]
        if sample.address_key is not None:
            keys.append(sample.address_key)
        if any(k in self.seen for k in keys):
            return False
        for k in keys:
            self.seen[k] = None
        while len(self.seen) > self.settings.capacity:
            del self.seen[next(iter(self.seen))]
        host = sample.host
        self.pages[host] = self.pages.get(host, 0) + 1
        entries = self.entries
        for fp, text in sample.blocks:
            entry = entries.get(fp)
            if entry is None:
                entries[fp] = _Entry(1, host)
            else:
                entry.count += 1
                if entry.text is None:
                    entry.text = text
        if len(entries) > self.settings.capacity:
            self._prune()
        return True

    def merge(self, other: SiteCounter) -> SiteCounter:
        """Add the counts of ``other`` (learned on other pages) to these."""
        for host, n in other.pages.items():
            self.pages[host] = self.pages.get(host, 0) + n
        for fp, theirs in other.entries.items():
            entry = self.entries.get(fp)
            if entry is None:
                self.entries[fp] = _Entry(theirs.count, theirs.host, theirs.text)
            else:
                entry.count += theirs.count
                entry.text = entry.text or theirs.text
        self.seen.update(other.seen)
        self.discount += other.discount
        if len(self.entries) > self.settings.capacity:
            self._prune()
        return self

    def _prune(self) -> None:
        """Lower every count by the amount that leaves at most half the capacity."""
        keep = self.settings.capacity // 2
        counts = sorted((e.count for e in self.entries.values()), reverse=True)
        cut = counts[keep] if keep < len(counts) else 0
        self.discount += cut
        kept = {fp: e for fp, e in self.entries.items() if e.count > cut}
        for entry in kept.values():
            entry.count -= cut
        self.entries = kept

    def threshold(self, host: str) -> int:
        """Pages a block of ``host`` must stand on to be its chrome."""
        pages = self.pages.get(host, 0)
        return max(self.settings.min_pages, math.ceil(self.settings.min_share * pages))

    def profile(self) -> SiteProfile:
        """The blocks that pass each host's threshold, most frequent first."""
        found: dict[str, list[SiteBlock]] = {}
        for entry in self.entries.values():
            if entry.text is not None and entry.count >= self.threshold(entry.host):
                found.setdefault(entry.host, []).append(SiteBlock(entry.text, entry.count))
        sites = {
            host: sorted(blocks, key=lambda b: (-b.pages, b.text))[: self.settings.max_blocks]
            for host, blocks in found.items()
        }
        pages = {host: self.pages[host] for host in sites}
        return SiteProfile(sites, pages, self.settings.min_pages, self.settings.min_share)


def _sample_chunk(pages: list[Record]) -> list[PageSample | None]:
    return [sample_page(page, _settings) for page in pages]


_settings = LearnSettings()


def _init(settings: LearnSettings) -> None:
    global _settings
    _settings = settings


def samples(
    pages: Iterable[Record], *, settings: LearnSettings = LearnSettings(), jobs: int = 1
) -> Iterator[PageSample | None]:
    """:func:`sample_page` of each page, on ``jobs`` processes when more than one."""
    if jobs > 1:
        return ordered_map(_sample_chunk, pages, jobs=jobs, initializer=_init,
                           initargs=(settings,))
    return (sample_page(page, settings) for page in pages)


def learn_profile(
    pages: Iterable[Record], *, settings: LearnSettings = LearnSettings(), jobs: int = 1
) -> SiteProfile:
    """Learn a site profile from ``pages`` (see the module)."""
    counter = SiteCounter(settings)
    for sample in samples(pages, settings=settings, jobs=jobs):
        if sample is not None:
            counter.add(sample)
    return counter.profile()
