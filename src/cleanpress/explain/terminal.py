"""The explain report as a diff-like listing for a terminal, coloured by rule."""

from __future__ import annotations

import os
import re
from typing import TextIO

from cleanpress.explain.report import Report, RuleCount, metadata_rows

# Control characters of the page are shown escaped: page text must not drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
#: 256-colour codes that read well on dark and light backgrounds.
_PALETTE = (33, 36, 40, 70, 99, 128, 130, 135, 160, 166, 172, 178, 31, 61, 94, 125, 162, 202)
_RESET = "\x1b[0m"
_DIM = "\x1b[2m"
_STRIKE = "\x1b[9m"


def use_colour(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when ``NO_COLOR`` is set."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _clean(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _colour(rule: RuleCount) -> str:
    return f"\x1b[38;5;{_PALETTE[rule.hue % len(_PALETTE)]}m"


def render_terminal(report: Report, *, colour: bool = False) -> str:
    """Kept blocks prefixed "  ", removed ones "- " with their rule and reason."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    lines = []
    width = len(str(len(report.blocks)))
    for block in report.blocks:
        number = f"{block.index + 1:>{width}}"
        text = _clean(block.raw or block.text)
        if block.removed_by is None:
            lines.append(f"  {number}  {text}")
            continue
        rule = report.rule(block.removed_by)
        why = _clean(f"[{rule.name}: {block.reason or ''}]")
        lines.append(paint(_colour(rule), f"- {number}  ")
                     + paint(_colour(rule) + _STRIKE, text) + " " + paint(_DIM, why))
    kept = len(report.blocks) - report.removed_count
    summary = f"{len(report.blocks)} blocks: {kept} kept, {report.removed_count} removed"
    if report.page_type:
        summary += f"; page type: {_clean(report.page_type)}"
    lines += ["", summary]
    for rule in report.rules:
        label = f"{rule.count:>{width + 2}}  {rule.name}"
        described = f"  {_clean(rule.description)}" if rule.description else ""
        lines.append(paint(_colour(rule), label) + described)
    rows = metadata_rows(report.result)
    if rows:
        lines += ["", "metadata:"] + [
            f"  {key}: {_clean(value)}" + (paint(_DIM, f"  (from {_clean(s)})") if s else "")
            for key, value, s in rows
        ]
    for warning in report.result.warnings:
        lines.append(f"warning: {_clean(warning)}")
    return "\n".join(lines) + "\n"
