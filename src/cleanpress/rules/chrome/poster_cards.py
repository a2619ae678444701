"""The poster's card beside each post of a thread, and the signature under it.

Forum software sets beside every post a card of its poster: an avatar (often a
single letter), their rank or title ("Well-known member", "macrumors 6502a"),
banners ("Original poster", "Staff"), join date, location and counts; and under
the post the poster's signature, the same on each of their posts. None of it is
what was said. The card is a box that the page marks as the post's ``author``
item (a schema.org Person) or whose class words name a poster's details or a
signature; a box that holds a paragraph of prose is no card (a post that its
software wraps in its author's item). The poster's name, the first line of the
card longer than one character that links (to their profile), stays: it tells
who said what.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.post_furniture import THREAD_PAGES

#: Class words of the boxes of a poster's details beside a post.
CARD_WORDS = frozenset({
    "postprofile", "userinfo", "user-info", "user_info", "userdetails", "user-details",
    "userextras", "userextra", "userstats", "user-stats", "extrauserinfo", "messageuserinfo",
    "posterinfo", "poster-info", "author-info", "authorinfo", "postauthor", "post-author",
    "userbanner", "usertitle", "user-title", "memberaction",
})
#: Class words of a poster's signature under a post.
SIGNATURE_WORDS = frozenset({"signature", "postsignature", "post-signature", "sig",
                             "usersig", "user-signature"})
#: Microdata marks of a post's author item.
AUTHOR_MARKS = frozenset({"author", "person"})
#: The poster's name links to their profile: at least this share of its text is a link.
NAME_LINKS = 0.5
#: A block this long is prose: its box is no card.
PROSE_WORDS = 10


def card_kind(element: Element) -> str | None:
    """"card" or "signature" where the element's marks or class words say so, else None."""
    if element.words & SIGNATURE_WORDS:
        return "signature"
    if element.words & CARD_WORDS or AUTHOR_MARKS <= element.marks:
        return "card"
    return None


def cards(doc: Document, blocks: list[Block]) -> dict[int, str]:
    """The outermost card and signature boxes of the page, by number, with their kind;
    card boxes holding a paragraph of prose left out."""
    found: dict[int, str] = {}
    for number, element in enumerate(doc.elements):
        kind = card_kind(element)
        if kind is None:
            continue
        parent = element.parent
        while parent >= 0 and parent not in found:
            parent = doc.elements[parent].parent
        if parent < 0:
            found[number] = kind
    prose = {n for b in blocks if b.words >= PROSE_WORDS and b.kind == "paragraph"
             for n in b.containers if n in found and found[n] == "card"}
    return {n: kind for n, kind in found.items() if n not in prose}


@rule(
    "poster-cards",
    stage="chrome",
    order=329,
    description="Remove the poster's card beside each post of a thread (rank, banners, join "
    "date, location; the name stays) and the signature under it",
    kinds=("html",),
)
def poster_cards(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type not in THREAD_PAGES or not doc.elements:
        return
    blocks = [b for b in doc.kept() if b.containers]
    found = cards(doc, blocks)
    if not found:
        return
    named: set[int] = set()
    for block in blocks:
        box = next((n for n in block.containers if n in found), -1)
        if box < 0 or block.kind == "code":
            continue
        if found[box] == "signature":
            ctx.remove(block, "signature under a post")
        elif (box not in named and len(block.text.strip()) > 1
              and block.link_density >= NAME_LINKS):
            named.add(box)  # the poster's name
        else:
            ctx.remove(block, "poster's card beside a post (rank, banners, join date)")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [poster_cards]
