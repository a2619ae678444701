"""Class/id words that say what an HTML container holds.

Shared by the HTML region and chrome rules. Words are matched whole against
the parts of class and id values (``"post-content"`` -> post, content), so
``"ad"`` matches ``ad-slot`` but not ``header``. A few longer words are also
found inside run-together tokens (``InlineNewsletter_box``), a few phrases
inside compound ones (``box-leggi-anche``). A post's taxonomy tokens
(``tag-meta``, ``category-ads``) and embedded posts (``twitter-tweet``) are no
evidence of chrome. Answers are remembered by word set.
"""

from __future__ import annotations

import re

from cleanpress import document
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
    **dict.fromkeys(["footer", "foot", "copyright", "colophon", "piede", "printfooter"],
                    "footer"),
    **dict.fromkeys(["masthead", "topbar", "top-bar"], "header"),
    **dict.fromkeys(["related", "recommended", "recommendations", "more-stories", "morestories",
                     "read-more", "readmore", "read-next", "popular", "mostpopular", "trending",
                     "most-read", "mostread", "outbrain", "taboola", "teaser", "teasers",
                     "ticker", "newsticker", "news-ticker", "breaking-news", "lire-aussi",
                     "plus-lus", "relacionadas", "relacionados", "mas-leido", "lo-mas-leido",
                     "correlati", "articoli-correlati", "leggianche", "verwandte",
                     "gerelateerd", "relacionadas", "maislidas", "upsell", "upsells",
                     "cross-sell", "cross-sells", "crosssell"],
                    "related links"),
    **dict.fromkeys(["comment", "comments", "commentlist", "comment-list", "disqus",
                     "respond", "reply", "commentaires", "comentarios", "kommentare",
                     "commenti", "reacties"], "comments"),
    **dict.fromkeys(["share", "sharing", "social", "share-bar", "sharebar", "sharetools",
                     "social-share", "share-buttons", "follow", "partage", "partager",
                     "compartir", "teilen", "condividi", "compartilhar", "delen"], "share bar"),
    **dict.fromkeys(["newsletter", "signup", "sign-up", "subscribe", "optin", "opt-in", "cta",
                     "suscripcion", "abonnement"],
                    "newsletter or subscription prompt"),
    **dict.fromkeys(["ad", "ads", "advert", "advertisement", "adsense", "dfp", "sponsor",
                     "sponsored", "promo", "promotion", "banner", "adslot", "ad-slot", "pub",
                     "publicite", "publicidad", "werbung", "anzeige", "pubblicita", "publicidade",
                     "advertentie"],
                    "advertisement"),
    **dict.fromkeys(["cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay"],
                    "cookie or pop-up notice"),
    **dict.fromkeys(["tags", "tag-list", "taglist", "keywords", "topics", "etiquetas",
                     "schlagworte", "catlinks", "categories"], "tag list"),
    **dict.fromkeys(["author-bio", "authorbio", "bio", "about-author", "author-box",
                     "authorcard", "author-card", "author-info", "postprofile", "signature"],
                    "author bio"),
    **dict.fromkeys(["chapo", "standfirst", "dek"], "standfirst (deck)"),
    **dict.fromkeys(["caption", "captions", "image-caption", "caption-text", "photo-caption",
                     "wp-caption-text", "figcaption", "image-credit", "photo-credit", "credits"],
                    "image caption or credit"),
    **dict.fromkeys(["byline", "firma", "article-signature", "dateline", "fechas",
                     "article-dates", "post-meta", "entry-meta", "article-meta", "guide-meta",
                     "meta"],
                    "byline or date line"),
    **dict.fromkeys(["action-bar", "actions", "article-actions", "guide-actions", "post-buttons",
                     "feedback", "back2top", "backtotop", "back-to-top", "audioplayer",
                     "audio-player", "online-list", "buttons", "button-row", "rating", "ratings",
                     "star-rating", "noprint"],
                    "page tools"),
}
#: Longer chrome words also found inside run-together class tokens
#: ("InlineNewsletter_box" -> inlinenewsletter).
_NEGATIVE_INSIDE = ("newsletter", "sidebar", "breadcrumb", "advert", "sponsor", "cookie",
                    "subscribe", "related", "sharing", "share", "social", "comments", "caption")
#: Chrome phrases found inside any class token ("wprm-call-to-action").
_NEGATIVE_PHRASES = {
    "call-to-action": "newsletter or subscription prompt",
    **dict.fromkeys(["leggi-anche", "piu-letti", "lire-aussi", "plus-lus", "mas-leido",
                     "most-read", "read-next", "more-stories", "you-may-like", "leia-tambem",
                     "veja-tambem", "mais-lidas", "lees-ook", "mehr-zum-thema"], "related links"),
}
#: Words of embedded posts quoted by the article (a tweet in a "social-media-embed"
#: box is content, not a share bar).
EMBEDS = frozenset({"embed", "embedded", "oembed", "twitter-tweet", "instagram-media",
                    "tiktok-embed", "social-embed", "media-embed"})
#: ARIA roles of chrome regions, with the reason given.
ROLE_REASONS = {"navigation": "navigation", "complementary": "sidebar",
                "contentinfo": "footer", "menu": "navigation", "menubar": "navigation"}
#: Microdata types of chrome (schema.org), with the reason given.
TYPE_REASONS = {
    "breadcrumblist": "navigation", "sitenavigationelement": "navigation",
    "wpsidebar": "sidebar", "wpfooter": "footer", "wpheader": "page header",
    "wpadblock": "advertisement", "interactioncounter": "page tools",
    "usercomments": "comments",
}
#: Reasons of chrome boxes that are never a layout wrapper, however much of the
#: page's prose they hold: a consent manager's dialog (class words cookie...,
#: consent..., gdpr) carries paragraphs of legal text, more than a listing of linked
#: entries has. (A "modal" or "popup" box may wrap a whole page.)
_CONSENT_WORDS = frozenset({"cookie", "consent", "gdpr"})
NEVER_WRAPPERS = tuple(f"{NEGATIVE['cookie']} (class '{word}" for word in sorted(_CONSENT_WORDS))
#: Reasons from the words of a page band's look (a hero "banner", a "promo" strip):
#: chrome when small, a section of the page when it holds prose.
BAND_REASONS = tuple(f"{NEGATIVE[word]} (class '{word}"
                     for word in ("banner", "promo", "promotion"))
#: Landmarks that are chrome wherever they sit, with the reason given.
LANDMARK_REASONS = {"nav": "navigation", "aside": "sidebar", "footer": "footer",
                    "header": "page header"}


_NEGATIVE_WORDS = frozenset(NEGATIVE)
#: A whole letters-only class token holding a longer chrome word, in space-joined words.
_INSIDE = re.compile(
    r"(?<![^ ])[a-z]*(?:" + "|".join(_NEGATIVE_INSIDE) + r")(?!hold)[a-z]*(?![^ ])"
)
#: Any of those chrome words, anywhere: a quick test before :data:`_INSIDE` runs.
_ANY_INSIDE = re.compile("|".join(_NEGATIVE_INSIDE))
#: Any of :data:`_NEGATIVE_PHRASES`: a quick test before they are looked for in turn.
_ANY_PHRASE = re.compile("|".join(map(re.escape, _NEGATIVE_PHRASES)))
#: A class token ending in a word of the article text ("main-article-content").
_POSITIVE_PART = re.compile(r"(?:article|post|entry|story)[-_]{0,2}(?:body|content|text)(?![^ ])")


def _negative_reason(element: Element, words: frozenset[str], joined: str) -> str | None:
    if element.tag in LANDMARK_REASONS and element.tag != "header":
        return LANDMARK_REASONS[element.tag]
    for word in element.marks:
        if word in ROLE_REASONS:
            return f"{ROLE_REASONS[word]} (role '{word}')"
        if word in TYPE_REASONS:
            return f"{TYPE_REASONS[word]} (type '{word}')"
    if not words or words & EMBEDS:
        return None
    hits = words & _NEGATIVE_WORDS
    if hits:
        # A consent notice is one whatever else its words say ("gdpr-banner"); else
        # the most specific word names the reason.
        hits = hits & _CONSENT_WORDS or hits
        word = next(iter(hits)) if len(hits) == 1 else min(hits, key=lambda w: (-len(w), w))
        return f"{NEGATIVE[word]} (class '{word}')"
    if _ANY_INSIDE.search(joined) is not None:
        for found in _INSIDE.finditer(joined):
            word = found.group()
            if len(word) > 6:
                inside = next(i for i in _NEGATIVE_INSIDE if i in word)
                return f"{NEGATIVE[inside]} (class '{word}')"
    if _ANY_PHRASE.search(joined) is not None:
        for phrase, reason in _NEGATIVE_PHRASES.items():
            if phrase in joined:
                return f"{reason} (class '{phrase}')"
    return None


def _is_positive(element: Element, words: frozenset[str], negative: str | None,
                 joined: str) -> bool:
    if words & POSITIVE or element.marks & POSITIVE_MARKS:
        return True
    # "main-article-content" says article text; "related-post-content" does not.
    return negative is None and _POSITIVE_PART.search(joined) is not None


#: What :func:`classify` answers: marked as the article, and why it is chrome (or None).
Classes = tuple[bool, str | None]
#: Answers of :func:`classify` by element shape; shapes repeat a lot.
_CACHE: dict[object, Classes] = {}
_CACHE_SIZE = 20_000


#: Class tokens that name a post's taxonomy terms (WordPress "tag-meta",
#: "category-ads", a shop's "product_cat-outdoor-gear"): their parts say what the
#: post is about, not what the box is.
_TAXONOMY = ("tag-", "tags-", "category-", "categories-", "topic-", "topics-", "format-",
             "post_tag-", "section-", "series-", "product_cat-", "product_tag-",
             "product_brand-")
#: Class tokens that say what a box holds or lacks, not what it is: a page's
#: wrapper classed "has-rail-right" holds the article beside a rail, one
#: classed "no-sidebar" holds no sidebar.
_HOLDINGS = ("has-", "with-", "no-", "without-")
#: Class tokens whose parts say something the whole does not: a "follow-up" box (a
#: reply under a post, a customer's word on a landing page) is no "follow us" bar.
_COMPOUNDS = ("follow-up",)
_NOT_OWN = _TAXONOMY + _HOLDINGS + _COMPOUNDS
_PARTS = re.compile(r"[^a-z0-9]+")
#: The same said in one camel-cased token ("hasSidebar", "withRail", "noSidebar"):
#: a holding word run together with a region's chrome word.
_RUN_TOGETHER_HOLDING = frozenset(
    holding + region for holding in ("has", "with", "without", "no")
    for region in ("sidebar", "sidebars", "rail", "aside")
)


def _own_words(words: frozenset[str]) -> frozenset[str]:
    """``words`` less the taxonomy and holding tokens and their parts."""
    terms = [word for word in words
             if word.startswith(_NOT_OWN) or word in _RUN_TOGETHER_HOLDING]
    if not terms:
        return words
    dropped = set(terms)
    for term in terms:
        dropped.update(_PARTS.split(term))
    return words - dropped


_SHAPES: dict[frozenset[str], frozenset[str]] = {}


def shape_words(words: frozenset[str]) -> frozenset[str]:
    """The class words that give a box its shape, so that boxes of one template
    match: the letters-only words of two letters or more (numbers and an A-Z index's
    letters aside), less a post's taxonomy tokens and their parts (the entries of a
    blog's list differ by "category-news")."""
    found = _SHAPES.get(words)
    if found is None:
        if len(_SHAPES) >= _CACHE_SIZE:
            _SHAPES.clear()
        found = _SHAPES[words] = document.keep_words(frozenset(
            w for w in _own_words(words) if w.isalpha() and len(w) > 1))
    return found


def _answer(element: Element) -> Classes:
    words = _own_words(element.words)
    joined = " ".join(sorted(words))  # (sorted: the same reason in every process)
    negative = _negative_reason(element, words, joined)
    return _is_positive(element, words, negative, joined), negative


def classify(element: Element) -> Classes:
    """Whether the element is marked as the article text, and why it is chrome (or None)."""
    # Most elements are told by their class words alone (one cached lookup).
    key: object = element.words
    if element.marks or element.tag in LANDMARK_REASONS:
        key = (element.tag, element.words, element.marks)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        found = _CACHE[key] = _answer(element)
    return found


def negative_reason(element: Element) -> str | None:
    """Why the element's own words or role mark it as chrome, or None."""
    return classify(element)[1]


def is_positive(element: Element) -> bool:
    """Whether the element's own words or marks mark it as the article text."""
    return classify(element)[0]
