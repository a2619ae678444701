"""The explain report as one self-contained HTML page (inline CSS, no scripts, no assets)."""

from __future__ import annotations

import re
from html import escape

from cleanpress.document import Block
from cleanpress.explain.report import Report, metadata_rows

# Characters HTML does not allow in text (C0 controls but tab and newline, DEL, C1).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_CSS = """
body { font: 16px/1.5 Georgia, serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem;
       color: #222; background: #fff; }
h1, h2, .legend, .meta, .summary, .why, .n { font-family: Helvetica, Arial, sans-serif; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
h2 { font-size: 1.1rem; border-bottom: 1px solid #ddd; margin-top: 1.5rem; }
.summary { color: #555; margin-top: 0; }
.legend { list-style: none; padding: 0; }
.legend li { margin: .2rem 0; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px;
          background: var(--c); vertical-align: middle; margin-right: .4rem; }
.count { font-weight: bold; margin-left: .3rem; }
.desc, .source { color: #666; font-size: .85rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.meta dt { font-weight: bold; } .meta dd { margin: 0; }
.block { display: flex; gap: .6rem; padding: .25rem .5rem; margin: .15rem 0; }
.n { color: #999; font-size: .75rem; min-width: 2.2rem; text-align: right; padding-top: .2rem; }
.text { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; }
.heading .text { font-weight: bold; }
.removed { background: var(--bg); border-left: 5px solid var(--c); }
.removed del { text-decoration: line-through; text-decoration-color: var(--c);
               text-decoration-thickness: 2px; color: #666; }
.why { display: block; font-size: .78rem; color: var(--c); margin-top: .1rem; }
.warnings li { color: #a33; }
"""


def _text(value: str) -> str:
    return escape(_CONTROL.sub("\ufffd", value), quote=True)


def render_html(report: Report) -> str:
    """The whole report page; all page text is escaped."""
    title = f"cleanpress explain: {report.name}" if report.name else "cleanpress explain"
    kept = len(report.blocks) - report.removed_count
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)}</title>",
        f"<style>{_CSS}{_rule_css(report)}</style>",
        "</head><body>",
        f"<h1>{_text(title)}</h1>",
        f'<p class="summary">{len(report.blocks)} blocks: {kept} kept, '
        f"{report.removed_count} removed by {_plural(len(report.rules), 'rule')}."
        + (f" Page type: {_text(report.page_type)}." if report.page_type else "") + "</p>",
        _legend(report),
        _metadata(report),
        _warnings(report),
        '<h2>Page</h2><div class="page">',
        *(_block(report, block) for block in report.blocks),
        "</div></body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _rule_css(report: Report) -> str:
    return "".join(
        f"\n.rule-{i} {{ --c: hsl({r.hue} 70% 34%); --bg: hsl({r.hue} 80% 95%); }}"
        for i, r in enumerate(report.rules)
    )


def _legend(report: Report) -> str:
    if not report.rules:
        return '<h2>Rules</h2><p class="summary">No rule removed anything.</p>'
    items = [
        f'<li class="rule-{i}"><span class="swatch"></span><code>{_text(r.name)}</code>'
        f'<span class="count">{r.count}</span>'
        + (f' <span class="desc">{_text(r.description)}</span>' if r.description else "")
        + "</li>"
        for i, r in enumerate(report.rules)
    ]
    return '<h2>Rules</h2><ul class="legend">' + "".join(items) + "</ul>"


def _metadata(report: Report) -> str:
    rows = metadata_rows(report.result)
    if not rows:
        return '<h2>Metadata</h2><p class="summary">None found.</p>'
    cells = "".join(
        f"<dt>{_text(k)}</dt><dd>{_text(v)}"
        + (f' <span class="source">from {_text(s)}</span>' if s else "")
        + "</dd>"
        for k, v, s in rows
    )
    return f'<h2>Metadata</h2><dl class="meta">{cells}</dl>'


def _warnings(report: Report) -> str:
    if not report.result.warnings:
        return ""
    items = "".join(f"<li>{_text(w)}</li>" for w in report.result.warnings)
    return f'<h2>Warnings</h2><ul class="warnings">{items}</ul>'


def _block(report: Report, block: Block) -> str:
    number = f'<span class="n">{block.index + 1}</span>'
    text = _text(block.raw or block.text)
    if block.removed_by is None:
        return f'<div class="block kept {block.kind}">{number}<div class="text">{text}</div></div>'
    rule = block.removed_by
    index = report.rules.index(report.rule(rule))
    why = f"{rule}: {block.reason or ''}"
    return (
        f'<div class="block removed rule-{index}" title="{_text(why)}">{number}'
        f'<div class="text"><del>{text}</del>'
        f'<span class="why">{_text(rule)} — {_text(block.reason or "")}</span></div></div>'
    )
