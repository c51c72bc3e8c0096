"""Companies: an alias registry (brands and subsidiaries -> the group the labels use) and a heuristic for
names the registry does not know ("fines X", "X fined", "sanctionne X", "multa a X", "boete voor X").

The target of an item is the company named in the title or at least twice, or in an enforcement pattern;
a company named once in passing (a past case, a competitor) is not the target.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from streams.classify.text import Document, trie_pattern

# canonical: (aliases as regex fragments over lower-cased text, EU lead data protection authority id)
_REGISTRY: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Meta": (
        (
            "meta platforms(?: ireland)?(?: ltd| limited)?",
            "meta",
            "facebook",
            "instagram",
            "whatsapp",
            "messenger",
            "threads",
        ),
        "ie-dpc",
    ),
    "Google": (("google(?: llc| ireland)?", "alphabet(?: inc)?", "youtube", "doubleclick"), "ie-dpc"),
    "Johnson & Johnson": (("johnson & johnson", "j&j"), None),
    "Merck Sharp & Dohme": (("merck sharp (?:&|and) dohme", "msd"), None),
    "Amazon": (("amazon(?: europe core)?(?:\\.com)?", "amazon web services", "aws"), "lu-cnpd"),
    "Apple": (("apple",), "ie-dpc"),
    # Walmart's Mexican arm, fined by its competition authority under the names it trades by
    "Walmart": (("walmart", "walmex", "wal-mart de méxico", "walmart de méxico"), None),
    "Microsoft": (("microsoft",), "ie-dpc"),
    "LinkedIn": (("linkedin",), "ie-dpc"),
    "TikTok": (("tiktok", "tik tok", "bytedance"), "ie-dpc"),
    # Twitter became X in 2023. An item keeps the name it reports the company by: a decision against
    # Twitter stays Twitter's; "X (formerly Twitter)" is X's (see `known_mentions`).
    "X": (("x corp",), "ie-dpc"),
    "Twitter": (("twitter",), "ie-dpc"),
    "Uber": (("uber(?: technologies| b\\.v\\.)?", "uberpop", "uber eats"), "nl-ap"),
    "Clearview AI": (("clearview(?:[ .]?ai|[ .]?ia)?",), None),
    "L'Oréal": (("l'oréal", "l'oreal", "l’oréal", "l’oreal"), None),
    "Criteo": (("criteo",), "fr-cnil"),
    "H&M": (("h&m", "hennes (?:&|and|und) mauritz"), None),
    "British Airways": (("british airways",), None),
    "Marriott": (("marriott(?: international)?",), None),
    "CaixaBank": (("caixabank", "la caixa"), None),
    "BBVA": (("bbva",), None),
    "Santander": (("santander", "banco santander"), None),
    "Sabadell": (("banco sabadell", "sabadell"), None),
    # national banks of the group that their own supervisors fine under their own names
    "Santander UK": (("santander uk",), None),
    "E.ON": (("e\\.on(?: energie| se)?", "eon energie"), None),
    "Santander Totta": (("santander totta",), None),
    "Santander Consumer Bank": (("santander consumer bank",), None),
    "Enel": (("enel energia", "enel"), None),
    "Vodafone": (("vodafone",), None),
    "Deutsche Bahn": (
        ("deutsche bahn", "deutschen bahn", "db netz", "db cargo", "db fernverkehr", "db regio"),
        None,
    ),
    "Telefónica": (("telef[oó]nica", "movistar"), None),
    "Deutsche Wohnen": (("deutsche(?:n|r|) wohnen",), None),
    "Spotify": (("spotify",), "se-imy"),
    "Netflix": (("netflix",), "nl-ap"),
    "Yahoo": (("yahoo",), None),
    "Airbnb": (("airbnb",), None),
    "Booking.com": (("booking\\.com",), "nl-ap"),
    "Grindr": (("grindr",), None),
    "Equifax": (("equifax",), None),
    "Experian": (("experian",), None),
    "Tesla": (("tesla",), None),
    "OpenAI": (("openai", "chatgpt"), None),
    # the two companies behind the chatbot, named together in the Garante's decisions
    "DeepSeek": (("deepseek", "(?:hangzhou|beijing) deepseek artificial intelligence"), None),
    "Replika": (("replika", "luka inc"), None),
    "Deliveroo": (("deliveroo",), None),
    "Glovo": (("glovo", "foodinho"), None),
    "Orange": (("orange",), None),
    "Free": (("free mobile",), None),
    "Carrefour": (("carrefour",), None),
    "Ticketmaster": (("ticketmaster",), None),
    "EasyJet": (("easyjet",), None),
    "Tim": (("telecom italia", "tim s\\.p\\.a"), None),
    "Wind Tre": (("wind tre",), None),
    "Intesa Sanpaolo": (("intesa sanpaolo",), None),
    "Unicredit": (("unicredit",), None),
    "Volkswagen": (("volkswagen", "vw"), None),
    # Austria's postal group, named in each language ("Oostenrijkse Post", "la poste autrichienne")
    "Österreichische Post": (
        (
            "österreichische post",
            "österreichischen post",
            "austrian post",
            "oostenrijkse post",
            "poste autrichienne",
            "posta austriaca",
            "correos de austria",
        ),
        None,
    ),
    "Nvidia": (("nvidia",), None),
    "Qualcomm": (("qualcomm",), None),
    "Intel": (("intel",), None),
    "Samsung": (("samsung",), None),
    "Huawei": (("huawei",), None),
    "Alibaba": (("alibaba", "aliexpress"), None),
    "Temu": (("temu",), None),
    "Shein": (("shein",), None),
    "Binance": (("binance",), None),
    "Coinbase": (("coinbase",), None),
    "Visa": (("visa inc",), None),
    "Mastercard": (("mastercard",), None),
    "Goldman Sachs": (("goldman sachs",), None),
    "JPMorgan": (("jpmorgan", "jp morgan", "j\\.p\\. morgan"), None),
    "Citigroup": (("citigroup", "citi"), None),
    "MUFG": (("mufg(?: bank)?",), None),
    "Wells Fargo": (("wells fargo",), None),
    "HSBC": (("hsbc",), None),
    "Barclays": (("barclays",), None),
    "Revolut": (("revolut",), None),
    "Klarna": (("klarna",), None),
    "Zoom": (("zoom video",), None),
    "Snap": (("snapchat", "snap inc"), None),
    "Telegram": (("telegram",), None),
    "Worldcoin": (("worldcoin", "tools for humanity"), None),
    "Avast": (("avast",), None),
    "Sephora": (("sephora",), None),
    "Ryanair": (("ryanair",), None),
    # a Title Case headline's "Under Armour Agrees to Pay" would lose "Under" as a preposition
    "Under Armour": (("under armour",), None),
    "Epic Games": (("epic games(?: international)?",), None),
    "Lufthansa": (("lufthansa",), None),
    "Deutsche Telekom": (("deutsche(?:n|r|) telekom",), None),
    "General Electric": (("general electric", "ge"), None),
    "GSK": (("gsk", "glaxosmithkline", "glaxo smithkline"), None),
    "Hyundai Heavy Industries": (("hyundai heavy(?: industries)?",), None),
    "1&1": (("1&1",), None),
    # Its legal name is its web address ("notebooksbilliger.de AG").
    "notebooksbilliger.de": (("notebooksbilliger(?:\\.de)?",), None),
    "Austrian Post": (("austrian post",), None),
    "Bouygues Telecom": (("bouygues telecom",), None),
    "Foodinho": (("foodinho",), None),
    # Lower-case article in the registered name: "de Volksbank" is the bank's name, not "the Volksbank".
    "de Volksbank": (("de volksbank",), None),
}
# A suffix is a separate word: "Solvang Energi AS", "Cloud9 Mobile S.p.A.", "Kestrel Ltd."
# ("Texas" keeps its "as").
_LEGAL_SUFFIX = (
    r"(?:(?:\s+|\s*[,&]\s*)(?:inc\.?|incorporated|ltd\.?|limited|llc|plc|s\.?a\.?|s\.?a\.?s\.?|"
    r"s\.?à\.?\s?r\.?l\.?|sarl|s\.?p\.?a\.?|s\.?r\.?l\.?|s\.l\.?|sl|gmbh|ag|se|b\.?v\.?|n\.?v\.?|a/s|as|asa|ab|"
    r"oy|oyj|dac|kft|co\.?(?: kg)?|kg|corp\.?|corporation|ireland ltd|ireland limited|group|holdings?))+$"
)
_SUFFIX_RE = re.compile(_LEGAL_SUFFIX, re.IGNORECASE)


def _literals(fragment: str) -> list[str]:
    """The registry writes a few aliases as small regexes; the matcher wants the literal spellings."""
    base = re.sub(r"\(\?:[^()]*\)\?", "", fragment)
    out = [base]
    m = re.search(r"\[(.)(.)\]", base)
    if m:
        out = [base[: m.start()] + ch + base[m.end() :] for ch in (m.group(1), m.group(2))]
    expanded: list[str] = []
    for o in out:
        alt = re.fullmatch(r"(.*)\(\?:([^()]*)\)(.*)", o)
        if alt:
            expanded.extend(alt.group(1) + x + alt.group(3) for x in alt.group(2).split("|"))
        else:
            expanded.append(o)
    return [e.replace("\\", "") for e in expanded]


_CANON_OF: dict[str, str] = {}
for _canon, (_aliases, _lead) in _REGISTRY.items():
    for _frag in _aliases:
        for _lit in _literals(_frag):
            _CANON_OF.setdefault(_lit, _canon)
for _extra, _canon in (
    ("clearview ai", "Clearview AI"),
    ("clearviewai", "Clearview AI"),
    ("clearview.ai", "Clearview AI"),
    ("clearview ia", "Clearview AI"),
    ("meta platforms ireland", "Meta"),
    ("amazon europe core", "Amazon"),
):
    _CANON_OF[_extra] = _canon
ALIAS_WORDS: tuple[str, ...] = tuple(_CANON_OF)
_KNOWN_RE = re.compile("(" + trie_pattern(list(_CANON_OF)) + r")(?![\w&]|-\w)")
# Words that look like a name after "fines" but are not one.
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "for",
        "of",
        "on",
        "in",
        "to",
        "and",
        "or",
        "but",
        "over",
        "after",
        "up",
        "total",
        "totalling",
        "worth",
        "issued",
        "imposed",
        "levied",
        "under",
        "against",
        "gdpr",
        "eu",
        "european",
        "data",
        "record",
        "big",
        "million",
        "billion",
        "euros",
        "companies",
        "firms",
        "tech",
        "two",
        "three",
        "four",
        "five",
        "several",
        "more",
        "than",
        "nearly",
        "about",
        "around",
        # German articles: "gegen den/das/ein ..." introduces a noun, not a name.
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
    ]
)
# German capitalises every noun: after "gegen" these enforcement words are the object, never a company.
_GERMAN_NOUNS = frozenset(
    [
        "bußgeld",
        "bussgeld",
        "bußgeldbescheid",
        "bescheid",
        "einspruch",
        "widerspruch",
        "beschwerde",
        "berufung",
        "klage",
        "entscheidung",
        "strafe",
        "geldbuße",
        "geldstrafe",
        "verfahren",
        "urteil",
        "verfügung",
        "anordnung",
        "datenschutz",
        "unternehmen",
        "behörde",
    ]
)
_CAP = r"[A-ZÀ-Þ][\w&.'-]*(?:\s(?:[A-ZÀ-Þ][\w&.'-]*|AI|&|de|van|der|and))*"
_UNKNOWN_RE = re.compile(
    r"(?:\bfines?|\bfined|\bpenalises|\bpenalizes|\bsanctions|\bsanctionne|\bcondamne|\bverhängt[^.]{0,40}?gegen|"
    r"\bgegen|\bmulta a|\bmulta|\bsanziona|\bsanciona|\bboete voor|\bboete aan|\bbeboet|"
    r"\bbøtelegger|\bagainst|"
    r"\bà l'encontre de|\bcontre|\bon|\bnei confronti di|\bcontra)\s(?:the\s|la société\s|l'entreprise\s|"
    r"la società\s|la empresa\s|het bedrijf\s|das unternehmen\s|(?:the )?(?:firm|company)\s)?(?P<a>"
    + _CAP
    + ")"
    r"|(?P<b>" + _CAP + r")(?:'s)?\s(?:was |has been |have been |is |gets |got |hit |slapped |receives |"
    r"krijgt |erhält |riceve |recibe |reçoit |écope |får )?(?:fined|sanctionnée?s?|condamnée?s?|multad[oa]s?|"
    r"sanzionat[oa]|beboet|bøtelagt|a fine|a penalty|une amende|eine strafe|ein bußgeld|een boete|una multa|"
    r"una sanzione|en bot)"
)


@dataclass(frozen=True, slots=True)
class CompanyMention:
    name: str
    start: int
    known: bool
    end: int = 0


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=8192)
def canonical(name: str) -> str:
    """Registry name for an alias ('Instagram' -> 'Meta'), else the name without legal suffixes."""
    low = strip_suffix(name.strip()).lower()
    if low in _CANON_OF:
        return _CANON_OF[low]
    return strip_suffix(name.strip())


def strip_suffix(name: str) -> str:
    return _SUFFIX_RE.sub("", name).strip(" ,.")


def lead_authority(company: str) -> str | None:
    entry = _REGISTRY.get(company)
    return entry[1] if entry else None


def known_mentions(doc: Document, starts: list[int]) -> list[CompanyMention]:
    """Registry companies named in the text; `starts`: word starts where an alias may begin (`scan`)."""
    out = []
    taken = 0
    for pos in starts:
        if pos < taken:
            continue
        m = _KNOWN_RE.match(doc.low, pos)
        if m is None:
            continue
        taken = m.end()
        if m.start() and (doc.low[m.start() - 1].isalnum() or doc.low[m.start() - 1] in "&-"):
            continue
        canon = _CANON_OF[m.group(1)]
        # Lower-case common words ("meta", "orange", "free", "threads", "visa") must be capitalised in text.
        if doc.text[m.start()].islower() and canon in (
            "Meta",
            "Orange",
            "Free",
            "Tim",
            "X",
            "Temu",
            "Snap",
            "Telegram",
            "Intel",
            "Zoom",
            "Threads",
            "Volkswagen",
            "General Electric",
        ):
            continue
        if canon == "Meta" and m.group(0) in ("threads", "messenger"):
            continue
        out.append(CompanyMention(canon, m.start(), True, m.end()))
    if any(k.name == "Twitter" for k in out) and _X_NAMED.search(doc.text):
        out = [CompanyMention("X", k.start, True, k.end) if k.name == "Twitter" else k for k in out]
    return out


# The company under its name since 2023, where the text calls it so: "X Corp", "X (formerly Twitter)", "X,
# formerly Twitter", "Twitter, now X", "rebranded as X", "Musk's X", "the platform X", "X/Twitter". A bare
# capital X is many other things ("Article X", "Model X", "Mr X", "Schedule X").
_X_NAMED = re.compile(
    r"\bX Corp\b|(?<![\w-])X\s*[(,]\s*(?:formerly|previously|anciennement|ex-|ehemals|früher|vormals|"
    r"voorheen|precedentemente|già|antes|antiguo|tidligere)|"
    r"(?:now|renamed|rebranded as|rebranded|désormais|devenu|rebaptisé|umbenannt in|heute|jetzt|nu|inmiddels|"
    r"ora|oggi|ahora|nå)\s+(?:called\s+|known as\s+)?X(?![\w-])|Musk(?:'s|’s|s)? X(?![\w-])|"
    r"(?<![\w-])X\s*/\s*Twitter|Twitter\s*/\s*X(?![\w-])|"
    r"(?:platform|plateforme|Plattform|plataforma|piattaforma|plattformen|social network|réseau social|"
    r"Netzwerk|red social|Kurznachrichtendienst)\s+X(?![\w-])"
)


def unknown_mentions(doc: Document, known: list[CompanyMention]) -> list[CompanyMention]:
    out = []
    known_starts = {k.start for k in known}
    for m in _UNKNOWN_RE.finditer(doc.text):
        group = "a" if m.group("a") else "b"
        raw = m.group(group)
        start = m.start(group)
        if start in known_starts:
            continue
        # A name never runs from the title into the summary (or across any line break).
        if "\n" in raw:
            if group == "a":
                raw = raw.split("\n", 1)[0]
            else:
                tail = raw.rsplit("\n", 1)[1]
                start += len(raw) - len(tail)
                raw = tail
        words = raw.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        # Cut at the first word that cannot be part of a company name.
        kept: list[str] = []
        for w in words:
            if w.lower() in _NOT_NAMES or w.lower() in _GERMAN_NOUNS or re.match(r"^[€$£\d]", w):
                break
            kept.append(w)
        name = strip_suffix(_POSSESSIVE.sub("", " ".join(kept[:4])).strip(" .,'"))
        if len(name) < 2 or name.lower() in _NOT_NAMES:
            continue
        if _looks_like_authority_or_place(name):
            continue
        out.append(CompanyMention(name, start, False))
    return out


# Only a possessive ending goes ("Copperleaf Homes' appeal", "Acme's"); `rstrip("'s")` also ate the s of
# names ending in s.
_POSSESSIVE = re.compile(r"(?:'s?|’s?)$")
_NON_COMPANY = re.compile(
    r"(?i)^(?:commission|court|regulator|watchdog|authority|cnil|ico|dpc|garante|aepd|cnpd|datatilsynet|"
    r"europe|european|eu|ireland|france|germany|spain|italy|norway|netherlands|belgium|luxembourg|uk|us|"
    r"britain|la|le|les|der|die|das|il|el|de|het|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|gdpr|rgpd|dsgvo|"
    r"avg|the|one|ordered|data|privacy|protection|hamburg|brussels|paris|dublin|luxembourgs?|"
    # ISO currency codes stand before amounts ("NOK 5 million fine"), never as a company.
    r"eur|usd|gbp|nok|sek|dkk|chf|pln|isk|czk|huf|aud|cad)\b"
)


def _looks_like_authority_or_place(name: str) -> bool:
    return bool(_NON_COMPANY.match(name))
