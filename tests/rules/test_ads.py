"""Advertisement labels go; sentences about advertising stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import ads


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


def test_a_grouped_label_takes_only_the_lines_of_its_group() -> None:
    text = page(
        ARTICLE,
        "Sponsored content\nFive ways to cut your heating bill this winter",
        "What alumni want",
        ARTICLE,
    )
    assert removed(ads, text) == [
        "Sponsored content",
        "Five ways to cut your heating bill this winter",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "When you purchase through links on our site, we may earn an affiliate commission. "
        "Here's how it works.",
        "If you buy something through our links, we may earn a commission.",
        "This article contains affiliate links.",
        "As an Amazon Associate we earn from qualifying purchases.",
        "Disclosure: some of the products below were sent to us for review.",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.",
        "Les liens d'affiliation de cet article peuvent nous rapporter une commission.",
        "Este artículo incluye enlaces de afiliados.",
    ],
)
def test_affiliate_disclosures_are_removed(line: str) -> None:
    assert removed_between(ads, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The retailer pays bloggers a commission on every sale made through their links, "
        "a practice known as affiliate marketing.",
        '"We may earn a commission," the small print says, but few readers notice it.',
        "Affiliate marketing grew by a fifth last year, according to the trade body, which "
        "counts more than 4,000 firms in the sector. Most are small. Many are based abroad. "
        "Few publish their accounts.",
        "Die Vermittler erhalten eine Provision von den Versicherern.",
    ],
)
def test_stories_about_affiliate_marketing_stay(line: str) -> None:
    assert removed(ads, page(ARTICLE, line)) == []


RULE = "-" * 40


@pytest.mark.parametrize(
    "block",
    [
        # As written: separator lines of their own.
        f"{RULE}\nSPONSORED BY RIDEWELL BIKES\nRide to work: 20% off with code SPRING20.\n{RULE}",
        # As a reader that joins the separators to their neighbours gives it.
        f"{RULE} SPONSORED BY RIDEWELL BIKES\nRide to work: 20% off with code SPRING20. {RULE}",
        f"Brought to you by Acme Bank\nOpen an account in five minutes.\n{RULE}",
    ],
)
def test_a_framed_sponsor_block_goes(block: str) -> None:
    gone = " ".join(removed(ads, page(ARTICLE, block, ARTICLE)))
    assert "RIDEWELL" in gone.upper() or "Acme" in gone
    assert ("20% off" in gone) or ("five minutes" in gone)
    assert ARTICLE not in gone


def test_sponsor_copy_without_a_frame_stays() -> None:
    line = "The festival drew thousands of visitors over the weekend."
    assert removed(ads, page(ARTICLE, f"Sponsored by Acme Bank\n{line}", ARTICLE)) == [
        "Sponsored by Acme Bank"
    ]


@pytest.mark.parametrize(
    "label", ["Präsentiert von Beispiel Bank", "Sponsorisé par Exemple", "Patrocinado por Ejemplo"]
)
def test_framed_sponsor_blocks_in_other_languages_go(label: str) -> None:
    block = f"{RULE}\n{label}\nZwanzig Prozent Rabatt mit dem Code SPRING20.\n{RULE}"
    gone = removed(ads, page(ARTICLE, block, ARTICLE))
    assert label in gone and "Zwanzig Prozent Rabatt mit dem Code SPRING20." in gone


def test_a_sentence_presented_by_someone_stays() -> None:
    line = "Presentado por el ministro, el plan prevé cerrar tres centrales antes de 2030."
    assert removed(ads, page(ARTICLE, line)) == []


def test_a_disclosure_naming_the_site_goes() -> None:
    line = (
        "Example may earn an Affiliate Commission if you purchase something through "
        "recommended links in this article."
    )
    assert removed_between(ads, line) == [line]


def test_the_article_goes_on_after_an_anzeige_label() -> None:
    text = page(ARTICLE, "Anzeige", "Kameras sind kein Thema", ARTICLE)
    assert removed(ads, text) == ["Anzeige"]
