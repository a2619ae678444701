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
