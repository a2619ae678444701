"""Rights footers, cookie notices and form consent lines go; stories about copyright,
cookies or agreements stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import legal


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Media. All rights reserved.",
        "Copyright © 2023 The Example Times Company",
        "Copyright 2024 Example News Ltd",
        "(c) Example Media 2021",
        "All Rights Reserved",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "© Example Verlag GmbH. Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "© Ediciones Ejemplo S.L. Todos los derechos reservados.",
        "We use cookies to improve your experience on our site.",
        "This website uses cookies. By continuing to browse, you accept our cookie policy.",
        "Accept all cookies",
        "Cookie settings",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Datenschutz",
        "Alle Cookies akzeptieren",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Accepter les cookies",
        "Utilizamos cookies propias y de terceros para mejorar tu experiencia.",
        "Aceptar cookies",
        "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and "
        "Privacy Policy.",
        "By submitting, I agree to the Example Privacy Notice.",
        "By signing up, you agree to receive recurring automated marketing messages at the "
        "number provided. Msg and data rates may apply. Reply STOP to cancel.",
        "Mit dem Klick auf „Anmelden“ stimme ich der Datenschutzerklärung zu.",
        "En cliquant sur « S'inscrire », vous acceptez nos conditions générales.",
        "Al hacer clic en Enviar, aceptas nuestra política de privacidad.",
    ],
)
def test_notices_are_removed(line: str) -> None:
    assert removed_between(legal, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law in the European Union was changed in 2019 to protect publishers.",
        "Copyright holders say the new rules do not go far enough.",
        "The court ruled that all rights reserved by the author had passed to the publisher "
        "when the contract was signed in 1998, and that the heirs had no claim. The family "
        "said it would appeal. Lawyers for the publisher welcomed the decision.",
        "We use cookies from the bakery down the road, said the owner of the café.",
        "The cookies were baked with butter and brown sugar.",
        "Cookie sales rose by a fifth last year.",
        "Plätzchen und Cookies gehören in Deutschland zur Adventszeit.",
        "By signing the contract in 1998, the company agreed to pay for the new bridge.",
        "By clicking the link in the email, you confirm your new address.",
        "By continuing the talks, both sides accept that the terms may change, he said.",
    ],
)
def test_stories_about_copyright_and_cookies_stay(line: str) -> None:
    assert removed_between(legal, line) == []


def test_runs_of_legal_links_are_removed() -> None:
    text = page(ARTICLE, "Terms of use", "Privacy policy", "Contact us", "Impressum | Datenschutz")
    assert removed(legal, text) == [
        "Terms of use",
        "Privacy policy",
        "Contact us",
        "Impressum | Datenschutz",
    ]


@pytest.mark.parametrize("line", ["Privacy", "Contact", "Terms of the deal were not disclosed."])
def test_a_lone_heading_named_like_a_legal_page_stays(line: str) -> None:
    assert removed_between(legal, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Proudly powered by WordPress",
        "Powered by Ghost",
        "Blog at WordPress.com.",
        "Theme: Twenty Twenty-Four by the WordPress team",
        "Fièrement propulsé par WordPress",
    ],
)
def test_powered_by_footers_are_removed(line: str) -> None:
    assert removed_between(legal, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Powered by the sun",
        "Powered by solar panels, the village now sells electricity to the grid.",
        "Theme parks reopened on Saturday after a week of storms.",
    ],
)
def test_powered_by_in_a_story_stays(line: str) -> None:
    assert removed(legal, page(ARTICLE, line)) == []


def test_a_comma_list_of_legal_links_and_a_recaptcha_notice_go() -> None:
    lines = ["This site is protected by reCAPTCHA", "Privacy Policy, Terms of Use"]
    assert removed(legal, page(ARTICLE, *lines, ARTICLE)) == lines


def test_a_sentence_naming_privacy_and_terms_stays() -> None:
    line = "Privacy, terms and conditions were the focus of the hearing."
    assert removed(legal, page(ARTICLE, line)) == []
