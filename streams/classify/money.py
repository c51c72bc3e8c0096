# ruff: noqa: E501 - lexicons and example sentences read better unwrapped
"""Amounts: find every money mention in any locale, tell this event's penalty from conversions, caps,
statutory maximums, components, prices and other events' fines, and convert to euros offline.

Numbers: "1,2" and "1.2" are decimals before a scale word; "6.000.000", "269,000" and "100 000" group
thousands; "35.258.707,95" takes the last separator as the decimal mark.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from streams.classify import anchored
from streams.classify.scan import Scanner, Starts
from streams.classify.text import Document, trie_pattern

_WORD_NUMBERS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "hundred": 100,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "dix": 10,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "zehn": 10,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vijf": 5,
    "tien": 10,
    "uno": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "dieci": 10,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "diez": 10,
    "en": 1,
    "én": 1,  # Norwegian and Danish, stressed: "tvangsmulkt på én million kroner per dag"
    "ett": 1,
    "to": 2,
    "fire": 4,
    "fem": 5,
    "ti": 10,
}
# Half a scale: "multa da mezzo miliardo", "medio millón", "un demi-milliard", "eine halbe Milliarde", "een
# half miljard", "en halv milliard" (with a scale word only, as the other number words).
_HALF_WORDS = frozenset(("mezzo", "medio", "demi", "halbe", "halve", "half", "halv"))
_SCALES = {
    "thousand": 10**3,
    "mila": 10**3,
    "duizend": 10**3,
    "tausend": 10**3,
    "tusen": 10**3,
    "k": 10**3,
    "mil": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "mio": 10**6,
    "mio.": 10**6,
    "mill.": 10**6,  # German and Norwegian: "117 Mill. Pfund", "65 mill. kroner"
    "mia.": 10**9,  # Danish and Norwegian: "1,2 mia. kroner"
    "millionen": 10**6,
    "miljoen": 10**6,
    "milioni": 10**6,
    "milione": 10**6,
    "millones": 10**6,
    "millón": 10**6,
    "millon": 10**6,
    "millioner": 10**6,
    "millió": 10**6,
    "miljoner": 10**6,
    "miljon": 10**6,
    "millionar": 10**6,  # Nynorsk
    "md": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "mrd": 10**9,
    "mrd.": 10**9,
    "mds": 10**9,
    "milliarde": 10**9,
    "milliarden": 10**9,
    "miljard": 10**9,
    "miliardi": 10**9,
    "miliardo": 10**9,
    "mil millones": 10**9,
    # Catalan and Portuguese: "194 milions d'euros", "coima de 4,3 milhões de euros", "R$ 1,2 bilhão"
    "milions": 10**6,
    "milió": 10**6,
    "mil milions": 10**9,
    "milhões": 10**6,
    "milhão": 10**6,
    "mil milhões": 10**9,
    "bilhões": 10**9,
    "bilhão": 10**9,
    "milliarder": 10**9,
    "miljarder": 10**9,
    "milliardar": 10**9,
    "b": 10**9,
    "bln": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
    # the long scale's 10**12: "1 biljoen won", "1,03 Billionen Won", "1,2 billones de wones"
    "biljoen": 10**12,
    "billionen": 10**12,
    "billones": 10**12,
    "billón": 10**12,
    "billioner": 10**12,
    # India's: "Rs 1,337.76 crore" (ten million), "Rs 50 lakh" (a hundred thousand)
    # Turkish: "346,7 milyon liralık ceza", "2,6 milyar TL"
    "milyon": 10**6,
    "milyar": 10**9,
    # Czech and Greek: "pokutu 351 milionů korun", "πρόστιμο 20 εκατ. ευρώ"
    **dict.fromkeys(("milionů", "milionu", "miliony", "εκατ.", "εκατ", "εκατομμύρια", "εκατομμυρίων"), 10**6),
    **dict.fromkeys(("miliard", "miliardy", "miliardů", "δισ.", "δισ", "δισεκατομμύρια"), 10**9),
    "crore": 10**7,
    "crores": 10**7,
    "lakh": 10**5,
    "lakhs": 10**5,
}
_CURRENCY_WORDS = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "usd": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    # "89 Millionen US-Dollar", "20 million US dollars"
    "us-dollar": "USD",
    "us-dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "dólar": "USD",
    "dólares": "USD",
    "dollaro": "USD",
    "dollari": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    # The pound in the other languages: es, fr, it, de, nl, no.
    "libra": "GBP",
    "libras": "GBP",
    "libra esterlina": "GBP",
    "libras esterlinas": "GBP",
    "livre": "GBP",
    "livres": "GBP",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "sterlina": "GBP",
    "sterline": "GBP",
    "pfund": "GBP",
    "pfund sterling": "GBP",
    "pond": "GBP",
    "pund": "GBP",
    "nok": "NOK",
    "sek": "SEK",
    "dkk": "DKK",
    # the crowns' abbreviations of the English and German financial press: "SKr4bn", "4 Mrd. skr"
    "nkr": "NOK",
    "skr": "SEK",
    "dkr": "DKK",
    "chf": "CHF",
    "swiss francs": "CHF",
    "francs suisses": "CHF",
    "francs": "CHF",
    "franken": "CHF",
    "schweizer franken": "CHF",
    "francos suizos": "CHF",
    "franchi svizzeri": "CHF",
    "franchi": "CHF",
    "pln": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "zlotys": "PLN",
    "złotys": "PLN",
    "zlotych": "PLN",
    "złotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "fiorini": "HUF",
    "florines": "HUF",
    "ron": "RON",
    "zł": "PLN",
    "isk": "ISK",
    "czk": "CZK",
    "huf": "HUF",
    "bgn": "BGN",
    "lev": "BGN",
    "leva": "BGN",
    "levs": "BGN",
    "lewa": "BGN",
    # Romanian lei (plural) and leu
    "lei": "RON",
    "leu": "RON",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
    **dict.fromkeys(
        (
            "australian dollar",
            "australian dollars",
            "australische dollar",
            "australischen dollar",
            "dollars australiens",
            "dollar australien",
            "dollari australiani",
            "dólares australianos",
        ),
        "AUD",
    ),
    **dict.fromkeys(
        (
            "canadian dollar",
            "canadian dollars",
            "kanadische dollar",
            "kanadischen dollar",
            "dollars canadiens",
            "dollar canadien",
            "dollari canadesi",
            "dólares canadienses",
        ),
        "CAD",
    ),
    "danish kroner": "DKK",
    "a$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "cad": "CAD",
    # The dollars of New Zealand, Singapore and Hong Kong, whose regulators are in the registry.
    "nz$": "NZD",
    "nzd": "NZD",
    **dict.fromkeys(("new zealand dollar", "new zealand dollars"), "NZD"),
    "s$": "SGD",
    "sgd": "SGD",
    **dict.fromkeys(("singapore dollar", "singapore dollars"), "SGD"),
    "hk$": "HKD",
    "hkd": "HKD",
    **dict.fromkeys(("hong kong dollar", "hong kong dollars"), "HKD"),
    # Currencies of the non-European authorities in the registry (Korea, Brazil, Japan, China, India,
    # Turkey). "won" counts only after a scale word or a grouped number (see `_bare_won`): "in 2019 won".
    "₩": "KRW",
    "krw": "KRW",
    "won": "KRW",
    "wons": "KRW",
    "wones": "KRW",
    "r$": "BRL",
    "brl": "BRL",
    "reais": "BRL",
    "reales": "BRL",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "cny": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "₹": "INR",
    "inr": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupien": "INR",
    "rupie": "INR",
    "roupies": "INR",
    "roupie": "INR",
    "rupias": "INR",
    "rupi": "INR",
    "rupier": "INR",
    "rupia": "INR",
    "₺": "TRY",
    "lira": "TRY",
    "liras": "TRY",
    "liralık": "TRY",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    # the lira's abbreviation ("TL 2.61B", "335,7 milyon TL") and the won's "W" of Korean English papers
    # ("W224.9b"), in capitals only
    "tl": "TRY",
    "w": "KRW",
    "ευρώ": "EUR",
    # the Czech crown by its own name ("351 million Czech koruna")
    **dict.fromkeys(("koruna", "korunas", "korun", "czech koruna", "czech korunas"), "CZK"),
    # Russia's roubles (its courts' fines on platforms)
    **dict.fromkeys(("rub", "rouble", "roubles", "ruble", "rubles", "rublo", "rublos", "rubel", "rubeln"), "RUB"),
    **dict.fromkeys(("rubli", "roebel", "rubler"), "RUB"),
    # Mexico's pesos (Cofece's fines): the bare word, and "$" of a Mexican authority (`_DOLLARS`)
    **dict.fromkeys(("mxn", "mx$", "pesos", "pesos mexicanos", "mexican pesos", "peso mexicano"), "MXN"),
}
_CROWNS = {"NO": "NOK", "SE": "SEK", "DK": "DKK", "IS": "ISK", "CZ": "CZK"}
_LANG_COUNTRY = {"no": "NO", "sv": "SE", "da": "DK"}

_NUM = r"\d{1,3}(?:(?:[.,]|[ ](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_WORDNUM = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a|an|un|une|deux|trois|quatre|cinq|dix|"
    r"ein|eine|einer|zwei|drei|vier|fünf|zehn|een|twee|drie|vijf|tien|uno|due|tre|quattro|cinque|dieci|dos|"
    r"tres|cuatro|cinco|diez|en|én|ett|to|fire|fem|ti|mezzo|medio|demi|halbe|halve|half|halv)"
)
_SCALE = (
    r"(?:thousand|billions?|millions?|mn|mln|mio\.?|millionen|milliarden?|miljoen|miljard|milion[ei]|miliard[oi]|"
    r"mil millones|mil milions|mil milhões|mill[oó]n(?:es)?|milions|milió|milh(?:ões|ão)|bilh(?:ões|ão)|"
    r"millioner|milliarder|millionar|milliardar|miljoner|miljarder|miljon|milliards?|"
    r"mrd\.?|mds|md|bn|"
    r"mill\.|mia\.|mila|mil(?!\w)|duizend|tausend|tusen|trillions?|biljoen|billionen|billones|billón|billioner|"
    r"crores?|lakhs?|milyon|milyar|milionů|milionu|miliony|miliardy|miliardů|miliard|εκατ\.|"
    r"εκατομμύρια|εκατομμυρίων|δισ\.|δισεκατομμύρια|bln|k|m|b)"
)
_CUR_PREFIX = (
    r"(?:US\$|U\.S\.\s?\$|USD\s?\$|A\$|C\$|R\$|NZ\$|S\$|HK\$|€|\$|£|₩|¥|₹|₺|EUR|USD|GBP|NOK|SEK|DKK|CHF|PLN|ISK|"
    r"[snd]kr|"
    r"CZK|HUF|AUD|CAD|NZD|SGD|HKD|MXN|MX\$|(?-i:TL)|(?-i:W)(?=\d)|"
    r"KRW|BRL|JPY|CNY|INR|RON|BGN|RUB|Rs\.?)"
)
_CUR_SUFFIX = (
    r"(?:€|\$|£|euros?|eur|(?:australian |australische[n]? |canadian |kanadische[n]? |new zealand |singapore |"
    r"hong kong )dollars?|"
    r"dollars? (?:australiens|canadiens)|dollari (?:australiani|canadesi)|dólares (?:australianos|canadienses)|"
    r"us[- ]dollars?|dollars?|dólar(?:es)?|dollar[io]|usd|pounds?(?: sterling)?|gbp|libras?(?: esterlinas?)?|"
    r"livres?(?: sterling)?|sterlin[ae]|pfund(?: sterling)?|pond|pund|"
    r"(?:norwegian |swedish |danish |norske |svenske |danske |norwegische[n]? |schwedische[n]? |dänische[n]? |"
    r"zweedse |deense |noorse |norska |svenska |danska |isländska |icelandic |islandske |isländische[n]? |"
    r"ijslandse |czech |tsjekkiske |"
    r"tschechische[n]? |tsjechische )?(?:kroner|kronor|crowns?|kronen|kroon|kr\.?)|[snd]kr|"
    r"(?:couronnes|coronas|corone)(?: (?:suédoises|danoises|norvégiennes|suecas|danesas|noruegas|svedesi|danesi|"
    r"norvegesi|islandaises|islandesas|islandesi|tchèques|checas|ceche))?|nok|sek|dkk|swiss francs|francs suisses|francs|(?:schweizer )?franken|"
    r"francos suizos|franchi(?: svizzeri)?|chf|z[łl]oty(?:s|ch)?|zł|pln|isk|czk|forints?|fiorini|florines|huf|ron|lei|leu|bgn|lev[as]?|lewa|"
    r"(?:south korean )?won(?:e?s)?|krw|reais|reales|brl|yen|jpy|yuan|renminbi|cny|rupees?|rupien|rupie|roupies?|rupias?|inr|rupier|rupi|(?:turkish )?lira(?:s|lık)?|"
    r"(?-i:TL)|(?:mexican )?pesos(?: mexicanos)?|mxn|roubles?|rubles?|rublos?|rubeln?|rubli|roebel|rubler|rub|(?:czech )?korun(?:as?)?|"
    r"ευρώ)"
)
_BARE_LEAD = (
    r"(?:fined|fines?|fine of|penalty of|amende de|bußgeld von|boete van|multa de|multa di|"
    r"sanzione di|sanzione da|multa da|bot på)"
)

# A scaled figure with no currency at all ("multa da 102 milioni a Google", "multa con 203,6 millones a las
# constructoras"): an amount when a penalty word stands just before it (checked in `find`) and what follows
# is punctuation or a preposition naming the target or the reason, not a noun ("2 millones de usuarios").
_BIG_SCALE = (
    r"(?:mil millones|millones|milioni|millions?|milions|milhões|millionen|miljoen|millioner|millionar|miljoner|"
    r"milliards?|miliardi|"
    r"milliarden?|miljard|milliarder|billions?|milyon|milyar|milionů|miliardy|εκατ\.|bn|mn|mln|mio\.?)"
)
_TARGET_PREPS = (
    r"(?:a|ad|al|alla|ai|agli|à|au|aux|to|on|against|contro|contra|per|por|pour|for|over|für|gegen|wegen|"
    r"voor|aan|til|mot|på|con|with)"
)
_BARE_PENALTY_BEFORE = re.compile(
    r"\b(?:multa|multe|multas|sanzione|sanción|amende|fine[ds]?|penalty|bußgeld|boete|bot|gebyr|strafe)\b"
    # (a colon too: "taglia la multa ad Apple: da 1,1 miliardi a 372 milioni")
    r"[^.;!?]{0,40}$"
)

# A figure said to be the penalty: "275 millones corresponden a una sanción civil", "dont 1 milliard
# correspond à une amende civile", "davon entfallen 1 Milliarde auf eine Zivilstrafe" (not "$245 million in
# refunds and a civil penalty").
_PENALTY_IS = (
    r"\s+(?:corresponden?\s+a|correspond(?:ent)?\s+à|entfallen\s+auf|entfällt\s+auf|is|are|es|son|sont|"
    r"sind|er|utgjør|betreft)\s+(?:una?|an?|une?|eine?n?|en|et)\s+(?:civil\s+|sivil\s+)?(?:penalty|fine|"
    r"sanción|multa|amende|sanzione|zivilstrafe|strafe|bot|boete)\b"
)

_AMOUNT_RE = re.compile(
    rf"(?<![\w$€£])(?P<pc>{_CUR_PREFIX})\s?(?P<pn>{_NUM}|{_WORDNUM}(?=\s))(?:[\s-]?(?P<ps>{_SCALE}))?(?![\w])"
    # (a number word straight before a currency code is none: "cut to SEK 52 million" is no 2 SEK)
    rf"|(?<![\w.,])(?P<sn>{_NUM}|{_WORDNUM}(?![\s-]?[a-z]{{3}}(?![\w])))(?:[\s-]?(?P<ss>{_SCALE})\.?)?[\s-]?"
    rf"(?:de |d'|di |of |van |von )?"
    rf"(?P<sc>{_CUR_SUFFIX})(?![\w])"
    rf"|\b{_BARE_LEAD}\s(?P<bn>{_NUM})[\s-]?(?P<bs>{_SCALE})(?![\w])(?![\s-]*(?:de |d'|di |of )?{_CUR_SUFFIX})"
    # a figure before its penalty noun ("ha ridotto a 371,6 milioni la sanzione")
    rf"|(?<![\w.,])(?P<fn>{_NUM})[\s-]?(?P<fs>{_SCALE})(?=\s(?:(?:la|il|the|die|de|het|el)\s|l')?"
    r"(?:fine|penalty|amende|bußgeld|boete|multa|sanzione|sanción|geldbuße)\b"
    # ... or said to be the penalty ("1.000 millones corresponden a una multa civil")
    rf"|{_PENALTY_IS}"
    r")"
    # ... or ending its sentence or the headline ("... da 1,1 miliardi a 372 milioni")
    rf"|(?<![\w.,])(?P<xn>{_NUM})[\s-]?(?P<xs>{_BIG_SCALE})(?![\w])"
    rf"(?=\s*(?:[,.;:!?)»\"”]|$)|\n|\s{_TARGET_PREPS}\s)",
    re.IGNORECASE,
)

_AMOUNT_RE_LOW = anchored.case_sensitive(_AMOUNT_RE)

_PENALTY_WORDS = re.compile(
    r"fine|fined|fining|penalt|sanction|amende|astreinte|bußgeld|bussgeld|strafe|zwangsgeld|boete|dwangsom|"
    r"multa|sanzione|sanzion|sanción|sancion|bot\b|bøte|gebyr|tvangsmulkt|overtredelsesgebyr|geldbuße|pay\b|payer|"
    r"zahlen|betalen|pagar|pagare|betale|slapped|hit with|imposed|inflig|verhängt|opgelegd|irrogat|impuesto|"
    r"impone|condamn|écope|krijgt|penale\b"
)
# The nouns of a penalty (and "sanctioned", "penalties"; no verbs of paying): what an appeal is about, and
# what a sum recovered is not.
PENALTY_NOUN = re.compile(
    r"fine\b|fines\b|penalt|sanction|amende|bußgeld|bussgeld|buße|busse\b|strafe|boete|multa|multe|sanzion|"
    r"sanci[oó]n|\bbot\b|bøte|gebyr"
)
# The words of unlawful State aid and unpaid taxes: only where one is does a sum ordered paid back count as
# recovered (`_RECOVERY`); elsewhere a refund or restitution a company must pay stays a sum of its decision.
# (`extract` reads the same words for its recovery orders.)
STATE_AID_WORDS = (
    *("state aid", "aide d'état", "aides d'état", "aide d'etat", "aides d'etat", "beihilfe"),
    *("aiuti di stato", "aiuto di stato", "ayuda de estado", "ayudas de estado", "staatssteun"),
    *("statsstøtte", "tax ruling", "back taxes", "unpaid tax", "tax benefits", "tax advantage"),
    *("avantages fiscaux", "steuernachzahl", "steuern nachzahl", "steuervorteil", "rescrit fiscal"),
    *("tax deal", "tax case", "in taxes"),
)
# A sum an authority orders recovered, in a story of State aid or unpaid taxes: no penalty, whatever verb of
# paying is near ("orders Amazon to repay €250 million in illegal tax benefits", "Fca dovrà restituire").
_RECOVERY = re.compile(
    "|".join(map(re.escape, STATE_AID_WORDS))
    + r"|repay|recover|r[ée]cup[éè]r|rückforder|nachzahl|back tax|tax benefit|tax (?:order|bill|demand)|avantage fisca|"
    r"recuperar|recupero|tilbakebetal|terugvorder|illegal aid|aide illégale|aiuto illegale|ayuda ilegal|"
    r"unlawful aid|restitu|pay back|paying back|rembours|zurückzahl|devolver|terugbetal|d'impôts|imposte non|"
    r"impuestos"
)
# The words just before a capped amount ("up to €20m"): `_ends_with(before, CAP_PHRASES)`.
CAP_PHRASES = (
    *("up to", "of up to", "jusqu'à", "bis zu", "von bis zu", "tot wel", "tot maximaal", "tot", "fino a"),
    *("hasta", "opptil", "inntil", "maximum of", "maximum", "max", "max.", "a maximum", "maximal"),
    *("as much as", "maximum van", "maximum de", "massimo di", "máximo de", "höchstens", "maksimalt"),
    *("capped at", "cap of", "ceiling of", "limited to", "plafonnée à", "plafonné à", "plafond de", "gedeckelt auf"),
    *("begrenzt auf", "limitato a", "tope de", "limitado a", "begrenset til", "begrenset oppad til"),
    *("can reach", "could reach", "may reach", "can amount to", "could amount to", "peut atteindre"),
    *("kann bis zu", "können bis zu", "kan oplopen tot", "può arrivare a", "puede alcanzar", "kan utgjøre"),
)
_MODALS = ("can ", "could ", "may ", "might ")
# What the law allows: a cap in such a sentence is a statutory maximum, no decision's penalty.
_STATUTE = (
    r"%|per ?cent|turnover|chiffre d'affaires|umsatz|omzet|fatturato|facturación|omsetning|law allows|"
    r"gdpr allows|allows fines|maximum fine|maximum penalty|statutory|kan ilegge|"
    r"provides for|prévoit|prevede|prevé|voorziet in|sieht .{0,30}vor|gir adgang til|"
    r"previst[oaei]|beleidsregels|guidelines|leitlinien|lignes directrices|linee guida|directrices|"
    r"retningslinjer|\b(?:law|act|wet|loi|gesetz|legge|ley|lov|verordening|regulation|verordnung|regolamento|"
    r"reglamento|règlement|rules|regole|règles|regeln|normas|regler|regels|code)\b"
)
_STATUTORY = re.compile(
    _STATUTE + r"|could face|could be|may face|might face|can face|would face|face fines|risks?|pourrait|risque|"
    r"droht|drohen|riskeert|rischia|podría|kan få|riskeren"
)
# ... while a threat alone ("droht ein Zwangsgeld von bis zu einer Million Kronen pro Tag", "risks up to NOK 1
# million a day") caps the penalty per day an order threatens: that is its penalty (a fine by the corpus's
# conventions), not what the law allows.
_STATUTE_ONLY = re.compile(_STATUTE)
_NOT_PENALTY = re.compile(
    r"turnover|revenue|sales|chiffre d'affaires|umsatz|omzet|fatturato|facturación|omsetning|profit|"
    # ("Jahresgewinn von knapp 95 Milliarden US-Dollar"; not "Gewinnabschöpfung", a disgorgement)
    r"gewinn(?!abschöpf)|bénéfice|winst|utile netto|beneficio|overskudd|"
    r"market value|valued|valuation|invest|price|cost|subscription|per month|a month|par mois|im monat|"
    r"per maand|al mese|al mes|i måneden|salary|budget(?! airlines?| carriers?| hotels?| chains?| retailers?| operators?)|damages claim|compensation|wert|worth|kjøpesum|"
    r"kaufpreis|koopsom|prix d'achat|prix d'acquisition|prezzo d'acquisto|precio de compra"
)


_PER_PERIOD_AFTER = re.compile(
    r"^\W*(?:a|per) (?:month|year)\b|^\W*(?:par|pro|per|al|im) (?:mois|monat|maand|mese|mes)\b"
)


# The value of a deal ("blocks the $24.6 billion takeover", "a £7.3bn merger", "a deal valued at €2bn"):
# what a blocked or reviewed transaction is worth, never a penalty. A reason between them is no deal's value:
# "fined 5 billion yen over search deals".
_DEAL_AFTER = re.compile(
    # (a conversion in brackets between: "die 7,1 Milliarden Dollar (rund 6,5 Milliarden Euro) schwere Übernahme")
    r"^\W{0,3}(?:\([^()]{0,60}\)\s*)?(?:(?!(?:over|for|für|pour|per|por|wegen|voor|i|in)\s)[\w-]+ ){0,2}?"
    r"(?:takeover|acquisition|merger|buyout|deal|purchase|bid|übernahme|fusion|rachat|fusione|acquisizione|fusión|adquisición|compra|oppkjøp|kjøp|overname|fusie)s?\b"
)
_DEAL_BEFORE = re.compile(
    r"(?:valued at|deal worth|transaction worth|bid worth|offer worth|takeover worth|merger worth|"
    r"d'une valeur de|im wert von|del valore di|valorada en|verdt|overname van|übernahme für|rachat pour|"
    r"takeover for|acquisition for|purchase for|oppkjøp for|acquisizione da|adquisición por|compra por)\W*$"
)
_DEAL_WORDS = (
    "takeover",
    "acqui",
    "merger",
    "buyout",
    "deal",
    "purchase",
    "bid",
    "übernahme",
    "fusi",
    "rachat",
    "adquisi",
    "compra",
    "kjøp",
    "overname",
    "valued",
    "worth",
    "wert",
    "valore",
    "valorada",
    "verdt",
    "valeur",
)


def _deal_value(before: str, after: str) -> bool:
    if not any(w in after[:70] or w in before[-25:] for w in _DEAL_WORDS):
        return False
    return bool(_DEAL_AFTER.match(after) or _DEAL_BEFORE.search(before))


# "imposed fines totalling €1.55 billion": a sum over many decisions (a report, a survey), not one.
_PLURAL_PENALTIES = (
    *("fines", "penalties", "bußgelder", "geldbußen", "strafen", "amendes", "sanctions", "sanzioni"),
    *("multe", "multas", "sanciones", "boetes", "bøter", "gebyrer"),
)
_TOTAL_WORDS = ("total", "insgesamt", "totale", "totaal", "til sammen", "totalt", "cumul")


def _aggregate(before: str, after: str, sentence: str) -> bool:
    """Fines totalling a sum ("fines totalling €1.55 billion", "a total of €1.1 billion in fines"), in a
    sentence that names no single decision ("the decision imposes fines totalling €405 million" is one's)."""
    return (
        any(w in before for w in _TOTAL_WORDS)
        and any(p in before or p in after for p in _PLURAL_PENALTIES)
        and not _ONE_DECISION.search(sentence)
    )


# One decision, in the singular ("decisions" in a report is many).
_ONE_DECISION = re.compile(r"\b(?:decision|décision|entscheidung|besluit|decisione|decisión|vedtaket)\b")


def _not_penalty(text: str, low: str, a: int, b: int) -> bool:
    """A revenue, price or investment word just before the amount; written in lower case, so that a
    name holding one ("Lucerna Investimenti", "Salesforce") does not count."""
    return any(
        text[m.start()].islower() or m.group().startswith(_PRICE_WORDS) for m in _NOT_PENALTY.finditer(low, a, b)
    )


# Words for a deal's price that no company is named after: capitalised at a sentence start they still count
# ("Kjøpesummen var på rundt 1,6 milliarder euro").
_PRICE_WORDS = ("kjøpesum", "kaufpreis", "koopsom", "prix d'", "prezzo d'", "precio de compra")


_BACKGROUND = re.compile(
    r"originally|original|initial|intended|intends? to fine|proposed|proposing|proposé|notice of intent|"
    r"notice to fine|draft|rapporteur|previous|previously|earlier|already|ya fue|ya había|ya ha sido|déjà|"
    r"bereits|già|allerede|back in|last (?:year|month|week|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"a (?:year|month) ago|years ago|in the past|avait|hatte|"
    # (not the reported speech of this decision: "said on Wednesday it had fined Booking.com 475,000 euros")
    r"(?<!said it )(?<!said that it )(?<!says it )(?<!announced it )(?<!announced that it )(?:had been|had )|précédent|vorher|zuvor|eerder|"
    r"vorig|precedente|anterior|tidligere|record-breaking .* in|compared with|smaller than|larger than|"
    r"higher than|lower than|more than double|dwarfs|on top of|following|after a|months after|weeks after"
)
_PERIODIC_AFTER = re.compile(
    r"^\W*(?:\([^)]{0,40}\)\s*)?(?:[\w-]+\s){0,2}?(?:a day|per day|each day|every day|daily|on a daily basis|"
    r"a day of|per calendar day|par jour|pro tag|am tag|täglich|per dag|per etmaal|al giorno|giornalier[ei]|"
    r"per ogni giorno|per ciascun giorno|"
    r"por día|al día|diari[ao]s?|per døgn|pr\.? dag|om dagen|i døgnet|dagbøter|for each day|for hver dag|"
    r"hver dag)",
)
_WEEK_WORDS = ("week", "semaine", "woche", "settimana", "semana", "uke", "ugen")  # one is in every match
_PER_WEEK_AFTER = re.compile(
    r"^\W*(?:[\w-]+\s){0,2}?(?:a week|per week|each week|every week|par semaine|pro woche|je woche|"
    r"a settimana|alla settimana|por semana|a la semana|per uke|i uken|om ugen)\b"
)
_PERIODIC_BEFORE = re.compile(
    r"(?:daily (?:fine|penalty|penalties|penalty payment)s?|(?:astreinte|zwangsgeld|dwangsom|tvangsmulkt|"
    r"dagbot|penalità di mora|multa coercitiva)[^.]{0,20}?(?:par jour|pro tag|per dag|al giorno|por día|"
    r"per døgn)|astreinte journalière|tägliche[sn]? (?:zwangsgeld|strafe)|dagelijkse (?:boete|dwangsom)|"
    r"daglig (?:bot|tvangsmulkt)|dagb(?:ø|o)t(?:er)? på|dagbøder på|multas? diarias?|multa giornaliera|sanzione giornaliera|amende journalière|"
    # Turkish: "günlük 4,8 milyon lira ceza", "her gün için, ... hesaplanan 4.796.152,96 TL"
    r"günlük|her gün için[^.]{0,60}?)"
    r"[^.]{0,20}$"
)
_CONVERSION_GAP = re.compile(
    # (a periodic word may stand between: "100.000 rublos diarios (unos 1.000 dólares ...)")
    r"^\s*(?:(?:a day|per day|daily|par jour|pro tag|täglich|per dag|al giorno|al día|diari[ao]s?|por día|"
    r"om dagen|i døgnet)\s*)?"
    r"(?:\(\s*|\[\s*|,?\s*(?:or|ou|oder|of|o|eller)\s+|/\s*|-\s*|,\s*)(?:about|around|roughly|approximately|"
    r"approx\.?|some|nearly|almost|just over|just under|more than|over|environ|soit|près de|rund|etwa|ca\.?|"
    r"circa|ongeveer|zo'n|circa|unos|aproximadamente|cerca de|omtrent|rundt|om lag|omkring|i\.e\.)?\s*$",
    re.IGNORECASE,
)
# The words just before an approximate amount ("nearly €20m").
APPROX_PHRASES = (
    *("more than", "over", "nearly", "almost", "around", "about", "roughly", "some", "plus de", "près de"),
    *("mehr als", "über", "rund", "ruim", "meer dan", "oltre", "più di", "quasi", "más de", "casi"),
    *("mer enn", "nesten", "approximately", "approx.", "etwa"),
    # (" gut", " fast" with their space: "Saatgut", "breakfast" end in them)
    *(" gut", "knapp", " fast", "circa", "ongeveer", "bijna", "environ", "alrededor de", "cerca de"),
    *("aproximadamente", "rundt", "omkring", "om lag", "drøyt", "nærmere"),
    # Polish and Swedish: "Prawie 3 mln zł kary", "ponad", "niemal", "nästan", "drygt"
    *("prawie", "niemal", "ponad", "około", "nästan", "drygt", "cirka"),
)
# One of them as a word of a pattern, optional, with the space after it ("to roughly EUR 371.6 million").
_APPROX_WORD = (
    "(?:(?:" + "|".join(re.escape(p.strip()) for p in sorted(APPROX_PHRASES, key=len, reverse=True)) + r")\s+)?"
)
# ... those that say the figure is above the exact one, and those that say it is below.
_ABOVE_PHRASES = (
    *("more than", "over", "plus de", "mehr als", "über", "ruim", "meer dan", "oltre", "più di", "más de"),
    *("mer enn", " gut", "drøyt", "ponad", "drygt"),
)
_BELOW_PHRASES = (
    *("nearly", "almost", "près de", "quasi", "casi", "nesten", "knapp", " fast", "bijna", "cerca de"),
    *("nærmere", "prawie", "niemal", "nästan"),
)


def ends_with_phrase(window: str, phrases: tuple[str, ...]) -> bool:
    r"""What `re.search("(?:" + "|".join(phrases) + r")\s*$", window)` says (no phrase ends in white space),
    without trying the alternation at every character of the window."""
    return window.rstrip().endswith(phrases)


# Every match of `_PERIODIC_BEFORE` holds one of these: most windows hold none, and then it need not run.
_PERIODIC_BEFORE_GATE = (
    *("daily", "astreinte", "zwangsgeld", "dwangsom", "tvangsmulkt", "dagbot", "dagbøt", "dagbød"),
    "penalità di mora",
    *("multa coercitiva", "tägliche", "dagelijkse", "daglig", "diaria", "giornaliera", "journalière"),
    *("günlük", "her gün"),
)
# "from €5m to €2m": the word before the first figure of a change.
_FROM_PHRASES = ("from", "de", "von", "van", "da")
# The context patterns run with `search` over short stretches before and after each amount: a lookahead
# of their first characters lets `re` skip the other positions in C (same matches).
_PENALTY_WORDS, _STATUTORY, _NOT_PENALTY, _BACKGROUND, _PERIODIC_BEFORE = (
    anchored.skip_to_firsts(rx)
    for rx in (
        _PENALTY_WORDS,
        _STATUTORY,
        _NOT_PENALTY,
        _BACKGROUND,
        _PERIODIC_BEFORE,
    )
)
# "... €5m, originally ...": the figure after an amount was an earlier one.
_EARLIER_AFTER = re.compile(
    r"[^.]{0,50}?(?:originally|initially|intended|proposed|previously|in the draft|back in|had been|"
    r"era stat[ao]|erano stat[ei]|avait été|había sido|lo scorso anno|l'anno scorso|el año pasado|"
    r"l'an dernier|l'année dernière|im vorjahr|i fjor|last year|last month|a year ago|years ago|"
    r"earlier this year|the previous year|the year before|vergangenen jahr|letztes jahr|vorig jaar|"
    r"vorige jaar|l'année précédente|el año anterior|l'anno precedente|"
    # "fined it €150M last December", "en décembre dernier"
    r"last (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) dernier|"
    # another case's penalty: "a daily fine of 4.8 million liras on Meta in a different case"
    r"in a different case|in a separate case|in another case|in einem anderen verfahren|dans une autre affaire|"
    r"in un altro procedimento|en otro caso|in een andere zaak|i en annen sak)"
)
# A penalty as first imposed, before it was cut: "originally fined", "oorspronkelijk een boete".
_ORIGINAL = re.compile(
    r"\b(?:originally|original|initially|initial|ursprünglich|oorspronkelijk|aanvankelijk|initialement|"
    r"inizialmente|originariamente|inicialmente|originalmente|opprinnelig|opprinneleg)\b"
)
# The word before the figure a penalty went to ("from €2m to €1m", "cut to £250,000", "ramené à ...").
_TO_WORD_LIST = ("to", "à", "auf", "naar", "a", "til")
_TO = "(?:" + "|".join(_TO_WORD_LIST) + ")"
_TO_WORDS = tuple(f" {w} " for w in _TO_WORD_LIST)
# (an approximation between: "from approximately EUR 1.1 billion to approximately EUR 370 million")
_TO_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?{_TO}\s{_APPROX_WORD}(?:[€$£₩¥₹₺]|\d|[a-z]{{2,3}}\$?\s?\d|eur|usd)"
)
_CUT_TO_BEFORE = re.compile(
    r"\b(?:ramen[ée]e?s?|a ramené|rédui(?:t|te|ts|tes)|abaiss[ée]e?|divis[ée]e? par (?:deux|trois|quatre)|"
    r"cut|reduced|lowered|slashed|gesenkt|herabgesetzt|reduziert|verlaagd|ridott[ao]|rebajad[ao]|redusert|"
    # ... in the tenses and forms outlets use: "reducing the fine to", "verlaagde de toezichthouder die naar"
    r"cuts|cutting|reduces|reducing|lowers|lowering|senkte|senkt|reduzierte|verlaagt|verlaagde|verlaagden|"
    r"réduisant|riduce|ridusse|rebaja|rebajó|redujo|reduce|reduserte|reduserer|nedsatte|sänkte|"
    # (a decimal point is no sentence's end: "reduced the €9.55 million fine imposed on ... to €900,000")
    rf"nedsatt|sänkt)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){{0,140}}?\s{_TO}\s$"
)


def _past_approximation(low: str, start: int, floor: int) -> int:
    """Where the words before the figure at `start` end, an approximation word passed over ("to roughly EUR
    371.6 million", "from approximately EUR 1.1 billion"): `start` itself when there is none."""
    window = low[max(floor, start - 20) : start]
    stripped = window.rstrip()
    if not stripped.endswith(APPROX_PHRASES):
        return start
    at = start - (len(window) - len(stripped))
    for phrase in APPROX_PHRASES:
        begin = at - len(phrase)
        if stripped.endswith(phrase) and (begin <= floor or not low[begin - 1].isalnum()):
            return begin
    return start


def _cut_to_at(low: str, start: int, floor: int) -> bool:
    """The amount at `start` is the figure a penalty was cut to ("a ramené jeudi à 371,6 millions", "lowered
    the penalty from EUR 1.1 billion to roughly EUR 371.6 million")."""
    start = _past_approximation(low, start, floor)
    return low.endswith(_TO_WORDS, max(floor, start - 7), start) and (
        _CUT_TO_BEFORE.search(low, max(floor, start - 170), start) is not None
    )


# The size of a cut, not a penalty: "won a reduction of about EUR 728 million", "the fine was reduced by
# €50m", "une réduction de 728 millions", "um 728 Millionen Euro reduziert".
_REDUCTION_BEFORE = re.compile(
    r"(?:\b(?:reduction|cut|decrease|discount|réduction|baisse|diminution|reducción|rebaja|riduzione|"
    r"verlaging|vermindering|reduzierung|senkung|kürzung|nedsettelse|reduksjon) (?:of|de|di|van|um|på)|"
    r"\b(?:reduced|cut|lowered|slashed|trimmed|decreased) (?:[\w-]+ ){0,3}?by|"
    rf"\b(?:verlaagd|verminderd) met)\s+{_APPROX_WORD}$"
)
_REDUCED_AFTER = re.compile(r"^\s*(?:euro\s+)?(?:reduziert|gesenkt|gekürzt|verringert|herabgesetzt|vermindert)\b")


def _reduction_size(before: str, after: str) -> bool:
    """The figure before `after` is by how much a penalty was cut ("a reduction of €728m", "um 728 Millionen
    Euro gesenkt"), not a penalty."""
    return bool(_REDUCTION_BEFORE.search(before)) or (
        before.rstrip().endswith(" um") and _REDUCED_AFTER.match(after) is not None
    )


# Billions joined to the millions after them: "1 miliardo e 128 milioni", "2 milliards et 300 millions".
_BILLIONS_AND_BEFORE = re.compile(
    r"\b(\d{1,3})\s+(?:miliardo|miliardi|milliard|milliards|mil millones|milliarde|milliarden|miljard|miljarden)"
    r"\s+(?:e|et|y|und|en|og)\s+$"
)
# A German separable verb's particle after the figure: "setzten es auf 0,9 Mio. Euro herab".
_SET_DOWN_AFTER = re.compile(r"\s*(?:euro\s*)?(?:herab|herunter)\b")


def _set_down_to(low: str, m: AmountMention) -> bool:
    """The amount `m` is what a German court "setzte ... auf X herab" (cut the penalty to)."""
    return low.endswith(" auf ", max(0, m.start - 5), m.start) and _SET_DOWN_AFTER.match(low, m.end) is not None


# "£1.35m ICO fine cut to £250,000": the figure before a reduction is the one replaced.
_CUT_TO_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s){0,3}?(?:fine|penalty|boete|amende|bußgeld|multa)?\s?"
    rf"(?:cut|reduced|lowered|slashed|verlaagd|réduite?|ramenée?|gesenkt|ridotta|rebajada|redusert)\s{_TO}\s"
)


@dataclass(frozen=True, slots=True)
class AmountMention:
    value: Decimal
    currency: str | None
    start: int
    end: int
    in_title: bool
    periodic: bool = False
    cap: bool = False
    penalty_context: bool = False
    approximate: bool = False
    note: str | None = None  # conversion | cap | statutory_maximum | background | component | ignore
    sentence: int = 0
    weekly: bool = False  # periodic, per week rather than per day ("dwangsom van 5 miljoen euro per week")
    bare: bool = False  # "$", "dollars", "kroner" with no country: the local dollar or crown where one is


def _renoted(
    m: AmountMention, note: str | None, periodic: bool | None = None, currency: str | None = None
) -> AmountMention:
    """`dataclasses.replace(m, note=..., periodic=..., currency=...)` without its per-call field
    introspection (several calls per item). `currency` None keeps the mention's."""
    return AmountMention(
        m.value,
        currency or m.currency,
        m.start,
        m.end,
        m.in_title,
        m.periodic if periodic is None else periodic,
        m.cap,
        m.penalty_context,
        m.approximate,
        note,
        m.sentence,
        m.weekly,
        m.bare,
    )


# Where a dot groups thousands ("1.200 millones" is 1,200 million), and where a comma does ("1,200
# million"); elsewhere, before a scale word, a separator with three digits after it is a decimal one
# ("1.250 billion", "4,125 milliards").
_DOT_GROUPS = frozenset(("de", "es", "it", "nl", "no", "da", "pt"))
_COMMA_GROUPS = frozenset(("en",))


@functools.lru_cache(maxsize=4096)
def parse_number(raw: str, has_scale: bool, language: str | None = None) -> Decimal | None:
    s = raw.strip().replace(" ", "")
    low = s.lower()
    if low in _WORD_NUMBERS:
        return Decimal(_WORD_NUMBERS[low])
    if low in _HALF_WORDS:
        return Decimal("0.5")
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            dec = "." if s.rfind(".") > s.rfind(",") else ","
            grp = "," if dec == "." else "."
            return Decimal(s.replace(grp, "").replace(dec, "."))
        sep = "." if dots else ("," if commas else "")
        if not sep:
            return Decimal(s)
        count = dots or commas
        head, _, tail = s.rpartition(sep)
        if count > 1:
            return Decimal(s.replace(sep, ""))
        if len(tail) == 3 and (
            not has_scale
            or (sep == "." and language in _DOT_GROUPS)
            or (sep == "," and language in _COMMA_GROUPS)
        ):
            return Decimal(head + tail)
        return Decimal(head + "." + tail)
    except InvalidOperation:
        return None


def _bare_won(num: str, scale: str | None, cur: str) -> bool:
    """ "won" after a plain number is the verb ("in 2019 won the appeal"): the currency needs a scale word
    ("100 billion won") or a grouped number ("50,000 won")."""
    return cur.lower().endswith("won") and not scale and not any(c in num for c in ".,  ")


def _currency(word: str | None, country_hint: dict[str, float], language: str) -> str | None:
    if not word:
        return None
    code = _currency_word(word)
    if code == "RON" and language == "it" and word.lower() in ("lei", "leu"):
        return None  # "3 milioni lei stessa": the Italian pronoun, no Romanian lei
    if code == "USD" and word.lower() in _BARE_DOLLARS:
        # "$125 million" in a story about an Australian court is in Australian dollars: the dollar of the
        # country the text points at clearly more than at the United States.
        best = max((c for c in _DOLLARS if c in country_hint), key=lambda c: country_hint[c], default=None)
        if best is not None and country_hint[best] >= country_hint.get("US", 0.0) + 2.0:
            return _DOLLARS[best]
        return code
    if code != _SOME_CROWN:
        return code
    best = max((c for c in _CROWNS if c in country_hint), key=lambda c: country_hint[c], default=None)
    own = _LANG_COUNTRY.get(language)
    if own is not None:
        # A Norwegian item about a Swedish fine ("Klarna får bot fra svensk tilsyn") counts in kronor: the
        # other crown country when the text points at it clearly more than at its own.
        if best is not None and best != own and country_hint[best] >= 2 * country_hint.get(own, 0.0) + 2.0:
            return _CROWNS[best]
        return _CROWNS[own]
    return _CROWNS[best] if best else "NOK"


_SOME_CROWN = "crown"  # no ISO code: a crown whose country the word does not say
_DOLLARS = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN"}
_CROWN_CODES = frozenset(_CROWNS.values())
# Currencies that share a name: a bare "$" or "kroner" is the deciding country's, when it has one of them.
_FAMILIES = (frozenset(("USD", *_DOLLARS.values())), _CROWN_CODES)
_BARE_DOLLARS = frozenset(("$", "dollar", "dollars", "dólar", "dólares", "dollaro", "dollari"))


@functools.lru_cache(maxsize=1024)
def _currency_word(word: str) -> str | None:
    """The code a currency word says by itself (the same few words come back in every item)."""
    w = word.lower().replace("u.s.", "us").replace(" ", "")
    if w in ("us$", "usd$"):
        return "USD"
    w2 = word.lower().strip()
    code = _CURRENCY_WORDS.get(w2) or _CURRENCY_WORDS.get(w)
    if code:
        return code
    if any(x in w2 for x in ("krone", "kronor", "crown", "kr", "couronne", "corona", "corone")):
        # The country in the currency's own words, in the seven languages: "svenske kroner", "couronnes
        # danoises". "kronor" is Swedish only (Norway and Denmark: kroner).
        if any(n in w2 for n in ("norw", "norsk", "norske", "norvég", "norueg", "norveg", "noorse")):
            return "NOK"
        if (
            any(n in w2 for n in ("swed", "svensk", "schwed", "suéd", "suec", "svedes", "zweed"))
            or "kronor" in w2
        ):
            return "SEK"
        if any(n in w2 for n in ("danish", "dansk", "dänisch", "danois", "danes", "deense")):
            return "DKK"
        if any(n in w2 for n in ("iceland", "island", "isländ", "ijsland")):
            return "ISK"
        if any(n in w2 for n in ("czech", "tsjekk", "tschech", "tchèque", "tsjech", "checa", "ceche")):
            return "CZK"
        return _SOME_CROWN
    return None


# A sentence can hold an amount only if it holds a digit, a currency sign or a scale word ("illio"...).
# Found for the whole text at once: the signs with a character class `re` skips ahead to in C, the words
# with `str.find`.
_HINT_SIGNS = re.compile(r"[\d€$£₩¥₹₺]")
_HINT_WORDS = ("illio", "iljoen", "ilion", "iliard", "illard", "illiard", "iljard", "illón", "illon")
# Every amount holds, at most _ANCHOR_LEAD characters after its start, an anchor: a digit run, a currency
# sign, or (in lower case) the start of a currency code or word. The longest lead is a number word, a scale
# and "of" before a currency word ("quattro mil millones de euros": 26); 40 leaves a margin. `ſ` and `ı`
# count because under IGNORECASE they match `s` and `i` inside a code. The lookahead lets `re` skip the
# characters no anchor starts with instead of trying every alternative there.
_ANCHOR_WORDS = (
    *("€", "$", "£", "ſ", "ı", "eur", "usd", "gbp", "nok", "sek", "dkk", "chf", "pln", "isk", "czk", "huf"),
    *("aud", "cad", "nzd", "sgd", "hkd", "dollar", "pound", "kr", "crown", "franc", "zł", "zloty", "złoty"),
    *("libra", "livre", "sterlin", "pfund", "pond", "pund"),
    *("₩", "¥", "₹", "₺", "krw", "won", "brl", "reais", "jpy", "yen", "cny", "yuan", "renminbi", "inr"),
    *("rupee", "lira", "dólar", "couronne", "corona", "corone", "forint", "bgn", "peso", "mxn", "fiorini"),
    *("florines", "rub", "roub", "roebel", "korun", "ευρώ"),
)
_ANCHOR = re.compile(
    "(?=[\\d"
    + re.escape("".join(sorted({w[0] for w in _ANCHOR_WORDS})))
    + r"])(?:\d+|"
    + "|".join(map(re.escape, _ANCHOR_WORDS))
    + ")"
)
_ANCHOR_LEAD = 40
_ANCHOR_SIGNS = re.compile(r"[\d€$£₩¥₹₺]+")
_ANCHOR_LETTERS = tuple(w for w in _ANCHOR_WORDS if w.isalpha() and w not in ("ſ", "ı"))
# An amount starts where a word (or a currency sign) starts: every branch of `_AMOUNT_RE` says so.
_WORD_START = re.compile(r"(?<!\w)[\w€$£₩¥₹₺]")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The words an amount can start with (besides a digit or a sign): number words, the word part of a currency
# prefix ("us$", "u.s. $", "a$", "c$", "eur"...) and the first word of a bare lead ("fine of", "bot på").
# Trying the big pattern only there keeps it off the articles and nouns around each anchor.
_FIRST_WORDS = frozenset(
    [
        *re.findall(r"\w+", _WORDNUM),
        *("us", "u", "a", "c", "usd", "eur", "gbp", "nok", "sek", "dkk", "chf", "pln", "isk", "czk", "huf"),
        *("r", "krw", "brl", "jpy", "cny", "inr", "ron", "rs", "bgn", "nz", "s", "hk", "nzd", "sgd", "hkd"),
        *("tl", "w", "mxn", "mx", "skr", "nkr", "dkr"),
        *(
            "aud",
            "cad",
            "fined",
            "fines",
            "fine",
            "penalty",
            "amende",
            "bußgeld",
            "boete",
            "multa",
            "sanzione",
        ),
        "bot",
    ]
)


def _may_start(low: str, pos: int) -> bool:
    if not low[pos].isalpha():
        return True  # a digit, a sign, or a letter-like character the lists above cannot judge
    word = _FIRST_WORD.match(low, pos)
    if word is None:
        return True
    token = word.group()
    # `ſ` and `ı` match `s` and `i` under IGNORECASE and stay as they are in the lower-cased copy.
    return token in _FIRST_WORDS or "ſ" in token or "ı" in token


def _hint_sentences(doc: Document, word_starts: list[int] | None = None) -> list[int]:
    """The sentences that hold a digit, a currency sign or a scale word, in order. `word_starts`: where
    the words of `_HINT_WORDS` begin in `doc.low`, found here when not given."""
    low = doc.low
    hits: set[int] = set()
    last = len(doc.starts) - 1
    pos = 0
    while (m := _HINT_SIGNS.search(low, pos)) is not None:
        sent = doc.sentence_of(m.start())
        hits.add(sent)
        if sent == last:
            break
        pos = doc.starts[sent + 1]  # one sign is enough: on to the next sentence
    if word_starts is not None:
        hits.update(doc.sentence_of(at) for at in word_starts)
        return sorted(hits)
    for word in _HINT_WORDS:
        at = low.find(word)
        while at >= 0:
            hits.add(doc.sentence_of(at))
            at = low.find(word, at + 1)
    return sorted(hits)


# `_AMOUNT_RE` (lower-cased, case-sensitive) behind `_may_start` as a lookahead, for `search`: a digit or
# a currency sign passes, a letter passes when its word is one of `_FIRST_WORDS`. (`_may_start` also passes
# other characters, such as "²" or a space: no amount starts with one.)
_AMOUNT_SEARCH = re.compile(
    r"(?:(?=[\d€$£₩¥₹₺])|(?=(?:"
    + trie_pattern(sorted(_FIRST_WORDS))
    + r")(?![^\W\d_])))(?:"
    + _AMOUNT_RE_LOW.pattern
    + ")"
)


# Where `_AMOUNT_SEARCH` can match: every branch of `_AMOUNT_RE` begins after a character that is no `\w`,
# with a digit, a currency sign or a letter, and the lookahead passes a letter only where one of
# `_FIRST_WORDS` begins with no letter after it. Cheap to try at each character (a lookahead of the first
# characters, then a lookbehind that fails inside words), it spares the big pattern most places.
_FIRST_LETTERS = "".join(sorted({w[0] for w in _FIRST_WORDS}))
_AMOUNT_START = re.compile(
    rf"(?=[\d€$£₩¥₹₺{_FIRST_LETTERS}])(?<!\w)(?:[\d€$£₩¥₹₺]|(?:{trie_pattern(sorted(_FIRST_WORDS))})(?![^\W\d_]))"
)
AMOUNT_HINTS = _HINT_WORDS
AMOUNT_ANCHORS = _ANCHOR_LETTERS
# The two lists for one text at a time, when the caller has not scanned for them already.
_SCANNER = Scanner({}, {"amount_hints": AMOUNT_HINTS, "amount_anchors": AMOUNT_ANCHORS})


def _iter_amounts(doc: Document, scanned: Starts | None = None) -> list[re.Match[str]]:
    """What `_AMOUNT_RE.finditer` finds in each sentence that holds a digit, a currency sign or a scale word
    (most do not), started only where `_may_start`, without running the big pattern over whole sentences:
    every amount starts at most `_ANCHOR_LEAD` characters before an anchor, so the leftmost amount from
    where the last one ended is the leftmost one from there or `_ANCHOR_LEAD` before the next anchor,
    whichever is later. That leftmost amount is looked for only where one can begin (`_search`).
    `scanned`: the "amount_hints" and "amount_anchors" positions of `AMOUNT_HINTS` and `AMOUNT_ANCHORS` in
    `doc.low` (`scan.Scanner`), found here when not given."""
    low = doc.low
    if anchored.has_fold_oddities(low):
        return _iter_amounts_folding(doc)
    if scanned is None:
        scanned = _SCANNER.starts(low)
    out: list[re.Match[str]] = []
    letters = scanned["amount_anchors"]
    for i in _hint_sentences(doc, scanned["amount_hints"]):
        a, b = doc.sentence_span(i)
        anchors = [m.start() for m in _ANCHOR_SIGNS.finditer(low, a, b)]
        lo = bisect.bisect_left(letters, a)
        hi = bisect.bisect_left(letters, b, lo)
        if lo < hi:
            anchors = sorted(anchors + letters[lo:hi])
        pos = a
        while True:
            k = bisect.bisect_left(anchors, pos)
            if k == len(anchors):
                break
            found = _search(low, max(pos, anchors[k] - _ANCHOR_LEAD), b)
            if found is None:
                break
            out.append(found)
            pos = found.end()
    return out


def _search(low: str, pos: int, end: int) -> re.Match[str] | None:
    """`_AMOUNT_SEARCH.search(low, pos, end)`, tried only where `_AMOUNT_START` says an amount can begin."""
    match = _AMOUNT_SEARCH.match
    start = _AMOUNT_START.search
    while (m := start(low, pos, end)) is not None:
        found = match(low, m.start(), end)
        if found is not None:
            return found
        pos = m.start() + 1
    return None


def _iter_amounts_folding(doc: Document) -> list[re.Match[str]]:
    """`_iter_amounts` for a text holding `ı` or `ſ`, which IGNORECASE folds: the pattern runs on the text
    as written, at the word starts before each anchor that `_may_start`."""
    out: list[re.Match[str]] = []
    text, low = doc.text, doc.low
    for i in _hint_sentences(doc):
        a, b = doc.sentence_span(i)
        pos = a
        while True:
            anchor = _ANCHOR.search(low, pos, b)
            if anchor is None:
                break
            h = anchor.start()
            found = None
            for w in _WORD_START.finditer(text, max(pos, h - _ANCHOR_LEAD), h + 1):
                if not _may_start(low, w.start()):
                    continue
                found = _AMOUNT_RE.match(text, w.start(), b)
                if found is not None:
                    break
            if found is None:
                pos = anchor.end()  # no amount can start inside an anchor (its characters follow a letter)
            else:
                out.append(found)
                pos = found.end()
    return out


_AMOUNT_GROUPS = ("pn", "ps", "pc", "sn", "ss", "sc", "bn", "bs", "fn", "fs", "xn", "xs")


def find(
    doc: Document,
    country_hint: dict[str, float],
    language: str,
    scanned: Starts | None = None,
    headline_totals: bool = True,
) -> list[AmountMention]:
    """Every amount in the text with its context flags (no choice of the main one yet). `scanned`: see
    `_iter_amounts`. `headline_totals`: a sum of fines that the headline states is one decision's (False
    when the headline itself reports statistics)."""
    out: list[AmountMention] = []
    totals: list[int] = []  # the mentions set aside as a sum over many decisions only
    low = doc.low
    state_aid = bool(scanned["state_aid"]) if scanned and "state_aid" in scanned else _names_state_aid(low)
    for m in _iter_amounts(doc, scanned):
        pn, ps, pc, sn, ss, sc, bn, bs, fn, fs, xn, xs = m.group(*_AMOUNT_GROUPS)
        if pn is not None:
            num, scale, cur = pn, ps, pc
        elif sn is not None:
            num, scale, cur = sn, ss, sc
        elif bn is not None:
            num, scale, cur = bn, bs, None
        elif fn is not None:
            num, scale, cur = fn, fs, None
        else:
            s_start = doc.sentence_span(doc.sentence_of(m.start()))[0]
            if not _BARE_PENALTY_BEFORE.search(low, max(s_start, m.start() - 60), m.start()):
                continue  # a count ("2 millones a los usuarios"), not a sum
            num, scale, cur = xn, xs, None
        if (num.lower() in _WORD_NUMBERS or num.lower() in _HALF_WORDS) and not scale:
            continue
        if scale and scale.lower() == "b" and not cur:
            continue
        if cur and _bare_won(num, scale, cur):
            continue
        value = parse_number(num, bool(scale), language)
        if value is None:
            continue
        half = num.lower() in ("a", "an") and low.endswith("half ", 0, m.start())
        if half:
            value = Decimal("0.5")  # "More Than Half a Billion Dollars"
        if scale:
            value *= _SCALES.get(scale.lower().rstrip("."), _SCALES.get(scale.lower(), 1))
        currency = _currency(cur, country_hint, language)
        start, end = (m.start("bn"), m.end()) if bn is not None else (m.start(), m.end())
        if half and start == m.start():
            start -= 5  # the figure begins at "half", so that "More Than Half a Billion" is approximate
        if scale and _SCALES.get(scale.lower(), 0) == 10**6:
            billions = _BILLIONS_AND_BEFORE.search(low, max(0, start - 30), start)
            if billions is not None:
                # "oltre 1 miliardo e 128 milioni di euro": the billions before the millions are one figure
                value += Decimal(billions.group(1)) * 10**9
                start = billions.start()
        sent = doc.sentence_of(start)
        s_start, s_end = doc.sentence_span(sent)
        before = low[max(s_start, start - 70) : start]
        after = low[end : min(s_end, end + 70)]
        periodic = bool(_PERIODIC_AFTER.match(after)) or (
            any(w in before for w in _PERIODIC_BEFORE_GATE) and bool(_PERIODIC_BEFORE.search(before))
        )
        weekly = (
            not periodic and any(w in after[:40] for w in _WEEK_WORDS) and bool(_PER_WEEK_AFTER.match(after))
        )
        periodic = periodic or weekly
        cap = ends_with_phrase(before[-25:], CAP_PHRASES) or (
            # ... with words between: "fines can in principle reach €20 million"
            before.rstrip().endswith("reach") and any(w in before[-35:] for w in _MODALS)
        )
        near = low[max(s_start, start - 60) : min(s_end, end + 40)]
        penalty = bool(_PENALTY_WORDS.search(near)) or (
            # a total whose penalty word stands further back in its sentence: "fined six of the country's
            # largest construction companies a total of 203.6 million euros"
            any(w in before[-20:] for w in _TOTAL_WORDS) and bool(_PENALTY_WORDS.search(low, s_start, start))
        )
        note: str | None = None
        if (
            value < 100
            or _not_penalty(doc.text, low, start - len(before[-40:]), start)
            or _PER_PERIOD_AFTER.match(after)
            or _deal_value(before, after)
            or _reduction_size(before[-45:], after[:30])
            or (state_aid and not PENALTY_NOUN.search(near) and _RECOVERY.search(near))
        ):
            note = "ignore"
        elif _aggregate(before[-45:], after[:45], low[s_start:s_end]):
            note = "ignore"
            totals.append(len(out))
        elif (
            cap
            and _STATUTORY.search(low[s_start:s_end])
            and not (periodic and currency and not _STATUTE_ONLY.search(low, s_start, s_end))
        ):
            note = "statutory_maximum"

        out.append(
            AmountMention(
                value=value,
                currency=currency,
                start=start,
                end=end,
                in_title=doc.in_title(start),
                periodic=periodic,
                cap=cap,
                penalty_context=penalty,
                approximate=ends_with_phrase(before[-15:], APPROX_PHRASES),
                note=note,
                sentence=sent,
                weekly=weekly,
                bare=cur is not None
                and (cur.lower() in _BARE_DOLLARS or (currency in _CROWN_CODES and _currency_word(cur) == _SOME_CROWN)),
            )
        )
    if totals and headline_totals:
        # "fines totalling NOK 4.9bn" under a headline of that figure: the sum of one decision's fines.
        headline = {(m.value, m.currency) for m in out if m.in_title and m.note is None}
        # ... or that the headline rounds ("fines ... over £100 million": "The fines total £101.4 million").
        rounded = [(float(m.value), m.currency) for m in out if m.in_title and m.note is None and m.approximate]
        lead = 1  # the lead's sentence (after the title, or after a headline line that opens the summary)
        a1, b1 = doc.sentence_span(min(1, len(doc.starts) - 1))
        if b1 - a1 < 40 and len(doc.starts) > 2:
            lead = 2  # ... or after a dateline ("Bonn, 13. Januar 2014.")
        for i in totals:
            # ... or in the lead under a headline with no figure ("Bußgelder gegen Valve und fünf Publisher":
            # "Geldbußen von insgesamt 7,8 Millionen Euro"): the sum of that decision's fines.
            nxt = out[i + 1] if i + 1 < len(out) else None
            if (
                (out[i].value, out[i].currency) in headline
                or (out[i].value, None) in headline  # "Consumo multa con 179 millones a Ryanair, ..."
                or (not headline and out[i].sentence <= lead)
                or any(c == out[i].currency and _close(v, float(out[i].value), 0.03) for v, c in rounded)
                # ... a headline that rounds it unmarked ("met 1,1 miljoen euro": "in totaal 1.125.000 euro")
                or any(c == out[i].currency and _rounds_unmarked(v, out[i].value) for v, c in headline)
                # ... or tells it converted ("kartellbot på 3,8 milliarder kroner": "til sammen 329 millioner
                # euro, rundt 3,8 milliarder kroner")
                or (
                    nxt is not None
                    and nxt.sentence == out[i].sentence
                    and nxt.start - out[i].end <= 40
                    and nxt.currency != out[i].currency
                    and (nxt.value, nxt.currency) in headline
                )
            ):
                out[i] = _renoted(out[i], None)
    return _mark_conversions(doc, out)


def _names_state_aid(low: str) -> bool:
    return any(w in low for w in STATE_AID_WORDS)


def _mark_conversions(doc: Document, mentions: list[AmountMention]) -> list[AmountMention]:
    result: list[AmountMention] = []
    for i, cur in enumerate(mentions):
        if i and cur.note is None:
            prev = mentions[i - 1]
            gap = doc.low[prev.end : cur.start]
            if (
                len(gap) < 30
                and _CONVERSION_GAP.match(gap)
                and prev.currency != cur.currency
                and cur.currency
            ):
                # The conversion shares the periodic flag of what it converts, both ways: "100 000 rubler,
                # rundt 11 300 kroner, per dag" says the roubles are per day too.
                if cur.periodic and not prev.periodic and result and result[-1] is prev:
                    result[-1] = _renoted(prev, prev.note, True)
                result.append(_renoted(cur, "conversion", prev.periodic or cur.periodic))
                continue
        result.append(cur)
    return result


# Rough rates only used to tell whether two figures are the same sum in two currencies.
_ROUGH_EUR = {
    "EUR": 1.0,
    "USD": 0.9,
    "GBP": 1.15,
    "NOK": 0.09,
    "SEK": 0.09,
    "DKK": 0.134,
    "CHF": 1.0,
    "PLN": 0.23,
    "ISK": 0.0068,
    "CZK": 0.04,
    "HUF": 0.0026,
    "RON": 0.2,
    "BGN": 0.51,
    "AUD": 0.6,
    "CAD": 0.68,
    "NZD": 0.55,
    "SGD": 0.68,
    "HKD": 0.12,
    "KRW": 0.0007,
    "BRL": 0.18,
    "JPY": 0.0065,
    "CNY": 0.13,
    "INR": 0.011,
    "TRY": 0.035,
    "MXN": 0.05,
    "RUB": 0.01,
}
LOCAL_CURRENCY = {
    "NO": "NOK",
    "SE": "SEK",
    "DK": "DKK",
    "UK": "GBP",
    "US": "USD",
    "CH": "CHF",
    "PL": "PLN",
    "IS": "ISK",
    "CZ": "CZK",
    "HU": "HUF",
    "AU": "AUD",
    "CA": "CAD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "RO": "RON",
    "BG": "BGN",
    "KR": "KRW",
    "BR": "BRL",
    "JP": "JPY",
    "CN": "CNY",
    "IN": "INR",
    "TR": "TRY",
    "MX": "MXN",
    "RU": "RUB",
}


def local_currency(jurisdiction: str | None) -> str:
    return LOCAL_CURRENCY.get(jurisdiction or "", "EUR")


def _rough(m: AmountMention) -> float | None:
    if m.currency is None:
        return float(m.value)
    rate = _ROUGH_EUR.get(m.currency)
    return float(m.value) * rate if rate else None


# A figure named as the penalty: "a $275 million civil penalty", "a $26 million fine", "eine Zivilstrafe von
# einer Milliarde Dollar", "una sanzione civile di altri 1,35 miliardi".
_PENALTY_AFTER = re.compile(r"\s*(?:in\s+)?(?:civil\s+(?:money\s+)?|criminal\s+)?(?:penalt(?:y|ies)|fines?)\b")
_PENALTY_BEFORE = re.compile(
    r"(?:(?:civil\s+(?:money\s+)?)?penalty|fine|zivilstrafe|geldstrafe|strafe|bußgeld|amende(?:\s+civile)?|"
    r"sanzione(?:\s+civile)?|sanción(?:\s+civil)?|multa(?:\s+civil)?|boete|bot)\s+(?:op\s+)?(?:(?:of|von|de|di|da|van|på)\s+|d')"
    r"(?:(?:altri|another|further|weitere[nr]?|otros)\s+)?(?:about|around|rund|circa)?\s*$"
)
# What a settlement pays besides its penalty: money back to customers, profits given up, interest.
_NON_PENALTY_PARTS = re.compile(
    r"refund|restitution|disgorgement|redress|consumer relief|prejudgment interest|erstatte|rückerstatt|"
    r"harmed consumers|to customers|to consumers|betales tilbake|"
    r"rembours|restituire|restituzione|rimbors|reembols|devolver|devolución|tilbakebetal|terugbetal|"
    r"schadevergoeding|indemnis|entschädig"
)


def _named_penalty(low: str, m: AmountMention) -> bool:
    return bool(
        _PENALTY_AFTER.match(low, m.end)
        or _PENALTY_IS_AFTER.match(low, m.end)
        or _PENALTY_BEFORE.search(low, max(0, m.start - 45), m.start)
    )


# ... or a figure said to be the penalty (`_PENALTY_IS`).
_PENALTY_IS_AFTER = re.compile(_PENALTY_IS)


def _rounds_to(low: str, approx: AmountMention, exact: float) -> bool:
    """Whether an approximate figure ("près de 5 millions", "more than £260 million") can be the rounding
    of `exact`: below it for "more than", above it for "nearly", and within 10% of it either way."""
    value = float(approx.value)
    if not _close(value, exact, 0.1):
        return False
    before = low[max(0, approx.start - 15) : approx.start]
    if ends_with_phrase(before, _ABOVE_PHRASES):
        return exact >= value
    if ends_with_phrase(before, _BELOW_PHRASES):
        return exact <= value
    return True


_SCALE_AFTER_DIGIT = re.compile(
    r"\d\s?(?:m|mn|mln|mio|millions?|milioni|millones|miljoen|millionen|bn|billions?|mrd|miliardi|milliards?)\b"
)


def _scaled_round(low: str, m: AmountMention) -> bool:
    """A one-digit figure told with a scale word ("5 mln euros", "$3bn"): a rounding, not a figure in full."""
    return _significant_digits(m.value) == 1 and bool(_SCALE_AFTER_DIGIT.search(low, m.start, m.end))


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= 1 + tolerance


@dataclass(frozen=True, slots=True)
class AmountChoice:
    main: AmountMention | None
    others: tuple[AmountMention, ...]


def choose(
    mentions: list[AmountMention],
    doc: Document,
    background_sentences: frozenset[int],
    other_company_sentences: frozenset[int],
    jurisdiction: str | None,
    background_words: Sequence[tuple[int, int]] = (),
    at_stake: bool = False,
) -> AmountChoice:
    """This event's amount: a penalty in the title or first lines, a lump sum before a daily rate, the
    decision's currency before a conversion, the body's precise figure before the headline's rounding.
    `at_stake`: the penalty an appeal is about, which the item tells as history ("had lodged an appeal
    against a £500,000 fine"): words of the past before a figure do not set it aside."""
    low = doc.low
    local = local_currency(jurisdiction)
    if any(m.bare for m in mentions):
        # "$38.9 million" ordered by Canada's Competition Tribunal is in Canadian dollars, "1 milliard kroner"
        # from Sweden's Finansinspektionen in Swedish crowns: every bare mention, before conversions are told.
        mentions = [
            _renoted(m, m.note, currency=local)
            if m.bare and m.currency != local and any(m.currency in f and local in f for f in _FAMILIES)
            else m
            for m in mentions
        ]
    # "La cour d'appel a ramené jeudi à 371,6 millions d'euros l'amende de 1,1 milliard": the figure a court
    # cut the penalty to is told first; the other figures of that sentence are the penalty it replaced.
    cut_at = {
        m.start
        for m in mentions
        if m.note is None
        and (_cut_to_at(low, m.start, doc.sentence_span(m.sentence)[0]) or _set_down_to(low, m))
    }
    cut_to = {m.sentence for m in mentions if m.start in cut_at}
    flagged: list[AmountMention] = []
    for m in mentions:
        note = m.note
        if note is None:
            s_start, _ = doc.sentence_span(m.sentence)
            before = low[max(s_start, m.start - 90) : m.start]
            after = low[m.end : m.end + 60]
            lead = _past_approximation(low, m.start, s_start)  # ("from approximately EUR 1.1 billion to")
            if (
                (m.sentence in cut_to and m.start not in cut_at and m.start > s_start)
                or (ends_with_phrase(low[max(s_start, lead - 6) : lead], _FROM_PHRASES) and _TO_AFTER.match(after))
                or _CUT_TO_AFTER.match(after)
                or (m.sentence in background_sentences and m.start not in cut_at)
                or (
                    m.start not in cut_at
                    and any(bs == m.sentence and be <= m.start for bs, be in background_words)
                )
                or m.sentence in other_company_sentences
                or (not at_stake and (_BACKGROUND.search(before[-60:]) or _EARLIER_AFTER.match(after)))
                # the penalty at stake is the one the figure a penalty was cut to replaced: "The ACM originally
                # fined Leadiant EUR 19,569,500 ... reducing the fine to EUR 17,044,000" (upheld on appeal)
                or (at_stake and cut_at and m.start not in cut_at and _ORIGINAL.search(before[-60:]))
            ):
                note = "background"
            elif m.cap and any(
                p.periodic
                and not p.weekly
                and p.sentence == m.sentence
                and p.start < m.start
                and p.note is None
                for p in mentions
            ):
                # "€5,000 a day, up to €50,000": the cap of that daily penalty, no lump sum. (A weekly
                # penalty's cap stays a candidate: the amount field tells no weekly rate.)
                note = "cap"
        flagged.append(_renoted(m, note) if note != m.note else m)

    # "Losanna conferma la multa da 156 milioni a BMW": the headline's figure without its currency is the
    # body's figure with it, whatever that sentence also recalls.
    for i, m in enumerate(flagged):
        if m.currency is None and m.note is None and m.penalty_context and m.sentence == 0:
            for o in flagged:
                if o.currency and o.value == m.value and o.sentence > 0 and o.note in (None, "background"):
                    flagged[i] = _renoted(m, None, currency=o.currency)
                    break
    candidates = [m for m in flagged if m.note is None and (m.currency or m.penalty_context)]
    if not candidates:
        candidates = [m for m in flagged if m.note == "cap" or (m.cap and m.note is None)]
    if not candidates:
        return AmountChoice(None, tuple(m for m in flagged if m.note not in ("ignore",)))

    # "nearly €20m" where "€19.6m" is told too: the exact figure of that penalty wins, and so does any exact
    # figure over a round sum told with no penalty word ("maxi-accordo da oltre 1 miliardo"). ("fines of more
    # than PLN 29 billion for Gazprom and PLN 234 million for five companies": another penalty's exact figure
    # does not.)
    exact = [float(m.value) for m in candidates if not m.approximate]

    def score(m: AmountMention) -> tuple[float, int]:
        s = 0.0
        s += 3.0 if m.in_title else max(0.0, 1.5 - 0.3 * m.sentence)
        s += 2.0 if m.penalty_context else 0.0
        s += 1.0 if m.currency else -4.0
        s -= 2.5 if m.periodic else 0.0
        s -= 1.5 if m.cap else 0.0
        if m.approximate and (not m.penalty_context or any(_close(v, float(m.value), 0.25) for v in exact)):
            s -= 1.0
        return (s, -m.start)

    best = max(candidates, key=score)
    # "près de 5 millions d'euros" in the headline, "une amende de 4,75 millions d'euros" in the body: the
    # exact figure of that penalty wins wherever it is told.
    # ("more than £260 million" is not the "£221.1 million of the penalties" two of the companies pay.)
    if best.approximate:
        exact_same = [
            m
            for m in candidates
            if not m.approximate
            and m.currency == best.currency
            and not m.periodic
            # (a figure a penalty was cut to is a penalty's: "verlaagde ... naar 17.044.000 euro")
            and (m.penalty_context or not best.penalty_context or m.start in cut_at)
            and _rounds_to(low, best, float(m.value))
        ]
        if exact_same:
            best = max(exact_same, key=score)
    # A settlement told by its total ("Amazon zahlt 2,5 Milliarden Dollar") whose parts a sentence names, a
    # penalty and money paid back ("eine Zivilstrafe von einer Milliarde Dollar und erstattet Kunden weitere
    # 1,5 Milliarden"): the penalty is the event's amount (the corpus's "penalty amount"); the total and the
    # refunds are not penalties. (A penalty told apart, "Former CEO Alan Lane agreed to pay a $1 million civil
    # penalty", is another party's.)
    if not _named_penalty(low, best):
        parts = [
            m
            for m in candidates
            if m is not best
            and m.currency in (best.currency, None)
            and m.value < best.value
            and _named_penalty(low, m)
            # (in its sentence or the next: "De esa cantidad, 275 millones corresponden a una sanción civil
            # ... Los otros 245 millones se destinarán a devolver el dinero")
            and _NON_PENALTY_PARTS.search(
                low,
                doc.sentence_span(m.sentence)[0],
                doc.sentence_span(min(m.sentence + 1, len(doc.starts) - 1))[1],
            )
        ]
        if parts:
            total = best
            best = min(parts, key=lambda m: m.start)
            if best.currency is None:
                best = _renoted(best, best.note, currency=total.currency)  # a part of the total, in its currency
    # A foreign-currency figure that matches a local-currency one is that figure converted.
    if best.currency and best.currency != local:
        for m in flagged:
            if (
                m is not best
                and m.currency == local
                and m.note in (None, "cap", "conversion", "background")
                # an earlier or other figure of the case told as background must be about the same sum: "une
                # amende de près de 6,4 millions d'euros" is not the "100 millions de couronnes" first
                # envisaged
                and _close(_rough(m), _rough(best), 0.25 if m.note == "background" else 0.6)
            ):
                best = m
                break
    # The headline tells the decision's sum converted ("Turkish competition board fines Google $32 million"
    # over "fined ... Google 296 million lira ($32.4 million)"): the figure the body converts is the decision's.
    if best.in_title:
        for i, m in enumerate(flagged):
            if (
                m.note == "conversion"
                and not m.in_title
                and m.currency == best.currency
                and _close(float(m.value), float(best.value), 0.05)
            ):
                source = next(
                    (
                        p
                        for p in reversed(flagged[:i])
                        if p.sentence == m.sentence
                        and p.note in (None, "background")
                        and p.currency not in (None, m.currency)
                        and not p.periodic
                    ),
                    None,
                )
                if source is not None:
                    best = source
                break
    # The headline rounds (or loses its scale word): the body's figure with the same leading digits wins.
    if best.in_title:
        for m in flagged:
            if (
                not m.in_title
                and m.note is None
                and m.currency == best.currency
                and best.value > 0
                and any(m.value == best.value * 1000**k for k in (1, 2, 3))
            ):
                best = m
                break
    if best.in_title and not best.cap:  # ("Up to $700 Million" rounds nothing: "had set aside $690 million")
        # ("Italy fines Aspen 5 mln euros": "fined ... Aspen Pharmacare 5.2 million euros")
        tolerance = 0.05 if _scaled_round(low, best) else 0.03
        body = [
            m
            for m in flagged
            if not m.in_title
            # (the penalty an appeal judgment upholds is told as history: "le pourvoi ... contre l'amende de
            # 2,42 milliards d'euros que lui avait infligée la Commission" under "l'amende de 2,4 milliards")
            and m.note in (None, "cap", "background")
            and (m.currency == best.currency or best.currency is None)
            and not (best.periodic and not m.periodic)  # a daily figure stays daily
            and _close(float(m.value), float(best.value), tolerance)
        ]
        # ... unless it is a part of the headline's sum ("€4 million" and "€866 million" of "€870 million").
        body = [m for m in body if not any(o is not m and o.value + m.value == best.value for o in flagged)]
        if body:
            best = max(body, key=lambda m: (_significant_digits(m.value), -m.start))
    if best.note is not None and best.note != "cap":
        best = _renoted(best, None)
    if best.currency is None:
        best = _with_currency(best, flagged)
    others = []
    for m in flagged:
        if m is best or m.note == "ignore":
            continue
        if m.start == best.start:
            continue
        note = m.note
        if note is None:
            if m.currency != best.currency and _close(_rough(m), _rough(best), 0.6):
                note = "conversion"
            elif m.cap:
                note = "cap"
            elif m.value == best.value and m.currency in (best.currency, None):
                continue
            else:
                note = "component" if m.currency == best.currency and m.value < best.value else "background"
        others.append(_renoted(m, note))
    return AmountChoice(best, tuple(others))


def _rounds_unmarked(headline: Decimal, exact: Decimal) -> bool:
    """A headline's round figure (three significant digits at most) is `exact` rounded: "1,1 miljoen" for
    1,125,000, "€4.2m" for 4,240,000; not 1,200,000 for 1,125,000."""
    digits = _significant_digits(headline)
    if headline <= 0 or digits > 3 or _significant_digits(exact) <= digits:
        return False
    unit = Decimal(10) ** (headline.adjusted() - digits + 1)
    return abs(exact - headline) * 2 <= unit


def _significant_digits(value: Decimal) -> int:
    """How precisely a figure is stated: 13,527,000 has five significant digits, "13,5 millions" three (its
    Decimal, 13500000.0, keeps a point and a zero: compare digits, not reprs)."""
    return len(f"{value:.6f}".replace(".", "").strip("0"))


def _with_currency(best: AmountMention, mentions: list[AmountMention]) -> AmountMention:
    """A figure stated without a currency ("multa da 102 milioni") is in the currency the item gives the same
    figure elsewhere; with none, it stays without one here, as stated ("fined 746 million"; see
    `in_item_currency`)."""
    same = [m.currency for m in mentions if m.currency and _close(float(m.value), float(best.value), 0.03)]
    return _renoted(best, best.note, currency=same[0]) if same else best


def in_item_currency(main: AmountMention, mentions: list[AmountMention]) -> AmountMention:
    """The amount chosen, stated without a currency, in the one currency of the item's other figures ("ha
    ridotto a 371,6 milioni la sanzione" where every figure given a currency is in euros). Applied last: a
    figure with its currency told as history still beats a bare one when an appeal's penalty is chosen."""
    if main.currency is not None:
        return main
    others = {m.currency for m in mentions if m.currency and m.start != main.start}
    return _renoted(main, main.note, currency=others.pop()) if len(others) == 1 else main


def decimal_string(value: Decimal) -> str:
    """'250000', '35258707.95', '1.2' — no exponent, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_converter_lock = threading.Lock()
_converter: object | None = None


def load_rates() -> None:
    """Load the ECB reference rates now (about 2 s of CPU) rather than at the first amount to convert."""
    _get_converter()


def _get_converter() -> object:
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                from currency_converter import CurrencyConverter

                _converter = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    return _converter


_CENT = Decimal("0.01")


def to_eur(value: Decimal, currency: str | None, on: str | None) -> str | None:
    """The amount in euros at the ECB reference rate of `on` (YYYY-MM-DD), two decimals; None if unknown."""
    if currency is None:
        return None
    if currency == "EUR":
        return str(value.quantize(_CENT, rounding=ROUND_HALF_UP))
    return _to_eur_cached(value, currency, on[:10] if on else None)


@functools.lru_cache(maxsize=4096)
def _to_eur_cached(value: Decimal, currency: str, on: str | None) -> str | None:
    """The converter's lookup (a bisect over its rate table plus interpolation) is the slow part; the same
    (amount, currency, day) recurs across the outlets that report one decision."""
    conv = _get_converter()
    day = None
    if on:
        try:
            day = date.fromisoformat(on[:10])
        except ValueError:
            day = None
    try:
        if day is not None:
            result = conv.convert(float(value), currency, "EUR", date=day)  # type: ignore[attr-defined]
        else:
            result = conv.convert(float(value), currency, "EUR")  # type: ignore[attr-defined]
    except (ValueError, KeyError, RuntimeError):
        return None
    return str(Decimal(str(result)).quantize(_CENT, rounding=ROUND_HALF_UP))
