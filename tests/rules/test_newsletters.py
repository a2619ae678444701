"""Newsletter and app prompts go; sentences and quotes that mention them stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import newsletters


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        "Sign up to receive our best stories by email",
        "Sign up for The Morning newsletter and get the news delivered to your inbox.",
        "Subscribe to our daily briefing",
        "Get the best of the week in your inbox every Friday",
        "Get our top stories delivered straight to your inbox.",
        "Enter your email address",
        "Email address:",
        "Thanks for signing up!",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "Newsletter",
        "Sign up",
        "Newsletter abonnieren",
        "Jetzt zum Newsletter anmelden",
        "Melden Sie sich für unseren kostenlosen Newsletter an.",
        "Inscrivez-vous à notre newsletter",
        "Recevez notre lettre d'information chaque matin",
        "Suscríbete al boletín",
        "Recibe nuestro boletín en tu correo",
        "Download our app",
        "Get the Example News app",
        "Download the free app for iPhone and Android",
        "Get it on Google Play",
        "Laden Sie unsere App herunter",
        "Téléchargez notre application",
        "Descarga nuestra app",
    ],
)
def test_prompts_are_removed(line: str) -> None:
    assert removed_between(newsletters, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        '"Sign up for our newsletter," the message read, before asking for a credit card '
        "number and the name of the customer's bank.",
        "The newsletter, which has 40,000 readers, was sold last year to a media group.",
        "Subscribers to the newsletter said they had not been warned of the price rise.",
        "Get ready for a cold week: forecasters expect snow across the region.",
        "Download speeds in rural areas remain far below the national average.",
        "The app was downloaded a million times in its first week. It was later removed "
        "from the store after complaints. Its maker apologised on Friday.",
        "Sign up sheets were placed at the door of the town hall, and dozens of residents "
        "put their names down to speak at the meeting about the new road. The mayor "
        "listened to all of them. Then she left.",
        "Der Newsletter des Vereins erscheint seit 1998 und wird von Freiwilligen geschrieben.",
        # The e-mail as the means of signing up for something else.
        "Sign up for the sports bundle using the same email as your current account",
        "Register for the course via your existing email address and pick a start date",
    ],
)
def test_mentions_stay(line: str) -> None:
    assert removed(newsletters, page(ARTICLE, line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Want more deals? Join the Example Deals Newsletter.",
        "See All Newsletters",
        "Pick Six Newsletter",
        "No spam, we promise. You can unsubscribe at any time.",
        'I agree that Example Sports can send me the "Pick Six" newsletter.',
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
    ],
)
def test_more_prompts_are_removed(line: str) -> None:
    assert removed_between(newsletters, line) == [line]


def test_a_quoted_prompt_stays() -> None:
    line = '"Join our newsletter," the pop-up said, and it would not go away.'
    assert removed_between(newsletters, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading The Example Letter! Subscribe for free to receive new posts.",
        "Type your email...",
        "The best tech news and deals, delivered to your inbox daily.",
        "Sign me up",
    ],
)
def test_platform_prompts_are_removed(line: str) -> None:
    assert removed_between(newsletters, line) == [line]


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        (
            "Newsletter abonnieren\n"
            "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.\n"
            "Jetzt anmelden",
            3,
        ),
        ("Newsletter\nRecevez chaque matin l'essentiel de l'actualité économique.\nS'inscrire", 3),
        ("Newsletter\nLo mejor de la semana, cada viernes.\nSuscríbete", 3),
        ("Our newsletters\nThe stories our editors liked best this week.\nSign up", 3),
        ("Newsletter\nThe best of the week, in your inbox every Friday.", 2),
    ],
)
def test_a_newsletter_box_goes_whole(box: str, gone: int) -> None:
    assert removed(newsletters, page(ARTICLE, box, ARTICLE)) == box.split("\n")[:gone]


@pytest.mark.parametrize(
    "text",
    [
        # A subheading with the article going on in its group.
        "Newsletter\nThe club's newsletter has been printed by volunteers since 1998, and "
        "its editor says the paper bill has tripled.",
        # A blank line after the heading: what follows is the article.
        "Newsletter\n\nThe club sends its members a letter every week about the matches.",
    ],
)
def test_prose_under_a_newsletter_heading_stays(text: str) -> None:
    assert removed(newsletters, page(ARTICLE, text, ARTICLE)) == ["Newsletter"]


@pytest.mark.parametrize(
    "line",
    [
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.",
        "Let our news meet your inbox. The news and stories that matter, delivered weekday "
        "mornings.",
        "GET EXAMPLE BUSINESS ON THE GO BY CLICKING HERE",
    ],
)
def test_scheduled_news_and_on_the_go_prompts_are_removed(line: str) -> None:
    assert removed_between(newsletters, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The milk is delivered every morning by a farmer from the next valley.",
        "Get healthy snacks on the go, the dietitian advised.",
    ],
)
def test_deliveries_in_a_story_stay(line: str) -> None:
    assert removed(newsletters, page(ARTICLE, line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Keep an eye on your inbox for the latest sports news.",
        "Please check the opt-in box to acknowledge that you would like to subscribe.",
        "There was an error processing your subscription.",
        "You have been successfully subscribed!",
        "There was a problem subscribing you to the newsletter. Double check your email and "
        "try again.",
    ],
)
def test_sign_up_form_messages_are_removed(line: str) -> None:
    assert removed_between(newsletters, line) == [line]
