"""Explain reports: every block of a page, kept or struck out by the rule that removed it.

``build_report`` gathers what a report shows from a cleaned document;
``render_html`` turns it into a self-contained HTML page and
``render_terminal`` into a coloured, diff-like listing.
"""

from cleanpress.explain.html import render_html
from cleanpress.explain.report import Report, RuleCount, build_report, explain_page
from cleanpress.explain.terminal import render_terminal, use_colour

__all__ = [
    "Report",
    "RuleCount",
    "build_report",
    "explain_page",
    "render_html",
    "render_terminal",
    "use_colour",
]
