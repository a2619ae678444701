"""The structure fixtures: their Markdown is the one expected (``expected.md``
beside the page), and parses to the page's structure."""

from __future__ import annotations

from pathlib import Path

import pytest
from md_strip import outline
from test_fixtures_output import ROOT, clean

from cleanpress import Cleaner

STRUCTURE = ROOT / "fixtures/html/structure-install-guide"
TEXT_STRUCTURE = ROOT / "fixtures/text/structure-allotment-guide"


@pytest.mark.parametrize("folder", [STRUCTURE, TEXT_STRUCTURE], ids=lambda p: p.name)
def test_structure_fixture_markdown(folder: Path, full: Cleaner) -> None:
    expected = (folder / "expected.md").read_text(encoding="utf-8")
    assert clean(folder, full).markdown + "\n" == expected


def test_structure_of_the_html_fixture(cleaner: Cleaner) -> None:
    found = outline(clean(STRUCTURE, cleaner).markdown)
    headings = [entry[1:] for entry in found if entry[0] == "h"]
    assert headings == [(2, "Install"), (3, "On Linux"), (3, "On macOS"), (2, "Configuration"),
                        (3, "A complete file"), (2, "Troubleshooting")]
    items = [entry[1:3] for entry in found if entry[0] == "li"]
    assert items == [(1, True), (1, True), (2, False), (2, False), (1, True), (1, False),
                     (1, False)]
    page = (STRUCTURE / "input.html").read_text(encoding="utf-8")
    codes = [entry for entry in found if entry[0] == "code"]
    assert [language for _, language, _ in codes] == ["bash", "toml"]
    for _, _, content in codes:  # byte for byte as the page has them
        assert content.removesuffix("\n").replace('"', "&quot;") in page.replace('"', "&quot;")
    assert ("table", 5, 3) in found


def test_links_images_and_code_of_the_html_fixture(full: Cleaner) -> None:
    from lxml import html as lxml_html
    from md_strip import parse

    result = clean(STRUCTURE, full)
    inline = [child for token in parse(result.markdown) if token.type == "inline"
              for child in token.children or []]
    links = [child.attrs["href"] for child in inline if child.type == "link_open"]
    assert links == [
        "https://docs.quarry.example/concepts#builds",  # "../concepts#builds", resolved
        "https://brew.example/",
        "mailto:help@quarry.example",  # (the javascript: link is left out, its text kept)
    ]
    images = [(child.attrs["src"], child.content) for child in inline if child.type == "image"]
    assert images == [("https://docs.quarry.example/img/install-terminal.png",
                       "A terminal showing quarry 2.4.1")]
    tree = lxml_html.fromstring((STRUCTURE / "input.html").read_bytes())
    page_code = ["".join(pre.itertext()) for pre in tree.iter("pre")]
    fences = [token.content.removesuffix("\n") for token in parse(result.markdown)
              if token.type == "fence"]
    assert fences == page_code  # byte for byte
