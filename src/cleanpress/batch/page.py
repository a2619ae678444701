"""A record of a batch: a page, or what kept a record from being one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Why a record could not be read: a reason (see ``cleanpress.batch.records.REASONS``)
    and a message."""

    reason: str
    message: str


@dataclass(frozen=True)
class Page:
    """One record of a batch: a page, or a record that could not be read (``problem``)."""

    id: str
    source: str | bytes
    url: str | None = None
    kind: str = "auto"
    encoding: str | None = None
    #: Where the record was: ``file:line``, ``file@offset`` or a path.
    position: str | None = None
    problem: Problem | None = None
