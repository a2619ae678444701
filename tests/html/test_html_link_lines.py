"""html-link-line: paragraphs that are wholly a link to another story."""

from __future__ import annotations

from html_pages import paras

from cleanpress import Cleaner


def clean(cleaner: Cleaner, inner: str) -> str:
    page = f"<html><body><article><h1>Headline</h1>{inner}</article></body></html>"
    return cleaner.clean(page, kind="html").text


def link(text: str, tag: str = "p") -> str:
    return f'<{tag}><strong><a href="/story">{text}</a></strong></{tag}>'


def test_linked_headlines_between_paragraphs_removed(cleaner: Cleaner) -> None:
    text = clean(cleaner, paras(2) + link("COUNCIL VOTES TO CLOSE THE OLD PIER") + paras(2, 2)
                 + link("Mayor resigns after the budget vote") + paras(1, 4))
    assert "PIER" not in text and "Mayor resigns" not in text
    assert text.count("\n\n") == 4


def test_lone_headline_removed(cleaner: Cleaner) -> None:
    headline = link("Storm damage closes the coastal road again")
    text = clean(cleaner, paras(2) + headline + paras(2, 2))
    assert "Storm damage" not in text


def test_lone_linked_sentence_stays(cleaner: Cleaner) -> None:
    line = "You can read the full ruling of the court here."
    assert line in clean(cleaner, paras(2) + link(line) + paras(2, 2))


def test_partly_linked_lists_headings_and_short_links_stay(cleaner: Cleaner) -> None:
    inner = (
        paras(2)
        + '<p>The <a href="/r">annual report of the port authority</a> says more.</p>'
        + "<ul>" + link("Installation guide for the command line tool", "li")
        + link("Configuration reference for every option", "li") + "</ul>"
        + link("Where the money went and why", "h2")
        + link("Next page")
        + paras(2, 2)
    )
    text = clean(cleaner, inner)
    for kept in ("annual report of the port authority", "Installation guide for the command",
                 "Configuration reference", "Where the money went", "Next page"):
        assert kept in text


def labelled(label: str, headline: str) -> str:
    return f'<p><strong>{label}</strong> <a href="/story">{headline}</a></p>'


def test_labelled_linked_headlines_removed(cleaner: Cleaner) -> None:
    inner = (
        paras(2)
        + labelled("Читайте также:", "В центре города перекроют движение на выходных")
        + paras(1, 2)
        + labelled("Lesen Sie auch:", "Stadtrat beschließt neuen Haushalt für 2027")
        + paras(1, 3)
        + labelled("READ MORE:", "Storm damage closes the coastal road again")
        + paras(1, 4)
        + labelled("相关链接：", "上海公交线路调整方案公布")
        + paras(1, 5)
    )
    text = clean(cleaner, inner)
    for gone in ("перекроют", "Haushalt", "Storm damage", "READ MORE", "相关链接"):
        assert gone not in text
    assert text.count("\n\n") == 5


def test_labelled_sentences_long_labels_and_prose_stay(cleaner: Cleaner) -> None:
    lines = [
        # A linked sentence after a label points within the text.
        labelled("Pro tip:", "Get more pre-workout meal ideas here!"),
        # A label of more than three words is a sentence's start.
        labelled("The report of the council says:", "budget cuts hit the harbour first"),
        # Mostly unlinked text after the label.
        '<p>In short: the <a href="/s">council</a> has since voted to close the old pier '
        "for repairs over the winter.</p>",
        # Too short to be a headline.
        labelled("Source:", "Harbour Survey 2026"),
        # A linked sentence in CJK text.
        labelled("提示：", "点击这里查看更多的健康早餐食谱。"),
    ]
    text = clean(cleaner, paras(2) + "".join(lines) + paras(2, 2))
    for kept in ("pre-workout meal ideas", "budget cuts hit", "has since voted",
                 "Harbour Survey 2026", "健康早餐食谱"):
        assert kept in text
