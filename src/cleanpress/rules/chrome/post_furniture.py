"""The furniture of a thread's posts: counts, member statistics, quote and reply buttons.

A forum page keeps, beside each post, lines that are no part of what was said:
the poster's statistics ("Messages", "Reaction score", "Joined: Mar 2019",
"Posts: 4958", "1,076 posts"), their rank ("Well-known member"), counts of likes,
replies or views standing alone ("13,539", "2.4K"), a post's number ("#12"), its
time stamp when written for machines ("2011-02-12 01:30:35 +00:00") or as a comment's
("Commented Mar 28, 2014 at 15:35") and the labels of the post's buttons
("Click to expand...", "Reply with quote", "Report"). Only short lines made of
such a label, and only on pages typed as a thread (see ``page_type``): in an
article a number alone on a line is a step or a score.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule

FAMILY = "post_furniture"

#: A count: digits with separators, maybe shortened ("2.4K") or in brackets ("(157)").
_COUNT = r"\(?[\d][\d.,\u202f ]{0,12}[km]?\)?"
#: A count after a statistic's label ("Messages 28", "Posts: 4,958").
_VALUE = rf"(?:\s*:?\s*{_COUNT})?"
#: A date after a member's joining label ("Joined: Mar 2019", "Joined Dec 3, 2019").
_SINCE = r"(?:\s*:?\s*[\w.,/ -]{1,20})?"
#: A time stamp written for machines ("2011-02-12 01:30:35 +00:00").
_STAMP = r"\d{4}-\d\d-\d\d[ t]\d\d:\d\d(?::\d\d)?(?:\s*(?:z|utc|[+-]\d\d:?\d\d))?"
#: Where a label ends.
_END = r"\s*$"

PATTERNS = {
    "en": [
        rf"^[-•·#]?\s*{_COUNT}{_END}",  # (a count or a post's number, in any language)
        rf"^{_STAMP}{_END}",
        r"^commented (?:on )?[a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?(?: at \d{1,2}:\d\d(?:\s?[ap]m)?)?$",
        rf"^(?:messages|posts|reaction score|likes(?: received)?|points|trophy points|"
        rf"reputation|solutions?|threads|karma|credits){_VALUE}{_END}",
        rf"^(?:joined|registered|member since|last seen|last active){_SINCE}{_END}",
        # (the count first: "1,076 posts", "155 helpful votes", "2.4k views")
        rf"^{_COUNT}\s*(?:posts?|messages?|replies|reply|views?|likes?|helpful votes?|"
        rf"votes?|reactions?|answers?|solutions?|followers?|points|karma){_END}",
        r"^join date(?:\s*:\s*[\w.,/ -]{1,20})?\s*$",  # (a value only after a colon)
        r"^(?:(?:new|well-known|active|senior|junior|valued|established|registered|"
        r"premium|verified|platinum|gold|silver|bronze) )?member$",
        r"^[-•·]?\s*(?:click to expand\.*|click to shrink\.*|reply with quote|multi-?quote|"
        r"quote|reply|report|like|permalink|view forum posts|view forum threads|"
        r"send private message|private message)(?:\s*\d{1,3})?$",
    ],
    "de": [
        rf"^(?:beiträge|nachrichten|reaktionspunktzahl|punkte){_VALUE}{_END}",
        rf"^(?:registriert seit|mitglied seit|dabei seit){_SINCE}{_END}",
        r"^[-•·]?\s*(?:zum vergrößern anklicken\.*|zitieren|antworten|melden)$",
    ],
    "fr": [
        rf"^(?:messages|réactions|points){_VALUE}{_END}",
        rf"^(?:inscrit(?:e)? depuis|inscription){_SINCE}{_END}",
        r"^[-•·]?\s*(?:cliquez pour agrandir\.*|citer|répondre|signaler)$",
    ],
    "es": [
        rf"^(?:mensajes|puntuación de reacción|puntos){_VALUE}{_END}",
        rf"^(?:registrado|miembro desde){_SINCE}{_END}",
        r"^[-•·]?\s*(?:haz clic para expandir\.*|citar|responder|reportar)$",
    ],
}

#: A furniture line has at most this many words and characters.
MAX_WORDS = 6
MAX_CHARS = 40
#: Page types whose posts carry this furniture.
THREAD_PAGES = frozenset({"forum"})


@rule(
    "post-furniture",
    stage="chrome",
    order=328,
    description="Remove the furniture of a thread's posts: counts, member statistics and "
    "ranks, quote and reply buttons ('Messages 28', 'Joined: Mar 2019', 'Click to expand...')",
    kinds=("html",),
)
def post_furniture(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type not in THREAD_PAGES:
        return
    for block in doc.kept():
        if (
            block.words <= MAX_WORDS and len(block.text) <= MAX_CHARS
            and block.kind != "code"
            and ctx.search(FAMILY, block.text.strip()) is not None
        ):
            ctx.remove(block, "post furniture (a count, a member statistic or a button)")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [post_furniture]
