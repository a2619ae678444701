"""Testing rules and plugins: fixture cases (load a case folder, check a cleaner
against it), and checks for marker packs."""

from cleanpress.testing.cases import Case, check_case, find_cases, load_case
from cleanpress.testing.packs import check_marker_pack

__all__ = ["Case", "check_case", "check_marker_pack", "find_cases", "load_case"]
