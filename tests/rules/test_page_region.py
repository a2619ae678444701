"""Pages that are not one article: every span of their content stays, the page around goes."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner
from cleanpress.readers import read
from cleanpress.rules.locate.text_features import Features
from cleanpress.rules.locate.text_page import one_article, page_spans

NAV = "\n".join(
    f"  * {item}" for item in ("Home", "Forums", "What's new", "Members", "Help", "Log in")
)
FOOTER = "\n".join(
    ["  * Contact us", "  * Terms and rules", "  * Privacy policy", "  * Cookie settings",
     "  * Advertise", "© 2025 Example"]
)
POSTS = [
    ("hollyfield", "I am new to sourdough and my loaves come out flat every time. I feed the "
     "starter twice a day and keep it on the kitchen counter. What am I doing wrong?"),
    ("breadhead", "A flat loaf usually means the dough proved for too long. Try shaping it "
     "earlier and give it a colder, slower rise in the fridge overnight."),
    ("m_ortiz", "Check the starter too. If it does not double within six hours of a feed, "
     "it is not strong enough yet to lift a whole loaf of bread."),
    ("hollyfield", "Thank you both. I moved the starter to a warmer shelf and it doubled in "
     "five hours, and the loaf I baked this morning finally rose in the oven."),
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def thread() -> str:
    posts = []
    for number, (author, text) in enumerate(POSTS, 1):
        posts.append(f"        {author}\n        Mar 3, 2025\n          * #{number}\n\n"
                     f"            {text}\n\n        Reply")
    return page(NAV, "    Why is my sourdough flat?", *posts, FOOTER)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def feats(text: str) -> list[Features]:
    return [Features(block) for block in read(text, kind="text")[0].blocks]


def test_every_post_of_a_thread_stays(cleaner: Cleaner) -> None:
    result = cleaner.clean(thread(), kind="text")
    for _, text in POSTS:
        assert text in result.text
    assert "breadhead" in result.text  # the lines between the posts stay with them
    for chrome in ("Members", "Terms and rules", "Privacy policy"):
        assert chrome not in result.text


def test_a_thread_is_not_one_article() -> None:
    f = feats(thread())
    first = next(i for i, x in enumerate(f) if x.prose)
    assert not one_article(f, first, first + 1)
    spans = page_spans(f)
    assert spans[0][0] <= first and spans[-1][1] > max(i for i, x in enumerate(f) if x.prose)


SECTIONS = [
    ("Garden design", "We draw a plan of your garden with you, choose plants that suit its "
     "soil and light, and show you how it will look in every season of the year."),
    ("Planting", "Our gardeners plant trees, hedges and borders from October to March, when "
     "the ground is moist and young roots settle in before the summer."),
    ("Maintenance", "From a single visit to a yearly contract, we mow, prune and weed so that "
     "your garden stays the way it was planned, and we tell you what we did."),
]


def test_every_section_of_a_service_page_stays(cleaner: Cleaner) -> None:
    sections = [f"    {title}\n\n      {text}\n\n      Book a visit" for title, text in SECTIONS]
    text = page(NAV, "  Our services", *sections, FOOTER)
    result = cleaner.clean(text, kind="text")
    for _, paragraph in SECTIONS:
        assert paragraph in result.text
    for title, _ in SECTIONS[1:]:  # (the first heading is taken for the page's title)
        assert title in result.text
    assert "Privacy policy" not in result.text


def test_a_menu_between_two_spans_goes(cleaner: Cleaner) -> None:
    # A menu longer than the text on either side of it.
    items = ("Shop", "Blog", "Careers", "Press", "Partners", "Gift cards", "Store finder")
    menu = "\n".join(f"  * {item} {n}" for n in (1, 2, 3, 4) for item in items)
    text = page(NAV, SECTIONS[0][1], SECTIONS[1][1], menu, SECTIONS[2][1], POSTS[0][1], FOOTER)
    result = cleaner.clean(text, kind="text")
    assert SECTIONS[0][1] in result.text and POSTS[0][1] in result.text
    assert "Store finder" not in result.text
    reasons = {r.text.strip(): r.reason for r in result.removed}
    assert "menu between the page's content" in reasons["* Store finder 1"]


def test_an_article_holding_most_of_the_prose_is_one_article() -> None:
    paragraph = "The council met on Tuesday and approved the budget for the coming year. "
    f = feats(page(NAV, paragraph * 3, paragraph * 3, paragraph * 3, "Related", paragraph))
    first = next(i for i, x in enumerate(f) if x.prose)
    assert one_article(f, first, first + 3)
    assert not one_article(f, first, first + 1)  # a third of the prose is not most of it


def test_page_spans_keep_spans_of_a_fair_share_and_the_fullest_segment() -> None:
    blurb = "A short blurb that stands alone here"
    text = page(NAV, POSTS[0][1], FOOTER, blurb, FOOTER, POSTS[1][1], FOOTER)
    f = feats(text)
    prose = [i for i, x in enumerate(f) if x.prose]
    assert page_spans(f) == [(prose[0], prose[0] + 1), (prose[1], prose[1] + 1)]
    # Lines of text between two menus, with more text than the prose: a listing's cards.
    cards = [f"Card {n}: a title of a few words" for n in range(8)]
    f = feats(page(NAV, POSTS[0][1], FOOTER, "\n".join(cards), FOOTER))
    first = next(i for i, x in enumerate(f) if x.text == cards[0])
    start, end = page_spans(f)[-1]
    assert start <= first and end == first + len(cards)


CONSENT = ("We and our partners use cookies and similar technologies to store and access "
           "information on your device, to personalise content and ads and to analyse our "
           "traffic. You can accept or reject these purposes in the settings at any time.")


def test_a_consent_notice_is_not_taken_for_the_content(cleaner: Cleaner) -> None:
    text = page("  We value your privacy", "  " + CONSENT, "  Accept all", NAV, thread())
    result = cleaner.clean(text, kind="text")
    assert "partners use cookies" not in result.text
    assert POSTS[0][1] in result.text and POSTS[-1][1] in result.text


def test_a_dialog_after_the_footer_goes(cleaner: Cleaner) -> None:
    policy = [
        "    Privacy policy",
        "      " + CONSENT,
        "      We keep the data you give us for as long as your account is open, and we "
        "delete it within thirty days of a request made to our support team by e-mail.",
        "      We never sell your personal data, and we share it only with the companies "
        "that deliver your orders and process your payments, under written contracts.",
        *[f"      You may ask us at any time about your {topic}: for a copy of the data we hold "
          "about it, for its correction or for its deletion, and we will answer within a month."
          for topic in ("orders", "payments", "account", "messages", "reviews", "addresses")],
    ]
    article = [text for _, text in POSTS[1:]]
    footer = "\n".join(
        f"  * {item} {n}" for n in (1, 2, 3)
        for item in ("About us", "Careers", "Press", "Advertise", "Newsletters", "Jobs", "Shop")
    )
    text = page(NAV, *article, footer, FOOTER, *policy)
    result = cleaner.clean(text, kind="text")
    assert article[0] in result.text
    assert "thirty days" not in result.text
    reasons = {r.reason for r in result.removed if "thirty days" in r.text}
    assert reasons == {"dialog after the page's rights line (consent notice, policy)"}


JOBS = [
    ("Senior Data Engineer", "Northwind Traders", "Remote", "$120,000 - $140,000"),
    ("Support Specialist", "Contoso Ltd", "Lisbon, Portugal", "Full-Time"),
    ("Product Designer", "Fabrikam", "Berlin, Germany", "Contract"),
    ("Backend Developer (Go)", "Tailspin Toys", "Anywhere in the World", "Full-Time"),
    ("Technical Writer", "Adventure Works", "Toronto, Canada", "Part-Time"),
    ("Site Reliability Engineer", "Wide World Importers", "Remote (Europe)", "Full-Time"),
    ("Frontend Developer (React)", "Litware", "Austin, Texas", "$90,000 - $110,000"),
    ("Customer Success Manager", "Proseware", "Anywhere in the World", "Full-Time"),
]


def listing() -> str:
    cards = "\n".join(
        f"          {title}\n            {company}\n            {place}\n            {terms}"
        for title, company, place, terms in JOBS
    )
    return page(NAV, "    Remote programming jobs",
                "    Find your next role with the best remote companies in the world.",
                cards, FOOTER)


def test_the_cards_of_a_listing_without_prose_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(listing(), kind="text")
    for card in JOBS:
        for line in card:
            assert line in result.text
    assert "Members" not in result.text and "Privacy policy" not in result.text


def test_a_short_intro_holding_all_the_prose_is_not_one_article() -> None:
    f = feats(listing())
    intro = next(i for i, x in enumerate(f) if x.prose)
    assert not one_article(f, intro, intro + 1)


def test_an_indented_line_opening_with_o_is_a_nested_list_item() -> None:
    (item,) = feats("      o Subscriber Services")
    assert item.list_item and item.size == 2 and not item.lower_start
    (word,) = feats("o Brasil venceu a partida por dois a zero no domingo.")
    assert not word.list_item  # not indented: a word


MOVERS = ["Harbour Movers", "Blue Van Lines", "Oakfield Removals", "City Lift", "Northgate Moving"]


def list_article() -> str:
    intro = [
        "      We compared more than two hundred moving companies in the city on price, "
        "care and punctuality, and asked their customers what went well and what did not.",
        "      Every company below is licensed and insured, and each of them moved at least "
        "five hundred households last year, so that their ratings rest on many moves.",
        "      Prices are for a two-bedroom flat moved within the city on a weekday, packing "
        "not included, and were quoted to us in March of this year by each company.",
        "    The best movers in the city",
        "    After comparing them all, five companies stood out for their care and prices.",
    ]
    entries = [
        f"        {name}\n          {n} Market Street\n            4.{9 - n} / 5.0\n\n"
        f"            {name} moves homes and offices across the city and its suburbs, and "
        "its crews wrap every piece of furniture before it leaves the house, which its "
        "customers praised in nearly every review we read.\n\n"
        "            It quotes a fixed price after a visit, keeps to it unless the customer "
        "adds items on the day, and offers storage by the month in its own warehouse.\n\n"
        "        Get a quote"
        for n, name in enumerate(MOVERS, 1)
    ]
    return page(NAV, "  How we chose the movers", *intro, *entries, FOOTER)


def test_the_entries_of_a_list_article_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(list_article(), kind="text")
    for name in MOVERS:
        assert f"{name} moves homes and offices" in result.text
    assert "Privacy policy" not in result.text


def test_cards_nested_under_an_article_are_its_periphery_unless_it_holds_one() -> None:
    f = feats(list_article())
    intro = next(i for i, x in enumerate(f) if x.prose)
    cards = [i for i, x in enumerate(f) if x.prose and x.indent > f[intro].indent]
    # Three paragraphs, then prose in cards nested deeper: comments or teasers.
    assert one_article(f, intro, intro + 3)
    # The article's own paragraphs take in the first card: the cards are its entries.
    assert not one_article(f, intro, cards[1] + 1)


def test_a_span_holding_most_posts_of_a_thread_is_still_one_post_of_many() -> None:
    f = feats(thread())
    posts = [i for i, x in enumerate(f) if x.prose]
    # Three posts of four hold most of the prose, but each is led by the same lines.
    assert not one_article(f, posts[0], posts[2] + 1)
    # Paragraphs of flat text led by short lines are no cards.
    flat = feats(page(*[f"Heading {n}\n{text}" for n, (_, text) in enumerate(POSTS)]))
    prose = [i for i, x in enumerate(flat) if x.prose]
    assert one_article(flat, prose[0], prose[2] + 1)
