"""Builders for event messages as the dedup agent emits them; tests override only what they exercise."""

from __future__ import annotations

from typing import Any

from streams.records import EventMessage, EventState, Money, Source


def source(outlet: str = "CNIL", kind: str = "regulator", **kw: Any) -> Source:
    values: dict[str, Any] = {
        "item_id": f"itm_{outlet.lower().replace(' ', '')}",
        "feed_id": outlet.lower().replace(" ", "-"),
        "outlet": outlet,
        "kind": kind,
        "first_seen": "2024-05-02T08:00:00Z",
        "url": f"https://{outlet.lower().replace(' ', '')}.example/decision",
        "title": f"{outlet} reports the decision",
        "language": "fr",
    }
    values.update(kw)
    return Source(**values)


def event(**kw: Any) -> EventState:
    values: dict[str, Any] = {
        "event_id": "evt_fine1",
        "case_key": "co:acme",
        "primary": "fine",
        "types": ["fine"],
        "title": "CNIL fines Acme EUR 1 million over cookie consent",
        "first_seen": "2024-05-02T08:00:00Z",
        "last_seen": "2024-05-02T08:00:00Z",
        "sources": [source()],
        "source_count": 1,
        "classifier_version": "test-1",
        "authority_id": "cnil",
        "authority_name": "CNIL",
        "companies": ["Acme"],
        "jurisdiction": "FR",
        "amount": Money(amount="1000000", currency="EUR"),
        "amount_eur": "1000000",
        "decision_date": "2024-05-01",
        "languages": ["fr"],
        "evidence": ["imposed a fine of EUR 1,000,000"],
    }
    values.update(kw)
    return EventState(**values)


def message(
    kind: str = "new",
    revision: int = 0,
    changes: list[str] | None = None,
    emitted_at: str = "2024-05-02T08:00:05Z",
    **event_kw: Any,
) -> EventMessage:
    state = event(**event_kw)
    return EventMessage(
        kind=kind,
        event_id=state.event_id,
        revision=revision,
        emitted_at=emitted_at,
        event=state,
        changes=changes or [],
    )
