"""Offline language detection by stop-word counts: enough to pick rule sets and to disambiguate names."""

from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "for",
            "that",
            "with",
            "on",
            "by",
            "has",
            "have",
            "it",
            "its",
            "from",
            "this",
            "be",
            "are",
            "as",
            "at",
            "which",
            "said",
            "will",
            "would",
            "an",
            "were",
            "after",
            "over",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "est",
            "une",
            "un",
            "pour",
            "dans",
            "par",
            "sur",
            "qui",
            "que",
            "au",
            "aux",
            "ce",
            "cette",
            "il",
            "elle",
            "ont",
            "a",
            "été",
            "son",
            "sa",
            "ses",
            "avec",
            "d'une",
            "d'un",
            "l'",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "ein",
            "eine",
            "nicht",
            "mit",
            "von",
            "zu",
            "den",
            "dem",
            "des",
            "im",
            "auf",
            "für",
            "sich",
            "hat",
            "wird",
            "wegen",
            "auch",
            "bei",
            "nach",
            "soll",
            "sind",
            "einer",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "van",
            "en",
            "is",
            "dat",
            "niet",
            "op",
            "voor",
            "met",
            "zijn",
            "aan",
            "ook",
            "heeft",
            "wordt",
            "door",
            "bij",
            "naar",
            "om",
            "dan",
            "deze",
            "die",
            "hij",
            "krijgt",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "le",
            "di",
            "che",
            "è",
            "per",
            "un",
            "una",
            "del",
            "della",
            "dei",
            "delle",
            "con",
            "non",
            "sono",
            "da",
            "al",
            "alla",
            "nel",
            "nella",
            "gli",
            "ha",
            "anche",
            "essere",
            "più",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "que",
            "y",
            "en",
            "un",
            "una",
            "por",
            "con",
            "para",
            "del",
            "al",
            "es",
            "se",
            "no",
            "su",
            "sus",
            "lo",
            "como",
            "más",
            "ha",
            "fue",
            "está",
        ]
    ),
    "no": frozenset(
        [
            "og",
            "i",
            "det",
            "som",
            "er",
            "på",
            "en",
            "et",
            "til",
            "av",
            "for",
            "med",
            "har",
            "ikke",
            "å",
            "den",
            "de",
            "vil",
            "fra",
            "kan",
            "blir",
            "ble",
            "skal",
            "etter",
            "også",
        ]
    ),
    "ca": frozenset(
        [
            "el",
            "la",
            "els",
            "les",
            "de",
            "que",
            "i",
            "en",
            "un",
            "una",
            "per",
            "amb",
            "del",
            "al",
            "és",
            "es",
            "no",
            "als",
            "dels",
            "aquesta",
        ]
    ),
}
# Words that exist in several languages weigh less when they are shared (e.g. "de", "la").
_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _WEIGHT.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHT.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

_WORD = re.compile(r"[a-zà-ÿæøå']+")
SUPPORTED = ("en", "fr", "de", "nl", "it", "es", "no")


def detect(low_text: str, *, limit: int = 1500) -> str:
    """ISO 639-1 code of the most likely language of lower-cased text; "en" when nothing is known."""
    scores: dict[str, float] = {}
    for word in _WORD.findall(low_text, 0, limit):
        hit = _WEIGHT.get(word)
        if hit:
            for lang, w in hit.items():
                scores[lang] = scores.get(lang, 0.0) + w
    if not scores:
        return "en"
    return max(sorted(scores), key=lambda k: scores[k])


def normalise_code(code: str | None) -> str | None:
    """'en-GB' -> 'en', 'nb'/'nn' -> 'no'; None for empty."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    if base in ("nb", "nn"):
        return "no"
    return base or None
