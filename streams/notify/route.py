"""Which subscriptions want an event message. Pure: the same message and subscriptions give the same answer.

A message is judged on its full, current event state, so an update routes exactly like its event does now
(a revised amount can make a min_amount_eur filter match for the first time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from streams.config.subscriptions import Filters, Subscription
from streams.ids import slug
from streams.records import EventMessage, EventState


def route(subs: Sequence[Subscription], message: EventMessage) -> list[Subscription]:
    """The subscriptions this message goes to, in declaration order.

    Backfill events (every sighting came from a feed's first poll) never alert anywhere.
    """
    if message.event.backfill:
        return []
    return [sub for sub in subs if matches(sub, message)]


def matches(sub: Subscription, message: EventMessage) -> bool:
    return matches_event(sub.filters, message.event)


def matches_event(f: Filters, event: EventState) -> bool:
    # Cheap set checks first; the keyword scan reads the most text.
    return (
        _types_ok(f, event)
        and _jurisdiction_ok(f, event)
        and _languages_ok(f, event)
        and _source_kinds_ok(f, event)
        and _amount_ok(f, event)
        and _companies_ok(f, event)
        and _authorities_ok(f, event)
        and _keywords_ok(f, event)
    )


def _types_ok(f: Filters, event: EventState) -> bool:
    return not f.types or bool(f.types & {t.lower() for t in [event.primary, *event.types]})


def _jurisdiction_ok(f: Filters, event: EventState) -> bool:
    return not f.jurisdictions or (event.jurisdiction or "").upper() in f.jurisdictions


def _languages_ok(f: Filters, event: EventState) -> bool:
    if not f.languages:
        return True
    langs = {lang.lower().split("-")[0] for lang in event.languages}
    langs |= {s.language.lower().split("-")[0] for s in event.sources if s.language}
    return bool(f.languages & langs)


def _source_kinds_ok(f: Filters, event: EventState) -> bool:
    return not f.source_kinds or any(s.kind.lower() in f.source_kinds for s in event.sources)


def _amount_ok(f: Filters, event: EventState) -> bool:
    if f.min_amount_eur is None:
        return True
    eur = euro_amount(event)
    # No known euro amount cannot prove the threshold is met: such events do not match.
    return eur is not None and eur >= f.min_amount_eur


def euro_amount(event: EventState) -> Decimal | None:
    raw = event.amount_eur
    if raw is None and event.amount is not None and event.amount.currency.upper() == "EUR":
        raw = event.amount.amount
    if raw is None:
        return None
    try:
        value = Decimal(raw)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _companies_ok(f: Filters, event: EventState) -> bool:
    if not f.companies:
        return True
    # Slugs compare "Clearview AI", "clearview-ai" and "CLEARVIEW AI" as the same company.
    have = {slug(c) for c in event.companies}
    return any(slug(c) in have for c in f.companies)


def _authorities_ok(f: Filters, event: EventState) -> bool:
    if not f.authorities:
        return True
    # Courts count too: subscribers to an authority want the court decisions on its cases.
    have = {
        slug(x) for x in (event.authority_id, event.authority_name, event.court_id, event.court_name) if x
    }
    return any(slug(a) in have for a in f.authorities)


def _keywords_ok(f: Filters, event: EventState) -> bool:
    if not f.keywords:
        return True
    haystack = "\n".join(_event_texts(event)).casefold()
    return any(_keyword_pattern(k).search(haystack) for k in f.keywords)


def _event_texts(event: EventState) -> Iterable[str]:
    yield event.title
    yield from event.companies
    yield from (x for x in (event.authority_name, event.court_name) if x)
    yield from event.evidence
    yield from (s.title for s in event.sources if s.title)


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    # Whole words only: "fine" must not match "define"; inner whitespace matches any whitespace.
    words = [re.escape(w) for w in keyword.casefold().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")
