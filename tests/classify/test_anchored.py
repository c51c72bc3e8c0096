"""The anchored scans find exactly what the plain scans find: dates, amounts, generic authority
descriptions and name runs, on random texts built from the pieces those patterns care about."""

from __future__ import annotations

import functools
import random
import re

import pytest

from streams.classify import anchored, authorities, dates, money, targets
from streams.classify.text import document

_DATE_PIECES = [
    *("3", "12", "2024", "2024-03-05", "05.03.2024", "1st", "march", "mars", "mardi", "martedì", "monday"),
    *("on", "this", "last", "på", "i dag", "i går", "today", "aujourd'hui", "de", ".", ",", " ", "\n", "x"),
]
_AMOUNT_PIECES = [
    *("€", "$", "£", "eur", "EUR", "usd", "kr", "3", "4,5", "1.200.000", "12", "million", "m", "bn", "mio."),
    *("euros", "dollars", "kroner", "one", "a", "ten", "fine of", "fined", "penalty", "multa", "sek"),
    *(" ", " ", "-", ".", ",", "(", ")", "x", "europe", "2²", "onemillion"),
]


def _texts(pieces: list[str], seed: int, count: int = 4000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(count)]


def test_anchored_dates_equal_the_plain_scan() -> None:
    for low in _texts(_DATE_PIECES, 11):
        plain = [(m.start(), m.group()) for m in dates._DATE_RE.finditer(low)]
        fast = anchored.finditer(dates._DATE_RE_LOW, dates._DATE_ANCHOR, dates._date_lead, low)
        assert [(m.start(), m.group()) for m in fast] == plain, repr(low)
        lead = functools.partial(dates._lead_at, low)
        at = anchored.finditer_at(dates._DATE_RE_LOW, dates._anchor_starts(low), lead, low)
        assert [(m.start(), m.group()) for m in at] == plain, repr(low)


def test_anchored_amounts_equal_the_word_start_scan() -> None:
    for raw in _texts(_AMOUNT_PIECES, 12):
        doc = document("Title", raw)
        fast = [(m.start(), m.end()) for m in money._iter_amounts(doc)]
        assert fast == [(m.start(), m.end()) for m in money._iter_amounts_folding(doc)], repr(raw)


def test_texts_with_folding_letters_take_the_plain_scans() -> None:
    doc = document(None, "A fine of 5 mıllıon euros on Monday, 3 March 2024")
    assert anchored.has_fold_oddities(doc.low)
    spans = [m.span() for m in money._iter_amounts(doc)]
    assert spans == [m.span() for m in money._iter_amounts_folding(doc)] == [(10, 25)]
    assert [day for _pos, day in dates.find(doc.low, "2024-03-08")] == ["2024-03-04", "2024-03-03"]


def test_name_runs_without_camel_case_equal_the_full_pattern() -> None:
    pieces = [
        "Apple",
        "eBay",
        "1&1",
        "3D",
        "6M",
        " ",
        "'",
        ".",
        "-",
        "&",
        "\n",
        "de",
        "Inc",
        " ltd",
        "É",
        "x",
    ]
    for text in _texts(pieces, 13):
        if not targets._CAMEL_START.search(text):
            plain = [m.span() for m in targets._NAME_RE.finditer(text)]
            assert [m.span() for m in targets._NAME_FAST.finditer(text)] == plain, repr(text)


def test_generic_descriptions_tried_at_their_leads_are_the_same() -> None:
    pieces = [
        *("data protection ", "data-protection", "court", "metadata ", "authority", "european ", "watchdog"),
        *("gericht", " ", "high ", "top ", "appeals ", "eu ", "europe's ", "privacy", "datenschutz"),
        *("behörde", "autorité ", "de protection des données", "cartel ", "competition ", "regulator"),
        *(". ", "\n", "Next ", "x", "personal ", "kartellbehörde", "tribunal", "office", "aufsicht"),
    ]
    for raw in _texts(pieces, 14):
        doc = document(None, raw)
        low = doc.low
        plain = []
        for i in range(len(doc.starts)):
            a, b = doc.sentence_span(i)
            hint = authorities._GENERIC_HINT.search(low, a, b)
            if hint:
                start = max(a, hint.start() - authorities._GENERIC_LEAD)
                plain += [(m.span(), m.lastgroup) for m in authorities._GENERIC_RE.finditer(low, start, b)]
        for m in authorities._GENERIC_RE.finditer(low):
            assert low.startswith(authorities.GENERIC_LEADS, m.start()), repr(low)
        scanned = authorities._GENERIC_SCANNER.starts(low)
        fast = authorities._generic(doc, scanned["generic"], scanned["generic_hints"])
        assert [(m.span(), m.lastgroup) for m in fast] == plain, repr(raw)


def test_registry_patterns_with_the_first_character_lookahead_are_the_same() -> None:
    pieces = [
        *("hamburgs ", "hamburg", "datenschutzbeauftragter", "attorney", "attorneys general", " general"),
        *("landgericht ", "amtsgericht köln", "berliner ", "niedersachsen ", "x", " ", ".", "bayerisches "),
        *("landesamt für datenschutzaufsicht", "oberster ", "land"),
    ]
    for low in _texts(pieces, 16):
        plain = [(m.span(), m.lastgroup) for m in authorities._PATTERN_RE.finditer(low)]
        assert [(m.span(), m.lastgroup) for m in authorities._PATTERN_SCAN.finditer(low)] == plain, repr(low)


def test_amount_search_tried_at_candidates_equals_the_plain_search() -> None:
    for raw in _texts([*_AMOUNT_PIECES, "_a", "to ", "en", "u.s. $", "c$", "a$"], 15, 1500):
        low = raw.lower()
        if anchored.has_fold_oddities(low):
            continue
        for end in {len(low), len(low) // 2}:
            for pos in range(end + 1):
                plain = money._AMOUNT_SEARCH.search(low, pos, end)
                fast = money._search(low, pos, end)
                assert (fast and fast.span()) == (plain and plain.span()), (repr(low), pos, end)


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        ("(?<!x)ab|c", {"a", "c"}),
        ("a?b", {"a", "b"}),
        ("(?:up to|max)\\s*$", {"u", "m"}),
        ("[a-c]x", {"a", "b", "c"}),
    ],
)
def test_first_chars_of_a_pattern(pattern: str, firsts: set[str]) -> None:
    assert anchored.first_chars(pattern) == firsts


@pytest.mark.parametrize("pattern", ["a?", "\\d|x", "[^a]b", ".x", "(?i:a)b"])
def test_first_chars_are_unknown_for_classes_and_empty_matches(pattern: str) -> None:
    assert anchored.first_chars(pattern) is None


def test_case_sensitive_copy_refuses_upper_case_escapes() -> None:
    with pytest.raises(ValueError):
        anchored.case_sensitive(re.compile(r"\Wfine", re.IGNORECASE))
    assert anchored.case_sensitive(re.compile("(?P<x>EUR)", re.IGNORECASE)).pattern == "(?P<x>eur)"
