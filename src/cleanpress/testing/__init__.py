"""Fixture cases for testing rules: load a case folder, check a cleaner against it."""

from cleanpress.testing.cases import Case, check_case, find_cases, load_case

__all__ = ["Case", "check_case", "find_cases", "load_case"]
