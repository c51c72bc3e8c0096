"""Registry of regulators and courts: lookup of labels (`resolve`) and detection of mentions in text.

Names are matched case-insensitively, abbreviations case-sensitively in text (ICO, SEC, AP are ordinary
words or other things in lower case). A name shared by several entries ("Datatilsynet", "CNPD", "High Court")
is settled by the countries the text points at. Generic descriptions ("Norway's data protection
regulator", "the Dutch privacy watchdog", "a Belgian court") map to the country's default entry.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from streams.classify import anchored, countries
from streams.classify.registry_data import DEFAULT_COMPETITION, DEFAULT_COURT, DEFAULT_DPA, ROWS
from streams.classify.scan import Scanner, Starts
from streams.classify.text import Document, trie_pattern


@dataclass(frozen=True, slots=True)
class Authority:
    id: str
    name: str
    country: str
    kind: str  # "dpa" | "competition" | "regulator" | "court"
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]

    @property
    def is_court(self) -> bool:
        return self.kind == "court"

    @property
    def display(self) -> str:
        """'CNIL (France)'; EU institutions keep their bare name ('European Commission')."""
        if self.country == "EU" or "(" in self.name:
            return self.name
        return f"{self.name} ({countries.display(self.country)})"


@dataclass(frozen=True, slots=True)
class Mention:
    ids: tuple[str, ...]  # candidate entries (several when the name is shared)
    start: int
    end: int
    generic: bool = False
    weak: bool = False  # a common noun that is also one entry's official name (see _WEAK_NAMES)


REGISTRY: dict[str, Authority] = {
    row[0]: Authority(id=row[0], name=row[1], country=row[2], kind=row[3], names=row[4], abbreviations=row[5])
    for row in ROWS
}
_PATTERNS: dict[str, tuple[str, ...]] = {row[0]: row[6] for row in ROWS if row[6]}
# A German state's data protection authority described in English or German by its state ("the data
# protection authority of Baden-Württemberg", "Datenschutzbeauftragte des Landes Brandenburg"). Bavaria
# has two (the private and the public sector's) and stays with its own names.
_STATE_DPAS = {
    "de-lfdi-bw": ("baden-württemberg",),
    "de-hmbbfdi": ("hamburg",),
    "de-blnbdi": ("berlin",),
    "de-lfdi-rlp": ("rhineland-palatinate", "rheinland-pfalz"),
    "de-ldi-nrw": ("north rhine-westphalia", "nordrhein-westfalen"),
    "de-lfd-ni": ("lower saxony", "niedersachsen"),
    "de-hbdi": ("hesse", "hessen"),
    "de-uld": ("schleswig-holstein",),
    "de-saechsdsb": ("saxony", "sachsen"),
    "de-lfdi-mv": ("mecklenburg-vorpommern", "mecklenburg-western pomerania"),
    "de-tlfdi": ("thuringia", "thüringen"),
    "de-lda-bb": ("brandenburg",),
    "de-lfdi-saar": ("saarland",),
    "de-lfd-lsa": ("saxony-anhalt", "sachsen-anhalt"),
    "de-lfdi-hb": ("bremen",),
}
_STATE_DPA_WORDS = (
    r"(?:data[- ]protection|privacy|datenschutz)[- ]?(?:authority|commissioner|regulator|watchdog|"
    r"supervisory authority|officer|beauftragte[rn]?|behörde|aufsicht)"
)
# Two patterns for all of them, tried only when a state's name is in the text (one scanner lexicon).
_STATE_OF = {state: key for key, states in _STATE_DPAS.items() for state in states}
_STATE_TRIE = trie_pattern(sorted(_STATE_OF))
_STATE_DPA_RES = (
    re.compile(
        rf"{_STATE_DPA_WORDS} (?:of|for|in|des landes|von|aus) (?:the (?:german )?(?:federal )?state of )?"
        rf"({_STATE_TRIE})(?![\w-])"
    ),
    anchored.skip_to_firsts(re.compile(rf"(?<![\w-])(?<!lower )({_STATE_TRIE})(?:'s)? {_STATE_DPA_WORDS}")),
)
STATE_NAMES: tuple[str, ...] = tuple(sorted({state for states in _STATE_DPAS.values() for state in states}))


def fold(text: str) -> str:
    """Key for label lookups: no accents, lower case, punctuation reduced to single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9&]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


_BY_KEY: dict[str, list[str]] = {}
for _a in REGISTRY.values():
    for _n in (_a.name, *_a.names, *_a.abbreviations, _a.display):
        _ids = _BY_KEY.setdefault(fold(_n), [])
        if _a.id not in _ids:
            _ids.append(_a.id)


def _country_in(parts: list[str]) -> tuple[str | None, list[str]]:
    code = None
    rest = []
    for p in parts:
        c = countries.code_of(p)
        if c and code is None:
            code = c
        else:
            rest.append(p)
    return code, rest


_NATIONAL_PREFIX = re.compile(r"^(?:the|u\.s\.|us|uk|u\.k\.|eu)\s+", re.IGNORECASE)


def resolve(name: str) -> Authority | None:
    """The registry entry a label or name refers to: 'CNIL (France)', 'AEPD', 'Datatilsynet (Norway)',
    'Agencia Española de Protección de Datos (AEPD, Spain)', 'Administrative Court (Luxembourg)'."""
    if not name or not name.strip():
        return None
    base = name.strip()
    inner: list[str] = []
    m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", base)
    if m:
        base = m.group(1)
        inner = [p.strip() for p in m.group(2).split(",") if p.strip()]
    code, extra = _country_in(inner)
    ids: list[str] = []
    # "U.S. Department of Transportation", "the Pensions Regulator": a national qualifier or article before
    # a name the registry holds without it
    bare = _NATIONAL_PREFIX.sub("", base)
    for key in (fold(name), fold(base), fold(bare), *(fold(x) for x in extra)):
        for i in _BY_KEY.get(key, []):
            if i not in ids:
                ids.append(i)
    if not ids:
        return None
    if code:
        same = [i for i in ids if REGISTRY[i].country == code]
        if same:
            return REGISTRY[same[0]]
        return None
    return REGISTRY[ids[0]]


# ---- detection in text -------------------------------------------------------------------------------
# Acronyms that, written as names, are also first names ("Cade Metz reports").
_FIRST_NAME_ACRONYMS = frozenset(("CADE",))
_SHORT_OK = {"CNIL", "CNPD", "CNDP", "AEPD", "HmbBfDI", "BfDI", "BayLDA", "GPDP", "EDPB", "EDPS", "CJEU"}
_NAME_IDS: dict[str, list[str]] = {}
_ABBR_IDS: dict[str, list[str]] = {}
for _a in REGISTRY.values():
    for _n in _a.names:
        _NAME_IDS.setdefault(_n.lower(), []).append(_a.id)
    for _ab in _a.abbreviations:
        if _ab in ("AP", "EC", "TAR", "CAT", "ABC", "ULD", "DSB", "CoA", "OCC", "HHS"):
            continue  # ordinary words or other things; the full name finds these entries
        if _ab in _SHORT_OK:
            _NAME_IDS.setdefault(_ab.lower(), []).append(_a.id)
        else:
            _ABBR_IDS.setdefault(_ab, []).append(_a.id)
            if len(_ab) >= 4 and _ab.isupper() and _ab.isalpha() and _ab not in _FIRST_NAME_ACRONYMS:
                # The press writes long acronyms as names: "Agcom", "Consob", "Cnmc", "Finra".
                _ABBR_IDS.setdefault(_ab.capitalize(), []).append(_a.id)
            elif len(_ab) >= 5 and _ab.isalpha() and sum(c.isupper() for c in _ab) >= 2:
                # ... and mixed-case ones too: "l'antitrust di Varsavia (Uokik)" for UOKiK
                _ABBR_IDS.setdefault(_ab.capitalize(), []).append(_a.id)
for _a in REGISTRY.values():
    for _ab in _a.abbreviations:
        if _ab in ("AP", "CoA") and _ab not in _ABBR_IDS:
            pass

NAME_WORDS: tuple[str, ...] = tuple(_NAME_IDS)
# "Datenschutzbehörde" is the Austrian authority's name and also the German for "data protection
# authority": it names Austria's only when the text names no other regulator (a Hamburg decision reported
# under the headline "Datenschutzbehörde verhängt Bußgeld" is Hamburg's).
_WEAK_NAMES = frozenset({"datenschutzbehörde"})
# Names that describe a court more than they name it ("de Europese rechter": the EU's judges, either
# court): a court the text names outright is the one that decided.
_DESCRIBING_NAMES = frozenset({"europese rechter"})
# Trie-shaped alternations: one branch per letter instead of one per name at every position.
# A genitive -s is still the authority ("Datatilsynets vedtak", "des Bundeskartellamts").
_NAMES_RE = re.compile("(" + trie_pattern(list(_NAME_IDS)) + r")s?(?![\w])")
_ABBR_RE = re.compile("(" + trie_pattern(list(_ABBR_IDS)) + r")(?![\w])")
# Each row's first pattern joins one alternation, scanned once where its matches' first characters stand; a
# pattern that opens with a lookbehind (the UK's bare "environment agency" after a function word) would add
# "e" and "c" to those characters, and the alternation would be tried at most of the text's letters: it is
# scanned on its own, behind its gate.
_LEADING = {k: ps[0] for k, ps in _PATTERNS.items() if ps and not ps[0].startswith(("(?<", "(?:(?<"))}
_PATTERN_RE = re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(_LEADING.values())))
_PATTERN_IDS = {f"p{i}": k for i, k in enumerate(_LEADING)}
# The same behind a lookahead of its first characters: `re` skips the other characters in C.
_PATTERN_SCAN = anchored.skip_to_firsts(_PATTERN_RE)
_EXTRA_PATTERNS = [
    (re.compile(p), k) for k, ps in _PATTERNS.items() for p in (ps[1:] if k in _LEADING else ps)
]


def required_literal(pattern: str) -> str | None:
    """The longest fixed text every match of `pattern` contains (a run of plain characters at the top
    level of the pattern), or None when there is none (top-level alternation, all optional...)."""
    best = run = ""
    for op, av in re._parser.parse(pattern):  # type: ignore[attr-defined]
        if op is re._constants.LITERAL:  # type: ignore[attr-defined]
            run += chr(av)
            best = max(best, run, key=len)
        else:
            run = ""
    return best or None


def _gate(patterns: list[str]) -> tuple[str, ...] | None:
    """Literals of which at least one is in every text where one of `patterns` can match; None: no gate."""
    literals = [required_literal(p) for p in patterns]
    if any(lit is None for lit in literals):
        return None
    return tuple(dict.fromkeys(lit for lit in literals if lit))


_C: Any = re._constants  # type: ignore[attr-defined]


def _zero_width(items: Any) -> bool:
    """Whether a parsed (sub)pattern matches only the empty string: assertions, or groups of them."""
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue
        if op is _C.SUBPATTERN and _zero_width(av[-1]):
            continue
        if op is _C.BRANCH and all(_zero_width(alt) for alt in av[1]):
            continue
        return False
    return True


def leading_literal(pattern: str) -> str | None:
    """The text every match of `pattern` begins with when only assertions stand before it
    ("(?<=\\bthe )|...)environment agency(?!\\w)" begins with "environment agency"), else None."""
    run = ""
    for op, av in re._parser.parse(pattern):  # type: ignore[attr-defined]
        if op is _C.LITERAL:
            run += chr(av)
        elif run or not _zero_width([(op, av)]):
            break
    return run or None


# The registry patterns are rare (Hamburg, Bavaria, attorneys general, German courts): skip their scans
# unless a word each of them needs is in the text.
_PATTERN_GATE = _gate(list(_LEADING.values()))
_EXTRA_GATES = [_gate([rx.pattern]) for rx, _k in _EXTRA_PATTERNS]
# A pattern whose matches begin with its gate's one literal (the UK's bare "environment agency" behind its
# thirty lookbehinds) is tried only where the scan found that literal: `finditer` would try the lookbehinds
# at every character of the text.
_EXTRA_AT_GATE = [
    gate is not None
    and len(gate) == 1
    and not rx.flags & re.IGNORECASE
    and leading_literal(rx.pattern) == gate[0]
    for (rx, _k), gate in zip(_EXTRA_PATTERNS, _EXTRA_GATES, strict=True)
]
# No generic description starts more than this many characters before its first `_GENERIC_HINT` word
# ("europe's privacy regulator", "data-protection authority"); a margin on top.
_GENERIC_LEAD = 40


def _passes(gate: tuple[str, ...] | None, low: str) -> bool:
    return gate is None or any(lit in low for lit in gate)


# For the caller's one `scan.Scanner` pass: the gates' literals as substring lexicons (gate i is open when
# its lexicon has a hit), and the lower-cased abbreviations as a word lexicon. An abbreviation is all
# letters, so `_ABBR_RE` can match only where its lower-cased form begins a word (lower-casing keeps
# `isalnum`), and it is tried there instead of at every capital of the text.
GATE_LEXICONS: dict[str, tuple[str, ...]] = {
    f"authority_gate_{i}": gate for i, gate in enumerate((_PATTERN_GATE, *_EXTRA_GATES)) if gate is not None
}
ABBR_WORDS: tuple[str, ...] = tuple(sorted({ab.lower() for ab in _ABBR_IDS}))


def _extra_matches(i: int, rx: re.Pattern[str], low: str, scanned: Starts | None) -> Iterator[re.Match[str]]:
    """`rx.finditer(low)` for extra pattern `i`, tried only at its gate's hits when matches begin there."""
    at = scanned.get(f"authority_gate_{i}") if scanned is not None and _EXTRA_AT_GATE[i - 1] else None
    return rx.finditer(low) if at is None else anchored.finditer_at(rx, at, anchored.no_lead, low)


def _gate_open(i: int, gate: tuple[str, ...] | None, low: str, scanned: Starts | None) -> bool:
    """`_passes(gate, low)` for gate `i` of `GATE_LEXICONS`, read from `scanned` when it has that lexicon."""
    key = f"authority_gate_{i}"
    if gate is not None and scanned is not None and key in scanned:
        return bool(scanned[key])
    return _passes(gate, low)


# Generic descriptions: the noun phrase, with the country read from a short window around it.
_GENERIC_RE = re.compile(
    r"(?P<dpa>(?:data[- ]protection|privacy|data|personal data|datenschutz-?|gegevens)\s?"
    r"(?:regulators?|watchdogs?|authorit(?:y|ies)|agency|commission(?:er)?|supervisor|inspectorate|office|"
    r"body|behörde|aufsicht|autoriteit|toezichthouder)"
    r"|datenschutzbehörde|datenschutzbeauftragte[rn]?|datenschützer(?:in|innen|n)?|privacywaakhond|"
    r"privacytoezichthouder|"
    r"autorité (?:\w+ )?de protection des données|gendarme (?:\w+ )?de la vie privée|"
    r"commission (?:\w+ )?(?:de|pour) la protection des données|"
    r"commission (?:\w+ )?de protection des données|"
    r"autorità (?:\w+ )?per la privacy|autorità (?:\w+ )?per la protezione dei dati|"
    r"commissione (?:\w+ )?per la protezione dei dati|garante (?:\w+ )?(?:della |per la )?privacy|"
    r"garante (?:\w+ )?per la protezione dei dati|"
    # the Italian press's "il Garante irlandese": another country's authority by the Garante's name
    r"garante(?= (?:irlandese|francese|tedesc[oa]|spagnol[oa]|olandese|belga|norvegese|svedese|danese|"
    r"austriac[oa]|polacc[oa]|grec[oa]|portoghese|finlandese|britannic[oa]|lussemburghese|ungherese)\b)|"
    r"autoridad (?:\w+ )?de protección de datos|comisión (?:\w+ )?de protección de datos|"
    r"agencia (?:\w+ )?de protección de datos|datenschutzkommission|personvernmyndighet\w*|datatilsyn(?:et)?)"
    r"|(?P<comp>(?:competition|antitrust|cartel|anti-competition|fair trade) "
    r"(?:authority|regulator|watchdog|office|enforcer|commission|body)|wettbewerbsbehörde|kartellbehörde|"
    r"autorité (?:\w+ )?de la concurrence|gendarme (?:\w+ )?de la concurrence|"
    r"autorità (?:\w+ )?(?:garante )?(?:della|per la) concorrenza|"
    r"autoridad (?:\w+ )?de (?:la )?competencia|"
    r"autorità antitrust|mededingingsautoriteit|mededingingswaakhond|"
    # the Norwegian indefinite after a country's genitive: "Tyrkias konkurransetilsyn"
    r"konkurransetilsyn(?!et))"
    r"|(?P<court>(?:administrative |appeals? |high |supreme |top |district |highest |regional )?courts?"
    r"|tribunal supremo|supremo|tribunal|gericht|rechter|rechtbank|tribunale|domstol|"
    r"(?:federal |district )?(?:judge|jueza|juez|juge|giudice|richterin|richter))"
    r"|(?P<eu>(?:eu|european|europe's) (?:data |privacy )?(?:regulators?|watchdogs?))"
)
# The words one of which every generic description holds (see _GENERIC_LEAD).
GENERIC_HINTS: tuple[str, ...] = (
    "regulat",
    "watchdog",
    "authorit",
    "agency",
    "commission",
    "supervisor",
    "inspectorate",
    "office",
    "body",
    "behörde",
    "aufsicht",
    "autoriteit",
    "toezicht",
    "datenschutz",
    "datenschütz",
    "waakhond",
    "autorité",
    "gendarme",
    "autorità",
    "autoridad",
    "comisión",
    "agencia",
    "garante",
    "tilsyn",
    "personvern",
    "competition",
    "antitrust",
    "cartel",
    "kartell",
    "concurrence",
    "mededinging",
    "court",
    "tribunal",
    "supremo",
    "gericht",
    "rechter",
    "rechtbank",
    "domstol",
    "judge",
    "juez",
    "juge",
    "giudice",
    "richter",
)
_GENERIC_HINT = re.compile(trie_pattern(list(GENERIC_HINTS)))
# The texts every generic description begins with, one per way `_GENERIC_RE` can begin (an optional court
# adjective is written with its "court"): the pattern need only be tried where one of them begins.
GENERIC_LEADS: tuple[str, ...] = (
    *("data", "privacy", "personal data", "datenschutz", "datenschützer", "gegevens", "autorité "),
    "gendarme ",
    *("autorità ", "autoridad ", "personvernmyndighet", "commission ", "commissione ", "comisión "),
    *("agencia ", "garante ", "datatilsyn"),
    *("competition ", "antitrust ", "cartel ", "anti-competition ", "fair trade ", "wettbewerbsbehörde"),
    *("kartellbehörde", "mededingingsautoriteit", "mededingingswaakhond", "konkurransetilsyn"),
    *("administrative court", "appeal court", "appeals court", "high court", "supreme court", "top court"),
    *("district court", "highest court", "regional court", "court", "tribunal", "gericht", "rechter"),
    *("rechtbank", "domstol", "judge", "federal judge", "district judge", "juez", "jueza", "juge"),
    *("giudice", "richter", "richterin", "supremo"),
    *("eu ", "european ", "europe's "),
)
# Both lists for one text at a time, when the caller has not scanned for them already.
_GENERIC_SCANNER = Scanner({}, {"generic": GENERIC_LEADS, "generic_hints": GENERIC_HINTS})
_GENERIC_KIND = {"dpa": DEFAULT_DPA, "comp": DEFAULT_COMPETITION, "court": DEFAULT_COURT}


_AFTER_GENERIC = re.compile(
    # "Comisión de Protección de Datos Personales de Bulgaria": the description's own last word first
    r"\s(?:personal\w*\s|personnel\w*\s)?"
    r"(?:(?:of|in|for|de|van|in der|des|del|della)\s(?:the\s|la\s|le\s|l')?)?"
)


# The country a sentence has named already, by a pronoun's genitive.
_THE_COUNTRYS = ("the country's", "the nation's", "du pays", "des landes", "del paese", "del país", "landets")
_EU_BEFORE = re.compile(r"(?<![\w])(?:eu|ue)(?:'s)?[\s-]+$")


def _generic_country(low: str, start: int, end: int, floor: int = 0) -> str | None:
    """The country a description names: an adjective or name just before it (not before `floor`, the start
    of its sentence), inside it, or just after it."""
    before = low[max(floor, start - 28) : start]
    if _EU_BEFORE.search(before):
        return "EU"  # "BRUSSELS - EU antitrust regulators": the EU's, not the dateline's country
    found = None
    for m in countries.COUNTRY_WORDS.finditer(before):
        found = m.group(1)
    if found is None:  # an adjective inside: "commission irlandaise de protection des données"
        inside = countries.COUNTRY_WORDS.search(low, start, end)
        found = inside.group(1) if inside else None
    if found is None:
        after = low[end : end + 30]
        # "... of Ireland", "... de Irlanda", or an adjective right after ("... des données irlandaise")
        m2 = _AFTER_GENERIC.match(after)
        if m2:
            m3 = countries.COUNTRY_WORDS.match(after, m2.end())
            if m3:
                found = m3.group(1)
    if found is None and before.rstrip().endswith(_THE_COUNTRYS):
        # "An Italian administrative court ... a fine imposed by the country's antitrust authority": the
        # country its sentence named before it
        for m in countries.COUNTRY_WORDS.finditer(low, floor, start):
            found = m.group(1)
    if found is None:
        # no country, but the seat of a court: "tribunal de grande instance de Paris", "the Hamburg court"
        seat = countries.CITY_AFTER.match(low, end, end + 45) or countries.CITY_BEFORE.search(before)
        return countries.city_code(seat.group(1)) if seat else None
    return countries.code_of(found)


def _generic(doc: Document, leads: list[int], hints: list[int]) -> list[re.Match[str]]:
    """What `_GENERIC_RE.finditer` finds in each sentence from `_GENERIC_LEAD` characters before its first
    `_GENERIC_HINT` word (every description holds one that close to its start), tried only at `leads`
    (where a text of `GENERIC_LEADS` begins) and looking for the hint only at `hints`."""
    out: list[re.Match[str]] = []
    if not leads or not hints:
        return out
    low = doc.low
    for i in range(doc.sentence_of(hints[0]), len(doc.starts)):
        a, b = doc.sentence_span(i)
        hint = None
        for h in hints[bisect.bisect_left(hints, a) :]:
            if h >= b:
                break
            hint = _GENERIC_HINT.match(low, h, b)
            if hint is not None:
                break
        if hint is None:
            continue
        pos = max(a, hint.start() - _GENERIC_LEAD)
        for p in leads[bisect.bisect_left(leads, pos) :]:
            if p >= b:
                break
            if p < pos:
                continue
            m = _GENERIC_RE.match(low, p, b)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def mentions(
    doc: Document, language: str, name_starts: list[int], scanned: Starts | None = None
) -> list[Mention]:
    """Every authority mention in the document, in text order. `name_starts`: the word starts where a
    registry name may begin (`scan.Scanner`); `scanned`: the "generic" and "generic_hints" positions of
    `GENERIC_LEADS` and `GENERIC_HINTS` in `doc.low`, found here when not given."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    consumed = 0
    for pos in name_starts:
        if pos < consumed:
            continue
        m = _NAMES_RE.match(doc.low, pos)
        if m is None:
            continue
        consumed = m.end()
        if m.start() and doc.low[m.start() - 1].isalnum():
            continue
        name = m.group(1)
        if name in _SHARED_TAILS and _owned_by_another(doc.text, m.start()):
            continue
        if name in _PRESS_NAMES:
            abroad = _press_name_abroad(
                doc, m.start(), m.end(), _PRESS_NAMES[name], privacy=name in _PRIVACY_PRESS_NAMES
            )
            if abroad is not None:
                if abroad:
                    found.append(Mention(abroad, m.start(), m.end(), generic=True))
                    taken.append((m.start(), m.end()))
                continue
        found.append(
            Mention(
                tuple(_NAME_IDS[name]),
                m.start(),
                m.end(),
                generic=name in _DESCRIBING_NAMES,
                weak=name in _WEAK_NAMES,
            )
        )
        taken.append((m.start(), m.end()))
    redefined: dict[str, tuple[str, ...]] = {}
    for m in _abbreviations(doc, scanned):
        abbr = m.group(1)
        if abbr in redefined:
            ids = redefined[abbr]
        else:
            ids = tuple(_ABBR_IDS[abbr])
            own = _defined_as(doc.text, m.start(), abbr, ids, found)
            if own is None:  # "Japan FTC": another country's body of the same letters, here and after
                own = _foreign(doc.text, m.start(), ids)
            if own is None:  # "the Fair Trade Commission ... When the FTC announced": the body spelled out
                own = _spelled_before(doc.text, m.start(), abbr, ids, found)
            if own is not None:  # "South Korea's Fair Trade Commission (FTC)": this text's FTC
                redefined[abbr] = ids = own
        if ids:
            found.append(Mention(ids, m.start(), m.end()))
    low = doc.low
    if _PATTERN_RE.pattern and _gate_open(0, _PATTERN_GATE, low, scanned):
        for m in _PATTERN_SCAN.finditer(low):
            key = m.lastgroup
            if key:
                found.append(Mention((_PATTERN_IDS[key],), m.start(), m.end()))
                taken.append((m.start(), m.end()))
    for i, ((rx, key), gate) in enumerate(zip(_EXTRA_PATTERNS, _EXTRA_GATES, strict=True), 1):
        if not _gate_open(i, gate, low, scanned):
            continue
        for m in _extra_matches(i, rx, low, scanned):
            found.append(Mention((key,), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    states = scanned.get("state_names") if scanned is not None else None
    if states if states is not None else any(name in low for name in STATE_NAMES):
        for rx in _STATE_DPA_RES:
            for m in rx.finditer(low):
                found.append(Mention((_STATE_OF[m.group(1)],), m.start(), m.end()))
                taken.append((m.start(), m.end()))
    if scanned is None:
        scanned = _GENERIC_SCANNER.starts(low)
    bare: list[tuple[str, int, int]] = []  # descriptions with no country of their own
    for m in _generic(doc, scanned["generic"], scanned["generic_hints"]):
        kind = m.lastgroup or ""
        floor = doc.sentence_span(doc.sentence_of(m.start()))[0]
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            # A name that is also a common noun ("Datenschutzbehörde", "Datatilsynet", "Garante") with
            # another country's adjective ("die irische Datenschutzbehörde") is that country's authority.
            named = [f for f in found if f.start < m.end() and m.start() < f.end]
            if all(REGISTRY[i].country == "EU" for f in named for i in f.ids):
                continue  # "the General Court in Luxembourg": where an EU body sits, not whose it is
            code = _generic_country(doc.low, m.start(), m.end(), floor) if kind in _GENERIC_KIND else None
            target = _GENERIC_KIND[kind].get(code) if code else None
            if target is None and (kind != "court" or code is None or code == "EU"):
                continue
            # (a court of a country the registry has no court for is none of the name's entries: "ein
            # Bundesgericht in Brasilien" is not Switzerland's, "Brazilian Supreme Court" not the US's)
            found = [f for f in found if f not in named]
            for f in named:
                own = tuple(i for i in f.ids if REGISTRY[i].country == code)
                if own:  # "det danske Datatilsynet": the shared name's entry of that country
                    found.append(Mention(own, f.start, f.end, weak=f.weak, generic=f.generic))
            if target is not None and not any(REGISTRY[i].country == code for f in named for i in f.ids):
                found.append(Mention((target,), m.start(), m.end(), generic=True))
            continue
        if kind == "eu":
            found.append(Mention(("eu-lead",), m.start(), m.end(), generic=True))
            continue
        code = _generic_country(doc.low, m.start(), m.end(), floor)
        if (
            code is None
            and kind == "dpa"
            and m.group(0) in ("privacywaakhond", "privacytoezichthouder")
            # "Europese privacytoezichthouders" are the EDPB's members, no Dutch authority
            and not doc.low.endswith("europese ", 0, m.start())
        ):
            code = "NL"
        if code is None:
            if kind == "court":
                found.append(Mention(("court-generic",), m.start(), m.end(), generic=True))
            elif kind in _GENERIC_KIND:
                bare.append((kind, m.start(), m.end()))
            continue
        table = _GENERIC_KIND.get(kind, {})
        target = table.get(code)
        if target:
            found.append(Mention((target,), m.start(), m.end(), generic=True))
    if bare:
        # "Norway's Competition Appeals Board has rejected Telenor's complaint ..., the competition authority
        # said": a description with no country of its own, where only courts are named, is of the one
        # country those courts are of.
        entry_ids = [i for mention in found if not mention.generic for i in mention.ids if i in REGISTRY]
        countries_named = {REGISTRY[i].country for i in entry_ids}
        if len(countries_named) == 1 and all(REGISTRY[i].is_court for i in entry_ids):
            (only,) = countries_named
            for kind, a, b in bare:
                target = _GENERIC_KIND[kind].get(only) if only and only != "EU" else None
                if target:
                    found.append(Mention((target,), a, b, generic=True))
    found.sort(key=lambda x: x.start)
    return found


# Registry names that end other countries' bodies' names too ("Dubai Financial Services Authority",
# "Indonesia's Financial Services Authority"): theirs only bare or after their own country's word.
_SHARED_TAILS = frozenset(("financial services authority",))
_OWNER_BEFORE = re.compile(r"([A-Z][\w'\u2019.-]*)\s$")
_OWN_QUALIFIERS = frozenset(("The", "UK", "U.K.", "British", "Britain's", "Britain\u2019s"))


# A competition authority's name that the press also uses for any country's: the Italian "l'Antitrust" is the
# AGCM and the Norwegian "konkurransetilsynet" Norway's, unless a country's adjective stands by it
# ("l'Antitrust ceco", "det polske konkurransetilsynet"), the sentence opens with a country ("Grecia,
# l'Antitrust multa BP e Shell") or puts the story in one before it ("Gazprom slipper rekordbot i Polen –
# konkurransetilsynet anker"): then that country's competition authority.
_PRESS_NAMES = {
    "l'antitrust": "IT",
    "dell'antitrust": "IT",
    "antitrust italiana": "IT",
    "konkurransetilsynet": "NO",
    # the French press's name for another country's privacy authority: "La Cnil italienne inflige 15 M€
    # d'amende à OpenAI"
    "cnil": "FR",
}
# ... of them, the privacy authorities' names (the others are competition authorities').
_PRIVACY_PRESS_NAMES = frozenset(("cnil",))
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_COUNTRY_LEAD = re.compile(r"\W*([^\W\d_]+)\s*[,:–-]")
_IN_COUNTRY = re.compile(r"\b(?:i|in|en)\s+([^\W\d_]+)")


def _press_name_abroad(
    doc: Document, start: int, end: int, own: str, privacy: bool = False
) -> tuple[str, ...] | None:
    """The ids a press name stands for when the text puts it in another country than `own` (`()` when that
    country has no competition authority in the registry, or no privacy authority for a `privacy` name);
    None when it is the registry's own."""
    first = doc.sentence_span(doc.sentence_of(start))[0]
    after = _WORD_AFTER.match(doc.low, end)
    before = _WORD_BEFORE.search(doc.low, max(first, start - 30), start)
    lead = _COUNTRY_LEAD.match(doc.low, first, start)
    places = [m.group(1) for m in _IN_COUNTRY.finditer(doc.low, first, start)]
    words = [m.group(1) for m in (before, after, lead) if m is not None] + places
    if privacy:
        # (an article is no country code: "de CNIL", "la CNIL")
        words = [w for w in words if len(w) > 2]
    code = next((c for c in map(countries.code_of, words) if c is not None), None)
    if code is None or code == own:
        return None
    target = (DEFAULT_DPA if privacy else DEFAULT_COMPETITION).get(code)
    return (target,) if target else ()


def _owned_by_another(text: str, start: int) -> bool:
    m = _OWNER_BEFORE.search(text, max(0, start - 25), start)
    return m is not None and m.group(1) not in _OWN_QUALIFIERS


# Small words an expansion may hold besides the initials' words ("Securities and Exchange Commission").
_EXPANSION_FILLERS = frozenset(
    ("of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "del", "della", "di", "für")
) | {"van", "voor"}


def _expansion(text: str, start: int, abbr: str) -> str | None:
    """The words an abbreviation in parentheses at `start` stands for, when the capitalised words just before
    the parenthesis spell its letters ("Fair Trade Commission (FTC)"); None otherwise."""
    if start < 2 or text[start - 1] != "(" or text[start - 2] != " ":
        return None
    letters = [c for c in abbr if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    picked: list[str] = []
    k = len(letters)
    for word in reversed(text[max(0, start - 120) : start - 2].split()):
        if k == 0:
            break
        if picked and word.lower() in _EXPANSION_FILLERS:
            picked.append(word)
            continue
        if word[:1] != letters[k - 1]:
            return None
        picked.append(word)
        k -= 1
    return " ".join(reversed(picked)) if k == 0 else None


def _defined_as(
    text: str, start: int, abbr: str, ids: tuple[str, ...], found: list[Mention]
) -> tuple[str, ...] | None:
    """What this text defines `abbr` as, when it spells it out in front of it as a body other than the
    registry's `ids` ("South Korea's Fair Trade Commission (FTC)" is no Federal Trade Commission): the
    authority named right before the parenthesis. None when the text does not define it, defines it as the
    registry does, or names no registry authority right before it."""
    words = _expansion(text, start, abbr)
    if words is None:
        return None
    key = fold(words)
    if any(fold(n) == key for i in ids for n in (REGISTRY[i].name, *REGISTRY[i].names)):
        return None
    before = [f for f in found if start - 3 <= f.end <= start - 2 and not f.generic]
    # Without a registry name in front, the words may be the same body's name in another language
    # ("Autoridad Nacional de Protección de Datos (ANPD)"): the registry's reading stands.
    return before[-1].ids if before else None


# A country's name or adjective right before an abbreviation: three letters or more ("In FCA Crackdown" is
# no Indian FCA; "UK FCA", "US FTC" are the registry's own anyway).
_QUALIFIER = re.compile(r"(?<![\w.])([A-Z][\w.]{2,}?)(?:'s|\u2019s)?\s$")


# A list's neighbours of a name: "Acciona, ACS, FCC, Ferrovial, OHLA y Sacyr" (the conjunctions of the
# registry's languages).
_LIST_BEFORE = re.compile(r"([A-Z][\w&-]*)\s*,\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|\s(?:and|y|et|und|e|en|og|och)\s)\s*([A-Z][\w&-]*)")


def listed_among_names(text: str, start: int, end: int) -> bool:
    """The mention at `start`..`end` stands in a list of names that are no authorities' ("Acciona, ACS, FCC,
    Ferrovial, OHLA y Sacyr": the builder FCC, not the US Federal Communications Commission; "the FTC, SEC
    and CFPB" stays a list of authorities). Such a mention is a company's (see `targets.find`)."""
    before = _LIST_BEFORE.search(text, max(0, start - 30), start)
    after = _LIST_AFTER.match(text, end)
    return (
        before is not None
        and after is not None
        and before.group(1) not in _ABBR_IDS
        and after.group(1) not in _ABBR_IDS
        and before.group(1).lower() not in _NAME_IDS
        and after.group(1).lower() not in _NAME_IDS
    )


def _foreign(text: str, start: int, ids: tuple[str, ...]) -> tuple[str, ...] | None:
    """What the abbreviation at `start` means when it follows a country none of its registry entries is in
    ("Japan FTC", "Korea's FTC"): that country's competition authority when the registry's body of those
    letters is a trade or competition one, else nothing; None when no other country stands before it."""
    m = _QUALIFIER.search(text, max(0, start - 20), start)
    code = countries.code_of(m.group(1)) if m else None
    if code is None or any(REGISTRY[i].country == code for i in ids):
        return None
    trade = any(REGISTRY[i].kind == "competition" or "Trade" in REGISTRY[i].name for i in ids)
    target = DEFAULT_COMPETITION.get(code) if trade else None
    return (target,) if target else ()


def _spelled_before(
    text: str, start: int, abbr: str, ids: tuple[str, ...], found: list[Mention]
) -> tuple[str, ...] | None:
    """The authority named earlier in the text whose capitalised words' initials are `abbr` (with a
    country's letter or two before them: "Korea Fair Trade Commission" for "FTC"), when none of the
    registry's bodies of those letters is it: the text's own meaning of the abbreviation."""
    for f in reversed(found):
        if f.end > start or f.generic or set(f.ids) & set(ids):
            continue
        initials = "".join(w[0] for w in text[f.start : f.end].split() if w[:1].isupper())
        if len(initials) >= len(abbr) and initials.endswith(abbr) and len(initials) - len(abbr) <= 2:
            return f.ids
    return None


def _abbreviations(doc: Document, scanned: Starts | None) -> list[re.Match[str]]:
    """The matches of `_ABBR_RE` that begin a word. `scanned["abbreviations"]`: the word starts where one of
    `ABBR_WORDS` begins, when the caller has them."""
    text = doc.text
    if scanned is not None and "abbreviations" in scanned:
        return [m for p in scanned["abbreviations"] if (m := _ABBR_RE.match(text, p)) is not None]
    return [m for m in _ABBR_RE.finditer(text) if not (m.start() and text[m.start() - 1].isalnum())]


def pick(ids: tuple[str, ...], scores: dict[str, float], language: str) -> str:
    """One entry out of a shared name: the one whose country the text points at most."""
    if len(ids) == 1:
        return ids[0]
    lang_country = countries.LANGUAGE_COUNTRY.get(language)

    def weight(i: str) -> float:
        c = REGISTRY[i].country
        # The text's language counts more than one passing mention ("with the authorities of Sweden and
        # Denmark" in a Norwegian item about Datatilsynet).
        return scores.get(c, 0.0) + (1.5 if c == lang_country else 0.0)

    return max(ids, key=lambda i: (weight(i), -ids.index(i)))
