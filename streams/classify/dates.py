"""Decision dates: explicit dates in seven languages, weekdays ("on Friday") relative to the published
date, "today" = published. A day and month without a year take the published year (or the latest year the
text names), moved back a year when that would put the date after publication."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date, timedelta

from streams.classify import anchored
from streams.classify.scan import Scanner
from streams.classify.text import trie_pattern

_MONTHS = {
    # en
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # fr
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # de
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    # nl
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    # it
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    # es
    "enero": 1,
    "febrero": 2,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    # no
    "desember": 12,
    "okt": 10,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "lunedì": 0,
    "martedì": 1,
    "mercoledì": 2,
    "giovedì": 3,
    "venerdì": 4,
    "sabato": 5,
    "domenica": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "domingo": 6,
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
}
_MONTH_ALT = trie_pattern(list(_MONTHS))
_WEEKDAY_ALT = trie_pattern(list(_WEEKDAYS))
_DATE_RE = re.compile(
    rf"(?<![\w])(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))"
    rf"|(?<![\w.])(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\w])(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s(?:de\s)?(?P<m1>{_MONTH_ALT})\.?(?:,?\s(?:de\s)?(?P<y1>(?:19|20)\d\d))?(?!\w)"
    rf"|(?<![\w])(?P<m2>{_MONTH_ALT})\.?\s(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s(?P<y2>(?:19|20)\d\d))?(?!\w)"
    rf"|(?<![\w])(?:on|am|op|el|le|ce|på|di|il|this|last|past)?\s?(?P<wd>{_WEEKDAY_ALT})(?!\w)"
    rf"|(?P<today>\btoday\b|aujourd'hui|\bheute\b|\bvandaag\b|\boggi\b|\bhoy\b|\bi dag\b|\bthis morning\b)"
    rf"|(?P<yesterday>\byesterday\b|\bgestern\b|\bgisteren\b|\bieri\b|\bayer\b|\bi går\b)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_RE_LOW = anchored.case_sensitive(_DATE_RE)
_TODAY_WORDS = ("today", "aujourd'hui", "heute", "vandaag", "oggi", "hoy", "i dag", "this morning")
_YESTERDAY_WORDS = ("yesterday", "gestern", "gisteren", "ieri", "ayer", "i går")
# Every date starts with a digit run, a month or today/yesterday, or holds a weekday at most 5 characters
# in ("this monday", "på fredag"): anchors, from which the pattern is tried that far back.
_DATE_ANCHOR = re.compile(
    r"\d+|" + trie_pattern(sorted({*_MONTHS, *_WEEKDAYS, *_TODAY_WORDS, *_YESTERDAY_WORDS}))
)
_WEEKDAY_WORDS = tuple(_WEEKDAYS)
# The word anchors of `_DATE_ANCHOR`, found in one pass; the digit anchors with a character class. A
# digit after a letter or digit is left out: every branch of `_DATE_RE` that can begin at a digit has
# `(?<![\w])` in front, so no date begins there (and the scan tries nothing else at a digit anchor).
_ANCHOR_SCANNER = Scanner(
    {}, {"date_words": sorted({*_MONTHS, *_WEEKDAYS, *_TODAY_WORDS, *_YESTERDAY_WORDS})}
)
_DIGIT = re.compile(r"\d(?<!\w.)")


def _date_lead(anchor: re.Match[str]) -> int:
    return 5 if anchor.string.startswith(_WEEKDAY_WORDS, anchor.start()) else 0


def _lead_at(low: str, pos: int) -> int:
    return 5 if low.startswith(_WEEKDAY_WORDS, pos) else 0


def _anchor_starts(low: str) -> list[int]:
    """The positions where `_DATE_ANCHOR` begins that can matter: the digits that begin a word, and every
    start of an anchor word."""
    out = [m.start() for m in _DIGIT.finditer(low)]
    words = _ANCHOR_SCANNER.starts(low)["date_words"]
    if words:
        out = sorted(out + words)
    return out


# Every date `_DATE_RE` can find holds a digit, a weekday or a word for today/yesterday. `ı` and `ſ` are
# in the class because under IGNORECASE they match `i` and `s` (the text here is already lower case).
_DATE_GATE = re.compile(
    r"[\dıſ]|"
    + trie_pattern(
        [
            *_WEEKDAYS,
            *_TODAY_WORDS,
            *_YESTERDAY_WORDS,
        ]
    )
)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find(low: str, published: str | None, years: list[int] | None = None) -> list[tuple[int, str]]:
    """(position, YYYY-MM-DD) of every date the text states or implies, in text order. `years`: the years
    named anywhere in the item, used as anchor when there is no published date (default: those in `low`)."""
    return list(iter_dates(low, published, years))


def iter_dates(low: str, published: str | None, years: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """`find` lazily: the date pattern is dear (~0.3 µs a character), and a caller that wants the first
    acceptable date stops the scan there. The pattern runs only next to digits, months and weekdays."""
    if anchored.has_fold_oddities(low):
        if not _DATE_GATE.search(low):
            return
        matches: Iterator[re.Match[str]] = _DATE_RE.finditer(low)
    else:
        matches = anchored.finditer_at(
            _DATE_RE_LOW, _anchor_starts(low), functools.partial(_lead_at, low), low
        )
    pub = _parse_published(published)
    if years is None:
        years = [int(y) for y in _YEAR_RE.findall(low)]
    anchor_year = pub.year if pub else (max(years) if years else None)
    for m in matches:
        d: date | None = None
        try:
            if m.group("iso"):
                d = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            elif m.group("nd"):
                d = date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
            elif m.group("m1") or m.group("m2"):
                day = int(m.group("d1") or m.group("d2"))
                month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
                year_s = m.group("y1") or m.group("y2")
                if year_s:
                    d = date(int(year_s), month, day)
                elif anchor_year:
                    d = date(anchor_year, month, day)
                    if pub and d > pub:
                        d = date(anchor_year - 1, month, day)
                    elif not pub:
                        d = None  # a bare day and month with no published date: the year is a guess
            elif m.group("wd"):
                if pub:
                    back = (pub.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
                    d = pub - timedelta(days=back)
            elif m.group("today"):
                d = pub
            elif m.group("yesterday") and pub:
                d = pub - timedelta(days=1)
        except (ValueError, KeyError):
            d = None
        if d is not None:
            yield m.start(), d.isoformat()
