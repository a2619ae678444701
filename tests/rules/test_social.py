"""Share, follow and comment prompts go; sentences about sharing stay."""

from __future__ import annotations

import pytest
from chrome_cases import ARTICLE, page, removed, removed_between

from cleanpress.rules.chrome import social


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share",
        "Share on WhatsApp",
        "Share via Email",
        "Follow us on Twitter",
        "Follow Jane Doe on X",
        "Follow us",
        "Comments",
        "12 Comments",
        "View all comments",
        "Join the conversation",
        "Leave a comment",
        "Facebook Twitter LinkedIn Email",
        "Facebook | X | WhatsApp",
        "Teilen",
        "Artikel teilen",
        "Folgen Sie uns auf Instagram",
        "Kommentare (3)",
        "Partager",
        "Partager sur Facebook",
        "Suivez-nous sur X",
        "Laisser un commentaire",
        "Compartir",
        "Compartir en WhatsApp",
        "Síguenos en Twitter",
        "Deja un comentario",
    ],
)
def test_prompts_are_removed(line: str) -> None:
    assert removed_between(social, line) == [line]


def test_lone_network_names_in_a_run_are_removed() -> None:
    text = page(ARTICLE, "Share", "Facebook", "Twitter", "Email", ARTICLE)
    assert removed(social, text) == ["Share", "Facebook", "Twitter", "Email"]


@pytest.mark.parametrize(
    "line",
    [
        "The company asked users to share their data with advertisers.",
        "Share prices fell by 4% on Monday after the results, the steepest drop in a year. "
        "Analysts had expected a loss. The board met on Tuesday.",
        "Facebook",
        "Comments made by the minister on Friday drew criticism from the opposition.",
        "Following us on the trip were two reporters and a photographer.",
        "Teilen ist das neue Haben, sagt der Gründer des Start-ups.",
        "Partager les richesses reste la promesse du gouvernement.",
        "Compartir piso es cada vez más habitual entre los jóvenes de la ciudad.",
        "Leave a comment, she told her students, and you will get a reply by Monday. "
        "Most of them did. The rest forgot.",
    ],
)
def test_sentences_about_sharing_stay(line: str) -> None:
    assert removed_between(social, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Share on: Facebook Twitter Reddit Google+",
        "Share Tweet Submit",
        "Whatsapp Facebook Pint",
        "Posted in Open thread | Permalink | 10 Comments",
        "Subscribe to Example News on YouTube",
    ],
)
def test_share_bars_and_counts_are_removed(line: str) -> None:
    assert removed_between(social, line) == [line]


@pytest.mark.parametrize(
    "line", ["Facebook and Twitter", "Facebook, Twitter and the future of news"]
)
def test_phrases_naming_networks_stay(line: str) -> None:
    assert removed_between(social, line) == []


@pytest.mark.parametrize("line", ["Follow", "Following", "2.1K Followers", "350 subscribers"])
def test_follow_buttons_and_counts_are_removed(line: str) -> None:
    assert removed_between(social, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Like this:",
        "Like Loading...",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        "Votre adresse e-mail ne sera pas publiée.",
        "Tu dirección de correo electrónico no será publicada.",
    ],
)
def test_like_buttons_and_comment_forms_are_removed(line: str) -> None:
    assert removed_between(social, line) == ([] if line == "Website" else [line])


@pytest.mark.parametrize(
    "line",
    [
        "Like this, the farmers say, the harvest can be saved.",
        "Loading the trucks took most of the night.",
        "Name and address of the new owner were not disclosed.",
    ],
)
def test_sentences_like_form_lines_stay(line: str) -> None:
    assert removed(social, page(ARTICLE, line)) == []


def test_a_forum_prompt_goes_and_a_meeting_stays() -> None:
    prompt = "Join our Example Forums to keep talking space on the latest missions!"
    meeting = "Join the community meeting on Tuesday at the town hall."
    assert removed(social, page(ARTICLE, prompt, meeting, ARTICLE)) == [prompt]


@pytest.mark.parametrize(
    "line",
    [
        "Follow The Example Times Opinion section on Facebook, Twitter and Instagram.",
        "Follow Example on",
        "Tweet on Twitter",
        "Sharing is caring!",
        "Like this article?",
        "195 Shares",
        "Copied!",
        "Subscribe to the Example YouTube Channel for all of the latest videos and reviews!",
        "Give Feedback",
        "Tell us what YOU think...",
        "Every online business lives in the space-time continuum. Click To Tweet",
    ],
)
def test_more_share_and_comment_chrome_is_removed(line: str) -> None:
    assert removed_between(social, line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the river on foot and you reach the old mill in an hour.",
        "The video had 195 shares and 3,000 views by Friday, the company said.",
        "Sharing is difficult when the flat has one bathroom and five tenants.",
        "Feedback from residents was mostly positive, the council said.",
    ],
)
def test_sentences_near_share_chrome_stay(line: str) -> None:
    assert removed(social, page(ARTICLE, line)) == []


@pytest.mark.parametrize(
    ("line", "known"),
    [
        ("Facebook Twitter WhatsApp", 3),
        ("Share | Tweet | Email", 3),
        ("Facebook and Twitter", 0),  # a phrase: the glue word is not capitalised
        ("Facebook Acme Corp News", 0),  # fewer than half the words are networks
        ("Town Hall Meeting", 0),
        ("Facebook", 1),
    ],
)
def test_share_bar_words_are_counted(line: str, known: int) -> None:
    from cleanpress.readers import read
    from cleanpress.rules.chrome.social import _bar_words

    assert _bar_words(read(line, kind="text")[0].blocks[0]) == known
