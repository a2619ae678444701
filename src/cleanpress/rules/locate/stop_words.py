"""Small stop-word lists: the glue words that make running prose, by language.

The region rules count how many of a block's words are glue words. Menus,
link lists and footers are made of names and labels, which rarely use them;
sentences in any of these languages always do. The lists are joined into one
set, so no language needs to be detected first.
"""

from __future__ import annotations

STOP_WORDS_BY_LANGUAGE: dict[str, str] = {
    "en": "a an the and or but if of to in on at by for with from as is are was were be been "
    "has have had it its this that these those he she they we you i his her their our not "
    "will would can could there which who what when than then so also about into after",
    "de": "der die das den dem des ein eine einen einem einer und oder aber wenn ist sind war "
    "waren sein hat haben hatte es sie er wir ihr ich nicht mit von zu im in an auf für aus "
    "bei nach auch als wie dass noch nur sich so um über vor wird werden kann",
    "fr": "le la les un une des du de et ou mais si est sont était ont a avait il elle ils "
    "elles nous vous je ne pas que qui dans sur pour par avec au aux en ce cette ces son sa "
    "ses leur leurs plus comme été se on y",
    "es": "el la los las un una unos unas y o pero si es son era fue ha han había de del en "
    "por para con al que se no lo le les su sus como más este esta estos ese esa entre sobre "
    "también muy ya",
    "it": "il lo la i gli le un uno una e o ma se è sono era ha hanno di del della dei delle "
    "in per con su al alla che non si come anche più questo questa nel nella da dal dopo "
    "quando",
    "pt": "o a os as um uma e ou mas se é são era foi tem têm de do da dos das em no na nos "
    "nas por para com ao que não se como mais este esta isso também já ele ela eles",
    "nl": "de het een en of maar als is zijn was waren heeft hebben had van in op aan met "
    "voor door bij uit naar dat die dit deze niet ook er om te wordt worden kan hij zij we",
}

#: Every listed word of every language, lower-case.
STOP_WORDS: frozenset[str] = frozenset(
    word for words in STOP_WORDS_BY_LANGUAGE.values() for word in words.split()
)

#: Share of a run's words that start with a capital or a digit for it to be a list of names.
NAME_SHARE = 0.8
#: A list of names has at least this many words (a product's or a book's title is shorter).
NAME_RUN_WORDS = 20


def name_run(text: str) -> bool:
    """Whether ``text`` is a run of names or numbers rather than a sentence.

    A list of cities, zip codes or brands written out as one paragraph has many
    words but none of the lower-case glue words every sentence uses, and nearly
    every word is capitalised or a number. Text in a script without capitals (Chinese,
    Japanese) is never such a run.
    """
    tokens = text.split()
    if len(tokens) < NAME_RUN_WORDS:
        return False
    named = 0
    for token in tokens:
        first = token[0]
        if first.isupper() or first.isdigit():
            named += 1  # (a capitalised glue word is part of a name: "Los Angeles")
        elif token.strip(".,;:!?()[]\"'\u2019\u201c\u201d") in STOP_WORDS:
            return False
    return named >= NAME_SHARE * len(tokens)
