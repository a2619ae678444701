"""Fuzz the whole of cleaning with the plugins of plugins/ loaded (see checks.check_clean_page)."""

from __future__ import annotations

from _harness import INSTRUMENTED, atheris, fuzz

with atheris.instrument_imports(include=INSTRUMENTED):
    from checks import check_clean_page

if __name__ == "__main__":
    fuzz("clean_page", check_clean_page)
