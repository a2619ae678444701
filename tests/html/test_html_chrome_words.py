"""Chrome told by class words: other languages, run-together tokens, a block's own class,
and lines that repeat the title (post subjects)."""

from __future__ import annotations

from html_pages import P, paras

from cleanpress import Cleaner


def clean(cleaner: Cleaner, inner: str, html_class: str = "", head: str = ""):  # type: ignore[no-untyped-def]
    page = (f'<html class="{html_class}"><head>{head}</head><body><article>'
            f"{inner}</article></body></html>")
    return cleaner.clean(page, kind="html")


def test_share_bars_and_ads_named_in_other_languages(cleaner: Cleaner) -> None:
    inner = (paras(2) + '<div class="partage"><a href="/f">Facebook</a> <a href="/x">X</a></div>'
             + '<div class="publicidad"><p>Publicidad</p></div>' + paras(2, 2))
    text = clean(cleaner, inner).text
    assert "Facebook" not in text and "Publicidad" not in text
    assert text.count("\n\n") == 3


def test_run_together_class_tokens(cleaner: Cleaner) -> None:
    inner = (paras(2) + '<div class="InlineNewsletter_box__Wn1c8"><p>Metro Daily</p>'
             "<p>Sign up for our free morning email.</p></div>" + paras(2, 2))
    text = clean(cleaner, inner).text
    assert "Metro Daily" not in text
    assert text.count("\n\n") == 3


def test_lists_of_tools_and_things_needed_stay(cleaner: Cleaner) -> None:
    inner = (paras(2) + "<h2>What you'll need</h2><ul class='tools'><li>A radiator key</li>"
             "<li>An old towel</li></ul>" + paras(2, 2))
    text = clean(cleaner, inner).text
    assert "- A radiator key" in text and "- An old towel" in text


def test_short_block_with_its_own_byline_class(cleaner: Cleaner) -> None:
    inner = ('<p class="author">by Old Baker Joe » Tue Mar 05, 2024 9:40 pm</p>' + paras(3)
             + '<p class="date">Updated March 6</p>')
    result = clean(cleaner, inner)
    assert "Old Baker Joe" not in result.text and "Updated March 6" not in result.text
    assert result.text.count("\n\n") == 2


def test_classes_of_the_html_element_are_not_a_blocks_own(cleaner: Cleaner) -> None:
    # <html class="html_menu_right ..."> gives every block the word 'menu'.
    inner = ("<h1>Headline</h1>" + paras(2) + "<p>But is it worth it for the readers?</p>"
             + paras(2, 2))
    text = clean(cleaner, inner, html_class="html_menu_right html_header_top").text
    assert "But is it worth it for the readers?" in text


def test_post_subjects_repeating_the_title_removed(cleaner: Cleaner) -> None:
    title = "Starter smells like nail polish remover - is it dead?"
    inner = (f"<h1>{title}</h1>" + paras(1) + f"<h3>Re: {title}</h3>" + paras(1, 1)
             + f"<h3>RE: Re: {title}</h3>" + paras(1, 2)
             + "<h3>Re: Starter smells like nail polish remover - is it dead? Not quite</h3>"
             + paras(1, 3))
    result = clean(cleaner, inner, head=f"<title>{title}</title>")
    lines = result.text.split("\n\n")
    assert f"Re: {title}" not in lines and f"RE: Re: {title}" not in lines
    assert f"Re: {title} Not quite" in lines  # a different subject stays
    assert result.text.count(P.format(n=0)) == 1


def test_caption_boxes_go_but_a_caption_word_on_the_article_wrapper_does_not(
    cleaner: Cleaner,
) -> None:
    inner = (paras(2) + '<div class="image"><img src="x.jpg"><div class="caption-text">'
             "<div>Teachers wearing red carry signs as they hold a rally at the statehouse."
             "</div></div></div>" + paras(2, 2))
    text = clean(cleaner, inner).text
    assert "Teachers wearing red" not in text and text.count("\n\n") == 3
    wrapped = clean(cleaner, f'<div class="captioned">{paras(4)}</div>').text
    assert wrapped.count("\n\n") == 3


def test_recipe_card_tools_go_and_its_steps_stay(cleaner: Cleaner) -> None:
    inner = (
        paras(2) + '<div class="recipe-card"><h2>Leek pie</h2>'
        '<div class="recipe-rating"><span>4.86 from 29 votes</span></div>'
        '<div class="recipe-buttons"><a href="/p">Print</a><a href="#">Pin</a></div>'
        '<ol class="recipe-instructions"><li>Boil the potatoes for eight minutes.</li>'
        "<li>Bake for forty minutes.</li></ol>"
        '<div class="wprm-call-to-action"><span>Tried this recipe?</span></div></div>'
    )
    text = clean(cleaner, inner).text
    assert "29 votes" not in text and "Print" not in text and "Tried this" not in text
    assert "1. Boil the potatoes for eight minutes." in text and "2. Bake" in text


def test_embedded_posts_are_content_but_share_bars_go(cleaner: Cleaner) -> None:
    inner = (
        paras(2) + '<div class="social-media-embed"><blockquote class="twitter-tweet">'
        "<p>Yes this is real and the state spent half a million dollars on it.</p>"
        "</blockquote></div>" + '<div class="social"><a href="/f">Facebook</a></div>' + paras(2, 2)
    )
    text = clean(cleaner, inner).text
    assert "Yes this is real" in text
    assert "Facebook" not in text


def test_code_blocks_in_toolbar_wrappers_stay(cleaner: Cleaner) -> None:
    inner = (
        "<h1>Install guide</h1>" + paras(2)
        + '<div class="code-toolbar"><pre><code>pip install tidyrun\ntidyrun check'
        '</code></pre><div class="toolbar"><button>Copy</button></div></div>'
        '<div class="actions"><pre>make test</pre><a href="/edit">Edit this page</a></div>'
        + paras(2, 2)
    )
    text = clean(cleaner, inner).text
    assert "pip install tidyrun\ntidyrun check" in text and "make test" in text
    assert "Edit this page" not in text


def test_shareholder_boxes_are_not_share_bars(cleaner: Cleaner) -> None:
    inner = (paras(2) + '<div class="shareholders"><p>The shareholders approved the merger '
             "on Tuesday by a wide margin, the company said.</p></div>" + paras(2, 2))
    assert "The shareholders approved" in clean(cleaner, inner).text


def test_related_phrases_inside_compound_class_tokens(cleaner: Cleaner) -> None:
    inner = (paras(2) + '<table class="box box-leggi-anche"><tr><td>LEGGI ANCHE '
             '<a href="/m">Mercato del sabato, nuovi orari da marzo</a></td></tr></table>'
             + paras(2, 2))
    text = clean(cleaner, inner).text
    assert "Mercato del sabato" not in text and text.count("\n\n") == 3


def test_meta_box_under_the_headline_goes(cleaner: Cleaner) -> None:
    inner = ('<h1>Headline</h1><div class="p-article__meta">2024年10月2日 18時30分</div>'
             + paras(3))
    result = clean(cleaner, inner)
    assert "2024年10月2日" not in result.text
    assert result.text.count("\n\n") == 2


def test_microdata_types_and_print_classes_of_chrome(cleaner: Cleaner) -> None:
    inner = (
        '<h1>Headline</h1><div itemscope itemtype="http://schema.org/BreadcrumbList">'
        '<a href="/c/installers">Installers</a></div>' + paras(2)
        + '<div itemprop="interactionStatistic" itemtype="http://schema.org/InteractionCounter">'
        "<span>2 Likes</span></div>" + paras(2, 2)
        + '<div class="printfooter">Retrieved from "https://wiki.example/Canal"</div>'
        + '<div class="catlinks"><ul><li><a href="/c">Canals</a></li></ul></div>'
    )
    text = clean(cleaner, inner).text
    for gone in ("Installers", "2 Likes", "Retrieved from", "Canals"):
        assert gone not in text
    assert text.count("\n\n") == 3


def test_portuguese_and_dutch_chrome_boxes(cleaner: Cleaner) -> None:
    inner = (
        paras(2) + '<div class="compartilhar"><a href="/w">WhatsApp</a></div>'
        '<div class="box-leia-tambem"><p><a href="/x">Outra notícia da cidade</a></p></div>'
        '<section class="reacties"><p>Wat een mooi verhaal over de brug, dank je wel.</p>'
        "</section>" + paras(2, 2)
    )
    text = clean(cleaner, inner).text
    for gone in ("WhatsApp", "Outra notícia", "mooi verhaal"):
        assert gone not in text
    assert text.count("\n\n") == 3
