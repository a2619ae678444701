"""``result.sections``: the body cut at its headings, with heading paths."""

from __future__ import annotations

from out_docs import block, document, heading

from cleanpress.output import Output


def test_sections_follow_the_headings() -> None:
    doc = document(
        block("Lead paragraph."),
        heading("Install", 2), block("Choose a system."),
        heading("On Linux", 3), block("Use the package."),
        heading("On macOS", 3), block("Use the tap."),
        heading("Configuration", 2), block("One file."),
    )
    sections = Output(doc).sections
    assert [(s.path, s.level) for s in sections] == [
        ([], 0), (["Install"], 2), (["Install", "On Linux"], 3),
        (["Install", "On macOS"], 3), (["Configuration"], 2)]
    assert sections[2].heading == "On Linux"
    assert sections[2].text == "On Linux\n\nUse the package."
    assert sections[2].markdown == "### On Linux\n\nUse the package."
    assert sections[0].heading == ""


def test_sections_join_to_the_whole() -> None:
    doc = document(heading("Title", 1), block("Lead."), heading("Part", 2), block("Text."),
                   block("Gone.", removed=True))
    output = Output(doc)
    sections = output.sections
    assert [s.path for s in sections] == [[], ["Part"]]
    assert sections[0].markdown == "# Title\n\nLead."  # the kept title opens the first section
    assert "\n\n".join(s.markdown for s in sections) == output.markdown
    assert "\n\n".join(s.text for s in sections) == "Title\n\nLead.\n\nPart\n\nText."


def test_a_body_that_opens_with_a_heading_has_no_empty_first_section() -> None:
    doc = document(heading("Part", 2), block("Text."))
    assert [s.path for s in Output(doc).sections] == [["Part"]]


def test_no_kept_blocks_no_sections() -> None:
    assert Output(document(block("Gone.", removed=True))).sections == []
