"""Page profiles: how the content of each page type is located.

An article's content is one container; a thread's is the question and every
reply, a listing's its repeated entries, a service page's its run of sections.
A profile says, for a page type, whether the content is one region or several
and which boxes that look like chrome on an article are content there (the
replies of a thread sit in boxes whose words say "comment"; the entries of a
listing are cards like teaser lists). Plugins override a type's profile, or add
one, through :func:`register`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cleanpress.document import Document


@dataclass(frozen=True)
class PageProfile:
    """How content is located on one page type."""

    name: str
    #: "one": the best container (and its like beside it); "several": every region
    #: of the page's main part that is not chrome.
    regions: Literal["one", "several"] = "one"
    #: Reasons of chrome boxes (as :func:`~cleanpress.rules.common.class_words.classify`
    #: gives them, e.g. "comments") that are content on this type.
    content_boxes: frozenset[str] = frozenset()
    #: Teaser cards (small boxes led by a linked headline) are entries, not chrome.
    cards: bool = False
    #: Rules that do not run on this type: those that would take its content for
    #: chrome (teaser-list rules on a listing, whose entries are teasers; the
    #: teaser-card rule on a thread, whose replies are led by their posters' names).
    skip: frozenset[str] = frozenset()
    #: A run of landmark sections (see :mod:`cleanpress.rules.common.section_runs`)
    #: is one piece of content: a landing page's hero, features, pricing and FAQ, a
    #: manual's chapters. Their class words ("banner", "promo", "teaser") say how a
    #: band looks, not that it is chrome.
    section_runs: bool = False
    #: The words of teaser cards count as content when the page's main part is
    #: located, though cards are all link: a listing whose entries are linked titles
    #: alone (a recipe index) has its content there.
    linked_entries: bool = False

    def keeps(self, reason: str) -> bool:
        """Whether chrome of this reason is content on this type: the kind a reason
        names ("comments" of "comments (class 'reply')") is one of ``content_boxes``."""
        return bool(self.content_boxes) and (
            reason.split(" (", 1)[0].split(",", 1)[0] in self.content_boxes)


#: Rules that remove what markup hides: on the pages of products, services and docs
#: that is the content of tabs and accordions (descriptions, answers, specifications).
_HIDDEN_RULES = frozenset({"html-hidden"})
#: Rules that remove teaser lists and linked headlines: a listing's entries.
_TEASER_RULES = frozenset({"html-teaser-list", "html-link-line"})
#: The rule that removes blocks repeated on the page: the entries of a listing
#: repeat their labels ("Add to basket", "Free delivery", a shared category); a
#: product page shows its description twice (a summary in the buy box and again
#: under "Details", a desktop and a mobile layout), and that rule would take both
#: copies, where ``product-repeated-line`` keeps the first.
_REPEAT_RULES = frozenset({"repeated-block"})
#: The rule that removes runs of boxes each led by a link: a thread's replies, each
#: led by its poster's linked name.
_CARD_RULES = frozenset({"html-teaser-list"})
#: The rule that takes a news article's kicker and deck out around its headline: the
#: hero line of a service page and the introduction of a listing are content.
_HEADER_RULES = frozenset({"html-article-header"})
#: Rules that take an entry's parts for an article's furniture: its author line and
#: reading time (a post's byline), the label over a run of entries ("Trending",
#: "Latest"), and a heading over entries that are linked titles alone (a section
#: label over chrome, to the rule that removes those).
_ENTRY_PART_RULES = frozenset({"html-byline", "reading-time", "related-links", "section-label"})
#: Boxes that are parts of a listing's entries: a rating, a share or compare button.
_ENTRY_BOXES = frozenset({"page tools"})
ARTICLE = PageProfile("article")
PROFILES: dict[str, PageProfile] = {
    profile.name: profile
    for profile in (
        ARTICLE,
        # A thread's replies sit in boxes whose class words say "comment": content there;
        # its sidebars, menus and the posts' date lines are chrome as anywhere.
        PageProfile("forum", "several", frozenset({"comments"}), skip=_CARD_RULES),
        PageProfile("product", "several", frozenset({"comments", "page tools"}),
                    skip=_HIDDEN_RULES | _HEADER_RULES | _REPEAT_RULES),
        PageProfile("listing", "several", _ENTRY_BOXES, cards=True,
                    skip=_TEASER_RULES | _HEADER_RULES | _REPEAT_RULES | _ENTRY_PART_RULES,
                    linked_entries=True),
        PageProfile("collection", "several", _ENTRY_BOXES, cards=True,
                    skip=_TEASER_RULES | _HIDDEN_RULES | _HEADER_RULES | _REPEAT_RULES),
        # A service page lists its offers as cards too (a plan, a linked name, a blurb).
        PageProfile("service", "several", cards=True,
                    skip=_HIDDEN_RULES | _HEADER_RULES | _TEASER_RULES, section_runs=True),
        PageProfile("documentation", "several", skip=_HIDDEN_RULES, section_runs=True),
    )
}


def register(profile: PageProfile) -> None:
    """Add a profile, or replace the built-in one of the same name."""
    PROFILES[profile.name] = profile


def skipped(page_type: str | None) -> frozenset[str]:
    """Names of the rules that do not run on pages of ``page_type``."""
    profile = PROFILES.get(page_type or "")
    return profile.skip if profile is not None else frozenset()


def page_profile(doc: Document) -> PageProfile:
    """The profile of the page's type (see ``Metadata.page_type``); article by default."""
    return PROFILES.get(doc.metadata.page_type or "", ARTICLE)
