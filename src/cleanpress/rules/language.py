"""The article's language, from the stop words of the kept text.

Each language's commonest function words are counted over the first words of
the body; a word shared by several languages counts for each a share. The
language with the most is taken when it has enough hits and clearly leads;
otherwise (a short text, a language not listed) ``language`` stays None.
"""

from __future__ import annotations

import re

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


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language among those listed, or None."""
    words = _WORD.findall(text[:_MAX_CHARS].lower())[:_MAX_WORDS]
    if len(words) < _MIN_WORDS:
        return None
    scores: dict[str, float] = {}
    for word in words:
        for lang, weight in _WEIGHTS.get(word, ()):
            scores[lang] = scores.get(lang, 0.0) + weight
    ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    if not ranked:
        return None
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if hits < _MIN_HITS or hits < _MIN_SHARE * len(words) or hits < _LEAD * runner_up:
        return None
    return best


def _body_text(doc: Document) -> str:
    """The first kept blocks, joined, up to the characters read."""
    parts: list[str] = []
    size = 0
    for block in doc.kept():
        parts.append(block.text)
        size += len(block.text) + 1
        if size >= _MAX_CHARS:
            break
    return " ".join(parts)


@rule(
    "language",
    stage="metadata",
    order=100,
    description="Detect the article's language from stop words of the kept text",
)
def language(doc: Document, ctx: RuleContext) -> None:
    ctx.set_meta("language", detect(_body_text(doc)))


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [language]
