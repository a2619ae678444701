"""cleanpress: strip site chrome from scraped articles, and say what was removed and why."""

from pathlib import Path

from cleanpress import compiled

# Before any other module of the package: compiled modules load only where they
# match their source (see cleanpress/compiled.py).
compiled.install(Path(__file__).parent)

# ruff: noqa: E402
from cleanpress.chain import ChainEntry, RuleContext
from cleanpress.cleaner import Cleaner, clean
from cleanpress.document import Block, Document
from cleanpress.errors import BudgetError, CleanpressError, ConfigError, InputError, RuleError
from cleanpress.hookspecs import hookimpl
from cleanpress.metadata import Metadata
from cleanpress.result import CleanResult, Removal
from cleanpress.rule import STAGES, Rule, rule

__all__ = [
    "STAGES",
    "Block",
    "BudgetError",
    "ChainEntry",
    "CleanResult",
    "Cleaner",
    "CleanpressError",
    "ConfigError",
    "Document",
    "InputError",
    "Metadata",
    "Removal",
    "Rule",
    "RuleContext",
    "RuleError",
    "clean",
    "hookimpl",
    "rule",
]

__version__ = "0.1.0"
