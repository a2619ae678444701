"""Blocks that begin with the web address of an image file.

Themes and lazy-loading scripts sometimes leave an image's address as text in
the page (often followed by its title or alt text). No article sentence
starts with an address ending in ".jpg"; a block that does is markup
leaking into the text.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

#: Endings of image file addresses (before any query string).
IMAGE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp")
#: Longest first word looked at.
MAX_ADDRESS = 2000


def image_address_first(text: str) -> bool:
    """Whether ``text`` begins with an http(s) address of an image file."""
    if not text.startswith(("http://", "https://")):
        return False
    first = text[:MAX_ADDRESS].split(maxsplit=1)[0]
    return first.split("?", 1)[0].split("#", 1)[0].lower().endswith(IMAGE_ENDINGS)


@rule(
    "html-image-address",
    stage="chrome",
    order=150,
    description="Remove blocks that begin with the web address of an image file",
    kinds=("html",),
)
def html_image_address(doc: Document, ctx: RuleContext) -> None:
    for block in doc.kept():
        if block.kind != "code" and image_address_first(block.text):
            ctx.remove(block, "image address left as text")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [html_image_address]
