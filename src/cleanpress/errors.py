"""Exceptions raised by cleanpress."""


class CleanpressError(Exception):
    """Base class of every error cleanpress raises on purpose."""


class InputError(CleanpressError, ValueError):
    """The input cannot be read as a page (binary, too large, wrong kind)."""


class RuleError(CleanpressError):
    """A rule raised while running in strict mode; ``rule`` names it."""

    def __init__(self, rule: str, error: BaseException) -> None:
        super().__init__(f"rule {rule!r} failed: {type(error).__name__}: {error}")
        self.rule = rule
        self.error = error


class ConfigError(CleanpressError, ValueError):
    """The cleaner was configured with unknown rules or plugins."""


class BudgetError(CleanpressError):
    """A page ran past its time budget in strict mode; ``rule`` names the rule that
    was running (None when the budget ran out before the first rule)."""

    def __init__(self, rule: str | None, budget: float, elapsed: float) -> None:
        where = f"in rule {rule!r}" if rule else "before the first rule"
        super().__init__(f"page ran past its time budget of {budget:g} s {where} "
                         f"(stopped after {elapsed:.2f} s)")
        self.rule = rule
        self.budget = budget
        self.elapsed = elapsed
