"""The article's language, from the stop words of the kept text.

Each language's commonest function words are counted over the first words of
the body; a word shared by several languages counts for each a share. The
language with the most is taken when it has enough hits and clearly leads;
otherwise (a short text, a language not listed) ``language`` stays None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import repeat

from cleanpress.chain import RuleContext
from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule

STOP_WORDS: dict[str, str] = {
    "en": "the and of to is in that was for with it on are as this be at by have from not "
    "but has were which they you he she his her its would been will an or who their",
    "de": "der die das und ist nicht den dem mit von zu sich des auf für ein eine einer auch "
    "es im wird dass sie werden wurde bei nach aus wie oder aber noch hat sind war nur",
    "fr": "le la les et des du un une est que qui dans pour pas sur au avec ce il elle sont "
    "par plus ont mais ou cette aux été nous leur se ne sa son ses",
    "es": "el la los las y de que en un una por con para es se no su al lo del como más pero "
    "sus fue ha este esta también son le ya muy entre sobre",
    "it": "il lo la gli le di che e è un una per con non sono del della dei nel alla anche "
    "come più ma ha questo questa si da al delle degli nella stato",
    "pt": "o os as e de que não um uma para com por do da dos das em no na se mais é foi "
    "como mas ao pelo pela seu sua também são ele ela isso",
    "nl": "de het een en van is dat niet op te in voor met zijn er die ook aan maar wordt bij "
    "om als door naar was heeft nog worden dit zich hij zij",
}

# Each word's weight per language: 1 / (number of languages listing it).
_WEIGHTS: dict[str, list[tuple[str, float]]] = {}
for _lang, _words in STOP_WORDS.items():
    for _word in set(_words.split()):
        _WEIGHTS.setdefault(_word, []).append((_lang, 0.0))
for _word, _entries in _WEIGHTS.items():
    _WEIGHTS[_word] = [(lang, 1 / len(_entries)) for lang, _ in _entries]

_WORD = re.compile(r"[^\W\d_]+")
#: Words read from the body: enough to tell, few enough to stay fast.
_MAX_WORDS = 1500
_MAX_CHARS = 12_000
#: Fewer words than this: too short to tell.
_MIN_WORDS = 20
#: The winner needs this many weighted stop-word hits ...
_MIN_HITS = 6.0
#: ... a share of the words at least this high (a text in an unlisted language has few) ...
_MIN_SHARE = 0.12
#: ... and this lead over the runner-up.
_LEAD = 1.5
#: The head read first; when it is clear beyond doubt (these hits, share and
#: lead, far above the bars above) the rest is not read.
_SAMPLE_CHARS = 1200
_SURE_HITS = 30.0
_SURE_SHARE = 0.18
_SURE_LEAD = 4.0
#: ... or, with this many words, stop words at most this share: no listed language.
_SURE_WORDS = 120
_NONE_SHARE = 0.02
_NONE = "-"
_EDGE_PUNCT = ".,;:!?\"'()[]{}«»“”‘’„–—-…/*"


def _ranked(words: list[str]) -> list[tuple[str, float]]:
    """The two languages with the most weighted stop-word hits among ``words``."""
    scores: dict[str, float] = {}
    # (Other words are dropped at C speed first; the stop words keep their order.)
    for word in filter(_WEIGHTS.__contains__, words):
        for lang, weight in _WEIGHTS[word]:
            scores[lang] = scores.get(lang, 0.0) + weight
    return sorted(scores.items(), key=lambda item: -item[1])[:2]


def _sample_answer(text: str) -> str | None:
    """The language of the text's head when it leaves no doubt, :data:`_NONE`
    when the head has next to no stop words of any listed language, else None.

    Words are split on spaces, stripped of edge punctuation and kept when all
    letters, a cheaper cut than the full reading's; an answer is given only
    with a wide margin on every test.
    """
    stripped = map(str.strip, text[:_SAMPLE_CHARS].lower().split(), repeat(_EDGE_PUNCT))
    words = list(filter(str.isalpha, stripped))
    ranked = _ranked(words)
    best, hits = ranked[0] if ranked else (_NONE, 0.0)
    if len(words) >= _SURE_WORDS and hits <= _NONE_SHARE * len(words):
        return _NONE
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if hits >= _SURE_HITS and hits >= _SURE_SHARE * len(words) and hits >= _SURE_LEAD * runner_up:
        return best
    return None


def detect(text: str, more: Callable[[], str] | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language among those listed, or None.

    The head of ``text`` is read first; when it leaves doubt, the whole is
    read (``more()``, when given, supplies a longer text than ``text``).
    """
    if len(text) >= _SAMPLE_CHARS:
        sure = _sample_answer(text)
        if sure is not None:
            return None if sure == _NONE else sure
    if more is not None:
        text = more()
    words = _WORD.findall(text[:_MAX_CHARS].lower())[:_MAX_WORDS]
    if len(words) < _MIN_WORDS:
        return None
    ranked = _ranked(words)
    if not ranked:
        return None
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if hits < _MIN_HITS or hits < _MIN_SHARE * len(words) or hits < _LEAD * runner_up:
        return None
    return best


def _body_text(doc: Document, limit: int = _MAX_CHARS) -> str:
    """The first kept blocks, joined, up to ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for block in doc.kept():
        parts.append(block.text)
        size += len(block.text) + 1
        if size >= limit:
            break
    return " ".join(parts)


@rule(
    "language",
    stage="metadata",
    order=100,
    description="Detect the article's language from stop words of the kept text",
)
def language(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.language:
        return  # the page states it (``<html lang>``, meta): a first value is never replaced
    ctx.set_meta("language", detect(_body_text(doc, _SAMPLE_CHARS), lambda: _body_text(doc)))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [language]
