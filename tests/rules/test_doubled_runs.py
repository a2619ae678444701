"""doubled-run: the second copy of a run of blocks shown twice back to back."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed

from cleanpress import Cleaner
from cleanpress.rules.chrome import doubled_runs
from cleanpress.rules.locate import page_type

SLIDE = ("Universal Appeal", "Raising attendance at a space museum in a small town.", "Read more")


def test_a_cards_hover_face_repeating_its_front_goes() -> None:
    text = page(ARTICLE, *SLIDE, *SLIDE, "Closing words of the page, long enough to stay.")
    assert removed(doubled_runs, text) == list(SLIDE)


def test_every_doubled_card_of_a_row_loses_its_copy() -> None:
    other = ("The Picture of Health", "A brand for a health clinic, built with its staff.", "Go")
    text = page(*SLIDE, *SLIDE, *other, *other)
    assert removed(doubled_runs, text) == [*SLIDE, *other]


def test_a_run_shown_three_times_stays() -> None:
    # One company's several openings in a listing: entries, not a template's copy.
    entry = ("Example Labs", "Kigali, Rwanda", "Internship in recruitment workflow design")
    assert removed(doubled_runs, page(ARTICLE, *entry, *entry, *entry)) == []


def test_one_paragraph_twice_and_short_label_pairs_stay() -> None:
    assert removed(doubled_runs, page(ARTICLE, ARTICLE, "Next")) == []
    assert removed(doubled_runs, page("Home", "Shop", "Home", "Shop", ARTICLE)) == []


def test_runs_apart_stay() -> None:
    text = page(*SLIDE, ARTICLE, *SLIDE)
    assert removed(doubled_runs, text) == []


def test_the_rule_runs_on_a_listing_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # (``repeated-block`` does not run on listings: their entries repeat their labels)
    monkeypatch.setattr(page_type, "page_type", lambda doc: "listing")
    cards = "".join(
        f"<div class='card'><h3>Case study {n}</h3><p>How we rebuilt the brand of client {n} "
        f"from the ground up.</p><span>See the work</span></div>" * 2 for n in range(3))
    html = f"<html><body><main><h1>Our work</h1>{cards}</main></body></html>"
    result = Cleaner(entry_points=False).clean(html, kind="html")
    assert result.text.count("Case study 1") == 1
    assert any(r.rule == "doubled-run" for r in result.removed)
