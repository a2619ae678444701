"""Properties of cleaning that hold for any page: random text, and random HTML built
from real tags, attributes, entities, scripts and mixed writing systems.

The suite runs 50 examples a property; ``make proptest`` runs 2,000 (see conftest).
The checks are those of :mod:`cleanpress.testing.invariants`, which the fuzz
targets share.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.property.strategies import html_pages, random_text, structured_text, text_pages

from cleanpress import Cleaner, CleanpressError
from cleanpress.readers.decode import repair
from cleanpress.testing.invariants import (
    check_accounted,
    check_idempotent,
    check_nothing_invented,
    check_serialises,
)

pytestmark = pytest.mark.property

#: Built-in rules and the plugins installed from plugins/ (written by others).
CLEANER = Cleaner(entry_points=True)


def explain(source: str | bytes, kind: str):
    try:
        return CLEANER.explain(source, kind=kind)
    except CleanpressError:  # documented: input that is not a page
        return None


@given(text_pages)
@example("")
@example(b"\x00\x01\x02")
def test_text_raises_only_documented_errors(source: str | bytes) -> None:
    explain(source, "text")


@given(html_pages)
@example("<html>")
@example("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/hostname'>]><p>&e;</p>")
def test_html_raises_only_documented_errors(source: str | bytes) -> None:
    explain(source, "auto")


@given(text_pages)
def test_text_invents_nothing(source: str | bytes) -> None:
    if (found := explain(source, "text")) is not None:
        check_nothing_invented(source, found[0])


@given(html_pages)
def test_html_invents_nothing(source: str | bytes) -> None:
    if (found := explain(source, "html")) is not None:
        check_nothing_invented(source, found[0])


@given(text_pages)
def test_text_blocks_are_accounted_for(source: str | bytes) -> None:
    if (found := explain(source, "text")) is not None:
        check_accounted(*found)


@given(html_pages)
def test_html_blocks_are_accounted_for(source: str | bytes) -> None:
    if (found := explain(source, "html")) is not None:
        check_accounted(*found)


@given(text_pages)
def test_text_result_serialises(source: str | bytes) -> None:
    if (found := explain(source, "text")) is not None:
        check_serialises(found[1])


@given(html_pages)
def test_html_result_serialises(source: str | bytes) -> None:
    if (found := explain(source, "html")) is not None:
        check_serialises(found[1])


@given(st.one_of(structured_text, random_text))
@example("the the\n\u00c2\x1f")  # a control character after a mojibake 'Â'
def test_repairing_repaired_text_changes_nothing(text: str) -> None:
    try:
        once = repair(text)
    except CleanpressError:  # documented: text that looks binary
        return
    assert repair(once) == once


@given(structured_text)
@example("0\n0")  # a label ending the page, then the line before it
@example("> said\n> said")  # a headline-shaped first line, then the next one
@example("Council approves the budget\n\nWhat the budget holds\n\n" + "Words said. " * 20)
@example("ירושלים\xad今日のニュース\xadÃ¼\xad}")  # mojibake beside soft hyphens
@example("a  é  Ã¼\nb é Ã¼")  # mojibake fixed or not by the spaces beside it
@example(  # a fallback's text (cleaned without the rule that removed the most)
    "the the the the the the\nSubscribe" + " the" * 14 + " ... Newsletter ...\n"
    + "the " * 11 + "the\nSubscribe" + " the" * 14 + " ... Newsletter ..."
)
def test_cleaning_the_clean_text_again_changes_nothing(source: str) -> None:
    if (found := explain(source, "text")) is not None:
        check_idempotent(CLEANER, found[1])
