"""Class/id words that say what an HTML container holds.

Shared by the HTML region and chrome rules. Words are matched whole against
the parts of class and id values (``"post-content"`` -> post, content), so
``"ad"`` matches ``ad-slot`` but not ``header``.
"""

from __future__ import annotations

import re

from cleanpress.document import Element

#: Words of containers that hold the article text.
POSITIVE = frozenset(
    "articlebody article-body article__body articletext article-text article-content "
    "articlecontent article__content post-body postbody post-content post__content "
    "entry-content entry__content story-body storybody story-content body-text bodytext "
    "text-body main-content maincontent content-body post-entry blog-post rich-text "
    "richtext markdown-body".split()
)
#: Words in ARIA roles and microdata that mark the article text.
POSITIVE_MARKS = frozenset({"articlebody", "main", "text", "blogpost", "article", "newsarticle"})

#: Words of containers that hold chrome, with the reason given on removal
#: (English, and the common French, Spanish, German and Italian class names).
NEGATIVE: dict[str, str] = {
    **dict.fromkeys(["nav", "navbar", "navigation", "menu", "menus", "breadcrumb",
                     "breadcrumbs", "pagination", "pager", "toc", "jumpbox", "fil-ariane",
                     "ariane", "miga", "migas"], "navigation"),
    **dict.fromkeys(["sidebar", "side-bar", "rail"], "sidebar"),
    **dict.fromkeys(["footer", "foot", "copyright", "colophon", "pie", "piede"], "footer"),
    **dict.fromkeys(["masthead", "topbar", "top-bar"], "header"),
    **dict.fromkeys(["related", "recommended", "recommendations", "more-stories", "morestories",
                     "read-more", "readmore", "read-next", "popular", "mostpopular", "trending",
                     "most-read", "mostread", "outbrain", "taboola", "teaser", "teasers",
                     "ticker", "newsticker", "news-ticker", "breaking-news", "lire-aussi",
                     "plus-lus", "relacionadas", "relacionados", "mas-leido", "lo-mas-leido",
                     "correlati", "verwandte"],
                    "related links"),
    **dict.fromkeys(["comment", "comments", "commentlist", "comment-list", "disqus",
                     "respond", "reply", "commentaires", "comentarios", "kommentare",
                     "commenti"], "comments"),
    **dict.fromkeys(["share", "sharing", "social", "share-bar", "sharebar", "sharetools",
                     "social-share", "share-buttons", "follow", "partage", "partager",
                     "compartir", "teilen", "condividi"], "share bar"),
    **dict.fromkeys(["newsletter", "signup", "sign-up", "subscribe", "optin", "opt-in", "cta",
                     "suscripcion", "abonnement"],
                    "newsletter or subscription prompt"),
    **dict.fromkeys(["ad", "ads", "advert", "advertisement", "adsense", "dfp", "sponsor",
                     "sponsored", "promo", "promotion", "banner", "adslot", "ad-slot", "pub",
                     "publicite", "publicidad", "werbung", "anzeige", "pubblicita"],
                    "advertisement"),
    **dict.fromkeys(["cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay"],
                    "cookie or pop-up notice"),
    **dict.fromkeys(["tags", "tag-list", "taglist", "keywords", "topics", "etiquetas",
                     "schlagworte"], "tag list"),
    **dict.fromkeys(["author-bio", "authorbio", "bio", "about-author", "author-box",
                     "authorcard", "author-card", "author-info", "postprofile", "signature"],
                    "author bio"),
    **dict.fromkeys(["chapo", "standfirst", "dek"], "standfirst (deck)"),
    **dict.fromkeys(["caption", "captions", "image-caption", "caption-text", "photo-caption",
                     "wp-caption-text", "figcaption", "image-credit", "photo-credit", "credits"],
                    "image caption or credit"),
    **dict.fromkeys(["byline", "firma", "article-signature", "dateline", "fechas",
                     "article-dates", "post-meta", "entry-meta", "article-meta", "guide-meta"],
                    "byline or date line"),
    **dict.fromkeys(["action-bar", "actions", "article-actions", "guide-actions",
                     "toolbar", "post-buttons", "feedback", "back2top", "backtotop",
                     "back-to-top", "audioplayer", "audio-player", "online-list", "buttons",
                     "button-row", "rating", "ratings", "star-rating"],
                    "page tools"),
}
#: Longer chrome words also found inside run-together class tokens
#: ("InlineNewsletter_box" -> inlinenewsletter).
_NEGATIVE_INSIDE = ("newsletter", "sidebar", "breadcrumb", "advert", "sponsor", "cookie",
                    "subscribe", "related", "sharing", "share", "social", "comments", "caption")
#: Chrome phrases found inside any class token ("wprm-call-to-action").
_NEGATIVE_PHRASES = {"call-to-action": "newsletter or subscription prompt"}
#: ARIA roles of chrome regions, with the reason given.
ROLE_REASONS = {"navigation": "navigation", "complementary": "sidebar",
                "contentinfo": "footer", "menu": "navigation", "menubar": "navigation"}
#: Landmarks that are chrome wherever they sit, with the reason given.
LANDMARK_REASONS = {"nav": "navigation", "aside": "sidebar", "footer": "footer",
                    "header": "page header"}


def _negative_reason(element: Element) -> str | None:
    if element.tag in LANDMARK_REASONS and element.tag != "header":
        return LANDMARK_REASONS[element.tag]
    for word in element.marks:
        if word in ROLE_REASONS:
            return f"{ROLE_REASONS[word]} (role '{word}')"
    words = sorted(element.words, key=lambda w: (-len(w), w))  # the most specific first
    for word in words:
        reason = NEGATIVE.get(word)
        if reason is not None:
            return f"{reason} (class '{word}')"
    for word in words:
        if len(word) > 6 and word.isalpha():
            for inside in _NEGATIVE_INSIDE:
                if inside in word:
                    return f"{NEGATIVE[inside]} (class '{word}')"
        elif "-" in word:
            for phrase, reason in _NEGATIVE_PHRASES.items():
                if phrase in word:
                    return f"{reason} (class '{word}')"
    return None


def _is_positive(element: Element, negative: str | None) -> bool:
    if element.words & POSITIVE or element.marks & POSITIVE_MARKS:
        return True
    # "main-article-content" says article text; "related-post-content" does not.
    return negative is None and any(
        len(word) > 8 and _POSITIVE_PART.search(word) is not None for word in element.words
    )


#: Whole class tokens that end in a word of the article text ("main-article-content").
_POSITIVE_PART = re.compile(
    r"(?:article|post|entry|story)[-_]{0,2}(?:body|content|text)$"
)
#: Answers of :func:`classify` by element shape; shapes repeat a lot.
_CACHE: dict[object, tuple[bool, str | None]] = {}
_CACHE_SIZE = 20_000


def _answer(element: Element) -> tuple[bool, str | None]:
    negative = _negative_reason(element)
    return _is_positive(element, negative), negative


def classify(element: Element) -> tuple[bool, str | None]:
    """Whether the element is marked as the article text, and why it is chrome (or None)."""
    return classify_all([element])[0]


def classify_all(elements: list[Element]) -> list[tuple[bool, str | None]]:
    """:func:`classify` for each element."""
    cache = _CACHE
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    out = []
    for element in elements:
        # Most elements are told by their class words alone (one cached lookup).
        key: object = element.words
        if element.marks or element.tag in LANDMARK_REASONS:
            key = (element.tag, element.words, element.marks)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _answer(element)
        out.append(found)
    return out


def negative_reason(element: Element) -> str | None:
    """Why the element's own words or role mark it as chrome, or None."""
    return classify(element)[1]


def is_positive(element: Element) -> bool:
    """Whether the element's own words or marks mark it as the article text."""
    return classify(element)[0]
