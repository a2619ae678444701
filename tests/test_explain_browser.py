"""The explain report in headless Chromium: legend and struck blocks render; screenshot kept."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cleanpress import Cleaner, hookimpl, rule
from cleanpress.explain import explain_page, render_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "newsweek-nato-training-center" / "input.txt"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="chromium is not installed (apt-get install -y chromium); the report is "
    "still checked without a browser in tests/test_explain.py",
)


@rule("browser-shouting", stage="chrome", order=10, description="Remove lines in capitals")
def shouting(doc, ctx) -> None:
    for block in doc.kept():
        if block.text.isupper():
            ctx.remove(block, "written in capitals")


class Shouting:
    @hookimpl
    def cleanpress_rules(self):
        return [shouting]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", "--window-size=1200,2000", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)


def test_report_renders_in_chromium(tmp_path: Path) -> None:
    # The seed page, plus a hostile line that must be shown, not run.
    source = SEED.read_text(encoding="utf-8") + "\n\nTHIS <SCRIPT>DOCUMENT.TITLE='PWNED'</SCRIPT>\n"
    cleaner = Cleaner(entry_points=False, plugins=[Shouting()])
    report = explain_page(cleaner, source, name="seed page", kind="text")
    assert report.rules, "something must be removed for the report to show it"
    path = tmp_path / "report.html"
    path.write_text(render_html(report), encoding="utf-8")

    dom = chromium(tmp_path / "profile", "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert "<title>cleanpress explain: seed page</title>" in html  # the page's script did not run
    legend = re.search(r'<ul class="legend">(.*?)</ul>', html, re.S)
    assert legend, "the rule legend is missing from the rendered page"
    for entry in report.rules:
        assert f"<code>{entry.name}</code>" in legend.group(1)
    assert re.search(r'<div class="block removed rule-\d+" title="[^"]+">', html)
    assert "<del>THIS &lt;SCRIPT&gt;" in html

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explain-report.png"
    shot.unlink(missing_ok=True)
    run = chromium(tmp_path / "profile", f"--screenshot={shot}", path.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
