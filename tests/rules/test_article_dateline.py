"""Dating an undated article by a dateline shown in it (rules.metadata.article_dateline)."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner

PARAS = "".join(
    f"<p>Paragraph {n} of the article, with words that make it read like prose, and a "
    f"few more about {topic} so that it is kept as the body of the page.</p>"
    for n, topic in enumerate(
        ["compost", "glass jars", "repairs", "second-hand shops", "bulk stores", "cloth bags",
         "leftovers", "water bottles", "packaging", "gifts", "paper", "cleaning"]
    )
)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def page(after_h1: str = "", after_body: str = "", head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li></ul></nav>"
        f"<main><article><h1>How to reduce waste at home</h1>{after_h1}"
        + PARAS
        + f"{after_body}</article></main>"
        "<footer><p>Copyright 2025</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("after_h1", "after_body", "published"),
    [
        ("<p>Jane Doe</p><p>April 8, 2024</p>", "", "2024-04-08"),
        ("<div>by Jane Doe ● December 23, 2025 ● 6 min read</div>", "", "2025-12-23"),
        ("", "<div>Published On: 15 August 2025</div><p>Share this</p>", "2025-08-15"),
        ("", "<p>Published</p><p>Feb 2, 2023</p>", "2023-02-02"),
        ("<p><span>2022-11-23T08:10+02:00</span></p>", "", "2022-11-23T08:10:00+02:00"),
        ("<p>Discussion started by pelex, May 26, 2025.</p>", "", "2025-05-26"),
        ("<p>Essay - Published: 2025.12.17 | recycling | home |</p>", "", "2025-12-17"),
    ],
)
def test_dateline_in_the_article(
    cleaner: Cleaner, after_h1: str, after_body: str, published: str
) -> None:
    meta = cleaner.clean(page(after_h1, after_body), kind="html").metadata
    assert meta.published == published



def test_source_is_named(cleaner: Cleaner) -> None:
    # (The byline rule reads the article's head and last lines first: this is neither.)
    html = page(after_body="<div>Jane Doe · 3 min read · Feb 2, 2023</div><p>Share this</p>")
    meta = cleaner.clean(html, kind="html").metadata
    assert meta.published == "2023-02-02"
    assert meta.sources["published"] == "article-dateline: dateline in the article"


def test_updated_dateline_gives_the_update_date(cleaner: Cleaner) -> None:
    meta = cleaner.clean(page(after_body="<p>Updated March 13, 2024</p>"), kind="html").metadata
    assert meta.published is None
    assert meta.updated == "2024-03-13"
    assert meta.date == "2024-03-13"


@pytest.mark.parametrize(
    "after_body",
    [
        "",
        "<p>We opened our first store on April 8, 2024 and have grown since then.</p>",
        "<p>Hardcover – October 16, 2018</p><p>Share this</p>",
        # After the label, words before the bar: no date alone.
        "<p>Essay - Published: in print on 2025.12.17 | recycling |</p>",
    ],
)
def test_no_dateline(cleaner: Cleaner, after_body: str) -> None:
    meta = cleaner.clean(page(after_body=after_body), kind="html").metadata
    assert meta.published is None and meta.updated is None


def test_stated_date_goes_first(cleaner: Cleaner) -> None:
    head = '<meta property="article:published_time" content="2024-01-02T10:00:00Z">'
    meta = cleaner.clean(page("<p>April 8, 2024</p>", head=head), kind="html").metadata
    assert meta.published == "2024-01-02T10:00:00+00:00"


def test_undated_page_types_get_no_date(cleaner: Cleaner) -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Product", "name": "Kettle", "offers": {"@type": "Offer", "price": "20"}}'
        "</script>"
    )
    html = page(after_body="<div>Jane Doe · April 8, 2024</div><p>Share this</p>", head=head)
    meta = cleaner.clean(html, kind="html").metadata
    assert meta.page_type == "product"
    assert meta.published is None


def _stamped(published: str, updated: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "BlogPosting", "datePublished": "{published}", "dateModified": "{updated}"'
        "}</script>"
    )


def test_shown_date_goes_before_a_stamp_of_the_last_update(cleaner: Cleaner) -> None:
    head = _stamped("2025-11-29T12:28:31-05:00", "2025-11-29T12:28:31-05:00")
    html = page(after_body="<div>Published August 13, 2025</div><p>Share this</p>", head=head)
    meta = cleaner.clean(html, kind="html").metadata
    assert meta.published == "2025-08-13"
    assert meta.updated == "2025-11-29T12:28:31-05:00"
    # The byline's date does the same.
    html = page("<p>By Jane Doe</p><p>January 31, 2024</p>", head=head)
    assert cleaner.clean(html, kind="html").metadata.published == "2024-01-31"


@pytest.mark.parametrize(
    ("head", "line"),
    [
        # The markup states publication and update apart.
        (_stamped("2024-05-02T10:00:00Z", "2025-11-29T12:28:31Z"), "Published August 13, 2023"),
        # The line is no "Published" line.
        (_stamped("2025-11-29T12:28:31Z", "2025-11-29T12:28:31Z"), "Jane Doe · August 13, 2023"),
    ],
)
def test_stated_date_stays(cleaner: Cleaner, head: str, line: str) -> None:
    html = page(after_body=f"<div>{line}</div><p>Share this</p>", head=head)
    published = cleaner.clean(html, kind="html").metadata.published
    assert published is not None and published.startswith(("2024-05-02", "2025-11-29"))


def _updated_only(updated: str) -> str:
    return f'<meta property="article:modified_time" content="{updated}">'


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Jane Doe Published: January 3, 2024", "2024-01-03"),
        ("December 3, 2025. Updated: December 7, 2025", "2025-12-03"),
        ("April 26, 2024Updated on: October 28, 2024", "2024-04-26"),
        # An unlabelled date (a teaser's) is not taken beside a stated update.
        ("July 17, 2025", None),
        # Nor one after the update.
        ("Jane Doe Published: January 3, 2026", None),
    ],
)
def test_publication_date_beside_a_stated_update(
    cleaner: Cleaner, line: str, published: str | None
) -> None:
    head = _updated_only("2025-12-08T10:00:00Z")
    html = page(after_body=f"<div>{line}</div><p>Share this</p>", head=head)
    meta = cleaner.clean(html, kind="html").metadata
    assert meta.published == published
    assert meta.updated == "2025-12-08T10:00:00+00:00"


NOTE = ("<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been "
        "regularly updated to keep the information current.</p>")


def test_a_first_published_note_goes_before_the_shown_date(cleaner: Cleaner) -> None:
    meta = cleaner.clean(page("<p>Jane Doe</p><p>30 Sep 2022, 11:07am</p>", NOTE),
                         kind="html").metadata
    assert meta.published == "2019-09-26T16:12:00"
    assert meta.sources["published"].endswith("(a note says first published then)")


@pytest.mark.parametrize(
    "note",
    [
        # A note of a later day, or one whose date stands far from its words, is passed over.
        "<p>This article was originally published on 26 Sep 2023 and updated since.</p>",
        "<p>This was originally published in a print edition of the magazine we ran on "
        "26 Sep 2019.</p>",
        "<p>It was published on 26 Sep 2019 in print.</p>",  # no "first" or "originally"
    ],
)
def test_other_notes_leave_the_shown_date(cleaner: Cleaner, note: str) -> None:
    meta = cleaner.clean(page("<p>Jane Doe</p><p>30 Sep 2022, 11:07am</p>", note),
                         kind="html").metadata
    assert meta.published == "2022-09-30T11:07:00"
