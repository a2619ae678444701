"""A time budget per page: what stops a page that runs too long, and how far it holds.

A :class:`Deadline` starts when a page's cleaning starts (reading included). The
chain checks it before each rule and stops there once it has passed: the rules
left are skipped and the text kept so far is the result, with a ``budget``
warning naming the rule that was running (strict mode raises
:class:`~cleanpress.errors.BudgetError` instead).

A rule stuck inside one call is stopped too where the platform allows it: on
the main thread of a process with ``SIGALRM`` (Linux, macOS), an interval timer
raises :class:`BudgetInterrupt` inside the running rule at the deadline, and
again every 50 ms until the rule has stopped. Python's regex engine answers such
a signal, so a pattern backtracking for minutes is stopped within milliseconds
of the deadline; the interrupted rule's removals are undone. What the timer
cannot stop: C code that never returns to the interpreter, and reading the page
(the readers are bounded by the size limits and run in linear time). Off the
main thread, or while another interval timer (``ITIMER_REAL``) is armed, there is
no timer: the budget is checked between rules, and inside a rule only where it
calls :meth:`cleanpress.RuleContext.check_budget`, so a page can overrun by the
time of the rule that is running. Batch workers clean on their main thread.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

#: Seconds a page may take in a batch (``cleanpress batch``, ``cleanpress.dask``)
#: unless told otherwise; a single ``Cleaner`` has no budget by default.
BATCH_TIME_BUDGET = 5.0
#: How often the timer fires again once the deadline has passed, in seconds,
#: until the rule running has stopped (in case it swallowed the interrupt).
_REPEAT = 0.05
#: The shortest delay the timer is armed with (a zero delay would disarm it).
_MIN_DELAY = 1e-4


class BudgetInterrupt(BaseException):
    """Raised inside a running rule when the page's budget has run out.

    A ``BaseException`` like ``KeyboardInterrupt``, so that a rule's own
    ``except Exception`` does not swallow it; the chain catches it.
    """


class Deadline:
    """The time budget of one page: ``seconds`` from when it is made."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.start = time.perf_counter()
        self.end = self.start + seconds
        #: The rule running now (set by the chain while a rule runs), or None.
        self.rule: str | None = None
        self._previous: Any = None
        self._armed = False

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def expired(self) -> bool:
        return time.perf_counter() >= self.end

    def check(self) -> None:
        """Raise :class:`BudgetInterrupt` if the budget has run out (a rule's own check)."""
        if self.rule is not None and time.perf_counter() >= self.end:
            raise BudgetInterrupt

    def run(self, name: str, func: Callable[..., None], *args: Any) -> None:
        """Call ``func(*args)`` as the running rule ``name``."""
        self.rule = name
        try:
            func(*args)
        finally:
            self.rule = None

    def __enter__(self) -> Deadline:
        self._arm()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            previous = self._previous
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)
            self._armed = False

    def _arm(self) -> None:
        """Arm the interval timer, where a signal can reach this thread and no
        other timer is armed (that one is left alone)."""
        if (
            not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0
        ):
            return
        self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
        self._armed = True
        delay = max(self.end - time.perf_counter(), _MIN_DELAY)
        signal.setitimer(signal.ITIMER_REAL, delay, _REPEAT)

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        # Only a rule is interrupted; elsewhere the chain's own check stops the page.
        if self.rule is not None:
            raise BudgetInterrupt
