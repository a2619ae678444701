"""html-chrome-box and html-figure-caption leave a listing's grid of entries alone,
whatever class words sit on it or around it; chrome boxes beside or inside the
entries, and the same boxes on an article, still go."""

from __future__ import annotations

from html_pages import stated_page as page

from cleanpress import Cleaner

PROSE = ("This summary carries enough running words to read as the entry's blurb, "
         "number {n}, and a little more besides.")


def tiles(n: int, price: bool = False, tag: str = "div") -> str:
    """Entries of a listing: a linked name, a few lines, a blurb."""
    return '<div class="results">' + "".join(
        f'<{tag} class="tile"><p><a href="/p{i}">Entry name {i}</a></p>'
        f"<p>Rated 4.{i} by readers</p><p>Posted on day {i}</p>"
        + (f"<p>${i}9.00</p>" if price else "")
        + f'<p>{PROSE.format(n=i)}</p><div class="ad-slot"><p>Advertisement</p></div>'
        f"</{tag}>"
        for i in range(n)) + "</div>"


def entries(n: int) -> str:
    """Entries of a news listing: a linked headline, a blurb, a date, an ad slot."""
    return '<div class="feed">' + "".join(
        f'<div class="entry"><h3><a href="/n{i}">Entry name {i} of the feed</a></h3>'
        f"<p>{PROSE.format(n=i)}</p><p>Published on day {i}</p>"
        '<div class="ad-slot"><p>Advertisement</p></div></div>'
        for i in range(n)) + "</div>"


#: Short lines above the grid (a featured strip): more words than the grid, no essay.
INTRO = "".join(f"<p>Featured line {i} of the day, with a few more words to it here.</p>"
                for i in range(20))
AD_COLUMN = ('<div class="sidebar-ads"><h3>Sign up for our letters</h3>'
             "<p>Get the news in your inbox every morning of the week.</p></div>")


def test_a_grid_inside_boxes_classed_as_chrome_stays_on_a_listing() -> None:
    # The grid holds under half the page's words: its wrappers are no layout wrappers.
    body = ('<main><h1>Latest news</h1>' + INTRO + '<div class="container--topics">'
            '<div class="section-more-ads">' + entries(8) + AD_COLUMN + "</div></div></main>")
    # The box rule alone (the region rule has its own test of chrome boxes).
    result = Cleaner(disable=["html-article-region"]).clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in range(8):
        assert f"Entry name {i}" in result.text
        assert f"number {i}," in result.text
    # Chrome boxes beside the grid and inside its entries still go.
    assert "Sign up for our letters" not in result.text
    assert "Advertisement" not in result.text


def test_the_same_boxes_go_on_an_article() -> None:
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(8))
    body = ("<main><article><h1>Headline</h1>" + prose + '<div class="section-more-ads">'
            + tiles(5) + "</div></article></main>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type != "listing"
    assert "Entry name 2" not in result.text


def test_product_cards_written_as_figures_keep_their_names_and_prices() -> None:
    body = ("<main><h1>Shop</h1><p>Our range of goods for the season, chosen by the team.</p>"
            + tiles(6, price=True, tag="figure") + "</main>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "collection"
    assert "Entry name 3" in result.text and "$39.00" in result.text


def test_a_picture_caption_on_a_listing_still_goes() -> None:
    picture = ('<figure><img src="/harbour.jpg" alt="">'
               "<figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure>")
    body = "<main><h1>Latest news</h1>" + picture + tiles(6) + "</main>"
    result = Cleaner().clean(page(body, "ItemList"), kind="html")
    assert "Entry name 3" in result.text
    assert "The harbour at dawn" not in result.text


def test_a_card_body_classed_as_caption_stays_but_a_small_caption_goes() -> None:
    cards = '<div class="products">' + "".join(
        f'<div class="thumbnail"><img src="/p{i}.jpg" alt=""><div class="caption">'
        f'<p><a href="/p{i}">Product name {i}</a></p><p>${i}9.00</p><p>{PROSE.format(n=i)}</p>'
        f'</div><div class="credit"><p class="caption">Photo: studio</p></div></div>'
        for i in range(6)) + "</div>"
    body = ("<main><h1>Shop</h1><p>Our range of goods for the season, chosen by the team.</p>"
            + cards + "</main>")
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "collection"
    assert "Product name 3" in result.text and "$39.00" in result.text
    assert "Photo: studio" not in result.text


def test_repeated_boxes_holding_most_of_the_page_are_its_entries() -> None:
    river = "".join(
        f'<section class="package"><div class="read-more-ad"><h3><a href="/s{i}">Story {i} '
        f"of the river</a></h3><p>{PROSE.format(n=i)}</p><p>{PROSE.format(n=i + 10)}</p>"
        f'<div class="dek"><p>The summary line of story {i}.</p></div>'
        "</div></section>" for i in range(4))
    body = "<main><h1>Health</h1><p>The latest stories of the desk.</p>" + river + "</main>"
    result = Cleaner().clean(page(body), kind="html")
    for i in range(4):
        assert f"Story {i} of the river" in result.text
        assert f"The summary line of story {i}." in result.text  # an entry's deck


def test_a_deck_outside_the_entries_still_goes() -> None:
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(6))
    body = ('<main><article><h1>Headline</h1><div class="dek"><p>What the story says in '
            "one line.</p></div>" + prose + "</article></main>")
    result = Cleaner().clean(page(body), kind="html")
    assert "number 5" in result.text
    assert "in one line" not in result.text


def test_repeated_ad_slots_beside_the_text_still_go() -> None:
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(6))
    slots = "".join(f'<div class="ad-slot"><p>Advertisement from sponsor {i}</p></div>'
                    for i in range(4))
    body = "<main><article><h1>Headline</h1>" + prose + slots + "</article></main>"
    result = Cleaner().clean(page(body), kind="html")
    assert "number 5" in result.text
    assert "sponsor" not in result.text


def test_comments_are_no_entries_however_many_words_they_hold() -> None:
    comments = "".join(f'<div class="comment"><p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>'
                       "</div>" for i in range(5))
    body = ("<main><article><h1>Headline</h1><p>" + PROSE.format(n=99) + "</p>"
            + '<div class="thread">' + comments + "</div></article></main>")
    result = Cleaner(disable=["html-article-region"]).clean(page(body, "NewsArticle"),
                                                          kind="html")
    assert "number 99" in result.text
    assert "number 3," not in result.text


def consent_dialog(paragraphs: int) -> str:
    """A consent manager's dialog: paragraphs of prose about cookies."""
    return '<div id="cmp-consent-sdk"><div class="pc-content">' + "".join(
        f"<p>These cookies let us and our partners measure visits and traffic, purpose "
        f"number {i}, so that we can improve how the site performs for you.</p>"
        for i in range(paragraphs)) + "</div></div>"


def linked_cards(n: int) -> str:
    """Entries of a listing that are all links: a linked title and a linked section."""
    return '<ul class="cards">' + "".join(
        f'<li class="card"><a href="/r{i}">Recipe name number {i}</a>'
        f'<a href="/s{i}">Section {i}</a></li>' for i in range(n)) + "</ul>"


def test_a_consent_dialog_holding_most_prose_is_no_wrapper() -> None:
    # The listing's entries are links, so the dialog holds nearly all the prose.
    body = ("<main><h1>Dinner recipes</h1>" + linked_cards(12) + "</main>"
            + consent_dialog(6))
    result = Cleaner().clean(page(body), kind="html")
    assert "Recipe name number 3" in result.text
    assert "These cookies" not in result.text


def test_a_box_with_a_layout_word_holding_most_prose_stays_a_wrapper() -> None:
    # The same amount of prose under a sidebar word is a layout wrapper (negative case).
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(6))
    body = f'<div class="content-with-sidebar"><div>{prose}</div></div>' + linked_cards(3)
    result = Cleaner().clean(page(body), kind="html")
    assert "number 4," in result.text


def job_entries(n: int) -> str:
    """Entries of a job board: a linked title, the company, and a box of tags."""
    return '<ul class="jobs">' + "".join(
        f'<li class="job"><h3><a href="/j{i}">Engineer post {i}</a></h3><p>Company {i}</p>'
        f'<div class="categories"><span>Full-Time</span> <span>Salary band {i}</span></div>'
        "</li>" for i in range(n)) + "</ul>"


def test_chrome_boxes_inside_the_entries_are_parts_of_them_to_the_region_rule() -> None:
    tags = ('<div class="tags"><a href="/t1">Remote</a> <a href="/t2">Contract</a>'
            '<a href="/t3">Part time</a></div>')
    intro = "".join(f"<p>{PROSE.format(n=i)}</p>" for i in range(4))
    body = "<main><h1>Programming jobs</h1>" + intro + job_entries(8) + tags + "</main>"
    # The region rule alone (the box rule has its own view of an entry's parts).
    result = Cleaner(disable=["html-chrome-box"]).clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    assert "Salary band 5" in result.text
    # A box of the same kind beside the entries still goes.
    assert "Contract" not in result.text


def _cta(i: int, side: str) -> str:
    return (f'<div class="widget widget-cta cta-layout-image-{side} cta-skin-classic">'
            f'<div class="cta-content"><h2>Trail number {i}</h2><p>Difficulty: easy, length '
            f'{i} miles, steward number {i} of the club</p><p><a href="/t{i}">View the map</a>'
            "</p></div></div>")


def test_sibling_boxes_of_one_template_laid_out_left_and_right_are_entries() -> None:
    cards = "".join(_cta(i, "left" if i % 2 else "right") for i in range(8))
    body = "<main><h1>Trails</h1><p>The club's trails.</p><div class='col'>" + cards
    result = Cleaner().clean(page(body + "</div></main>"), kind="html")
    for i in range(8):
        assert f"Trail number {i}" in result.text


def test_sibling_widgets_of_different_kinds_are_no_entries() -> None:
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(6))
    widgets = "".join(
        f'<div class="widget widget_{kind}"><h3>{kind.title()}</h3><p>Sidebar line of '
        f"{kind}</p></div>" for kind in ("archive", "categories", "recent", "search"))
    body = ("<main><article><h1>Headline</h1>" + prose + "</article></main>"
            + "<div class='col'>" + widgets + "</div>")
    result = Cleaner().clean(page(body), kind="html")
    assert "number 5" in result.text
    assert "Sidebar line" not in result.text


def test_a_blog_index_of_linked_titles_in_a_sidebar_wrap_keeps_its_titles() -> None:
    posts = "".join(
        f'<article class="post type-post category-{topic} entry"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="/p{i}">Recipe title number {i}</a></h2></header>'
        "</article>" for i, topic in enumerate(["soup", "salad", "bread", "cake"] * 3))
    intro = "".join(f"<p>{PROSE.format(n=i)}</p>" for i in range(5))
    body = (f'<div class="archive-description"><h1>Recipes</h1>{intro}</div>'
            f'<div class="content-sidebar-wrap"><main class="content">{posts}</main></div>')
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in range(12):
        assert f"Recipe title number {i}" in result.text


def _river(label: str, start: int) -> str:
    return (f"<section><h2>{label}</h2><div class='row'>" + "".join(
        f"<div class='card'><a href='/n{i}'><h3>Story headline number {i} of the desk</h3>"
        f"<p>{PROSE.format(n=i)}</p></a></div>" for i in range(start, start + 6))
        + "</div></section>")


def test_a_news_index_keeps_its_runs_of_entries_under_latest_and_more_stories() -> None:
    body = "<main><h1>Technology</h1>" + _river("Top stories", 0) + _river(
        "More stories", 10) + _river("Latest", 20) + "</main>"
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in (1, 12, 24):
        assert f"Story headline number {i} of the desk" in result.text


def test_an_articles_related_stories_still_go() -> None:
    prose = "".join(f"<p>{PROSE.format(n=i)} {PROSE.format(n=i)}</p>" for i in range(8))
    body = "<main><article><h1>Headline</h1>" + prose + "</article>" + _river(
        "More stories", 10) + "</main>"
    result = Cleaner().clean(page(body, "NewsArticle"), kind="html")
    assert "number 7" in result.text
    assert "Story headline number 12" not in result.text


def decked(n: int) -> str:
    """Entries of a news topic's page: a linked headline, its deck, its date."""
    return '<div class="feed">' + "".join(
        f'<article class="item"><h3><a href="/n{i}">Entry name {i} of the topic</a></h3>'
        f'<p class="item-dek">Deck {i} says in a line what this story of the topic is'
        f' about.</p><p class="item-date">Day {i}</p>'
        f'<p><a href="/n{i}">Read full story</a></p></article>'
        for i in range(n)) + "</div>"


def test_the_decks_of_a_listings_entries_stay_and_their_date_lines_go() -> None:
    intro = "".join("<p>" + " ".join(PROSE.format(n=i) for i in range(3)) + "</p>"
                    for _ in range(2))
    body = "<main><h1>Software</h1>" + intro + decked(10) + "</main>"
    result = Cleaner().clean(page(body), kind="html")
    assert result.metadata.page_type == "listing"
    for i in range(10):
        assert f"Deck {i} says" in result.text
        assert f"Day {i}" not in result.text
