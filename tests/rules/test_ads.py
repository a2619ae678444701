"""Advertisement labels go; sentences about advertising stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules import ads


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "- Advertisement -",
        "Sponsored",
        "Sponsored by Acme Bank",
        "Story continues below advertisement",
        "Article continues after this ad",
        "Skip Advertisement",
        "Anzeige",
        "- Werbung -",
        "Publicité",
        "La suite après cette publicité",
        "Publicidad",
        "Contenido patrocinado",
    ],
)
def test_labels_are_removed(line: str) -> None:
    assert removed_between(ads, line) == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement was pulled after complaints from viewers.",
        "Advertisement spending fell by a third in the second quarter.",
        "Sponsored by the city, the festival drew thousands of visitors last weekend "
        "and raised money for the local hospital.",
        "Anzeige erstattet",
        "Publicité mensongère : la marque condamnée",
        ARTICLE,
    ],
)
def test_sentences_about_ads_stay(line: str) -> None:
    assert removed(ads, page(ARTICLE, line)) == []


def test_teasers_under_a_sponsored_label_go_with_it() -> None:
    teasers = ["Five ways to cut your heating bill", "Local dentist offers free check-ups"]
    text = page(ARTICLE, "Sponsored content", *teasers, ARTICLE)
    assert removed(ads, text) == ["Sponsored content", *teasers]


def test_the_article_goes_on_after_an_advertisement_label() -> None:
    text = page(ARTICLE, "Advertisement", "What alumni want", ARTICLE)
    assert removed(ads, text) == ["Advertisement"]
