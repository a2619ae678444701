"""The chrome rules finish quickly on hostile text and keep what they cannot judge."""

from __future__ import annotations

import time

import pytest
from chrome_cases import ARTICLE, page, run_module

from cleanpress.rules.chrome import (
    ads,
    amendments,
    buttons,
    doubled_runs,
    legal,
    loose_bylines,
    newsletters,
    page_header,
    print_notes,
    production_credits,
    repeated_blocks,
    social,
    standards,
    station_promos,
    subscriptions,
)
from cleanpress.rules.metadata import language

MODULES = [ads, amendments, buttons, doubled_runs, legal, loose_bylines, language, newsletters,
           page_header, print_notes, production_credits, repeated_blocks, social, standards,
           station_promos, subscriptions]

HOSTILE = {
    "rule-line": "-" * 300_000,
    "rule-and-label": "-" * 100_000 + " SPONSORED BY X\n" + "Copy " * 20 + "-" * 100_000,
    "newsletter-boxes": "\n\n".join(["Newsletter\n" + "Sign up " * 20_000 + "\nSubscribe"] * 5),
    "quotes": "\n\n".join(['"' + "It just rises " * 10 + '"', "It just rises " * 50_000] * 20),
    "long-quote": "“" + "word " * 200_000 + "”",
    "affiliate": "We may earn a commission " * 40_000,
    "print-note": "This article appears in the " + "March " * 100_000 + "issue",
    "stop-words": "the " * 500_000,
    "credits": "Reporting by " + "Jane Doe in London; editing by " * 40_000,
    "buttons": "Save Share " * 100_000,
    "names": "\n".join(["By: Jane Doe", "Jane Doe"] * 20_000),
    "promo": "Listen to " + "the radio " * 100_000,
    "same-blocks": "\n\n".join(["The same words in every block of the page"] * 50_000),
    "consent": "By clicking " + "you agree " * 100_000 + "to the terms",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_finishes(name: str) -> None:
    text = page(ARTICLE, HOSTILE[name], ARTICLE)
    start = time.process_time()
    for module in MODULES:
        run_module(module, text)
    assert time.process_time() - start < 10
