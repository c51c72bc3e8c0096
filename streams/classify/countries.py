"""Countries as the rules see them: ISO code (UK for the United Kingdom, EU for EU institutions), the
English display name, and the names/adjectives that point at the country in running text (all languages)."""

from __future__ import annotations

import functools
import re

from streams.classify.scan import Scanner
from streams.classify.text import trie_pattern as _trie

# code: (display name, words in lower case as they appear in text)
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AT": ("Austria", ("austria", "austrian", "österreich", "österreichische", "autriche", "oostenrijk")),
    "BE": (
        "Belgium",
        (
            "belgium",
            "belgian",
            "belgique",
            "belge",
            "belgië",
            "belgische",
            "belgien",
            "belgio",
            "bélgica",
            "brussels",
            "bruxelles",
            "brussel",
        ),
    ),
    "BG": (
        "Bulgaria",
        (
            *("bulgaria", "bulgarian", "bulgarie", "bulgare", "bulgarien", "bulgarische", "bulgarischen"),
            *("bulgaarse", "bulgaars", "bulgaro", "búlgara", "búlgaro", "bulgarsk", "bulgarske"),
        ),
    ),
    "HR": (
        "Croatia",
        (
            *("croatia", "croatian", "croatie", "croate", "kroatien", "kroatische", "kroatischen", "kroatië"),
            *("kroatisch", "croazia", "croata", "croato", "croacia", "kroatia", "kroatisk", "kroatiske"),
        ),
    ),
    "CY": ("Cyprus", ("cyprus", "cypriot")),
    "CZ": (
        "Czechia",
        (
            *("czech", "czechia", "tchèque", "tchéquie", "tschechien", "tschechische", "tschechischen"),
            *("tsjechië", "tsjechische", "ceca", "ceco", "chequia", "checa", "checo"),
            *("tsjekkia", "tsjekkisk", "tsjekkiske", "tschechischer", "tchèques", "ceche", "cechi", "checas"),
        ),
    ),
    "DK": ("Denmark", ("denmark", "danish", "danemark", "danmark", "dänemark", "dansk", "danske")),
    "EE": (
        "Estonia",
        (
            *("estonia", "estonian", "estonie", "estonienne", "estland", "estnische", "estnischen"),
            *("estse", "estone", "estonio", "estisk", "estiske"),
        ),
    ),
    "FI": (
        "Finland",
        (
            *("finland", "finnish", "finlande", "finlandaise", "finnland", "finnische", "finnischen"),
            "finse",
            *("finlandese", "finlandia", "finlandesa", "finlandés", "finsk", "finske"),
        ),
    ),
    "FR": (
        "France",
        (
            "france",
            "french",
            "française",
            "français",
            "frankreich",
            "frankrijk",
            "francia",
            "frankrike",
            "paris",
            "frankreichs",
            "france's",
        ),
    ),
    "DE": (
        "Germany",
        (
            "germany",
            "german",
            "allemagne",
            "allemande",
            "deutschland",
            "deutsche",
            "duitsland",
            "germania",
            "alemania",
            "tyskland",
            "hamburg",
            "bavarian",
            "berlin",
        ),
    ),
    "GR": (
        "Greece",
        (
            *("greece", "greek", "hellenic", "grèce", "grecque", "griechenland", "griechische"),
            "griechischen",
            *("griekenland", "griekse", "grecia", "greca", "greco", "griega", "griego", "hellas", "gresk"),
            # the Italian and French press's "autorità ellenica", "l'autorité hellénique"
            *("ellenica", "ellenico", "hellénique", "helénica", "helénico"),
        ),
    ),
    "HU": (
        "Hungary",
        (
            *("hungary", "hungarian", "hongrie", "hongroise", "ungarn", "ungarische", "ungarischen"),
            *("hongarije", "hongaarse", "ungheria", "ungherese", "hungría", "húngara", "ungarsk", "ungarske"),
        ),
    ),
    "IS": (
        "Iceland",
        (
            *("iceland", "icelandic", "islande", "islandaise", "isländische", "isländischen"),
            *("ijsland", "ijslandse", "islanda", "islandese", "islandia", "islandesa"),
            *("islandsk", "islandske"),
        ),
    ),
    "IE": (
        "Ireland",
        (
            "ireland",
            "irish",
            "irlande",
            "irlandaise",
            "irland",
            "ierland",
            "ierse",
            "irlanda",
            "dublin",
            "ireland's",
        ),
    ),
    "IT": (
        "Italy",
        (
            "italy",
            "italian",
            "italie",
            "italienne",
            "italien",
            "italië",
            "italia",
            "italiana",
            "italiano",
            "italiani",
            "rome",
            "roma",
        ),
    ),
    "LV": (
        "Latvia",
        (
            *("latvia", "latvian", "lettonie", "letton", "lettone", "lettland", "lettische", "lettischen"),
            *("letland", "letse", "lettonia", "letonia", "latvisk"),
        ),
    ),
    "LI": ("Liechtenstein", ("liechtenstein",)),
    "LT": (
        "Lithuania",
        (
            *("lithuania", "lithuanian", "lituanie", "lituanienne", "litauen", "litauische", "litauischen"),
            *("litouwen", "litouwse", "lituania", "lituana", "lituano", "litauisk", "litauiske"),
        ),
    ),
    "LU": (
        "Luxembourg",
        (
            *("luxembourg", "luxembourgish", "luxemburg", "lussemburgo", "luxemburgo"),
            *("grand duchy", "grand-duché", "großherzogtum", "granducato", "groothertogdom"),
        ),
    ),
    "MT": ("Malta", ("malta", "maltese")),
    "NL": (
        "Netherlands",
        (
            "netherlands",
            "dutch",
            "pays-bas",
            "néerlandaise",
            "niederlande",
            "niederländische",
            "nederland",
            "nederlandse",
            "paesi bassi",
            "olandese",
            "países bajos",
            "nederland",
            "holland",
        ),
    ),
    "NO": (
        "Norway",
        (
            "norway",
            "norwegian",
            "norvège",
            "norvégienne",
            "norwegen",
            "norwegische",
            "noorwegen",
            "norvegia",
            "noruega",
            "norge",
            "norsk",
            "norske",
            "norway's",
        ),
    ),
    "PL": (
        "Poland",
        (
            *("poland", "polish", "pologne", "polonaise", "polen", "polnische", "polnischen", "poolse"),
            *("polonia", "polacca", "polacco", "polaca", "polaco", "polsk", "polske"),
        ),
    ),
    "PT": (
        "Portugal",
        (
            *("portugal", "portuguese", "portugais", "portugaise", "portugiesische", "portugiesischen"),
            *("portugese", "portogallo", "portoghese", "portugués", "portuguesa", "portugisisk"),
            "portugisiske",
        ),
    ),
    "RO": (
        "Romania",
        (
            *("romania", "romanian", "roumanie", "roumaine", "rumänien", "rumänische", "rumänischen"),
            *("roemenië", "roemeense", "romena", "romeno", "rumanía", "rumana", "rumano"),
        ),
    ),
    "SK": (
        "Slovakia",
        (
            *("slovakia", "slovak", "slovaquie", "slowakei", "slowakische", "slowakischen", "slowakije"),
            *("slowaakse", "slovacchia", "eslovaquia", "slovakisk"),
        ),
    ),
    "SI": (
        "Slovenia",
        (
            *("slovenia", "slovenian", "slovénie", "slowenien", "slowenische", "slowenischen", "slovenië"),
            *("sloveense", "eslovenia", "slovensk"),
        ),
    ),
    "ES": (
        "Spain",
        (
            "spain",
            "spanish",
            "espagne",
            "espagnole",
            "spanien",
            "spanje",
            "spagna",
            "españa",
            "española",
            "espanyola",
            "madrid",
        ),
    ),
    "SE": (
        "Sweden",
        (
            *("sweden", "swedish", "suède", "suédoise", "schweden", "schwedische", "schwedischen", "zweden"),
            *("zweedse", "svezia", "svedese", "suecia", "sueca", "sverige", "svensk", "svenske"),
        ),
    ),
    "CH": (
        "Switzerland",
        ("switzerland", "swiss", "suisse", "schweiz", "schweizer", "zwitserland", "svizzera", "suiza"),
    ),
    "UK": (
        "UK",
        (
            "uk",
            "united kingdom",
            "britain",
            "british",
            "england",
            "english",
            "royaume-uni",
            "großbritannien",
            "verenigd koninkrijk",
            "regno unito",
            "reino unido",
            "storbritannia",
            "london",
        ),
    ),
    "US": (
        "US",
        (
            "united states",
            "u.s.",
            "american",
            "america",
            "washington",
            "états-unis",
            "américaine",
            "usa",
            "amerikanische",
            "verenigde staten",
            "stati uniti",
            "estados unidos",
            *("ee uu", "ee. uu.", "eeuu", "ee.uu.", "vereinigten staaten", "statunitense", "estadounidense"),
            *("américain", "amerikanske", "amerikaanse"),
            "californie",
            # The states whose attorneys general and courts the press names most ("Oklahoma Supreme Court").
            *("california", "texas", "new york", "oklahoma", "florida", "illinois", "massachusetts"),
            *("new jersey", "pennsylvania", "ohio", "michigan", "arizona", "delaware", "virginia"),
        ),
    ),
    "AU": (
        "Australia",
        ("australia", "australian", "australie", "australien", "australiano", "australiana", "sydney"),
    ),
    "CA": (
        "Canada",
        (
            *("canada", "canadian", "kanada", "canadien", "canadienne", "canadiense", "canadese"),
            *("toronto", "ottawa", "montreal", "montréal", "vancouver"),  # datelines
        ),
    ),
    "IN": (
        "India",
        (
            *("india", "indian", "inde", "indien", "indienne", "indische", "indischen", "indiase"),
            *("indiano", "new delhi", "mumbai"),
        ),
    ),
    "BR": (
        "Brazil",
        (
            *("brazil", "brazilian", "brésil", "brésilien", "brésilienne", "brasilien", "brasilianische"),
            *("brasile", "brasiliano", "brasiliana", "brasil", "brasileño", "brasileña", "brazilië"),
        ),
    ),
    "RU": (
        "Russia",
        (
            *("russia", "russian", "russie", "russland", "russische", "russischen", "russischer", "rusland"),
            *("rusia", "russiske", "russisk", "moscow", "moscou", "moskau", "moskou", "mosca", "moscú"),
        ),
    ),
    # Big tech's regulators beyond Europe and the US, whose decisions the European press reports.
    "JP": (
        "Japan",
        (
            *("japan", "japanese", "japon", "japonais", "japonaise", "japanische", "japanischen"),
            *("japanischer", "japanse", "giappone", "giapponese", "japón", "japonés", "japonesa", "japansk"),
            "japanske",
        ),
    ),
    "KR": (
        "South Korea",
        (
            *("south korea", "korea", "south korean", "korean", "corée du sud", "sud-coréen"),
            *("sud-coréenne", "südkorea", "südkoreanische", "südkoreanischen", "zuid-korea"),
            "zuid-koreaanse",
            *("corea del sud", "sudcoreana", "sudcoreano", "corea del sur", "surcoreano", "surcoreana"),
            *("sør-korea", "sørkoreanske"),
        ),
    ),
    "TR": (
        "Turkey",
        (
            *("turkey", "türkiye", "turkish", "turquie", "türkei", "türkische", "türkischen", "türkischer"),
            *("turkije", "turkse", "turchia", "turquía", "tyrkia", "tyrkiske", "tyrkisk"),
        ),
    ),
    "NZ": (
        "New Zealand",
        ("new zealand", "nouvelle-zélande", "neuseeland", "nueva zelanda", "nuova zelanda"),
    ),
    "EU": (
        "EU",
        (
            "eu",
            "european union",
            "union européenne",
            "europäische union",
            "europese unie",
            "unione europea",
            "unión europea",
            "brussels-based",
            "bloc",
            "europe",
            "european",
        ),
    ),
}
# The adjectives of the countries whose authorities the news reports on most, in the supported languages
# ("la Commission irlandaise", "die niederländische Datenschutzbehörde", "det irske datatilsynet"), with
# the inflected forms; merged into the words above.
_ADJECTIVES: dict[str, str] = {
    "IE": "irlandais irlandaise irische irischen irischer irisches ierse iers irlandese irlandesi irlandés "
    "irlandesa irsk irske",
    "NL": "néerlandais néerlandaise niederländische niederländischen niederländischer nederlandse olandese "
    "olandesi neerlandés neerlandesa holandés holandesa nederlandsk nederlandske",
    "LU": "luxembourgeois luxembourgeoise luxemburgische luxemburgischen luxemburgischer luxemburgse "
    "lussemburghese luxemburgués luxemburguesa luxembourgsk luxembourgske",
    "FR": "französische französischen französischer franse francese francesi francés francesa fransk franske",
    "DE": "allemand allemande deutsche deutschen deutscher duitse tedesco tedesca tedeschi alemán alemana "
    "tysk tyske",
    "IT": "italien italienne italienische italienischen italienischer italiaanse italiano italiana italiani "
    "italiensk italienske",
    "ES": "espagnol espagnole spanische spanischen spanischer spaanse spagnolo spagnola español española "
    "spansk spanske",
    "NO": "norvégien norvégienne norwegische norwegischen norwegischer noorse norvegese noruego noruega "
    "norsk norske",
    "SE": "suédois suédoise schwedische schwedischen schwedischer zweedse svedese sueco sueca svensk svenske",
    "DK": "danois danoise dänische dänischen dänischer deense danese danés danesa",
    "AT": "autrichien autrichienne österreichischen österreichischer oostenrijkse austriaco austriaca "
    "austríaco austríaca østerriksk østerrikske",
    "BE": "belga belgischen belgischer",
    "PL": "polonais polonaise polnische polnischen polnischer poolse polacco polacca polaco polaca polsk "
    "polske",
    "GR": "grec grecque griechische griechischen griechischer griekse greco greca griego griega gresk greske",
    "PT": "portugais portugaise portugiesische portugiesischen portugiesischer portugese portoghese "
    "portugués portuguesa portugisisk portugisiske",
    "FI": "finlandais finlandaise finnische finnischen finnischer finse finlandese finlandés finlandesa "
    "finsk finske",
    "UK": "britannique britische britischen britischer britse britannico britannica británico británica "
    "britisk britiske",
    "US": "américain américaine amerikanische amerikanischen amerikanischer amerikaanse americano americana "
    "estadounidense amerikansk amerikanske",
    "CH": "suisse schweizerische schweizerischen schweizer zwitserse svizzero svizzera suizo suiza sveitsisk "
    "sveitsiske",
    "HU": "hongrois hongroise ungarische ungarischen ungarischer hongaarse ungherese húngaro húngara ungarsk "
    "ungarske",
}
for _code, _adjectives in _ADJECTIVES.items():
    if _code in COUNTRIES:
        _name, _known = COUNTRIES[_code]
        COUNTRIES[_code] = (_name, (*_known, *(w for w in _adjectives.split() if w not in _known)))

# Languages that point weakly at a country when nothing else does.
LANGUAGE_COUNTRY = {
    **{"fr": "FR", "de": "DE", "nl": "NL", "it": "IT", "es": "ES", "ca": "ES"},
    **{"no": "NO", "nb": "NO", "nn": "NO", "sv": "SE", "da": "DK", "fi": "FI"},
    **{"pt": "PT", "pl": "PL", "el": "GR"},
}

_CODE_BY_NAME: dict[str, str] = {}
for _code, (_name, _words) in COUNTRIES.items():
    _CODE_BY_NAME[_name.lower()] = _code
    for _w in _words:
        _CODE_BY_NAME.setdefault(_w, _code)
_CODE_BY_NAME.update({"united kingdom": "UK", "gb": "UK", "eu": "EU", "eea": "EU", "us": "US", "usa": "US"})
for _code in COUNTRIES:
    _CODE_BY_NAME.setdefault(_code.lower(), _code)

WORDS: list[str] = sorted(
    {w for _, ws in COUNTRIES.values() for w in ws if w not in ("eu", "uk", "usa")}, key=len, reverse=True
)
# ("Tyrkias konkurransetilsyn", "Indias konkurransetilsyn": the Nordic genitive takes a bare "s")
COUNTRY_WORDS = re.compile(r"\b(" + _trie(WORDS) + r")(?:'s|s)?(?![\w-])")
# Short codes are only trusted in their usual upper-case spelling.
COUNTRY_CODES = re.compile(r"(?<![\w.])(EU|UK|USA?|U\.S\.)(?![\w])")
_CODE_LITERALS = ("EU", "UK", "US", "U.S.")  # every match of COUNTRY_CODES holds one of these


# The cities whose courts the press names by their seat ("tribunal de grande instance de Paris", "un
# tribunal de Milán", "the Hamburg court"): read only next to a court or authority described, where a city
# says the country (elsewhere a city is no more than a dateline or part of a name).
_CITIES: dict[str, tuple[str, ...]] = {
    "FR": ("paris", "nanterre", "lyon", "marseille", "versailles"),
    "DE": (
        *("berlin", "hamburg", "munich", "münchen", "frankfurt", "köln", "cologne", "düsseldorf"),
        # ... and their adjectives: "De Berlijnse privacytoezichthouder"
        *("berlijnse", "berliner", "hamburgse", "hamburger", "münchner", "berlinese", "berlinois"),
        "berlinoise",
    ),
    "IT": ("milan", "milano", "milán", "rome", "roma", "rom", "turin", "torino", "naples", "napoli"),
    "ES": ("madrid", "barcelona"),
    "NL": ("amsterdam", "rotterdam", "den haag", "the hague", "la haye", "utrecht"),
    "BE": ("brussels", "bruxelles", "brussel", "brüssel", "bruselas", "antwerp", "anvers", "antwerpen"),
    "NO": ("oslo", "bergen", "trondheim"),
    "SE": ("stockholm",),
    "DK": ("copenhagen", "københavn", "kopenhagen"),
    "AT": ("vienna", "wien", "vienne"),
    "IE": ("dublin",),
    "UK": ("london", "londres", "londra"),
    "PT": ("lisbon", "lisboa", "lisbonne", "lissabon", "lisbona"),
    "PL": ("warsaw", "warszawa", "varsovie", "warschau", "varsavia", "varsovia"),
    # capitals the press names an authority by: "l'antitrust di Varsavia", "l'autorità di Atene"
    "GR": ("athens", "athènes", "atene", "atenas", "athen"),
    "CZ": ("prague", "praga", "prag"),
    "HU": ("budapest",),
    "RO": ("bucharest", "bucarest", "bukarest"),
    "FI": ("helsinki",),
}
_CITY_CODE = {city: code for code, cities in _CITIES.items() for city in cities}
_CITY = "|".join(sorted(map(re.escape, _CITY_CODE), key=len, reverse=True))
# "... de grande instance de Paris", "... of Milan", "... in Hamburg": a seat after the description
CITY_AFTER = re.compile(
    rf"\s(?:(?:de|di|of|in|van|von|du|del|della|i|d')\s?(?:[\w'-]+\s){{0,3}}?)({_CITY})(?![\w-])"
)
# "the Hamburg court", "Paris commercial court": a seat just before it
CITY_BEFORE = re.compile(rf"(?<![\w-])({_CITY})(?:'s)?\s+(?:[\w-]+\s+)?$")


def city_code(city: str) -> str | None:
    return _CITY_CODE.get(city)


def code_of(name: str) -> str | None:
    """'Norway' / 'norwegian' / 'NO' -> 'NO'; None when unknown."""
    key = name.strip().lower().rstrip(".")
    return _CODE_BY_NAME.get(key)


def display(code: str | None) -> str | None:
    if code is None:
        return None
    entry = COUNTRIES.get(code)
    return entry[0] if entry else code


def country_scores(text: str, low: str, title_end: int, starts: list[int] | None = None) -> dict[str, float]:
    """How strongly the text points at each country (title mentions count double). `starts`: the word
    starts where a country word may begin (`scan.Scanner`); found here when not given."""
    if starts is None:
        starts = _own_scanner().starts(low)["countries"]
    scores: dict[str, float] = {}
    taken = 0
    for pos in starts:
        if pos < taken:
            continue
        m = COUNTRY_WORDS.match(low, pos)
        if m is None:
            continue
        taken = m.end()
        code = _CODE_BY_NAME[m.group(1)]
        scores[code] = scores.get(code, 0.0) + (2.0 if m.start() < title_end else 1.0)
    if not any(code in text for code in _CODE_LITERALS):  # the codes are rare: skip the scan
        return scores
    for m in COUNTRY_CODES.finditer(text):
        code = "US" if m.group(1) in ("US", "USA", "U.S.") else m.group(1)
        scores[code] = scores.get(code, 0.0) + (2.0 if m.start() < title_end else 1.0)
    return scores


@functools.cache
def _own_scanner() -> Scanner:
    return Scanner({"countries": WORDS})
