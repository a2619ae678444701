"""Fuzz the text reader (see checks.check_text_reader)."""

from __future__ import annotations

from _harness import INSTRUMENTED, atheris, fuzz

with atheris.instrument_imports(include=INSTRUMENTED):
    from checks import check_text_reader

if __name__ == "__main__":
    fuzz("text_reader", check_text_reader)
