"""html-image-address: image file addresses left as text."""

from __future__ import annotations

from html_pages import P, paras

from cleanpress import Cleaner
from cleanpress.rules.chrome.image_addresses import image_address_first


def test_image_addresses_first_in_a_block() -> None:
    assert image_address_first("http://example.com/wp-content/uploads/2018/10/photo.jpg")
    assert image_address_first("https://cdn.example.com/a/b.PNG?w=640 The festival stage")
    # Traps: other addresses, an address later in the sentence, a sentence about images.
    assert not image_address_first("https://example.com/report.pdf")
    assert not image_address_first("https://example.com/gallery Photos of the festival")
    assert not image_address_first("See https://example.com/photo.jpg for the picture.")
    assert not image_address_first("photo.jpg files are smaller than png ones.")


def test_block_beginning_with_an_image_address_removed(cleaner: Cleaner) -> None:
    page = ("<html><body><article><h1>Headline</h1>" + paras(2)
            + "<p>http://example.com/uploads/stage.jpg The festival stage at night</p>"
            + paras(2, 2) + "</article></body></html>")
    text = cleaner.clean(page, kind="html").text
    assert "stage.jpg" not in text and text.split("\n\n")[-1] == P.format(n=3)
