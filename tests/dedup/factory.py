"""Constructed candidates for the dedup specification: facts only, text written here."""

from __future__ import annotations

from streams.ids import case_key, item_id
from streams.records import AmountMention, Candidate, Money

NOW = "2025-01-01T00:00:00Z"


def money(amount: str, currency: str = "EUR") -> Money:
    return Money(amount=amount, currency=currency)


def candidate(
    key: str,
    *,
    outlet: str = "Outlet",
    kind: str = "news",
    primary: str = "fine",
    types: list[str] | None = None,
    company: str = "Acme",
    companies: list[str] | None = None,
    authority: str | None = None,
    court: str | None = None,
    jurisdiction: str | None = None,
    amount: Money | None = None,
    amount_eur: str | None = None,
    periodic: str | None = None,
    cap: bool = False,
    decision_date: str | None = None,
    published: str | None = None,
    title: str | None = None,
    text: str = "",
    language: str = "en",
    other_amounts: list[AmountMention] | None = None,
    backfill: bool = False,
    revision: int = 0,
) -> Candidate:
    """One classified item; `key` names the item so tests can refer to it and ids stay deterministic."""
    return Candidate(
        item_id=item_id("feed-" + outlet, key),
        case_key=case_key(companies or [company], authority),
        feed_id="feed-" + outlet,
        source=outlet,
        source_kind=kind,
        url=f"https://{outlet.lower().replace(' ', '')}.example/{key}",
        title=title,
        text=text or (title or key),
        first_seen=(published or "2024-06-01") + "T08:00:00Z",
        classifier_version="test",
        primary=primary,
        types=types or [primary],
        confidence=0.9,
        evidence=[],
        published=published,
        language=language,
        authority_id=authority,
        authority_name=authority,
        court_id=court,
        court_name=court,
        companies=companies or [company],
        jurisdiction=jurisdiction,
        amount=amount,
        periodic=periodic,
        cap=cap,
        amount_eur=amount_eur,
        other_amounts=other_amounts or [],
        decision_date=decision_date,
        backfill=backfill,
        revision=revision,
    )
