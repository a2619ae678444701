"""Chrome phrases in Italian (it), Portuguese (pt) and Dutch (nl), by marker family.

Like the built-in patterns, most are anchored at the start of a block (``^``):
the built-in rules take only short blocks, and a chrome line opens with its
label or call to action. Gaps are bounded (``.{0,60}?``) so matching stays
linear. Patterns are compiled case-insensitively by cleanpress.
"""

from __future__ import annotations

# A label's end: a colon or arrow before a link, or the end of the line.
_TAIL = r"(?:\s*[:>»›|]|[\s.!…]*$)"
# Decoration around a bare label: "- Pubblicità -", "[Advertentie]".
_EDGE = r"[\s\-–—|:.·•*_\[\]()]*"
# A number of minutes: "4", "3-5".
_N = r"\d{1,3}(?:[-–]\d{1,3})?"

NEWSLETTER = {
    "it": [
        r"^(?:iscriviti|iscrivetevi|registrati|ricevi|abbonati)\b.{0,60}?\b(?:newsletter|e-?mail)",
        r"^(?:la |le |la nostra |le nostre )?newsletter[.:!]?$",
        r"^(?:inserisci|inserire) (?:la tua |il tuo )?(?:indirizzo )?e-?mail\b",
        r"^grazie per (?:esserti|esservi|esserci) iscritt[oaie]\b",
    ],
    "pt": [
        r"^(?:inscreva-se|assine|subscreva|cadastre-se|registe-se|receba)\b.{0,60}?"
        r"\b(?:newsletters?|e-?mail|boletim)",
        r"^(?:a |a nossa |nossa )?newsletter[.:!]?$",
        r"^(?:insira|digite|introduza|informe) (?:o )?seu e-?mail\b",
        r"^obrigad[oa] por (?:se inscrever|assinar|subscrever)\b",
    ],
    "nl": [
        r"^(?:schrijf (?:je|u) in|meld (?:je|u) aan|abonneer (?:je|u))\b.{0,60}?"
        r"\b(?:nieuwsbrief|e-?mail)",
        r"^(?:ontvang|krijg)\b.{0,60}?\bnieuwsbrief\b",
        r"^(?:onze |de )?nieuwsbrief[.:!]?$",
        r"^(?:vul|voer) (?:je|uw) e-?mail(?:adres)? in\b",
        r"^bedankt voor (?:je|uw) aanmelding\b",
    ],
}

APP = {
    "it": [r"^(?:scarica|scaricate|installa)\b.{0,30}?\b(?:app|applicazione)\b"],
    "pt": [r"^(?:baixe|descarregue|instale|transfira)\b.{0,30}?\b(?:app|aplicativo|aplicação)\b"],
    "nl": [r"^(?:download|installeer)\b.{0,30}?\bapp\b"],
}

SHARE = {
    "it": [
        r"^condividi(?: su| questo| l'articolo| la notizia| con)?\b",
        r"^seguici(?: su)?\b",
        r"^(?:commenta|lascia un commento|commenti)[\s.:!]*$",
    ],
    "pt": [
        r"^(?:compartilhe|compartilhar|partilhe|partilhar)\b",
        r"^siga-nos\b",
        r"^(?:comente|comentários|deixe (?:o )?seu comentário)[\s.:!]*$",
    ],
    "nl": [
        r"^deel (?:dit|dit artikel|via|op)\b",
        r"^(?:delen|deel)[\s.:!]*$",
        r"^volg (?:ons|de redactie)\b",
        r"^(?:reageer|reacties)(?: op dit artikel)?[\s.:!]*$",
    ],
}

# A related-content label may stand in brackets: "[Leggi anche: ...]".
_OPEN = r"^[\[(]?\s*"

RELATED = {
    "it": [
        rf"{_OPEN}(?:leggi anche|leggi di più|potrebbe interessarti|ti potrebbe interessare|"
        rf"potrebbero interessarti|articoli correlati|correlati|i più letti|più letti){_TAIL}",
    ],
    "pt": [
        rf"{_OPEN}(?:leia (?:também|mais)|veja (?:também|mais)|saiba mais|relacionad[ao]s|"
        rf"notícias relacionadas|artigos relacionados|mais lid[ao]s|recomendad[ao]s){_TAIL}",
    ],
    "nl": [
        rf"{_OPEN}(?:lees ook|lees meer|meer over dit onderwerp|gerelateerd|gerelateerde artikelen|"
        rf"meest gelezen|aanbevolen|bekijk ook){_TAIL}",
    ],
}

ADVERTISEMENT = {
    "it": [
        rf"^{_EDGE}(?:pubblicità|annuncio|contenuto sponsorizzato|sponsorizzato|"
        rf"pubbliredazionale){_EDGE}$",
        rf"^{_EDGE}(?:l'articolo|la notizia) continua (?:dopo|sotto) (?:la )?pubblicità{_EDGE}$",
    ],
    "pt": [
        rf"^{_EDGE}(?:publicidade|anúncio|conteúdo patrocinado|patrocinado){_EDGE}$",
        rf"^{_EDGE}continua (?:depois|após|a seguir) (?:d[ao] |à )?publicidade{_EDGE}$",
    ],
    "nl": [
        rf"^{_EDGE}(?:advertentie|reclame|gesponsord|gesponsorde (?:inhoud|content)){_EDGE}$",
        rf"^{_EDGE}(?:het )?artikel gaat verder (?:na|onder) de advertentie{_EDGE}$",
    ],
}

COPYRIGHT = {
    "it": [r"\btutti i diritti riservati\b", r"^(?:©\s*)?riproduzione riservata\b"],
    "pt": [r"\btodos os direitos reservados\b"],
    "nl": [r"\balle rechten voorbehouden\b"],
}

COOKIE = {
    "it": [
        r"\bquesto sito (?:web )?(?:utilizza|usa) (?:i )?cookie\b",
        r"\b(?:utilizziamo|usiamo) (?:i )?cookie\b",
        r"^(?:accetta|rifiuta|gestisci)(?: tutti)? (?:i )?cookie\b",
    ],
    "pt": [
        r"\b(?:este site|este sítio) (?:utiliza|usa) cookies\b",
        r"\b(?:utilizamos|usamos) cookies\b",
        r"^(?:aceitar|rejeitar|gerir|gerenciar)(?: todos os)? cookies\b",
    ],
    "nl": [
        r"\bdeze (?:web)?site gebruikt cookies\b",
        r"\bwij gebruiken cookies\b",
        r"^(?:alle )?cookies (?:accepteren|weigeren|beheren)\b",
    ],
}

READING_TIME = {
    "it": [
        rf"\b{_N}\s?min(?:uti|uto)?\.? di lettura\b",
        r"^tempo di lettura\b",
        r"^ascolta (?:l'articolo|la notizia|questo articolo)\b",
    ],
    "pt": [
        rf"\b{_N}\s?min(?:utos?)?\.? de leitura\b",
        r"^tempo de leitura\b",
        r"^ou[çv]a (?:este artigo|a notícia|o artigo)\b",
    ],
    "nl": [
        rf"\b{_N}\s?min(?:uten|uut)?\.? (?:leestijd|lezen)\b",
        r"^leestijd\b",
        r"^(?:luister naar|beluister) (?:dit|het) artikel\b",
    ],
}

SUBSCRIPTION = {
    "it": [
        r"^(?:abbonati|abbonatevi)(?: ora| subito)?[\s.:!]*$",
        r"^(?:sei )?già abbonato\b",
        r"\b(?:riservato|dedicato) agli abbonati\b",
    ],
    "pt": [
        r"^(?:assine|assine já|assine agora)[\s.:!]*$",
        r"^(?:já é assinante|já sou assinante)\b",
        r"\bexclusivo para assinantes\b",
    ],
    "nl": [
        r"^(?:word abonnee|neem een abonnement)\b",
        r"^(?:ben je|bent u) al abonnee\b",
        r"\b(?:alleen )?voor abonnees\b",
    ],
}

# The label only: the tag-list rule looks for the colon (or line break) after it
# itself, and leaves a sentence opening with the word ("Temi come ...").
# A topic footer's longer label comes first ("Argomenti correlati", not "Argomenti").
TAGS_LABEL = {
    "it": [r"^(?:argomenti correlati|temi correlati|tag|argomenti|temi|parole chiave)\b"],
    "pt": [r"^(?:tópicos relacionados|temas relacionados|assuntos relacionados|tags|tópicos|"
           r"temas|assuntos|palavras-chave)\b"],
    "nl": [r"^(?:gerelateerde onderwerpen|meer over deze onderwerpen|tags|onderwerpen|"
           r"trefwoorden)\b"],
}

BIO_HEADING = {
    "it": [r"^(?:l'autore|sull'autore|chi è l'autore|informazioni sull'autore)[.:]?$"],
    "pt": [r"^(?:sobre o autor|sobre a autora|o autor|a autora)[.:]?$"],
    "nl": [r"^(?:over de auteur|over de schrijver|de auteur)[.:]?$"],
}

UPDATE_NOTE = {
    # The label only: the rule reads the colon or date after it (hence the look-ahead).
    "it": [r"^(?:aggiornamento|correzione|nota della redazione)(?=\s*(?:[:(]|\d))"],
    "pt": [r"^(?:atualização|actualização|correção|correcção|nota d[ao] (?:editor|redação))"
           r"(?=\s*(?:[:(]|\d))"],
    "nl": [r"^(?:update|correctie|rectificatie|noot van de redactie)(?=\s*(?:[:(]|\d))"],
}

# (And the source named first, at the start of a line: "Crédito, Getty Images".)
CAPTION_CREDIT = {
    "it": [r"\b(?:foto|fotografia|immagine)\s*[:©]",
           r"^(?:fonte (?:dell['’])?immagine|credito(?: foto)?)\s?[,:]"],
    "pt": [r"\b(?:foto|fotografia|imagem)\s*[:©]", r"\bcréditos?(?: da (?:foto|imagem))?\s*:",
           r"^(?:créditos?(?: da (?:foto|imagem))?|fonte da imagem)\s?,"],
    "nl": [r"\b(?:foto|beeld|afbeelding)\s*[:©]",
           r"^(?:beeldbron|fotobron|bron afbeelding)\s?[,:]"],
}

# A caption's label; the caption follows it.
CAPTION_LABEL = {
    "it": [r"^(?:didascalia(?: (?:della foto|dell['’]immagine))?)\s?[,:]\s*(?=\S)"],
    "pt": [r"^legenda(?: da (?:foto|imagem))?\s?[,:]\s*(?=\S)"],
    "nl": [r"^(?:bijschrift|onderschrift)\s?[,:]\s*(?=\S)"],
}

# Production credits: the labels, anywhere in a line of names.
PRODUCTION_CREDIT = {
    "it": [r"(?:^|[(;,]\s?)(?:hanno collaborato|ha collaborato|in redazione|a cura di|"
           r"versione italiana)(?: di)?\b",
           r"^\W{0,2}con(?= (?:ansa|agenzie|afp|reuters)\b)"],
    "pt": [r"(?:^|[(;,]\s?)(?:reportagem|edição|redação|texto|tradução)(?: adicional)? "
           r"(?:de|por)\b",
           r"\b(?:colaborou|colaboraram) (?:com|para) (?:esta|este) (?:reportagem|matéria|texto)"
           r"\.?\)?$",
           r"^\W{0,2}com(?= (?:agências|lusa|afp|reuters|efe)\b)"],
    "nl": [r"\b(?:met medewerking van|bewerkt door|geschreven door|vertaald door|"
           r"verslaggeving(?: door)?)\b"],
}

# Lines pointing to the publisher's standards.
STANDARDS = {
    "it": [r"^(?:i nostri|le nostre) (?:standard|principi|linee guida)\s?:",
           r"^(?:i )?principi (?:di fiducia|editoriali) di\b"],
    "pt": [r"^(?:os )?(?:nossos|nossas) (?:padrões|princípios|normas)\s?:",
           r"^(?:os )?princípios (?:de confiança|editoriais) d[aeo]\b"],
    "nl": [r"^onze (?:normen|standaarden|principes)\s?:",
           r"^(?:lees )?(?:onze )?journalistieke (?:code|principes)[\s.:]*$"],
}

# Past-tense notes that this article was changed.
AMENDMENT_NOTE = {
    "it": [r"^(?:questo|l['’]) ?articolo è stato (?:\w+ )?(?:aggiornato|corretto|modificato|"
           r"rettificato)(?:\s(?:il|per|alle|dopo|con)\b|[.;:,]|$)",
           r"^(?:una|in una) (?:versione precedente|precedente versione) di questo articolo\b"],
    "pt": [r"^(?:este|esta) (?:artigo|texto|reportagem|notícia|matéria) foi (?:\w+ )?"
           r"(?:atualizad[oa]|corrigid[oa]|modificad[oa]|alterad[oa])"
           r"(?:\s(?:em|para|às|após|com)\b|[.;:,]|$)",
           r"^(?:uma|numa) versão anterior d(?:este|esta) (?:artigo|texto|reportagem|notícia|"
           r"matéria)\b"],
    "nl": [r"^(?:dit|het) artikel (?:is|werd) (?:\w+ )?(?:aangepast|gecorrigeerd|bijgewerkt|"
           r"gewijzigd)(?:\s(?:op|om|na|met)\b|[.;:,]|$)",
           r"^in een (?:eerdere|vorige) versie van dit artikel\b"],
}

# Toolbar buttons, one label each (longer labels first).
_BUTTON_END = r"(?=[\s|·•/]|$)"
BUTTON = {
    "it": [rf"^(?:(?:salva|regala|ascolta) l['’]articolo|salva|ascolta|stampa|condividi|"
           rf"commenta|regala){_BUTTON_END}"],
    "pt": [rf"^(?:ouvir (?:o |este )?artigo|guardar|salvar|ouvir|imprimir|compartilhar|"
           rf"partilhar|comentar){_BUTTON_END}"],
    "nl": [rf"^(?:beluister (?:dit )?artikel|opslaan|bewaren|luisteren|afdrukken|printen|delen|"
           rf"reageren){_BUTTON_END}"],
}

# Promotions of the publisher's stations, programmes and apps.
STATION_PROMO = {
    "it": [r"^(?:ascolta|guarda|segui|rivedi|riascolta)\b.{0,80}?\b(?:in diretta|radio|podcast|"
           r"app|replay|programma|canale)\b"],
    "pt": [r"^(?:ouça|ouve|assista|assiste|acompanhe)\b.{0,80}?\b(?:ao vivo|rádio|podcast|app|"
           r"aplicativo|programa|canal)\b"],
    "nl": [r"^(?:luister|kijk|beluister|bekijk)\b.{0,80}?\b(?:live|radio|podcast|app|uitzending|"
           r"programma|zender|terugkijken)\b"],
}

# Byline labels written with a colon; the names follow.
BYLINE_LABEL = {
    "it": [r"^(?:di|autore|autrice|testo|a cura di)\s?:\s*(?=\S)"],
    "pt": [r"^(?:por|autor|autora|texto)\s?:\s*(?=\S)"],
    "nl": [r"^(?:door|auteur|tekst|geschreven door)\s?:\s*(?=\S)"],
}

# A byline names a person: two to four capitalised words and nothing else.
# (?-i:...) keeps the capitals case-sensitive inside the case-insensitive family.
_NAME = r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'’]+)(?:[ -](?:(?-i:[A-ZÀ-Þ][\w'’.]*)|d[aeio]s?|van|de|der)){1,3}$"

BYLINE = {
    "it": [rf"^(?:di|a cura di)\s{_NAME}"],
    "pt": [rf"^por\s{_NAME}"],
    "nl": [rf"^door\s{_NAME}"],
}

# The words around a byline's date: "Pubblicato il 12/03/2024 alle 08:15",
# "Publicado em 12/03/2024 às 08h15", "Gepubliceerd op 12-03-2024 om 08:15".
# A joining word counts only before a number, so "il", "em" or "op" elsewhere
# in a line are not taken for one.
PUBLISHED = {
    "it": [r"\bpubblicat[oa]\b"],
    "pt": [r"\bpublicad[oa]\b"],
    "nl": [r"\bgepubliceerd\b"],
}

UPDATED = {
    "it": [r"\baggiornat[oa]\b"],
    "pt": [r"\bac?tuali[sz]ad[oa]\b"],
    "nl": [r"\bbijgewerkt\b"],
}

DATE_JOINER = {
    "it": [r"\b(?:il|alle(?: ore)?|ore)(?=\s\d)"],
    "pt": [r"\b(?:em|às)(?=\s\d)"],
    "nl": [r"\b(?:op|om)(?=\s\d)"],
}

#: Every family this pack adds to, by cleanpress family name.
FAMILIES = {
    "newsletter": NEWSLETTER,
    "app": APP,
    "share": SHARE,
    "related": RELATED,
    "advertisement": ADVERTISEMENT,
    "copyright": COPYRIGHT,
    "cookie": COOKIE,
    "reading_time": READING_TIME,
    "subscription": SUBSCRIPTION,
    "tags_label": TAGS_LABEL,
    "bio_heading": BIO_HEADING,
    "update_note": UPDATE_NOTE,
    "caption_credit": CAPTION_CREDIT,
    "caption_label": CAPTION_LABEL,
    "production_credit": PRODUCTION_CREDIT,
    "standards": STANDARDS,
    "amendment_note": AMENDMENT_NOTE,
    "button": BUTTON,
    "station_promo": STATION_PROMO,
    "byline_label": BYLINE_LABEL,
    "byline": BYLINE,
    "published": PUBLISHED,
    "updated": UPDATED,
    "date_joiner": DATE_JOINER,
}
