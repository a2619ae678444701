"""Container-tree passes and class-word answers shared by the HTML rules."""

from __future__ import annotations

from cleanpress.document import Element
from cleanpress.rules.common.class_words import classify, is_positive, negative_reason
from cleanpress.rules.common.container_tree import (
    WordPicker,
    inherited,
    parents,
    subtree_sums,
)


def tree() -> list[Element]:
    # 0 body > 1 div > (2 div, 3 aside > 4 ul)
    shape = [("body", -1), ("div", 0), ("div", 1), ("aside", 1), ("ul", 3)]
    return [Element(tag, frozenset(), parent=parent) for tag, parent in shape]


def test_subtree_sums_add_each_container_into_its_ancestors() -> None:
    assert subtree_sums(parents(tree()), [1.0, 2.0, 3.0, 4.0, 5.0]) == [15.0, 14.0, 3.0, 9.0, 5.0]


def test_inherited_takes_the_outermost_marked_ancestor() -> None:
    assert inherited(parents(tree()), {3: "sidebar", 4: "list"}) == [None, None, None, "sidebar",
                                                                     "sidebar"]
    assert inherited(parents(tree()), {}) == [None] * 5


def test_word_picker_answers_each_set_with_the_words_that_pass_sorted() -> None:
    tested: list[str] = []

    def keep(word: str) -> bool:
        tested.append(word)
        return "related" in word

    pick = WordPicker(keep, size=2)
    found = pick(frozenset({"post", "related-posts", "relatedbox"}))
    assert found == ("related-posts", "relatedbox")
    assert pick(frozenset({"post", "footer"})) == ()
    assert sorted(tested) == ["footer", "post", "related-posts", "relatedbox"]  # each word once
    assert pick(frozenset({"footer", "relatedbox", "x"})) == ("relatedbox",)
    assert tested.count("relatedbox") == 1
    for n in range(30):  # past its bounds: it forgets and still answers the same
        pick(frozenset({f"w{n}", f"related{n}"}))
    assert pick(frozenset({"post", "related-posts"})) == ("related-posts",)


def words(value: str) -> Element:
    from cleanpress.readers.html import class_words

    return Element("div", class_words(value))


def test_article_words_inside_longer_class_tokens() -> None:
    assert is_positive(words("main-article-content"))
    assert is_positive(words("single_post_body"))
    assert is_positive(words("entry-content"))
    # Traps: a chrome word beside the article word, or no article word at all.
    assert not is_positive(words("related-post-content"))
    assert not is_positive(words("post-meta"))
    assert not is_positive(words("contentinfo"))


def test_news_tickers_are_chrome() -> None:
    assert negative_reason(words("breaking-news")) is not None
    assert negative_reason(words("news-ticker")) is not None
    assert negative_reason(words("breaking-story-body")) is None
    assert classify(words("article")) == (False, None)


def test_taxonomy_classes_of_a_post_say_nothing_about_the_box() -> None:
    # WordPress puts a post's tags and categories in its class: 'tag-meta', 'category-ads'.
    post = words("post type-post hentry category-ads tag-meta tag-share-prices")
    assert classify(post) == (False, None)
    assert negative_reason(words("entry-meta tag-meta")) is not None
    assert negative_reason(words("widget sidebar tag-cloud")) is not None


def test_classes_that_say_what_a_box_holds_say_nothing_about_what_it_is() -> None:
    # A page wrapper "has" a rail beside the article; a wrapper "without" a sidebar.
    assert negative_reason(words("main-wrap has-rail-right")) is None
    assert negative_reason(words("layout no-sidebar with-comments")) is None
    assert negative_reason(words("rail-right")) == "sidebar (class 'rail')"
    assert negative_reason(words("sidebar has-widgets")) is not None
    # The same run together in one camel-cased token.
    assert negative_reason(words("hasSidebar clearfix")) is None
    assert negative_reason(words("layout noSidebar")) is None
    assert negative_reason(words("sidebarWidget")) is not None
    assert negative_reason(words("hassle-sidebar")) is not None


def test_a_follow_up_box_is_no_follow_bar() -> None:
    # A "follow-up" (a reply, a customer's word) is not a "follow us" bar.
    assert negative_reason(words("follow-up__item")) is None
    assert negative_reason(words("follow-ups-container")) is None
    assert negative_reason(words("social-follow")) is not None
    assert negative_reason(words("follow-us")) is not None


def test_a_wrapper_that_has_a_rail_keeps_its_article() -> None:
    import cleanpress

    prose = " ".join(["The council met on Tuesday to settle the budget for the coming year."] * 6)
    page = (f'<html><body><div class="main-wrap has-rail-right"><article><h1>Budget</h1>'
            f'<p>{prose}</p></article><div class="rail-right"><p>Most read: a list of links '
            f'to other stories on the site</p></div></div></body></html>')
    result = cleanpress.clean(page)
    assert prose in result.text
    assert "Most read" not in result.text


def test_the_reason_names_the_same_class_word_in_every_process() -> None:
    # Sets of strings iterate in an order that changes with the hash seed; the
    # reason a box is chrome must not.
    import subprocess
    import sys

    code = (
        "from cleanpress.document import Element\n"
        "from cleanpress.rules.common.class_words import classify\n"
        "words = frozenset({'articlesharedesktop', 'articlesharecontainer', 'articleshare',"
        " 'lightsponsortextlight', 'lightsponsor'})\n"
        "print(classify(Element('div', words)))\n"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(answers) == 1, answers


def test_a_shops_upsell_and_cross_sell_boxes_are_related_links() -> None:
    reason = negative_reason(words("upsell-products"))
    assert reason is not None and reason.startswith("related links")
    assert negative_reason(words("cross-sells")) is not None
    assert negative_reason(words("product-sell-sheet")) is None


def test_consent_words_name_the_reason_over_longer_ones() -> None:
    # A consent notice styled as a banner is a consent notice (never a wrapper).
    assert negative_reason(words("page-notice gdpr-banner--slideup")) == (
        "cookie or pop-up notice (class 'gdpr')")
    assert negative_reason(words("cookie-consent-banner")) == (
        "cookie or pop-up notice (class 'consent')")
    # Without one, the longest word still names it.
    assert negative_reason(words("hero-banner")) == "advertisement (class 'banner')"
