"""Promotions of the publisher's stations, programmes and apps in the article's last lines.

"Listen to the best of BBC Radio Leeds on Sounds and follow BBC Yorkshire on
Facebook.", "Send your story ideas to ...", "Hören Sie NDR 90,3 live im
Radio", "Dieses Thema im Programm: ...", "Écoutez France Inter en direct",
"Escucha la radio en directo". Only lines after the article's last paragraph
of prose are taken, and none that reports speech (a quotation, "said",
"according to"): the same call in the story ("Tune in to the local radio for
updates, police urged drivers") stays.
"""

from __future__ import annotations

import re

from cleanpress.chain import RuleContext
from cleanpress.document import Block, Document
from cleanpress.hookspecs import hookimpl
from cleanpress.markers import by_language
from cleanpress.rule import Rule, rule
from cleanpress.rules.common.line_shapes import closing_chrome, fits, sentences

FAMILY = "station_promo"

_NETWORKS = r"(?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky|whatsapp|linkedin)"

PATTERNS = {
    "en": [
        r"^(?:listen|tune in|watch|stream|catch up|hear|you can (?:listen|watch|hear|see))\b"
        r".{0,100}?\b(?:live|on demand|radio|sounds|iplayer|podcasts?|apps?|station|fm|channel|"
        r"tv|programme|program|episode|show)\b",
        rf"^follow (?:\S+ ){{1,5}}on {_NETWORKS}\b",
        r"^(?:send|share|email|tell) (?:us )?(?:your )?(?:story ideas|stories|news tips|tips|"
        r"pictures|photos|videos)\b",
        r"^(?:get|stay) (?:in touch|up to date|informed)\b.{0,60}?\b(?:apps?|whatsapp|radio|"
        r"channel|podcast)\b",
    ],
    "de": [
        r"^(?:hören|sehen|schauen) sie\b.{0,80}?\b(?:live|radio|stream|mediathek|audiothek|app|"
        r"podcast|programm|sendung)\b",
        r"^(?:jetzt|hier|mehr|alle folgen|die sendung|das video|den podcast|diese sendung|"
        r"die folge)\b.{0,60}?\b(?:in der|in unserer|im|in die) (?:\S+ )?"
        r"(?:mediathek|audiothek|app)\b",
        r"^dieses thema im programm\b",
        r"^über dieses thema (?:berichtete|berichteten|berichtet)\b",
    ],
    "fr": [
        r"^(?:écoutez|regardez|retrouvez|réécoutez|revoyez|suivez)\b.{0,80}?\b(?:en direct|radio|"
        r"podcast|application|appli|replay|antenne|émission|chaîne)\b",
        r"^(?:envoyez|partagez)(?:-nous)? vos (?:photos|vidéos|témoignages|informations)\b",
    ],
    "es": [
        r"^(?:escucha|escuche|mira|vea|sigue|siga|sintoniza|sintonice)\b.{0,80}?\b(?:en directo|"
        r"en vivo|radio|podcast|app|aplicación|emisora|programa|canal)\b",
        r"^(?:envíanos|envíe|comparte) (?:tus|sus) (?:fotos|vídeos|videos|historias|denuncias)\b",
    ],
}

# Reported speech: a story's sentence, not the publisher's call.
_SPEECH = re.compile(
    r"[\"“”„«»]|\b(?:said|says|urged|told|added|warned|according to|sagte|sagt|erklärte|"
    r"teilte mit|laut|a déclaré|a dit|a expliqué|selon|dijo|afirmó|explicó|según)\b",
    re.IGNORECASE,
)
#: A promotion is at most this many words and sentences.
_MAX_WORDS = 50
_MAX_SENTENCES = 3


@rule(
    "station-promo",
    stage="chrome",
    order=395,
    description="Remove promotions of the publisher's stations, programmes and apps at the end",
)
def station_promo(doc: Document, ctx: RuleContext) -> None:
    def is_promo(block: Block) -> bool:
        text = block.text
        return (
            fits(block, _MAX_WORDS)
            and ctx.search(FAMILY, text) is not None
            and _SPEECH.search(text) is None
            and sentences(text) <= _MAX_SENTENCES
        )

    for block in closing_chrome(doc.kept(), is_promo):
        ctx.remove(block, "station or app promotion")


@hookimpl
def cleanpress_markers() -> dict[str, list[str]]:
    return by_language(FAMILY, PATTERNS)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [station_promo]
