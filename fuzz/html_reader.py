"""Fuzz the HTML reader (see checks.check_html_reader)."""

from __future__ import annotations

from _harness import INSTRUMENTED, atheris, fuzz

with atheris.instrument_imports(include=INSTRUMENTED):
    from checks import check_html_reader

if __name__ == "__main__":
    fuzz("html_reader", check_html_reader)
