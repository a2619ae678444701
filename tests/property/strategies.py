"""Random pages for the property tests: text, and HTML built from real tags,
attributes, entities, scripts (programs and JSON-LD) and mixed writing systems."""

from __future__ import annotations

import json

from hypothesis import strategies as st

#: Words in several writing systems, with chrome phrases among them.
WORDS = (
    "the council said on Tuesday that new bridge would open in spring after years of "
    "debate café naïve Straße Ünïcödé façade São Paulo Kraków "
    "Москва новости сегодня Ελλάδα ειδήσεις 東京 新闻 今日のニュース 서울 뉴스 "
    "القاهرة أخبار ירושלים חדשות नई दिल्ली समाचार กรุงเทพ 😀 🇫🇷 "
    "Share Subscribe Newsletter Advertisement Anzeige Publicité Photo: AFP/Getty Images "
    "Read more Related By Jane Doe Von Par Updated 02/21/24, 9:52 p.m. ET © 2024 All rights "
    "reserved cookies Accept Tags: Home > News > World • * - 1. 2) — “quoted” ‘single’ "
    "... ! ? : ; | / \\ ( ) [ ] { } # @ & % $ € £ ¥ = + _ ~ ^ ` ' \" "
    "Ã© â€™ Ã¼ mojibake www.example.com https://example.com/a?b=c mail@example.com"
).split()
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u200b", "\u00ad"]

words = st.lists(st.sampled_from(WORDS), max_size=40)
line = st.builds(
    lambda indent, ws, sep: indent + sep.join(ws),
    st.sampled_from(["", "", "  ", "    ", "\t", "• ", "* ", "- ", "1. ", "> "]),
    words,
    st.sampled_from(SPACES),
)
structured_text = st.lists(
    st.one_of(line, line, st.just(""), st.text(max_size=80)), max_size=60
).map("\n".join)
random_text = st.text(max_size=400)
#: Text pages, as a string or as bytes in some encoding, and raw bytes.
text_pages = st.one_of(
    structured_text,
    random_text,
    st.builds(
        lambda text, codec: text.encode(codec, "replace"),
        structured_text,
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "shift_jis",
                         "koi8-r", "gb18030"]),
    ),
    st.binary(max_size=300),
)

ENTITIES = [
    "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&copy;", "&eacute;", "&mdash;", "&hellip;",
    "&#8217;", "&#x2014;", "&#160;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999;",
    "&bogus;", "&amp", "&", "&#", "&#x;",
]
inline_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(ENTITIES), st.sampled_from(SPACES),
              st.text(max_size=10)),
    max_size=25,
).map("".join)

BLOCK_TAGS = [
    "p", "div", "section", "article", "main", "aside", "nav", "header", "footer", "h1", "h2",
    "h3", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote",
    "pre", "figure", "figcaption", "form", "details", "summary", "address", "center",
]
INLINE_TAGS = ["span", "a", "b", "i", "em", "strong", "small", "code", "time", "sup", "abbr",
               "label", "font", "u", "mark"]
DROPPED_TAGS = ["script", "style", "noscript", "template", "button", "select", "textarea",
                "iframe", "svg", "object", "title"]
VOID_TAGS = ["br", "br", "hr", "img", "wbr", "input", "meta", "link"]
CLASS_WORDS = [
    "article", "post-content", "entry-content", "story-body", "content", "main", "sidebar",
    "related", "share", "social", "newsletter", "subscribe", "ad", "advert", "promo", "footer",
    "header", "nav", "menu", "breadcrumb", "byline", "author", "caption", "credit", "tags",
    "comments", "cookie", "consent", "hidden", "sr-only", "widget", "teaser", "card",
]
attribute = st.one_of(
    st.builds(lambda ws: f'class="{" ".join(ws)}"', st.lists(st.sampled_from(CLASS_WORDS),
                                                              max_size=3)),
    st.builds(lambda w: f'id="{w}"', st.sampled_from(CLASS_WORDS)),
    st.sampled_from([
        "hidden", 'aria-hidden="true"', 'style="display:none"', 'style="visibility: hidden"',
        'role="main"', 'role="navigation"', 'role="complementary"', 'itemprop="articleBody"',
        'itemprop="author"', 'rel="author"', 'href="/news/story-1"', 'href="https://x.test/"',
        'datetime="2024-02-21T09:52:00Z"', 'datetime="not a date"', 'lang="de"', "dir=rtl",
        'data-x="&quot;&amp;"', "class", 'class=""', "onclick=\"alert('x')\"",
        'src="photo.jpg"', 'alt="A photo &amp; more"', 'title="T"',
    ]),
    st.builds(lambda t: f'title="{t}"', inline_text),
)
attributes = st.lists(attribute, max_size=3).map(lambda attrs: "".join(" " + a for a in attrs))

SCRIPTS = [
    "var a = '<p>not text</p>'; if (a < b && c > d) { document.write(a); }",
    "body { display: none } p::before { content: '</p>' }",
    "<!-- hidden --> </script> after",
    "window.__DATA__ = {\"html\": \"<div>x</div>\"};",
]


def _json_ld(headline: str, body: str, author: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
            "articleBody": body, "author": {"@type": "Person", "name": author},
            "datePublished": "2024-02-21T09:52:00+01:00"}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


json_ld = st.builds(_json_ld, inline_text, st.lists(st.sampled_from(WORDS), max_size=80)
                    .map(" ".join), st.sampled_from(WORDS))


def _element(tag: str, attrs: str, children: list[str], closed: bool) -> str:
    inner = "".join(children)
    return f"<{tag}{attrs}>{inner}" + (f"</{tag}>" if closed else "")


leaf = st.one_of(
    inline_text,
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(VOID_TAGS), attributes),
    st.builds(lambda t, a, s: f"<{t}{a}>{s}</{t}>", st.sampled_from(DROPPED_TAGS), attributes,
              st.sampled_from(SCRIPTS)),
    json_ld,
    st.sampled_from(["<!-- a comment -->", "<![CDATA[ cdata ]]>", "</div>", "</p>", "<p",
                     "<?php echo 1; ?>", "<!DOCTYPE html>", "<", ">", "</>"]),
)
markup = st.recursive(
    leaf,
    lambda children: st.builds(
        _element,
        st.sampled_from(BLOCK_TAGS + INLINE_TAGS),
        attributes,
        st.lists(children, max_size=6),
        st.sampled_from([True, True, True, False]),  # sometimes left unclosed
    ),
    max_leaves=60,
)
#: HTML pages: a document with head and body, or a fragment; as a string or bytes.
html_pages = st.one_of(
    st.builds(
        lambda title, head, body, lang: (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f"</title>{head}</head><body>{body}</body></html>"
        ),
        inline_text,
        st.lists(st.one_of(json_ld, st.builds(
            lambda p, c: f'<meta property="{p}" content="{c}">',
            st.sampled_from(["og:title", "og:site_name", "article:published_time", "author",
                             "og:url", "keywords", "description"]),
            inline_text,
        )), max_size=4).map("".join),
        st.lists(markup, max_size=8).map("".join),
        st.sampled_from(["en", "de", "ru", "zh", "ja", "ar", "he", "", "x"]),
    ),
    st.lists(markup, min_size=1, max_size=8).map(lambda parts: "<div>" + "".join(parts)),
).flatmap(lambda page: st.sampled_from([page, page.encode("utf-8")]))
