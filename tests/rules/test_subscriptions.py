"""Subscriber-perk lists and subscribe blurbs go; price stories and content lists stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import subscriptions

PERKS = (
    "Example cover\n"
    "  • Example magazine delivered to your door\n"
    "  • Enjoy ad-free browsing on example.com\n"
    "  • Comment on articles\n"
    "  • Example app updates on-the-go"
)


def test_perk_list_and_its_header_go() -> None:
    got = removed(subscriptions, page(ARTICLE, PERKS))
    assert got == [
        "Example cover",
        "Example magazine delivered to your door",
        "Enjoy ad-free browsing on example.com",
        "Comment on articles",
        "Example app updates on-the-go",
    ]


def test_content_list_stays() -> None:
    measures = (
        "The government announced these measures:\n"
        "  • A cap on energy prices for households\n"
        "  • Free school meals for all primary pupils\n"
        "  • A new tax on windfall profits"
    )
    assert removed(subscriptions, page(ARTICLE, measures, ARTICLE)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe now",
        "Subscribe to continue reading.",
        "Already a subscriber? Sign in",
        "Get unlimited access to all our journalism. Cancel anytime.",
        "Jetzt abonnieren",
        "Abonnez-vous pour lire la suite. Déjà abonné ? Connectez-vous",
        "Suscríbete para seguir leyendo",
    ],
)
def test_blurbs_go(line: str) -> None:
    assert removed_between(subscriptions, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The streaming service raised its ad-free subscription to $15.49 a month on Tuesday.",
        "Subscribers to the newspaper fell by a tenth last year, the company said.",
        "She said readers could cancel their subscriptions online, but many did not know.",
    ],
)
def test_article_sentences_about_subscriptions_stay(line: str) -> None:
    assert removed_between(subscriptions, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Example Monthly and get the magazine delivered to your door, plus "
        "unlimited digital access.",
        "Abonnieren Sie die Zeitung und lesen Sie alle Artikel ohne Werbung.",
    ],
)
def test_subscribe_and_get_blurbs_go(line: str) -> None:
    assert removed_between(subscriptions, line) == [line]


def test_subscribing_in_a_story_stays() -> None:
    line = (
        "Subscribers to the service said they would cancel and get their money back if the "
        "price rose again."
    )
    assert removed_between(subscriptions, line) == []


def test_a_question_leading_to_a_subscribe_call_goes() -> None:
    line = (
        'Need more space? Subscribe to our sister title "All About Example" Magazine for the '
        "latest news from the final frontier!"
    )
    assert removed_between(subscriptions, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Example and stay smart with more of your favorite writers.",
        "Do you rely on Example reporting? Click here to support it.",
        "Buy this issue",
        "Get Example Monthly delivered through your letterbox every month. 12 issues for "
        "£11.99. Click here for more information.",
    ],
)
def test_more_subscription_calls_go(line: str) -> None:
    assert removed_between(subscriptions, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "有料会員になると、すべての記事が読み放題になります。初月無料でお試しいただけます。",
        "会員登録はこちら",
        "この記事は有料会員限定です。",
    ],
)
def test_japanese_membership_prompts_go(line: str) -> None:
    assert removed_between(subscriptions, line) == [line]


def test_a_japanese_story_about_reading_services_stays() -> None:
    line = "電子書籍の読み放題サービスは、この一年で利用者が二倍に増えたという。"
    assert removed(subscriptions, page(ARTICLE, line)) == []
