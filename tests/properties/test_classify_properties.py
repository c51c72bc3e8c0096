"""Classification and extraction of any text: never an exception, always a well-typed `Analysis`.

The texts mix the classifier's own words in seven languages with amounts written in many locales,
currencies, dates and noise. Whatever the text, the analysis obeys the `Candidate` contract: a primary
type from the closed set, types consistent with it, amounts as decimal strings with an ISO 4217 code,
a jurisdiction of two letters (UK, EU included), a real calendar date, and the same output for the same input.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from streams.classify import Analysis, analyse
from streams.classify.candidate import to_candidate
from streams.records import Candidate, RawItem
from streams.wire import decode
from tests.properties.strategies import fuzz, hostile_text, item_texts

EVENT_TYPES = {"ruling", "fine", "appeal"}
DECIMAL = re.compile(r"^\d+(\.\d+)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
JURISDICTION = re.compile(r"^[A-Z]{2}$")
LANGUAGES = st.none() | st.sampled_from(["en", "fr", "de", "nl", "it", "es", "no", "nb", "EN-gb", "xx", ""])
PUBLISHED = st.none() | st.sampled_from(
    ["2026-11-16T09:00:00Z", "2024-02-29T23:59:59Z", "1999-01-01T00:00:00Z", "not a date", "2026-11-16"]
)
SOURCE_KINDS = st.none() | st.sampled_from(["regulator", "court", "news", "ngo", "?"])


def assert_well_typed(a: Analysis) -> None:
    assert a.primary in EVENT_TYPES | {"none"}
    assert isinstance(a.types, tuple) and all(isinstance(t, str) for t in a.types)
    if a.primary == "none":
        assert set(a.types) <= {"none"}
    else:
        assert a.primary in a.types and set(a.types) <= EVENT_TYPES
    assert isinstance(a.confidence, float) and 0.0 <= a.confidence <= 1.0
    assert all(isinstance(e, str) for e in a.evidence)
    assert isinstance(a.language, str) and re.fullmatch(r"[a-z]{2,3}", a.language)
    if a.amount is not None:
        assert DECIMAL.match(a.amount) and Decimal(a.amount).is_finite(), a.amount
        assert a.currency is not None and CURRENCY.match(a.currency), a.currency
    if a.currency is not None:
        assert CURRENCY.match(a.currency), a.currency
    if a.amount_eur is not None:
        assert DECIMAL.match(a.amount_eur), a.amount_eur
    for amount, currency, note in a.other_amounts:
        assert DECIMAL.match(amount) and isinstance(note, str) and (not currency or CURRENCY.match(currency))
    if a.jurisdiction is not None:
        assert JURISDICTION.match(a.jurisdiction), a.jurisdiction  # ISO 3166 alpha-2, plus UK and EU
    if a.decision_date is not None:
        date.fromisoformat(a.decision_date)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.decision_date)
    assert a.periodic in (None, "day", "week", "month")
    assert isinstance(a.cap, bool)
    assert all(isinstance(c, str) and c.strip() for c in a.companies)


def raw_item(title: str | None, summary: str, language: str | None, published: str | None) -> RawItem:
    return RawItem(
        item_id="itm_0123456789abcdef0123",
        feed_id="fuzz",
        source="Fuzz Daily",
        source_kind="news",
        url="https://news.example/a",
        title=title,
        summary=summary,
        first_seen="2026-11-16T09:00:00Z",
        published=published if published and published.endswith("Z") else None,
        language=language or None,
    )


@fuzz(100)
@given(
    title=st.none() | item_texts(12),
    summary=item_texts(40),
    language=LANGUAGES,
    published=PUBLISHED,
    source_kind=SOURCE_KINDS,
    feed_jurisdiction=st.none()
    | st.sampled_from(["FR", "UK", "EU", "DE", "NO"]),  # feeds.yaml validates these
)
def test_analyse_never_raises_and_is_well_typed_and_deterministic(
    title: str | None,
    summary: str,
    language: str | None,
    published: str | None,
    source_kind: str | None,
    feed_jurisdiction: str | None,
) -> None:
    kwargs = dict(
        language=language, published=published, source_kind=source_kind, feed_jurisdiction=feed_jurisdiction
    )
    analysis = analyse(title, summary, **kwargs)
    assert_well_typed(analysis)
    assert analyse(title, summary, **kwargs) == analysis


@fuzz(60)
@given(title=st.none() | hostile_text(300), summary=hostile_text(2000))
def test_any_unicode_at_all_is_analysed_without_error(title: str | None, summary: str) -> None:
    assert_well_typed(analyse(title, summary))


@fuzz(80)
@given(title=st.none() | item_texts(12), summary=item_texts(40), language=LANGUAGES, published=PUBLISHED)
def test_every_analysis_maps_to_a_valid_candidate(
    title: str | None, summary: str, language: str | None, published: str | None
) -> None:
    raw = raw_item(title, summary, language, published)
    candidate = to_candidate(
        raw, analyse(raw.title, raw.summary, language=raw.language, published=raw.published)
    )
    # decode checks the candidates topic's schema: patterns for money, currency, dates and times included.
    assert decode(Candidate, candidate.dumps()) == candidate
    assert candidate.case_key and len(candidate.text) <= 2000


def test_a_jurisdiction_that_is_no_country_code_is_not_passed_on() -> None:
    """Found by the property above with feed_jurisdiction drawn from any text: a RawItem on the topic can
    carry any string there (only feeds.yaml validates it), and analyse copies it into the event."""
    analysis = analyse(None, "fined", feed_jurisdiction="zz")
    assert analysis.jurisdiction is None or JURISDICTION.match(analysis.jurisdiction)
