"""The time budget per page: a page that would run for hours is stopped within its budget."""

from __future__ import annotations

import re
import signal
import threading
import time

import pytest

from cleanpress import BudgetError, Cleaner, ConfigError, hookimpl, rule
from cleanpress.batch import Page, clean_pages
from cleanpress.cli import BATCH_TIME_BUDGET, build_parser
from cleanpress.document import Document

#: Backtracks through 2**n ways of splitting a run of n a's before failing: with
#: the run below, hours.
CATASTROPHIC = re.compile(r"(a+)+$")
TRAP = "a" * 40 + "!"

ARTICLE = (
    "The council approved the new bridge on Tuesday after a long debate.\n\n"
    "Work starts in the spring and is to last two years, the mayor said.\n\n"
    f"{TRAP}\n\n"
    "SUBSCRIBE NOW"
)


#: Wall-time bound on a stopped rule: the budget plus room for a loaded machine.
SLACK = 5.0


@rule("backtracking", stage="chrome", order=10, description="A pattern that never ends")
def backtracking(doc: Document, ctx) -> None:
    for block in doc.kept():
        ctx.remove(block, "removed before the pattern runs")
        CATASTROPHIC.match(block.text)


@rule("sleepy", stage="chrome", order=10, description="Takes a while, then removes a line")
def sleepy(doc: Document, ctx) -> None:
    time.sleep(0.3)
    for block in doc.kept():
        if block.text.startswith("SUBSCRIBE"):
            ctx.remove(block, "a prompt")


@rule("looping", stage="chrome", order=10, description="Loops, checking the budget")
def looping(doc: Document, ctx) -> None:
    while True:
        ctx.check_budget()
        time.sleep(0.005)


@rule("shouting", stage="chrome", order=20, description="Remove all-caps lines")
def shouting(doc: Document, ctx) -> None:
    for block in doc.kept():
        if block.text.isupper():
            ctx.remove(block, "all capitals")


class Plugin:
    def __init__(self, *rules: object) -> None:
        self.rules = list(rules)

    @hookimpl
    def cleanpress_rules(self):
        return self.rules


def cleaner(*rules: object, **kwargs) -> Cleaner:
    return Cleaner(plugins=[Plugin(*rules, shouting)], defaults=False, **kwargs)


def in_thread(func):
    """Run ``func`` on a thread of its own (where no timer can interrupt it)."""
    answer: list[object] = []
    thread = threading.Thread(target=lambda: answer.append(func()))
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    return answer[0]


def test_a_rule_stuck_in_a_regex_is_stopped_within_its_budget() -> None:
    start = time.perf_counter()
    result = cleaner(backtracking, time_budget=0.5).clean(ARTICLE, kind="text")
    elapsed = time.perf_counter() - start
    assert elapsed < SLACK  # unstopped, the pattern runs for hours
    (warning,) = result.warnings
    assert warning.startswith("budget:") and "'backtracking'" in warning
    assert "stopped" in warning
    # Its removals are undone, the rules after it skipped: every line is kept.
    assert result.removed == []
    assert result.text == ARTICLE


def test_strict_mode_raises_a_budget_error_naming_the_rule() -> None:
    with pytest.raises(BudgetError) as caught:
        cleaner(backtracking, time_budget=0.3, strict=True).clean(ARTICLE, kind="text")
    assert caught.value.rule == "backtracking"
    assert caught.value.budget == 0.3 and caught.value.elapsed < SLACK


def test_between_rules_the_chain_stops_after_the_rule_that_ran_past() -> None:
    result = in_thread(lambda: cleaner(sleepy, time_budget=0.1).clean(ARTICLE, kind="text"))
    (warning,) = result.warnings
    assert "'sleepy'" in warning and "stopped" not in warning
    # The slow rule finished and its removal stands; the rule after it was skipped.
    assert [r.rule for r in result.removed] == ["sleepy"]


def test_off_the_main_thread_a_rule_checking_the_budget_stops() -> None:
    start = time.perf_counter()
    result = in_thread(lambda: cleaner(looping, time_budget=0.2).clean(ARTICLE, kind="text"))
    assert time.perf_counter() - start < SLACK  # unstopped, it never ends
    assert "'looping'" in result.warnings[0]


def test_a_budget_spent_before_the_first_rule_keeps_the_whole_page() -> None:
    result = cleaner(time_budget=1e-9).clean(ARTICLE, kind="text")
    (warning,) = result.warnings
    assert warning.startswith("budget:") and "before the first rule" in warning
    assert result.text == ARTICLE


def test_within_budget_the_result_is_the_same() -> None:
    plain = cleaner().clean(ARTICLE, kind="text")
    budgeted = cleaner(time_budget=30).clean(ARTICLE, kind="text")
    assert budgeted.to_dict() == plain.to_dict()
    assert [r.rule for r in budgeted.removed] == ["shouting"]


def test_the_timer_and_the_signal_handler_are_restored() -> None:
    def mine(signum, frame):  # pragma: no cover - never fires
        raise AssertionError

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        cleaner(backtracking, time_budget=0.2).clean(ARTICLE, kind="text")
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_a_timer_armed_by_the_caller_is_left_alone() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        result = cleaner(sleepy, time_budget=0.1).clean(ARTICLE, kind="text")
        assert "'sleepy'" in result.warnings[0]  # checked between rules instead
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 50
        assert signal.getsignal(signal.SIGALRM) is not None and not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("budget", [0, -1.0, float("nan")])
def test_a_budget_must_be_a_positive_number(budget: float) -> None:
    with pytest.raises(ConfigError):
        Cleaner(time_budget=budget)


def test_a_batch_goes_on_past_a_page_over_budget() -> None:
    pages = [Page("slow", ARTICLE, kind="text"), Page("next", "quiet", kind="text")]
    rows = list(clean_pages(pages, cleaner=cleaner(backtracking, time_budget=0.3)))
    assert rows[0]["error"] is None and rows[0]["warnings"][0].startswith("budget:")
    assert rows[0]["text"] == ARTICLE
    # The next page is cleaned in full: the rule removes its one line, which the
    # chain gives back, as it does for any rule that would empty a page.
    assert rows[1]["text"] == "quiet" and rows[1]["error"] is None
    assert [w.split(":")[0] for w in rows[1]["warnings"]] == ["fallback"]
    strict = cleaner(backtracking, time_budget=0.3, strict=True)
    rows = list(clean_pages(pages, cleaner=strict))
    assert rows[0]["error"]["reason"] == "over-budget" and rows[1]["error"] is None


def test_the_command_line_sets_a_budget_for_batches() -> None:
    parser = build_parser()
    assert parser.parse_args(["batch", "pages.jsonl"]).time_budget == BATCH_TIME_BUDGET
    assert parser.parse_args(["clean", "page.txt"]).time_budget == 0
    args = parser.parse_args(["clean", "--time-budget", "2.5", "page.txt"])
    assert args.time_budget == 2.5
