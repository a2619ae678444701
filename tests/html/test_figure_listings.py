"""html-figure-caption: the caption of a picture goes; the title and file name of
a code listing or a table set in a <figure> are content and stay."""

from __future__ import annotations

from html_pages import paras

from cleanpress import Cleaner


def clean(cleaner: Cleaner, body: str):  # type: ignore[no-untyped-def]
    return cleaner.clean(f"<html><body><main>{body}</main></body></html>", kind="html")


def test_code_listing_keeps_its_title_and_file_name(cleaner: Cleaner) -> None:
    listing = ('<figure class="listing"><span class="file-name">Filename: src/main.rs</span>'
               "<pre><code>fn main() {\n    println!(\"hi\");\n}</code></pre>"
               "<figcaption>Listing 9-3: Opening a file</figcaption></figure>")
    result = clean(cleaner, paras(2) + listing + paras(2, 2))
    assert "Filename: src/main.rs" in result.text
    assert "Listing 9-3: Opening a file" in result.text
    assert 'println!("hi");' in result.text


def test_table_keeps_its_caption_in_a_figure(cleaner: Cleaner) -> None:
    table = ("<figure><table><tr><th>Option</th><th>Default</th></tr>"
             "<tr><td>timeout</td><td>30</td></tr></table>"
             "<figcaption>Table 2: Options of the client</figcaption></figure>")
    result = clean(cleaner, paras(2) + table + paras(2, 2))
    assert "Table 2: Options of the client" in result.text


def test_picture_caption_and_credit_still_go(cleaner: Cleaner) -> None:
    picture = ('<figure><img src="/harbour.jpg" alt="">'
               "<figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure>")
    listing = ("<figure><pre><code>make install</code></pre>"
               "<figcaption>Listing 1: Installing</figcaption></figure>")
    result = clean(cleaner, paras(2) + picture + paras(1, 2) + listing + paras(1, 3))
    assert "The harbour at dawn" not in result.text
    assert "Listing 1: Installing" in result.text
