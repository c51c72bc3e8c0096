"""The shortcuts taken for speed never change a result: each prefilter lets through every text where the
detailed pattern it guards can match, and the rewritten normalisation equals the plain regex version."""

from __future__ import annotations

import random
import re

import pytest

from streams.classify import analyse, anchored, authorities, countries, dates, extract, money, text
from streams.classify.registry_data import ROWS

_SPACES = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n+")


def _plain_normalise(raw: str) -> str:
    if not raw:
        return ""
    raw = raw.translate(text._TRANSLATE)
    raw = _SPACES.sub(" ", raw)
    return _NEWLINES.sub("\n", raw).strip()


_PIECES = list("aB .!?\n\t\r\x0b\x0c\x1c\u2028\u3000\"')](['Éé1\u2019\u00a0\u200b\u2013`\u00ad\u2009x")
_PIECES += ["  ", "\n\n", ". A", "!\n", '?") B', " \n ", ".\n\nC", "Mio. ", "Ca. ", "ART. ", "xmio. "]


def test_normalise_and_sentence_ends_equal_the_plain_regex_versions() -> None:
    rnd = random.Random(7)
    for _ in range(20000):
        raw = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30)))
        assert text.normalise(raw) == _plain_normalise(raw), repr(raw)
        ends = [m.end() for m in text._SENTENCE_END.finditer(raw)]
        assert ends == [m.end() for m in _PLAIN_SENTENCE_END.finditer(raw)], repr(raw)
        assert text.sentence_ends(raw) == _plain_sentence_ends(raw), repr(raw)


def _plain_sentence_ends(raw: str) -> list[int]:
    """The pattern tried at every position, as `finditer` does, except at a dot that follows a one- or
    two-digit number standing alone (an ordinal: "am 18. Februar") or an abbreviation standing alone that
    a capitalised word follows within a sentence ("20 Mill. Euro", "Art. 6")."""
    out: list[int] = []
    pos = 0
    for i in range(len(raw)):
        if i < pos:
            continue
        if raw[i] == "." and re.search(r"(?:^|[^\w.,])\d{1,2}\Z", raw[:i]):
            continue
        if raw[i] == "." and re.search(rf"(?:^|\W)(?i:{'|'.join(text._ABBREVIATIONS)})\Z", raw[:i]):
            continue
        m = text._SENTENCE_END.match(raw, i)
        if m is not None:
            pos = m.end()
            out.append(pos)
    return out


def test_a_scale_or_statute_abbreviation_ends_no_sentence() -> None:
    raw = "Eine Geldbuße von 20 Mill. Euro nach Art. 83 DSGVO. Dann"
    assert text.sentence_ends(raw) == [raw.index("Dann")]


def test_an_ordinal_ends_no_sentence_but_a_year_does() -> None:
    raw = "Die 26. Große Strafkammer hat am 18. Februar entschieden. Das war 2021. Dann"
    assert text.sentence_ends(raw) == [raw.index("Das"), raw.index("Dann")]


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        ("hamburg(?:s|ische[rn]?)? datenschutz", " datenschutz"),
        ("attorneys? general", "attorney"),
        (r"(?:land|amts)gericht \w+", "gericht "),
        ("a|b", None),
        ("(?:x)?", None),
    ],
)
def test_required_literal_is_text_every_match_holds(pattern: str, literal: str | None) -> None:
    assert authorities.required_literal(pattern) == literal


def test_every_registry_pattern_match_passes_its_gate() -> None:
    samples = [
        "der hamburgische datenschutzbeauftragte hat",
        "hamburg's data protection commissioner said",
        "das bayerische landesamt für datenschutzaufsicht",
        "die berliner datenschutzbeauftragte",
        "baden-württembergs landesdatenschutzbeauftragter",
        "niedersachsens datenschutzbeauftragter",
        "the attorney general of texas",
        "das verwaltungsgericht köln",
        "lg bonn senkt das bußgeld",
        "das olg köln hat",
        "ovg nrw weist",
    ]
    patterns = [re.compile(p) for row in ROWS for p in row[6]]
    matched = 0
    for sample in samples:
        for rx in patterns:
            if rx.search(sample):
                matched += 1
                assert authorities._passes(authorities._gate([rx.pattern]), sample)
                if rx.pattern in authorities._LEADING.values():  # (the others are gated one by one)
                    assert authorities._passes(authorities._PATTERN_GATE, sample)
    assert matched >= len(samples)
    assert not authorities._passes(authorities._PATTERN_GATE, "the cnil fined orvane")


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"(?:(?<![\w] )(?<![\w-])|(?<=\bthe ))environment agency(?!\w)", "environment agency"),
        (r"(?<!\w)lg (?:bonn|köln)", "lg "),
        (r"(?:the )?environment agency", None),
        (r"\w+ agency", None),
    ],
)
def test_leading_literal_is_text_every_match_begins_with(pattern: str, literal: str | None) -> None:
    assert authorities.leading_literal(pattern) == literal


def test_patterns_tried_at_their_gate_find_what_finditer_finds() -> None:
    texts = [
        "the environment agency fined x. an environment agency officer and the environment agency said",
        "the uk civil aviation authority and the civil aviation authority of norway",
        "new zealand's financial markets authority (fma) and the financial markets authority",
        "lg bonn und olg köln; das lg köln. der hamburgische datenschutzbeauftragte",
        "environment agencyx, the environment agencies, xenvironment agency",
    ]
    tried_at_gate = 0
    for low in texts:
        scanned = extract._SCANNER.starts(low)
        for i, (rx, _key) in enumerate(authorities._EXTRA_PATTERNS, 1):
            if not authorities._EXTRA_AT_GATE[i - 1]:
                continue
            tried_at_gate += 1
            spans = [m.span() for m in authorities._extra_matches(i, rx, low, scanned)]
            assert spans == [m.span() for m in rx.finditer(low)], (rx.pattern[-40:], low)
    assert tried_at_gate >= 3 * len(texts)


def test_every_registry_gate_needs_letters_not_a_space() -> None:
    # A gate of " " (two patterns' shared literal) opens on every text and costs every item its scan: the
    # German court abbreviations once took 0.83x of the classifier's speed that way.
    gates = [authorities._PATTERN_GATE, *authorities._EXTRA_GATES]
    for gate in gates:
        assert gate is not None
        for literal in gate:
            assert sum(ch.isalpha() for ch in literal) >= 2, (gate, literal)


def test_generic_descriptions_far_into_a_sentence_are_still_found() -> None:
    filler = "After a long investigation that lasted several years and involved many hearings, " * 3
    r = analyse(None, filler + "the Dutch data protection watchdog fined Veltro €290 million.")  # type: ignore[arg-type]
    assert r.authority_id == "nl-ap"


@pytest.mark.parametrize(
    "sentence",
    [
        "the regulator decided on 3 march 2024.",
        "the regulator decided on monday.",
        "the regulator decided today.",
        "the regulator decided yesterday.",
        "le régulateur a décidé aujourd'hui.",
        "der entscheid kam am freitag.",
    ],
)
def test_the_date_gate_lets_every_date_through(sentence: str) -> None:
    assert dates._DATE_GATE.search(sentence)
    assert dates.find(sentence, "2024-03-08")


def test_a_sentence_without_digits_weekdays_or_today_has_no_date() -> None:
    assert dates.find("the regulator decided after a long review.", "2024-03-08") == []


def test_country_codes_are_only_skipped_when_absent() -> None:
    assert countries.country_scores("The EU fined X", "the eu fined x", 0).get("EU")
    assert countries.country_scores("U.S. regulators", "u.s. regulators", 0).get("US")
    assert countries.country_scores("the bloc", "the bloc", 0) == {"EU": 1.0}


def test_euro_conversion_is_cached_and_stable() -> None:
    from decimal import Decimal

    first = money.to_eur(Decimal("10000000"), "GBP", "2020-10-16")
    assert money.to_eur(Decimal("10000000"), "GBP", "2020-10-16T12:00:00Z") == first
    assert money.to_eur(Decimal("10000000"), "EUR", None) == "10000000.00"
    assert money.to_eur(Decimal("1"), None, None) is None


def test_german_appeals_lodged_tried_at_their_words_find_what_finditer_finds() -> None:
    texts = [
        "orbix hat klage beim gericht der europäischen union in luxemburg eingereicht.",
        "orbix legte gegen den bescheid einspruch ein. die klage wurde eingereicht.",
        "orbix zieht gegen die 200-millionen-strafe der eu vor gericht; rechtsmittel wurde eingelegt",
        "klagen und klage, verklagen: nichtigkeitsklage gegen den beschluss erhoben",
    ]
    for low in texts:
        starts = extract._SCANNER.starts(low)["lodged"]
        found = [m.span() for m in anchored.finditer_at(extract._LODGED, starts, anchored.no_lead, low)]
        assert found == [m.span() for m in extract._LODGED.finditer(low)], low
    assert found
