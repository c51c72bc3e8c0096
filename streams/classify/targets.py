"""The company a decision targets: names in an enforcement role around the verbs of each language.

Candidates are capitalised name chunks ("Northwind Social", "H&M", "1&1", "3D Print Hub", "Booking.com",
"Cantina Rossella S.p.A.") in the title and the first sentences of the summary. A chunk is a target when
the words around it give it a role:
- object of an enforcement verb or noun: "ICO fines X", "orders X to", "untersagt X", "multa a X",
  "legt X een boete op", "gir X et gebyr", "fine against X", "recours de X", "gebyret til X";
- subject of a passive or target-side verb: "X fined", "X hit with", "X ordered to", "X must pay",
  "X faces", "X loses appeal", "X to appeal", "X settles", "X sanctionnée", "X multata", "X soll zahlen",
  "X krijgt", "X må betale", "X's appeal";
- party to a blocked deal: "merger of X and Y", "X's takeover of Y", "Fusion von X und Y" (a list).
Names joined by "and/und/et/e/y/en/og" share the role ("fines Apple and Google" -> both).

A chunk that is an authority (registry name or one of its text mentions), a court, a country or place, an
institution (parliament, ministry, government), a month or a person's title is never a company. The title
weighs most: it states the headline fact, and the summary's later sentences often name earlier cases and
other companies. A product-news title ("X launches ...") gives its subject when nothing else does.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from streams.classify import authorities, companies, countries
from streams.classify.text import Document, trie_pattern

_UP = "A-ZÀ-ÖØ-Þ"


# Consumer and privacy organisations by name: they file complaints and suits (`extract` reads a headline
# they open as their step, no decision).
COMPLAINANT_GROUPS = (
    *("forbrukerrådet", "verbraucherzentrale", "vzbv", "ufc-que choisir", "que choisir", "facua", "ocu"),
    *("consumentenbond", "altroconsumo", "beuc", "noyb", "edri", "la quadrature du net"),
    "privacy international",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split("|") if w.strip())


# Words that never belong to a name chunk, in any case: they split Title Case headlines ("Belgian Court
# Orders Facebook To Stop") and keep capitalised nouns of German and headline openers out of names.
_EXCLUDED = _words(
    "a|an|the|and|or|but|to|with|by|for|from|in|on|over|under|after|before|against|as|at|into|its|their|"
    "y|e|und|et|og|"
    "is|was|are|were|has|have|had|be|been|will|would|could|may|might|must|should|can|not|no|new|"
    "fine|fines|fined|fining|penalty|penalties|order|orders|ordered|ban|bans|banned|hit|hits|slap|slaps|"
    "slapped|sue|sues|sued|charge|charges|charged|block|blocks|blocked|prohibit|prohibits|prohibited|"
    "appeal|appeals|appealed|lose|loses|lost|win|wins|won|face|faces|settle|settles|settled|"
    "agree|agrees|agreed|upholds|upheld|dismisses|dismissed|annuls|annulled|rejects|rejected|backs|"
    "confirms|confirmed|overturns|overturned|quashes|quashed|cuts|reduces|stop|stops|record|million|"
    "millions|billion|bn|says|said|chief|ceo|boss|founder|launches|introduces|over|probe|report|reports|"
    "exclusive|breaking|update|updated|opinion|analysis|official|live|roundup|watch|why|how|what|"
    "le|la|les|l'|un|une|des|du|au|aux|il|lo|gli|el|los|las|der|die|das|den|dem|des|ein|eine|het|een|"
    # prepositions a Title Case headline capitalises ("Multa A Orbix Y Veltro Con 19 Millones")
    "con|por|para|contra|sin|per|su|sul|sulla|nel|nella|dal|dalla|sur|dans|pour|avec|mit|nach|bei|vom|"
    "zum|zur|met|naar|bij|på|med|mot|etter|"
    "sanctionnée|sanctionné|sanction|sanctions|amende|amendes|condamnée|condamné|recours|appel|"
    "multa|multe|multata|multato|maxi|sanzione|sanzioni|antitrust|garante|sanción|multada|multado|"
    "boete|boetes|bußgeld|bußgelder|bussgeld|busse|bussen|strafe|strafen|geldbuße|gebyr|bot|bøter|euro|euros|"
    "kroner|"
    "millionen|milioni|millones|miljoen|millioner|fusion|zusammenschluss|übernahme|einspruch|"
    "milliarden|milliarde|miliardi|miljard|milliarder|billionen|biljoen|billones|"
    "beschwerde|berufung|klage|urteil|verstoß|datenschutz|kartellamt|gdpr|rgpd|dsgvo|avg|"
    # a competition authority's short name ("la multa de Competencia a Kakao Mobility")
    "competencia|concurrence|concorrenza|konkurranse|mededinging|"
    # a law's name in a title-cased phrase ("la Loi américaine sur le secret bancaire")
    "loi|"
    # a cartel, and currency codes before an amount ("fines Orbix units BGN 14.3 mln"; "ron" is a first name)
    "entente|ententes|bgn|huf|pln|czk|dkk|sek|nok|chf|usd|eur|gbp|inr|krw|jpy|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "it|they|he|she|we|you|i|this|that|these|those|there|here|such|both|all|some|many|most|each|every|"
    "other|another|according|meanwhile|however|also|while|although|"
    # "also" opening a headline: "Ook Coinbase krijgt miljoenenboete", "Auch Orbix muss zahlen"
    "ook|auch|aussi|anche|también|også|"
    # sentence adverbs that open a sentence: "Außerdem muss der Verband ...", "Inoltre la società ..."
    "außerdem|zudem|ferner|zusätzlich|dabei|damit|daher|deshalb|jedoch|allerdings|inzwischen|bereits|"
    "zuvor|danach|seitdem|demnach|zunächst|ebenfalls|dennoch|trotzdem|hingegen|stattdessen|gegen|"
    "cependant|toutefois|ainsi|désormais|inoltre|tuttavia|intanto|además|asimismo|bovendien|daarnaast|"
    "echter|intussen|dessuten|imidlertid|"
    # a headline's opening noun or a Title Case adverb: "Données personnelles : ...", "Are Just a Cost"
    "données|just|"
    "ny|ue|europese|europees|européen|européenne|europäische|europäischen|europeo|europea|europeisk|europeiske"
)
# Common words that open sentences ("Companies must ...", "Users can ..."): no name by themselves, though a
# name may hold them ("Ridgeline Apps").
_GENERIC_ALONE = _words(
    "one|two|three|four|five|companies|firms|businesses|users|consumers|customers|people|"
    "lawyers|critics|officials|experts|investors|banks|platforms|apps|operators|retailers|employees|workers|"
    "citizens|children|parents|shoppers|drivers|members|shareholders|unternehmen|firmen|verbraucher|nutzer|"
    "kunden|behörden|bedrijven|consumenten|entreprises|utilisateurs|aziende|utenti|empresas|usuarios|"
    "brauereien|kjedene|selskapene|bankene|aktørene|"
    "selskaper|brukere|regulators|authorities|watchdogs|privacy|data|digital|tech|big tech|"
    "ai|internet|online|cloud|cookies|fiscal|quarter|quarterly|banken|großbanken|grossbanken|kundene|"
    "brukerne|forbrukerne"
)
# Stems: German compounds ("Datenschutz-Bußgeld", "Kartellbußgeld", "Datenschutzverstöße").
_EXCLUDED_STEMS = (
    "datenschutz",
    "bußgeld",
    "bussgeld",
    "kartellbuß",
    "kartellstrafe",
    "rekordstrafe",
    "rekordbuß",
    "geldbuß",
    "geldstrafe",
    "zwangsgeld",
)
_CURRENCIES = _words("eur|usd|gbp|nok|sek|dkk|chf|pln|isk|czk|huf")
# Compounds naming a law ("AI-wet", "Digitalgesetz", "AI-Act") are no names, nor those describing a company
# by what it makes or owns ("Fortnite-maker", "Unibet-eier", "Facebook-Mutter": the company is named apart).
_DESCRIBING_COMPOUNDS = (
    *("-maker", "-makers", "-eigenaar", "-eier", "-eieren", "-owner", "-mutter", "-hersteller", "-betreiber"),
    "-based",  # where it is based: "fined Merseyside-based DPP Law"
)
_EXCLUDED_ENDINGS = (
    *("-wet", "gesetz", "-act", "verordnung", "-verordening", "-lov", "-loven"),
    *_DESCRIBING_COMPOUNDS,
    # a cartel named by its trade: "Baukartell: Porr akzeptiert Rekord-Geldbuße"
    *("kartell", "kartel"),
)
# A penalty named by its size, in one word: "Millionenstrafe für Telenor" ("Servier-Bußgeld" names Servier).
_PENALTY_ENDINGS = ("strafe", "strafen", "bußgeld", "bußgelder", "geldbuße", "geldbußen", "boete", "boetes")
# A name word: capitalised (with a brand's "+": "Canal+", "Disney+"), camel-cased ("eBay") or a digit form
# that is no amount, ordinal, unit or span ("1&1", "3D", "23andMe", "4chan", "7-Eleven"; not "6M", "5th",
# "10mln", "5-Year").
_DIGIT_WORD = (
    rf"(?:&\d+|(?!(?:M|K|B|BN|MN|MLN|MD|MRD|G)\b)[{_UP}][\w&.-]*|[a-z]+[{_UP}][\w&.-]*|"
    rf"(?!(?:mln|mio|mrd|mds|min|kwh|mwh|gwh|sek|nok|dkk|eur|usd|gbp|chf|jpy|won|yen|mila|mil|mille|tusen|"
    rf"tausend|duizend|thousand|crores?|lakhs?|euros?|dollars?|pounds?|kroner|kronor|francs?|yuan|rupees?|"
    rf"(?:m|b)illions?|milliards?|milioni|miliardi|millones|miljoen|miljard|millioner|milliarder)\b)"
    rf"[a-z]{{3,}}\b|"
    rf"-(?!(?:Year|Month|Day|Week|Hour|Minute|Star|Point|Page|Step|Part|Time|Fold|Member|Judge|Count)s?\b)"
    rf"[{_UP}][a-z]+\b)"
)
_WORD = rf"(?:[{_UP}][\w&'.-]*\+?|[a-z]{{1,4}}[{_UP}][\w&'.-]*|\d+{_DIGIT_WORD})"
_CONN = r"(?:&|of|de|la|du|des|del|della|di|da|do|dos|van|von|der|den|für|zu)"
# Lower-case words that end a name: legal forms, and the word a Nordic municipality's name ends with
# ("Bergen kommune", "Helsingør Kommune"), a Nordic hospital's ("Haukeland sykehus"; "St. Olavs hospital"
# after a genitive only: "DeepMind hospital deal" names no hospital).
_LOW_SUFFIXES = frozenset(("plc", "ltd", "inc", "llc", "kommune", "kommun", "sykehus", "sjukhus"))
_CONNECTORS = frozenset(_CONN[3:-1].split("|"))
_ARTICLE_CONNECTORS = frozenset(("der", "den"))
# Runs of name words; `_spans` then cuts them at excluded words (cheaper than a lookahead at every word).
# ("Autostrade per l'Italia": an Italian name goes on after "per l'" and a place; "multa Orbix per l'Offerta
# Giga" names the offence.)
_NAME_TAIL = (
    rf"(?: (?:{_CONN} ){{0,2}}{_WORD}| per l'(?:Italia|Europa)\b|"
    rf" (?:plc|ltd|inc|llc|kommune|kommun|sykehus|sjukhus)\b|(?<=[^'’]s) hospital\b|"
    # a number inside a name, between two of its words: "SpareBank 1 Østlandet"
    rf" \d{{1,2}}(?= [{_UP}]))*"
)
_NAME_RE = re.compile(rf"(?<![\w&'.-]){_WORD}{_NAME_TAIL}")
# The same runs when none starts camel-cased: the first word begins with a capital or a digit, a character
# class `re` skips ahead to in C; the word-start lookbehind moves behind that first character.
_NAME_FAST = re.compile(
    rf"[{_UP}\d](?<![\w&'.-].)(?:(?<=[{_UP}])[\w&'.-]*\+?|(?<=\d)\d*{_DIGIT_WORD}){_NAME_TAIL}"
)
# A camel-cased first word ("eBay", "easyJet": one to four small letters, then a capital) at a word start:
# then the full pattern runs.
_CAMEL_START = re.compile(
    rf"[{_UP}](?<=[a-z].)(?:(?<![\w&'.-]..)|(?<=[^\w&'.-][a-z]{{2}}.)|(?<=^[a-z]{{2}}.)|"
    rf"(?<=[^\w&'.-][a-z]{{3}}.)|(?<=^[a-z]{{3}}.)|(?<=[^\w&'.-][a-z]{{4}}.)|(?<=^[a-z]{{4}}.))"
)


def _excluded(word: str) -> bool:
    known = _EXCLUDED_SEEN.get(word)
    if known is None:
        w = word.lower().rstrip(".")
        owner = False
        if w.endswith(("'s", "’s")):
            w = w[:-2]
            # an institution's possessive ends a name: "upholds Commission's Teva/Cephalon decision"
            owner = w in _INSTITUTION_HEADS
        known = (
            owner
            or w in _EXCLUDED
            or w in _CURRENCIES
            or w.startswith(_EXCLUDED_STEMS)
            or w.endswith(_EXCLUDED_ENDINGS)
            or ("-" not in w and w.endswith(_PENALTY_ENDINGS))
            or (w[:3] in _CURRENCIES and w[3:4].isdigit())
        )
        if len(_EXCLUDED_SEEN) >= 50_000:  # a bound for a long-running worker: start over
            _EXCLUDED_SEEN.clear()
        _EXCLUDED_SEEN[word] = known
    return known


# The answers of `_excluded` so far: the same capitalised words come back in item after item.
_EXCLUDED_SEEN: dict[str, bool] = {}


def _genitive(word: str) -> bool:
    """A Nordic genitive ("Olavs"), not an English possessive ("Free's")."""
    return word.endswith("s") and word[-2:-1] not in ("'", "’")


def _spans(raw: str, base: int) -> list[tuple[int, int]]:
    """The parts of a run of name words between excluded words, without connectors at their edges."""
    out = []
    start = end = -1
    pos = base
    seen = _EXCLUDED_SEEN
    prev = ""
    words = raw.split(" ")
    for i, w in enumerate(words):
        ws, we = pos, pos + len(w)
        pos = we + 1
        if w in _CONNECTORS or (w == "per" and i + 1 < len(words) and words[i + 1].startswith("l'")):
            if w in _ARTICLE_CONNECTORS and prev not in ("van", "von"):
                # "untersagt Bundesregierung den Betrieb": a German article between nouns ends the name;
                # "Van den Berg", "von der Heide" keep theirs.
                if start >= 0:
                    out.append((start, end))
                start = -1
            prev = w
            continue
        prev = w
        if w.isdigit():
            continue  # inside a name only: a span neither starts nor ends with it ("Vodafone 5 Million")
        if w in _LOW_SUFFIXES or (w == "hospital" and i and _genitive(words[i - 1])):
            if start >= 0:
                end = we
            continue
        excluded = seen.get(w)
        if excluded is None:
            excluded = _excluded(w)
        if excluded:
            if start >= 0:
                out.append((start, end))
            start = -1
            continue
        if start < 0:
            start = ws
        end = we
    if start >= 0:
        out.append((start, end))
    return out


_TOKEN = re.compile(r"[\w&'.-]+|[,:;()\"]")

# Elided articles and prepositions before a noun ("un'istruttoria su", "l'app Clothoff"): no part of the
# word. The phrase tables below are read through the same `_unelided`, so "à l'encontre de" still matches.
_ELIDED = re.compile(r"^(?:un|l|d|dell|all|dall|nell|sull|qu)'(?=\w)")


def _unelided(word: str) -> str:
    return _ELIDED.sub("", word) if "'" in word else word

# Roles. Strength: a verb or noun of enforcement 3, a bare preposition 1.5, a product-news subject 1.
STRONG, WEAK, SUBJECT = 3.0, 1.5, 1.0
def _phrases(text: str) -> frozenset[str]:
    """A table of phrases before a name, each word as `_pre_role` reads the text's."""
    return frozenset(" ".join(_unelided(w) for w in p.split(" ")) for p in _words(text))


_PRE_STRONG = _phrases(
    # en
    "fines|fined|fining|fine|penalises|penalizes|penalised|penalized|sanctions|sanctioned|sues|sued|suing|"
    "charges|charged|orders|ordered|ordering|bans|banned|banning|bars|barred|blocks|blocked|prohibits|"
    "prohibited|prohibiting|slaps|slapped|hits|hit|censures|censured|reprimands|suspends|suspended|raids|"
    "requires|requiring|tells|told|forces|forced|directs|directed|instructs|upholds|upheld|dismisses|"
    "dismissed|rejects|rejected|annuls|annulled|quashes|quashed|overturns|overturned|confirms|clears|"
    "action against|lawsuit against|complaint against|case against|proceedings against|order against|"
    "enforcement notice to|enforcement notice against|notice to|fine on|fine against|fine for|fine to|"
    "fines for|fines on|penalty on|penalty for|penalty against|penalty to|sanction against|sanctions on|"
    "appeal by|appeal from|challenge by|ruling against|decision against|investigation into|probe into|"
    "practices by|conduct by|designates|designated|designating|"
    "onderzoek naar|onderzoeken naar|enquête sur|enquête visant|ermittlungen gegen|istruttoria su|"
    "indagine su|istruttoria nei confronti di|investigación a|investigación sobre|expediente a|"
    "undersøkelse av|gransking av|"
    # fr
    "sanctionne|sanctionné|sanctionnée|condamne|condamné|épingle|inflige|à l'encontre de|met en demeure|"
    "mis en demeure|mise en demeure|ordonne à|enjoint à|interdit à|impose à|recours de|pourvoi de|"
    "amende à|amende contre|sanction contre|l'amende de|amende de|la sanction de|visant|bloque|suspend|"
    # de
    "untersagt|untersagte|verbietet|belegt|verurteilt|bestraft|büßt|büsst|ermahnt|verdonnert|rügt|stuft|"
    "benennt|"
    "bußgeld gegen|"
    "bußgelder gegen|strafe gegen|verfahren gegen|bußgeld für|strafe für|klage von|beschwerde von|"
    "einspruch von|berufung von|"
    # nl
    "beboet|legt|geeft|gelast|verbiedt|sommeert|dwingt|berispt|boete voor|boete aan|boetes voor|"
    "boetes aan|beroep van|dwangsom voor|dwangsom aan|last onder dwangsom voor|boete|miljoenenboete|"
    # it
    "multa|multa a|multa ad|sanziona|sanzione a|sanzione ad|vieta a|ordina a|diffida|condanna|stanga|"
    "punisce|blocca|nei confronti di|ricorso di|multa alla|sanzione alla|"
    # es
    "multa a|sanciona|sanciona a|ordena a|prohíbe a|obliga a|expedienta a|condena a|recurso de|"
    "sanción a|multa de|multa al|sanciona al|"
    # no
    "bøtelegger|gir|ilegger|ilagt|har ilagt|gebyr til|gebyret til|bot til|boten til|pålegger|forbyr|"
    "vedtak mot|stanser|"
    "straffer|refser|varsler|"
    # sv, da
    "ger|bötfäller|förbjuder|giver|pålægger|forbyder"
)
_PRE_WEAK = _phrases(
    "against|on|for|with|à|a|ad|al|contre|contra|contro|gegen|tegen|voor|aan|mot|til|in row with|dispute with"
)
_PRE_DEAL = _phrases(
    "merger of|merger between|merger with|takeover of|acquisition of|purchase of|deal between|"
    "fusion von|zusammenschluss von|übernahme von|übernahme der|fusie van|fusie tussen|overname van|"
    "fusion de|fusion entre|rachat de|acquisition de|fusione tra|fusione di|acquisizione di|"
    "fusión de|fusión entre|compra de|adquisición de|fusjon mellom|oppkjøp av|kjøp av"
)
_POST_STRONG = _words(
    # en
    "fined|is fined|was fined|has been fined|have been fined|gets|got|receives|received|hit with|"
    "slapped with|handed|ordered|told to|must|faces|face|could face|may face|loses|lost|wins|won|"
    "to appeal|appeals|will appeal|plans to appeal|has appealed|appealed|appeal|challenges|to challenge|"
    "has filed|filed|files|has lodged|lodged|lodges|takes the|took the|"
    "will challenge|settles|settled|agrees to pay|agreed to pay|to pay|pays|will pay|banned|barred|"
    "penalised|penalized|sanctioned|censured|charged|sued|reprimanded|under fire|told|"
    # fr
    "sanctionnée|sanctionné|sanctionnés|sanctionnées|condamnée|condamné|écope|doit|devra|va faire appel|"
    # the plural of a list of companies: "Google et Meta écopent d'une amende record"
    "écopent|doivent|devront|paient|paieront|contestent|font appel|vont faire appel|sont sanctionnés|"
    "sont sanctionnées|ont été sanctionnés|ont été sanctionnées|"
    "fait appel|conteste|contestera|a été sanctionnée|a été sanctionné|est sanctionnée|est sanctionné|"
    "mise en demeure|mis en demeure|reçoit|se voit|paie|paiera|épinglée|épinglé|saisit|saisira|a saisi|"
    # de
    "soll|muss|legt einspruch|legt beschwerde|legt berufung|legt widerspruch|erhält|kassiert|zahlt|"
    "wehrt sich|geht gegen|klagt|scheitert|verliert|gewinnt|bekommt|wird bestraft|verzichtet|"
    # nl
    "krijgen|moeten|"
    "krijgt|moet|beboet|gaat in beroep|is beboet|betaalt|tekent bezwaar|maakt bezwaar|verliest|wint|"
    "stapt naar|"
    # it
    "multata|multato|multate|multati|sanzionata|sanzionato|farà ricorso|ricorre|deve pagare|"
    "dovrà pagare|paga|impugna|condannata|condannato|perde|vince|devono pagare|dovranno pagare|pagano|"
    "impugnano|condannate|condannati|"
    # es
    "multada|multado|sancionada|sancionado|recurrirá|recurre|deberá pagar|debe pagar|pagará|"
    "condenada|condenado|pierde|gana|deberán pagar|deben pagar|pagarán|recurrirán|recurren|reciben|"
    "condenadas|condenados|"
    # no
    "må|må betale|får|ilagt|ilegges|bøtelagt|anker|klager|taper|tapte|vinner|vant|slipper"
)
# "X chief Anna Berg": X is the organisation; the person after it is not.
_POST_OWNER = _words(
    "chief|ceo|boss|founder|owner|executive|spokesperson|spokesman|spokeswoman|lawyers|chairman|"
    "directeur|patron|chef|sprecher|topman|woordvoerder|ad|amministratore|portavoz|sjef|konsernsjef"
)
_POST_SUBJECT = _words(
    "launches|launched|introduces|unveils|rolls|announces|plans|expands|adds|updates|opens|says|"
    "lance|présente|annonce|startet|führt|kündigt|lanceert|introduceert|lancia|presenta|lanza|anuncia|"
    "lanserer|innfører"
)
_POSSESSED = _words(
    "appeal|challenge|fine|fines|penalty|objection|bid|case|lawsuit|complaint|conduct|practices"
)
# What a name qualifies as a noun adjunct in a headline ("Servier fine"): the target's.
_ADJUNCT_HEADS = frozenset(("fine", "penalty", "appeal"))
_IMPOSED_ON = frozenset(("against", "on", "for", "imposed", "of"))
_POSSESSED_DEAL = _words("takeover|acquisition|merger|purchase|deal|oppkjøp|kjøp|fusjon")
# Possessive words after a name: "X sitt oppkjøp" (Norwegian), besides "X's".
_POSSESSIVE_WORDS = frozenset(("'s", "’s", "'", "sitt", "sin", "sine"))
# German head nouns of a kind of company: a descriptor before a name ("der Uhrenhersteller Rolex"), or a
# one-word compound that names no company ("gegen Stahlhersteller", `_GENERIC_COMPOUND`).
_KIND_HEADS = (
    *("gesellschaft", "konzern", "unternehmen", "händler", "hersteller", "anbieter", "betreiber", "kette"),
    *("versicherer", "plattform", "riese", "gigant"),
)
# The kinds of company a plural names ("Drug firms", "Oil majors", "Tech giants").
_KIND_PLURAL = re.compile(
    r" (?:firms|companies|makers|groups|giants|majors|banks|lenders|insurers|operators|retailers|platforms|"
    r"carriers|airlines|brands|suppliers|producers|manufacturers|distributors|wholesalers|bosses|"
    r"executives|chiefs)\b"
)
# Houses of a trade: "das Pariser Modehaus Pierre Cardin", "Versandhaus Otto".
_HOUSES = ("modehaus", "versandhaus", "auktionshaus", "verlagshaus", "möbelhaus", "bankhaus")
# German descriptor nouns before a name: "die Immobiliengesellschaft Spreeblick Wohnen".
_DESCRIPTOR_ENDS = (
    *_KIND_HEADS,
    "dienst",
    "firma",
    "gruppe",
    "verband",  # "der Branchenverband IAB Europe"
    "verlag",
    "sender",
    # Nordic descriptors with the article: "Bomselskapet Ferde", "møbelkæden ILVA", "Teleselskabet TDC"
    "selskapet",
    "selskabet",
    "bolaget",
    "konsernet",
    "koncernen",
    "kjeden",
    "kæden",
    "kedjan",
    # owners and exchanges: "TikTok-eieren ByteDance", "TikTok-eigenaar ByteDance", "Kryptobörse Coinbase"
    "eieren",
    "eigenaar",
    "eigentümer",
    "börse",
    # "Elmex-Herstellerin Gaba", "Alu-Schmiede Otto Fuchs", "Britische Großbank NatWest"
    "herstellerin",
    "verarbeiter",
    "betreiberin",
    "anbieterin",
    "schmiede",
    "großbank",
    *_HOUSES,
    "direktbank",
    # a brand's maker or owner before the company: "Fortnite-maker Epic Games", "Facebook-moeder Meta",
    # "Chipfabrikant Nexperia", "TV-distributørene Telenor, Telia ..."
    "-maker",
    "-owner",
    "-owned",
    "-eier",
    "-moeder",
    "fabrikant",
    # a maker by its product: "Autobauer BMW", "Lkw-Bauer Scania", "Flugzeugbauer Airbus" (not "Bauer Media")
    *("autobauer", "-bauer", "zeugbauer", "nenbauer", "wagenbauer", "schiffbauer"),
    "distributøren",
    "distributørene",
    "-based",
)
_ENGLISH_AUX = _words("will|to|could|may|might|must|is|has|can|should|would|wins|loses")
_PERSON_BEFORE = _words(
    "chief|ceo|boss|founder|minister|commissioner|judge|president|spokesperson|spokesman|spokeswoman|"
    "lawyer|director|mr|ms|mrs|dr|chairman|chair|ministre|minister|ministro|ministra|statsråd|"
    "commissaire|kommissar|commissaris|commissario|comisario|richter|juge|giudice|juez|dommer"
)
# The titles of a company's people, and what is done to one of them named after the title.
_BUSINESS_TITLES = tuple(
    f"{t} " for t in ("chief", "ceo", "boss", "founder", "chairman", "chair", "director")
)
_PERSON_PENALISED = re.compile(
    r"(?:'s|’s)?\s+(?:(?:is|was|has been|gets|must pay)\s+)?(?:fined|banned|barred|sanctioned|censured|"
    r"penali[sz]ed|multato|multata|sanctionné|sanctionnée|condamné|condamnée|bestraft|beboet|bøtelagt|ilagt)\b"
)
_GERMAN_ARTICLES = _words("der|die|das|dem|den|des|ein|eine|einen|einem|eines|zum|zur|vom|beim|im")
_DETERMINERS = _words(
    "the|a|an|la|le|les|l'|die|der|den|dem|das|het|de|il|lo|el|los|las|its|société|entreprise|company|"
    "firm|group|groupe|società|empresa|bedrijf|unternehmen|selskapet|firmaet"
)
# English head nouns of an apposition that says what kind of company a name is ("on psychotherapy centre
# Vastaamo", "against energy supplier Fortum").
_APPOSITION_HEADS = _words(
    "centre|center|operator|provider|maker|makers|chain|retailer|insurer|bank|lender|platform|supplier|"
    "carrier|broadcaster|publisher|airline|hospital|clinic|utility|developer|manufacturer|producer|"
    "startup|start-up|subsidiary|giant|firm|company|group|app|service|network|agency|broker|distributor"
)
# Words that end the skip back over an apposition ("fined [car parts makers] Vantage Motors").
_FUNCTION = _words(
    "over|for|after|by|in|on|with|against|and|or|but|that|which|who|than|from|at|to|as|is|was|has|have|"
    "had|will|would|said|says|it|their|his|her|of|not|no|if|when|while|because|also|"
    "à|a|pour|par|contre|sur|avec|et|dans|qui|que|für|mit|und|wegen|von|bei|im|voor|met|en|van|op|per|con|"
    "e|di|da|y|og|på|av|med|om"
)
# Case-blind: Title Case headlines write "Apple Y Amazon", "Apple And Google".
# A list repeats its preposition ("au Crédit Agricole, à HSBC et à JPMorgan") or describes a name after its
# article ("Barclays, Citigroup e la giapponese Mufg").
_CONJ = re.compile(
    r"(?:,? (?:and|und|et|e|y|en|og|as well as)(?: à| a| to)?"
    r"(?: (?:the|la|le|il|el|die|der|das|het) [a-zà-ÿ]+)? |, (?:à )?)",
    re.IGNORECASE,
)
# Institutions, titles and generic words: a chunk whose head (last word) is one of these is no company.
_ACRONYM_ADJECTIVE = re.compile(r"[A-Z]{2,5}-[a-z]{3,}")
# An English preposition (and article) right before a name: the name is its object, no verb's subject.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|of|with|from|at|by|into|onto|via) (?:the |a |an )?$")
_FISCAL_PERIOD = re.compile(r"(?:FY|CY|Q[1-4]|H[12])[ -]?(?:19|20)?\d\d(?:/\d\d)?")
_INSTITUTION_HEADS = _words(
    "court|courts|tribunal|commission|authority|authorities|regulator|regulators|watchdog|watchdogs|office|"
    "agency|ministry|department|parliament|senate|council|government|bureau|board|inspectorate|ombudsman|"
    "commissioner|police|prosecutor|prosecutors|judge|minister|lawmakers|congress|senator|union|"
    # public prosecutors: "Facua pide a la Fiscalía que investigue a Iberdrola"
    "fiscalía|staatsanwaltschaft|procura|parquet|økokrim|"
    # a bill or an act is a law, never a target: "Draft Digital Competition Bill proposes fines of up to 10%"
    "bill|act|"
    "gericht|gerichtshof|kommission|behörde|amt|ministerium|regierung|bundestag|bundesrat|kartellamt|"
    "datenschützer|datenschutzbeauftragte|datenschutzbeauftragter|aufsicht|finanzaufsicht|"
    "rechtbank|hof|raad|kamer|regering|privacywaakhond|toezichthouder|"
    "tribunale|corte|autorità|garante|consiglio|governo|parlamento|antitrust|tar|"
    # Portuguese: "Comissão Nacional de Proteção de Dados"
    "comissão|autoridade|dados|"
    "audiencia|gobierno|ministerio|comisión|congreso|"
    "conseil|cour|sénat|assemblée|gouvernement|autorité|cnil|"
    "regjeringen|stortinget|tingrett|lagmannsrett|høyesterett|nemnda|tilsynet|datatilsynet|"
    "brussels|bruxelles|brüssel|eu|commission's|"
    # a law is no target ("Online Safety Act", "Telephone Consumer Protection Act")
    "act|acts|directive|regulation"
)
_NON_NAMES = _words(
    "eu|eu's|europe|european|european union|us|u.s.|u.s|ee.uu.|ee.uu|eeuu|uk|usa|america|washington|"
    # generic nouns a headline capitalises: "Konzern wehrt sich", "Energy bills: ..."
    "konzern|energy|"
    # diseases named after people: "a licence relating to a Parkinson's product"
    "parkinson|alzheimer|crohn|huntington|"
    "london|berlin|paris|rome|gps|fiscal year|dear|"
    "madrid|oslo|the hague|amsterdam|dublin|luxembourg|stockholm|copenhagen|vienna|milan|milano|roma|"
    "silicon valley|wall street|reuters|afp|dpa|ansa|efe|ntb|anp|le monde|financial times|"
    "handelsblatt|gdpr|rgpd|dsgvo|avg|dma|dsa|ai act|google play|app store|android|ios|"
    "minister|chancellor|president|prime minister|regjeringen|stortinget|bundestag|europa|europe's|"
    "council of europe|"
    "applications|application|apps|strasburgo|strasbourg|straßburg|bruxelles|brussel|bruselas|luxemburgo|"
    "lussemburgo|karlsruhe|düsseldorf|den haag|frankfurt|"
    # consumer and privacy organisations file complaints; they are never the target (nor is the Norwegian
    # consumer authority they complain to)
    "forbrukertilsynet|" + "|".join(COMPLAINANT_GROUPS)
)


# Nationalities and compass words of countries beyond the registry's ("Meta sues South Korean privacy
# regulator"): an adjective, never a target.
_NATIONALITIES = _words(
    "south|north|east|west|korean|koreans|japanese|chinese|brazilian|indian|turkish|russian|canadian|"
    "australian|american|swiss|israeli|emirati|saudi|singaporean|mexican|argentinian|argentine|"
    "südkoreanische|sudcoreana|surcoreano|sud-coréen|sud-coréenne|sørkoreanske|zuid-koreaanse"
)


@functools.lru_cache(maxsize=4096)
def is_non_company(name: str) -> bool:
    """An authority, court, institution, place or other capitalised word that is never a target."""
    base = _strip_possessive(name.strip(" ,.:;'\""))
    low = base.lower()
    if not low or low in _NON_NAMES or countries.code_of(low) or countries.code_of(low.removesuffix("s")):
        return True
    if _ACRONYM_ADJECTIVE.fullmatch(base):
        return True  # "AI-generated voices", "GPS-based tags"
    if _FISCAL_PERIOD.fullmatch(base):
        return True  # "SEC enforcement results for FY2024", "Q3 2024": a reporting period
    words = low.split()
    if words[-1] in _INSTITUTION_HEADS or words[0] in _PERSON_BEFORE or words[0] in _NON_NAMES:
        return True
    if len(words) == 1 and "-" not in low and _GENERIC_COMPOUND.search(low):
        return True  # "gegen Zuckerhersteller", "Bierbrauer": a German compound of a kind of company
    if low in _GENERIC_ALONE or all(
        w in _EXCLUDED or w in _NON_NAMES or w in _NATIONALITIES or countries.code_of(w) for w in words
    ):
        return True
    return authorities.resolve(base) is not None or (
        low.endswith("s") and len(low) > 5 and authorities.resolve(base[:-1]) is not None
    )


# German compounds that name a kind of company ("Stahlhersteller", "Energiekonzerne", "Bierbrauer").
# ... and plural kinds in German and Norwegian ("Brauereien", "Dagligvarekjedene", "Kjedene"), and the
# Norwegian singular ("Strømselskap").
_PLURAL_KINDS = ("brauereien", "kjedene", "kjeder", "selskapene", "bankene", "aktørene", "produsentene")
_COMPOUND_HEADS = (
    *(*_KIND_HEADS, "produzenten", "brauer", "konzerne", "ketten", "firmen", *_PLURAL_KINDS),
    # "Mobilfunker", "Stromversorger", "Autobauer", "Großbanken"; "Strømselskap", "Kosmetikkaktører"
    *("funker", "versorger", "bauer", "banken", "selskap", "selskaper", "aktører"),
    # "gegen Telekommunikationsdienstleister"
    "dienstleister",
)
_GENERIC_COMPOUND = re.compile(rf"..(?:{'|'.join(_COMPOUND_HEADS)})$")
_POSSESSIVE = re.compile(r"(?:'s?|’s?)$")


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name)


@dataclass(slots=True)
class Chunk:
    name: str  # canonical
    start: int
    end: int
    sentence: int
    weight: float  # position weight of its sentence
    strength: float = 0.0
    deal: bool = False
    joined_prev: bool = False  # joined to the previous chunk by "and"/"und"/... or a list comma
    comma: bool = False  # ... by a bare comma, which lists only when an "and" ends the list
    authority: bool = False  # an authority's name, a company's only inside a list (see `find`)
    objected: bool = False  # the object of an enforcement verb before it ("orders X to pay")
    state: bool = False  # a country as the object ("orders Poland to pay"): a target when no company is
    listed: bool = False  # "fines Google, Meta 100 bln won": the second object of a headline's verb


# Last words of the phrases before a name and first words of those after it: most chunks have none, and
# the phrase lookups then stop at one set test.
_PRE_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _PRE_STRONG | _PRE_WEAK | _PRE_DEAL)
_POST_FIRST = frozenset(p.split(" ", 1)[0] for p in _POST_STRONG)
# A legal form after a comma ("Anthem, Inc. has agreed to pay") and one auxiliary or adverb before the
# role phrase ("has agreed to pay", "was ordered", "also pays"): the role follows them.
_LEGAL_FORMS = frozenset(("inc.", "inc", "ltd.", "ltd", "llc", "plc", "corp.", "corp", "co.", "l.p.", "lp"))
_AUXILIARIES = frozenset(("has", "have", "had", "is", "was", "were", "also", "now"))


# A penalty compound's head noun and the preposition after it that names who pays ("Rekordstrafe für",
# "Millionenbußgeld gegen", "miljoenenboete voor").
_PENALTY_HEADS = (
    "strafe", "bußgeld", "bussgeld", "geldbuße", "boete", "bøter", "bøte", "millionbot", "rekordbot"
)
_COMPOUND_PREPS = frozenset(("für", "gegen", "voor", "aan", "til", "mot"))
# ... but "Rekordstrafe für Biedronka-Betreiber" names a company by what it runs or sells: the owner's name
# comes later.
_OPERATOR_NOUNS = frozenset(
    ("operator", "provider", "betreiber", "betreiberin", "exploitant", "gestore", "operador", "operatøren")
)
_OPERATOR_PREPS = frozenset(("of", "von", "der", "de", "du", "di", "del", "van", "av"))
_OPERATOR_OF = re.compile(r"[\w.]+-(?:betreiber|importeur|eigentümer|besitzer|händler|mutter)\b")


def _pre_role(low: str, a: int, s: int, single: bool) -> tuple[float, bool]:
    seg = low[max(a, s - 60) : s]
    toks = _TOKEN.findall(seg)
    if s - 60 > a and toks:
        toks = toks[1:]  # may be cut
    if "'" in seg:
        toks = [_unelided(t) for t in toks]  # "un'istruttoria su", as the tables hold it
    if toks and toks[-1] in _PERSON_BEFORE:
        return -1.0, False
    if toks and toks[-1] in _GERMAN_ARTICLES and single:
        # "Der Gesetzentwurf soll": German capitalises nouns; one word after an article is one.
        return -1.0, False
    n = len(toks)
    if n >= 2 and toks[-1] in _OPERATOR_PREPS and toks[-2] in _OPERATOR_NOUNS:
        # "a £20,000 fine on the provider of 4chan", "fined the operator of messaging app Telegram": the
        # service named is the one fined (an owner or a maker "of" a brand is another company, named apart)
        n -= 2
        toks = toks[:n]
    # Skip back over determiners and a short apposition ("the app maker", "la société de gestion").
    for skipped in range(0, 5):
        end = n - skipped
        if end <= 0:
            break
        if skipped:
            t = toks[end]
            if (
                t not in _DETERMINERS
                and (t in _FUNCTION or not t.isalpha() or len(t) < 3)
                and not t.endswith(_DESCRIBING_COMPOUNDS)  # "gegen Kestrel-Mutter Nordbau"
            ):
                break
        if toks[end - 1] not in _PRE_LAST:
            continue
        for k in (4, 3, 2, 1):
            if end - k < 0:
                continue
            phrase = " ".join(toks[end - k : end])
            if phrase in _PRE_DEAL:
                return STRONG, True
            if phrase in _PRE_STRONG:
                return STRONG, False
            if (
                k == 2
                and toks[end - 1] in _COMPOUND_PREPS
                and (toks[end - 2].endswith(_PENALTY_HEADS) or toks[end - 2] == "bot")
                and not _OPERATOR_OF.match(low, s)
            ):
                return STRONG, False  # "Rekordstrafe für Swedbank", "Millionenbußgeld gegen X"
            if phrase in _PRE_WEAK and (
                all(
                    t in _DETERMINERS or t.endswith(_DESCRIPTOR_ENDS) or t.endswith(_DESCRIBING_COMPOUNDS)
                    for t in toks[end:]
                )
                # "a fine of EUR 608,000 on psychotherapy centre Vastaamo": a kind of company before it
                or (toks[end:] and toks[-1] in _APPOSITION_HEADS)
            ):
                return WEAK, False
    return 0.0, False


def _english_verb(tok: str) -> bool:
    """A lower-case word that reads as the verb after a headline's subject ("X profits rise": "profits"
    is close enough; German nouns are capitalised, so "Millionenstrafe für" is no subject)."""
    if tok in _PRE_STRONG:  # "X fines Y", "X orders": X is the enforcer
        return False
    return tok in _ENGLISH_AUX or (
        tok.isalpha() and tok.islower() and tok.endswith(("s", "ed")) and len(tok) > 3
    )


def _post_role(
    low: str, e: int, b: int, possessive: bool, in_title: bool, title_start: bool = False
) -> tuple[float, bool]:
    seg = low[e : min(b, e + 60)]
    toks = _TOKEN.findall(seg)
    if toks and toks[0] == ",":
        toks = toks[1:]
        if toks and toks[0] in _LEGAL_FORMS:
            toks = toks[2:] if len(toks) > 1 and toks[1] == "," else toks[1:]
    if possessive or (toks and toks[0] in _POSSESSIVE_WORDS):
        if toks and toks[0] in _POSSESSIVE_WORDS:
            toks = toks[1:]
        for t in toks[:4]:
            if t in _POSSESSED_DEAL:
                return STRONG, True
            if t in _POSSESSED:
                return STRONG, False
    if toks and toks[0] in _AUXILIARIES and len(toks) > 1 and toks[1] in _POST_FIRST:
        for k in (4, 3, 2, 1):
            if " ".join(toks[1 : k + 1]) in _POST_STRONG:
                return STRONG, False
    if toks and toks[0] in _POST_FIRST:
        for k in (4, 3, 2, 1):
            if " ".join(toks[:k]) in _POST_STRONG:
                return STRONG, False
    if toks and toks[0] in _POST_OWNER:
        return WEAK, False
    if in_title and toks and toks[0] in _ADJUNCT_HEADS and (len(toks) < 2 or toks[1] not in _IMPOSED_ON):
        # "EU court cuts Servier fine", "Court rejects Orbix appeal"; not "Treasury fine against Exxon"
        return STRONG, False
    if in_title and toks and (toks[0] in _POST_SUBJECT or (title_start and _english_verb(toks[0]))):
        return SUBJECT, False
    return 0.0, False


def _canonical_chunk(raw: str, start: int, known: list[companies.CompanyMention]) -> tuple[str, bool]:
    """(canonical name, ends with a possessive) of a chunk; a chunk that starts inside a registry name is
    that company ("Facebook Ireland", "Apple Distribution International", "de Volksbank")."""
    possessive = raw.endswith(("'s", "’s", "'", "’"))
    for k in known:
        if k.start <= start < k.end:
            return k.name, possessive
    if raw.endswith(("'s X", "’s X")):
        return "X", possessive  # "Musk's X": the platform, named by its owner
    return _canonical_text(raw), possessive


@functools.lru_cache(maxsize=8192)
def _canonical_text(raw: str) -> str:
    """The canonical name of a chunk's text (the same chunks recur across items)."""
    text = _strip_possessive(raw).rstrip(".,'’-")
    if len(text) > 2 and text[1] in "'’" and text[0] in "LlDd":
        text = text[2:]  # elided article or preposition: "L'Arcom", "d'Astrée"
    head, dash, tail = text.partition("-")
    unit, space, rest = tail.partition(" ")
    if dash and space and rest and unit.lower().endswith(_SUBSIDIARY_NOUNS):
        text = rest  # "ACS-Tochter Dragados": the subsidiary (or the parent), named after the group's word
    elif dash and tail.lower().endswith(_GROUP_NOUNS):
        text = head  # "Amazon-Logistiktochter", "Meta-Konzern": the company, not its unit
    words = text.split(" ")
    if len(words) > 1 and words[0] in ("Deutschen", "Deutscher"):
        words[0] = "Deutsche"  # "Fusion von Deutscher Börse und LSE": the name in the nominative
        text = " ".join(words)
    if len(words) > 2 and words[1] == "von" and words[0].lower().endswith(_DEAL_COMPOUNDS):
        words = words[2:]  # "untersagt Bahnfusion von Siemens und Alstom": the parties, not the deal
        text = " ".join(words)
    owner_end = next(
        (
            i
            for i in range(1, len(words) - 1)
            if words[i].endswith(("'s", "’s")) and words[i + 1][:1].isupper()
        ),
        None,
    )
    if len(words) > 1:
        first = words[0]
        if first.endswith(("'s", "’s")) and countries.code_of(first[:-2].lower()):
            text = " ".join(words[1:])  # "Spain's Mercadona": the company, not its country
        elif owner_end is not None:
            # "Deutsche Bank's DWS": the unit named, after its owner's name of two words or more (a one-word
            # possessive may be the name itself: "McDonald's Polska")
            text = " ".join(words[owner_end + 1 :])
        else:
            for i in range(len(words) - 2, -1, -1):
                w = words[i].lower()
                descriptor = (
                    (w.endswith(_DESCRIPTOR_ENDS) and not w.startswith(_DESCRIPTOR_ENDS))
                    or w in _SUBSIDIARY_NOUNS  # "die Tochter Eon Energie": the subsidiary named after it
                    or w in _HOUSES
                )
                if descriptor or w.endswith("-bank"):
                    # "Genfer Uhrenhersteller Rolex", "Smartphone-Bank N26": a compound descriptor noun, then
                    # the name
                    text = " ".join(words[i + 1 :])
                    break
    return companies.canonical(text)


# German compounds naming a deal ("Bahnfusion", "Stahlübernahme"), before "von" and its parties.
_DEAL_COMPOUNDS = ("fusion", "übernahme", "zusammenschluss", "kauf", "deal")
# German compounds of a company and its penalty ("Servier-Bußgeld", "Google-Strafe"): the company's name
# and a role.
_PENALTY_COMPOUNDS = ("-bußgeld", "-bussgeld", "-buße", "-busse", "-strafe", "-kartellstrafe", "-boete")
# German compounds of a company and the unit or group it names.
_GROUP_NOUNS = (
    *(p[1:] for p in _PENALTY_COMPOUNDS),
    *("tochter", "konzern", "gruppe", "mutter", "chef", "chefin", "sprecher", "sprecherin"),
    # ... and the Nordic and Dutch subsidiary: "Enel-datter får rekordbot"
    *("datter", "dochter"),
    # a case named by its party: "Grindr-saken", "Telenor-saka", "KNLTB-zaak", "Wirecard-Verfahren"
    *("saken", "saka", "zaak", "verfahren", "urteil"),
)
# ... of them, those that a name may follow: the name is the subsidiary's ("VW-Tochter Audi"), or the
# parent's ("Currys-Mutter DSG").
_SUBSIDIARY_NOUNS = (
    *("tochter", "tochterfirma", "tochtergesellschaft", "dochter", "datter", "datterselskap"),
    *("mutter", "mutterkonzern", "muttergesellschaft", "moeder", "moederbedrijf", "morselskap"),
)


# Countries in the genitive that begin a national body's name ("Norges idrettsforbund").
_NATIONAL_GENITIVES = frozenset(("Norges", "Sveriges", "Danmarks", "Statens"))
_LOWER_WORD = re.compile(r" [a-zæøå]{4,}\b")


def _compound_head(low: str, s: int, e: int) -> str:
    """The word before the hyphen of a chunk's penalty compound ("dsgvo" of "Höchstes DSGVO-Bußgeld")."""
    return low[s:e].rsplit("-", 1)[0].split()[-1]


def find(
    doc: Document,
    auth_spans: list[tuple[int, int]],
    known: list[companies.CompanyMention],
    sentences: int = 3,
) -> list[Chunk]:
    """Name chunks with their role strength in the title and the first `sentences` summary sentences."""
    first_summary = 1 if doc.title_end else 0
    last = min(len(doc.starts) - 1, first_summary + sentences - 1)
    limit = doc.sentence_span(last)[1]
    text, low = doc.text, doc.low
    out: list[Chunk] = []
    prev: Chunk | None = None
    name_rx = _NAME_RE if _CAMEL_START.search(text, 0, limit) else _NAME_FAST
    title_case = is_title_case(text, doc.title_end)
    for m in name_rx.finditer(text, 0, limit):
        for s, e in _spans(m.group(), m.start()):
            end = doc.sentence_span(doc.sentence_of(s))[1]
            if e > end:  # "die Smartphone-Bank N26. Wegen Mängeln ...": a name ends with its sentence
                e = end
                while e > s and text[e - 1] in " .\n":
                    e -= 1
            if _overlaps(auth_spans, s, e):
                # An authority's name inside a list of companies is a company's ("multa a Acciona,
                # Dragados, FCC, Ferrovial y Sacyr": FCC the builder, not the US regulator).
                if prev is not None and prev.sentence == doc.sentence_of(s) and text[prev.end : s] == ", ":
                    name = _canonical_text(text[s:e])
                    prev = Chunk(
                        name, s, e, prev.sentence, prev.weight, joined_prev=True, comma=True, authority=True
                    )
                    out.append(prev)
                else:
                    prev = None
                continue
            space = text.find(" ", s, e)
            if space >= 0 and text[s:space].lower().endswith(_DESCRIPTOR_ENDS):
                s = space + 1
                if text[s : text.find(" ", s, e) if " " in text[s:e] else e] in _CONNECTORS:
                    prev = None  # "Großhändler von Pflanzenschutzmitteln": a kind and its trade, no name
                    continue
            if prev is not None and text[prev.end : s] == "/":
                prev.end = e  # "Volvo/Renault": one party of a list, named by both its brands
                continue
            if text[s:e] in _NATIONAL_GENITIVES:
                # "Norges idrettsforbund", "Sveriges riksbank": a national body's name goes on in lower case
                nxt = _LOWER_WORD.match(text, e)
                if nxt:
                    e = nxt.end()
            role_start = s  # the words before a Title Case descriptor give the name its role
            if title_case and s < doc.title_end and " " in text[s:e]:
                s = _title_case_name(text, doc.title_end, s, e)
            name, possessive = _canonical_chunk(text[s:e], s, known)
            if len(name) < 2 and (name != "X" or low.endswith(_ANONYMOUS, 0, s)):
                # X: the platform, when a role says so ("EU fines X"); "la société X" is anonymous
                prev = None
                continue
            if low.endswith("gemeente ", max(0, s - 9), s):
                name = "Gemeente " + name  # "boete voor gemeente Enschede": the municipality's own name
            elif low.endswith("ministerie van ", max(0, s - 15), s):
                name = "Ministerie van " + name  # "boete voor ministerie van Buitenlandse Zaken"
            sent = doc.sentence_of(s)
            a, b = doc.sentence_span(sent)
            if s == a and " " not in text[s:e] and _KIND_PLURAL.match(low, e):
                prev = None  # "Drug firms win appeal": a sentence's first word, capitalised, before its kind
                continue
            in_title = doc.in_title(s)
            if in_title:
                weight = 2.0
            else:
                rank = sent - first_summary
                weight = 1.0 if rank <= 0 else (0.7 if rank == 1 else 0.5)
            pre, pre_deal = _pre_role(low, a, role_start, " " not in text[role_start:e])
            if pre < 0 and low.endswith(_BUSINESS_TITLES, max(0, role_start - 12), role_start) and (
                _PERSON_PENALISED.match(low, e)
            ):
                # "Ex-Barclays boss Jes Staley fined £1.8m": the executive is the one penalised
                pre = STRONG
            if pre < 0:  # a person's title, or a German article before one capitalised noun
                prev = None
                continue
            post, post_deal = _post_role(low, e, b, possessive, in_title, s == 0)
            next_word = _TOKEN.findall(low[e : e + 20])[:1]
            if (
                post
                and not possessive
                and next_word
                and next_word[0] in _POST_FIRST
                and _PREPOSITION_BEFORE.search(low, max(0, s - 12), s)
            ):
                # "Provider of IT services to the NHS fined £3.07m": the verb's subject is the provider ("the
                # end of the Servier fine" keeps its company)
                post, post_deal = 0.0, False
            if low.endswith(_PENALTY_COMPOUNDS, s, e) and _compound_head(low, s, e) not in _EXCLUDED:
                # "EuG reduziert Servier-Bußgeld": the company the penalty is on ("DSGVO-Bußgeld": a law's)
                post = STRONG
            chunk = Chunk(
                name, s, e, sent, weight, max(pre, post), pre_deal or post_deal, objected=pre >= STRONG
            )
            if prev is not None and prev.sentence == sent:
                join = _CONJ.fullmatch(text, prev.end, s)
                if join:
                    chunk.joined_prev = True
                    chunk.comma = join.group() == ", "
            out.append(chunk)
            prev = chunk
    _list_objects(out, text, doc.title_end)
    _share_roles(out)
    # Checked last and only where it matters: the registry lookup is the dearest test.
    for i, c in enumerate(out):
        if c.authority:
            # Listed only when a company of the same list follows it: "A, B, FCC y C".
            interior = i + 1 < len(out) and out[i + 1].joined_prev and not out[i + 1].authority
            if not interior:
                c.strength = 0.0
        elif (
            c.strength > 0
            and is_non_company(c.name)
            and not ((c.objected or c.strength >= STRONG) and _public_body(c.name))
        ):
            state = _state(c.name) if c.objected else None
            if state is None:
                c.strength = 0.0
            else:
                c.name, c.state = state, True
    # "Alton Towers owner Merlin fined £5m": the headline names a brand by its owner; the owner is the
    # target wherever the brand comes back ("the company that runs Alton Towers has been fined").
    owned = {
        c.name
        for c, d in itertools.pairwise(out)
        if d.start < doc.title_end and low[c.end : d.start] in _OWNED_BY and c.name != d.name
    }
    if owned:
        for c in out:
            if c.name in owned:
                c.strength = 0.0
    return out


_OWNED_BY = frozenset((" owner ", " parent ", " operator ", " maker "))
# The heads of public bodies that a regulator fines as it fines a company ("has fined the National Revenue
# Agency", "Cabinet Office fined £500,000"): a target as the object of the decision or the subject of
# "fined", when the registry knows no authority of that name.
_PUBLIC_BODY_HEADS = frozenset(("office", "agency", "ministry", "department", "council", "bureau", "police"))


def _public_body(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in _PUBLIC_BODY_HEADS and authorities.resolve(name) is None


def _ungenitive(name: str, chunks: list[Chunk]) -> str:
    """A Nordic or German genitive -s the text also writes without: "Høyesterett avviser Telenors anke"
    names Telenor when "Telenor" stands elsewhere (not "Siemens", written so throughout)."""
    if len(name) > 3 and name.endswith("s") and " " not in name:
        base = name[:-1]
        if any(c.name == base for c in chunks):
            return base
    return name


def _list_objects(chunks: list[Chunk], text: str, title_end: int) -> None:
    """A headline verb's objects in a list of bare commas, before what follows an object (an amount, "over",
    "nearly"...): "fines Google, Meta 100 bln won", "FCC fines AT&T, Verizon, T-Mobile nearly $200 million".
    Each but the first is `listed`."""
    i = 0
    while i < len(chunks):
        j = i
        if chunks[i].objected and chunks[i].start < title_end:
            while (
                j + 1 < len(chunks)
                and chunks[j + 1].comma
                and chunks[j + 1].start < title_end
                and chunks[j + 1].strength == 0
            ):
                j += 1
            if j > i and _AFTER_LISTED_OBJECT.match(text, chunks[j].end) is not None:
                for k in range(i + 1, j + 1):
                    chunks[k].listed = True
        i = j + 1


# A generic noun before a single capital letter makes it an anonymised party: "la société X", "selskap X".
_ANONYMOUS = tuple(
    w + " "
    for w in (
        *("company", "firm", "person", "mr", "ms", "société", "entreprise", "selskap", "selskapet"),
        *("bedrift", "virksomhet", "firma", "empresa", "azienda", "società", "unternehmen", "bedrijf"),
        *("onderneming", "herr", "frau", "monsieur", "madame", "signor", "señor"),
    )
)


def is_title_case(text: str, title_end: int) -> bool:
    """A headline that capitalises every longer word ("CNIL Fines Health Website Doctissimo EUR 380,000")."""
    words = [w for w in text[:title_end].split() if len(w) >= 4 and w[0].isalpha() and w not in _SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


# Words a Title Case headline may leave in lower case.
_SMALL_WORDS = frozenset(("from", "with", "over", "into", "than", "that", "after", "under", "about", "upon"))


def _title_case_name(text: str, title_end: int, s: int, e: int) -> int:
    """Where the name of a Title Case headline's chunk begins: at the longest tail of its words that the
    summary writes as it is when the summary never writes the whole chunk ("Health Website Doctissimo" ->
    "Doctissimo", "Pharmacy Chain Apoteket" -> "Apoteket")."""
    body = text[title_end:]
    if text[s:e] in body:
        return s
    at = text.find(" ", s, e)
    while at >= 0:
        tail = text[at + 1 : e]
        i = body.find(tail)
        if i >= 0 and (i == 0 or not body[i - 1].isalnum()):
            return at + 1
        at = text.find(" ", at + 1, e)
    return s


def _state(name: str) -> str | None:
    """The English name of the country `name` is, when a state can be a target (the EU courts fine member
    states: "EU court orders Poland to pay €1 million a day"); None for anything else."""
    low = name.lower()
    if low.endswith(_ADJECTIVE_ENDINGS):
        return None  # "het Zweedse reisplatform Etraveli": a nationality describes, it is no party
    code = countries.code_of(low)
    return countries.display(code) if code and code not in ("EU", "UK", "US") else None


# The endings of nationality adjectives in the supported languages ("Swedish", "Italian", "Zweedse",
# "Duitse", "Belgische", "français", "danske").
_ADJECTIVE_ENDINGS = (
    *("ish", "ian", "ese", "dse", "tse", "nse", "sche", "ische", "ais", "aise", "ske", "sk", "ienne"),
    *("ano", "ês"),
)


# What follows the last object of a headline verb: its penalty or its reason ("fines Google, Meta 100 bln
# won", "orders Apple, Google to ..."), not a verb of its own ("fines Apple, Google says").
_AFTER_LISTED_OBJECT = re.compile(
    r" (?:[\d€$£₩¥]|(?:over|for|to|with|in|à|pour|für|wegen|per|por|nearly|almost|about|around|roughly|"
    r"more than|a combined|combined|a total|a record|record)\b)",
    re.I,
)


# A decision that hits several companies is headlined by their kind, often with their number ("fines four
# banks", "multa cinque banche", "gegen drei Stahlhersteller"); the list that names them follows.
_COUNTS = {
    # Not the Norwegian "to" (English "to"); the Italian "due" only where no "to" follows ("due to").
    **dict.fromkeys(("two", "deux", "zwei", "due", "dos", "twee"), 2),
    **dict.fromkeys(("three", "trois", "drei", "tre", "tres", "drie"), 3),
    **dict.fromkeys(("four", "quatre", "vier", "quattro", "cuatro", "fire"), 4),
    **dict.fromkeys(("five", "cinq", "fünf", "cinque", "cinco", "vijf", "fem"), 5),
    **dict.fromkeys(("six", "sechs", "sei", "seis", "zes", "seks"), 6),
    **dict.fromkeys(("seven", "sept", "sieben", "sette", "siete", "zeven", "sju"), 7),
    **dict.fromkeys(("eight", "huit", "acht", "otto", "ocho", "åtte"), 8),
}
_KINDS = _words(
    "banks|banken|banche|bancos|banques|banker|bankene|companies|firms|groups|makers|manufacturers|"
    "producers|suppliers|retailers|supermarkets|airlines|carriers|operators|insurers|lenders|brokers|"
    "hersteller|unternehmen|konzerne|firmen|händler|anbieter|versicherer|betreiber|"
    "entreprises|sociétés|groupes|constructeurs|fabricants|laboratoires|opérateurs|distributeurs|"
    "enseignes|compagnies|assureurs|fournisseurs|società|aziende|imprese|gruppi|produttori|operatori|"
    "costruttori|catene|empresas|compañías|grupos|fabricantes|operadoras|constructoras|aerolíneas|"
    "bedrijven|ondernemingen|fabrikanten|producenten|supermarkten|verzekeraars|aanbieders|"
    "selskaper|selskapene|kjeder|kjedene|produsenter|bedrifter"
)
# The kind may end a compound ("Stahlhersteller", "truckmakers"): no word start before it.
_KIND_RE = re.compile(f"(?:{trie_pattern(sorted(_KINDS))})\\b")
_COUNT_BEFORE = re.compile(
    # ("six of the country's largest construction companies")
    rf"(?<![\w])(?P<n>\d|{'|'.join(_COUNTS)}) (?!to )(?:of [\w'’]+ )?(?:[\w'’-]+ ){{0,3}}$", re.IGNORECASE
)


def _named_kind(doc: Document, chunks: list[Chunk]) -> tuple[str, ...]:
    """The companies the title or the lead counts by their kind: the first list of that many names up to
    two sentences after the kind, or, when no number is given, the list of two or more names right after
    the kind; () when they name no kind or no such list follows."""
    if not any(c.joined_prev for c in chunks):
        return ()  # no list at all: the kind's search would be for nothing (most items)
    first_summary = 1 if doc.title_end else 0
    # The title and the lead, or a title-less summary's headline and lead: a counted kind first.
    limit = doc.sentence_span(min(len(doc.starts) - 1, first_summary + (0 if doc.title_end else 1)))[1]
    low = doc.low
    kind = None
    wanted = 0
    for found in _KIND_RE.finditer(low, 0, limit):
        begin = found.start()
        while begin > 0 and (low[begin - 1].isalnum() or low[begin - 1] == "-"):
            begin -= 1
        n = _COUNT_BEFORE.search(low, max(0, begin - 50), begin)
        if kind is None or (n and not wanted):
            kind = (begin, found.end())
            if n:
                count = n.group("n")
                wanted = int(count) if count.isdigit() else _COUNTS[count]
    if kind is None:
        return ()
    at = doc.sentence_of(kind[0])
    i = 0
    while i < len(chunks):
        j = i
        while j + 1 < len(chunks) and chunks[j + 1].joined_prev:
            j += 1
        group = chunks[i : j + 1]
        i = j + 1
        names = list(dict.fromkeys(c.name for c in group if c.authority or not is_non_company(c.name)))
        if len(names) < 2 or group[0].sentence > at + 2:
            continue
        if len(names) == wanted or (not wanted and _apposed(doc.text, kind[0], kind[1], group[0])):
            return tuple(names)
    return ()


_APPOSITION_GAP = re.compile(r"[\s:(–—-]*")


def _apposed(text: str, start: int, end: int, chunk: Chunk) -> bool:
    """Whether `chunk` names what the kind at `start:end` describes: right after it ("cinque banche -
    Barclays, ..."), or with the kind as its descriptor ("die Lastwagenhersteller Daimler, DAF ...")."""
    return chunk.start <= start < chunk.end or (
        chunk.start >= end and _APPOSITION_GAP.fullmatch(text, end, chunk.start) is not None
    )


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    # A plain loop: `any()` over a generator costs more than the two or three spans it reads.
    for a, b in spans:  # noqa: SIM110
        if a < e and s < b:
            return True
    return False


def _share_roles(chunks: list[Chunk]) -> None:
    """Names joined by "and" share the strongest role among them ("A, B and C" too; "A, B" is no list:
    "Maxi multa a Clearview, Scorza: ...")."""
    closed = False  # walking right to left: an "and" join, or a headline's shared verb, closes the list
    for i in range(len(chunks) - 1, -1, -1):
        c = chunks[i]
        if not c.joined_prev:
            closed = False
        elif c.comma:
            # "Apple, Google hit with fines": a headline lists with commas when only the last name has
            # the verb after it.
            headline = c.weight == 2.0 and (c.listed or (c.strength > 0 and chunks[i - 1].strength == 0))
            if not (closed or headline):
                c.joined_prev = False
            closed = closed or headline
        else:
            closed = True
    i = 0
    while i < len(chunks):
        j = i
        while j + 1 < len(chunks) and chunks[j + 1].joined_prev:
            j += 1
        if j > i:
            group = chunks[i : j + 1]
            strength = max(c.strength for c in group)
            deal = any(c.deal for c in group)
            for c in group:
                c.strength = max(c.strength, strength)
                c.deal = c.deal or deal
        i = j + 1


# A headline names the reason for a fine after these ("fined over Meta pixel", "Strafe wegen Google
# Analytics").
_REASON_BEFORE = re.compile(r"(?:over|about|wegen|pour|por|voor|for) $")
# ... or as the parent of the one named before it ("Sephora, filiale de LVMH", "Sephora USA, la filiale
# américaine du géant du luxe LVMH", "Jet2, a subsidiary of Dart Group").
_PARENT_BEFORE = re.compile(
    r",\s(?:(?:la|the|a|an|die|il|el|het|de|en|et|une|un)\s)?(?:[\w-]+\s)?"
    r"(?:filiale|subsidiary|unit|tochter|tochtergesellschaft|controllata|filial|dochter|dochteronderneming|"
    r"datterselskap)\s(?:[\w'-]+\s){0,3}(?:of|de|du|di|della|del|von|van|av|des|d')\s?(?:[\w'-]+\s){0,3}$"
)


def choose(doc: Document, chunks: list[Chunk], known: list[companies.CompanyMention]) -> tuple[str, ...]:
    """The target company (or the companies of one decision), best first; () when none is named."""
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    best_chunk: dict[str, Chunk] = {}
    for c in chunks:
        if c.strength <= 0 or c.state:
            continue
        w = c.strength * c.weight
        score[c.name] = score.get(c.name, 0.0) + w
        first.setdefault(c.name, c.start)
        if c.name not in best_chunk or w > best_chunk[c.name].strength * best_chunk[c.name].weight:
            best_chunk[c.name] = c
    counts: dict[str, int] = {}
    for k in known:
        counts[k.name] = counts.get(k.name, 0) + 1
    for k in known:
        sent = doc.sentence_of(k.start)
        in_title = doc.in_title(k.start)
        if not (in_title or counts[k.name] >= 2 or sent <= 1 or k.name in score):
            continue
        score[k.name] = score.get(k.name, 0.0) + (2.5 if in_title else 1.2 if sent <= 1 else 0.8)
        first[k.name] = min(first.get(k.name, k.start), k.start)
    if not score:
        listed = _named_kind(doc, chunks)
        if listed:
            return listed
        states = [c for c in chunks if c.state]
        return (max(states, key=lambda c: (c.strength * c.weight, -c.start)).name,) if states else ()
    top = min(score, key=lambda n: (-score[n], first[n], n))
    title_known = [k for k in known if k.name == top and doc.in_title(k.start)]
    # Names that may stand before ", filiale de PARENT": a known company, or a chunk the rules scored as a
    # target or the body names again (no country, no sentence-opening word such as "Yesterday").
    in_body = {c.name for c in chunks if not doc.in_title(c.start)}
    spans = [(k.name, k.start, k.end) for k in known] + [
        (c.name, c.start, c.end)
        for c in chunks
        if (c.strength > 0 or any(b == c.name or b.startswith(c.name + " ") for b in in_body))
        and not (c.state or c.authority or c.deal)
        and countries.code_of(c.name) is None
    ]
    top_at = sorted(s for n, s, _e in spans if n == top and doc.in_title(s))
    # ... only where the headline names the parent first after that phrase: "Orbix fined; Veltra, a unit of
    # Orbix, cleared" keeps Orbix.
    found = _PARENT_BEFORE.search(doc.low, max(0, top_at[0] - 70), top_at[0]) if top_at else None
    parent_of = [found.start()] if found is not None else []
    named_before = [n for n, _s, e in spans if n != top and any(0 <= at - e <= 1 for at in parent_of)]
    if named_before:
        top = named_before[0]  # the company named, not the parent the headline explains it by
    elif title_known and all(
        _REASON_BEFORE.search(doc.low, max(0, k.start - 12), k.start) for k in title_known
    ):
        # The headline's fined party outweighs a known company it names only as the reason, however often
        # the story repeats that one ("Sweden's Avanza fined ... over Meta pixel").
        held = [
            c.name
            for c in chunks
            if c.strength >= STRONG
            and doc.in_title(c.start)
            and not (c.state or c.authority)
            and c.name in score
        ]
        if held:
            top = min(held, key=lambda n: (-score[n], first[n], n))
    chunk = best_chunk.get(top)
    names = [top]
    if chunk is not None:
        names = list(dict.fromkeys(c.name for c in _group_of(chunks, chunk)))
        if top not in names:
            names.insert(0, top)
    if len(names) == 1:
        listed = _named_kind(doc, chunks)
        if listed:
            # "fine on Gazprom, together with fines on five Western energy firms - Engie, ...": the named
            # target and the counted ones.
            return listed if top in listed else (top, *listed)
    names = [n for n in names if n.lower().rstrip(".") not in _LEGAL_FORMS_ALONE] or names
    brand = _known_as(doc, names)
    if brand is not None:
        return (brand,)
    return tuple(_known_form(_municipal(_ungenitive(n, chunks), chunks), known) for n in names)


# A legal form split from its name by a list's comma ("Payward Ventures, Inc. and Payward Trading") is none.
_LEGAL_FORMS_ALONE = frozenset(
    ("inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "sa", "nv", "bv", "lp")
)
# The name the entities fined trade under: "Payward Ventures, Inc. and Payward Trading Ltd., both commonly
# known as Kraken", "Acme LLC (d/b/a Widget)".
_KNOWN_AS = re.compile(
    r"(?:\bd/b/a|\bdoing business as|\b(?:both |each )?commonly known as|\btrading as)"
    r"\s+[\"“']?((?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,3})"
)


def _known_as(doc: Document, names: list[str]) -> str | None:
    """The brand the text says the chosen entities are known as, in the sentence that names them."""
    low = doc.low
    if not any(w in low for w in ("commonly known as", "d/b/a", "doing business as", "trading as")):
        return None  # ("formerly known as Facebook" is another matter: the company's old name)
    for m in _KNOWN_AS.finditer(doc.text):
        a, _b = doc.sentence_span(doc.sentence_of(m.start()))
        if all(n in doc.text[a : m.start()] for n in names):
            return m.group(1).rstrip(".,")
    return None


def _known_form(name: str, known: list[companies.CompanyMention]) -> str:
    """The registry's name of a company the text also names in full: "Hyundai" or the Norwegian genitive
    "Hyundais" (in "EU stanser Hyundais oppkjøp") where the lead says "Hyundai Heavy Industries"."""
    stems = (name, name[:-1]) if name.endswith("s") and len(name) > 4 else (name,)
    for k in known:
        for stem in stems:
            # ("Booking" where the body says "Booking.com": the registry's name)
            if k.name.startswith((stem + " ", stem + ".")) or (stem != name and k.name == stem):
                return k.name
            # ("Post" where the body says "Österreichische Post", "Bahn" for "Deutsche Bahn")
            if len(stem) >= 4 and k.name.endswith(" " + stem) and k.name.count(" ") == 1:
                return k.name
    return name


_MUNICIPAL = (" kommune", " kommun")


def _municipal(name: str, chunks: list[Chunk]) -> str:
    """A municipality's full name where the text gives it once ("Østre Toten må betale" over "gir Østre Toten
    kommune et gebyr"): the council is "Østre Toten kommune", the place alone is not."""
    for c in chunks:
        if len(c.name) > len(name) and c.name.startswith(name) and c.name[len(name) :].lower() in _MUNICIPAL:
            return c.name
    return name


def repeated_name(doc: Document, chunks: list[Chunk]) -> str | None:
    """With no role anywhere, the name the headline and the lead both give ("Rechter: DPG Media overtrad AVG"
    over "DPG Media hoeft de boete ... niet te betalen"): what a decision's story is about. None when no
    name repeats, or only a country, a law, a currency or a capitalised common noun does."""
    last = 2 if doc.title_end else 1  # the last sentence looked at: the lead's first two after a title
    head = {c.name for c in chunks if c.sentence == 0 and not (c.authority or c.state)}
    for c in chunks:
        if (
            0 < c.sentence <= last
            and c.name in head
            and _may_be_a_name(c.name)
            # a word the text also writes in lower case is a common noun ("Kinderopvangtoeslag")
            and not re.search(rf"(?<!\w){re.escape(c.name.lower())}(?!\w)", doc.text)
        ):
            return _ungenitive(c.name, chunks)
    return None


def repeated_names(doc: Document, chunks: list[Chunk]) -> tuple[str, ...]:
    """`repeated_name`, with the names the headline lists with it by "and" that the lead repeats too
    ("Roche et Novartis condamnés à payer ..." over "Roche et Novartis ont été déboutés"); () for none."""
    top = repeated_name(doc, chunks)
    if top is None:
        return ()
    last = 2 if doc.title_end else 1
    again = {c.name for c in chunks if 0 < c.sentence <= last}
    for i, c in enumerate(chunks):
        if c.sentence != 0 or _ungenitive(c.name, chunks) != top:
            continue
        lo = hi = i
        while lo > 0 and chunks[lo].joined_prev:
            lo -= 1
        while hi + 1 < len(chunks) and chunks[hi + 1].joined_prev:
            hi += 1
        listed = [
            g.name
            for g in chunks[lo : hi + 1]
            if g is not c and g.name in again and not (g.authority or g.state) and _may_be_a_name(g.name)
        ]
        return tuple(dict.fromkeys([top, *listed]))
    return (top,)


_LAW_ENDS = ("act", "law", "regulation", "directive", "gesetz", "loi", "wet", "legge", "ley", "lov")
_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "tät", "ion", "ment", "arden", "ionen", "ungen")


# Capitalised words that repeat in a headline and its lead without naming anyone: courts, currencies, and
# the capitals beyond `countries.city_code`'s court seats that the press names for their governments.
_NOT_NAMES = _words(
    "cour|court|tribunal|gericht|hof|rechtbank|tingrett|pfund|pounds|dollar|dollars|kronen|franken|złoty|"
    "yen|won|rupien|reais|washington|luxemburg|strasbourg|straßburg|beijing|peking|tokyo|moscow|moskau"
)


def _may_be_a_name(name: str) -> bool:
    low = name.lower()
    words = low.split()
    if (
        countries.code_of(low.replace(".", ""))  # "U.S", "Norway"
        or countries.city_code(low)  # a court's seat or a capital named for its government: "Brüssel stoppt"
        or low in _EXCLUDED
        or low in _GENERIC_ALONE
        or low in _NOT_NAMES
        or words[-1] in _LAW_ENDS
        or authorities.resolve(name) is not None  # "AP": an authority the registry knows
    ):
        return False
    if len(words) == 1 and ((len(low) <= 3 and not name.isupper()) or low.endswith(_NOUN_ENDS) or "-" in low):
        return False  # "Dat", "Entscheidung", "Milliarden", "AI-generated"
    return not _GENERIC_COMPOUND.search(low)


def _group_of(chunks: list[Chunk], chunk: Chunk) -> list[Chunk]:
    """The names decided on together with `chunk`: its "and" list, or every deal party of its sentence."""
    i = chunks.index(chunk)
    lo = i
    while lo > 0 and chunks[lo].joined_prev:
        lo -= 1
    hi = i
    while hi + 1 < len(chunks) and chunks[hi + 1].joined_prev:
        hi += 1
    group = [c for c in chunks[lo : hi + 1] if c.strength > 0]
    if chunk.deal:
        group += [
            c for c in chunks if c.deal and c.strength > 0 and c.sentence == chunk.sentence and c not in group
        ]
        group.sort(key=lambda c: c.start)
    return group
