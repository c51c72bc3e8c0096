"""Event messages built with `streams.records`, as the dedup agent emits them; tests vary what matters."""

from __future__ import annotations

from typing import Any

from streams.records import EventMessage, EventState, Money, Source


def source(outlet: str = "CNIL", kind: str = "regulator", language: str = "fr", **kw: Any) -> Source:
    values: dict[str, Any] = {
        "item_id": f"itm_{outlet.lower().replace(' ', '')}",
        "feed_id": outlet.lower().replace(" ", "-"),
        "outlet": outlet,
        "kind": kind,
        "first_seen": "2026-03-02T08:00:00Z",
        "url": f"https://{outlet.lower().replace(' ', '')}.example/decision",
        "title": f"{outlet} reports the decision",
        "language": language,
    }
    values.update(kw)
    return Source(**values)


def state(n: int = 0, **kw: Any) -> EventState:
    values: dict[str, Any] = {
        "event_id": f"evt_{n:020d}",
        "case_key": f"co:acme-{n}",
        "primary": "fine",
        "types": ["fine"],
        "title": f"CNIL fines Acme {n} EUR 1 million over cookie consent",
        "first_seen": "2026-03-02T08:00:00Z",
        "last_seen": "2026-03-02T08:00:00Z",
        "sources": [source()],
        "source_count": 1,
        "classifier_version": "test-1",
        "authority_id": "fr-cnil",
        "authority_name": "Commission nationale de l'informatique et des libertés (France)",
        "companies": [f"Acme {n}"],
        "jurisdiction": "FR",
        "amount": Money(amount="1000000", currency="EUR"),
        "amount_eur": "1000000.00",
        "amounts_seen": [Money(amount="1000000", currency="EUR")],
        "decision_date": "2026-03-01",
        "languages": ["fr"],
        "root_event_id": f"evt_{n:020d}",
        "evidence": ["fines Acme"],
    }
    values.update(kw)
    return EventState(**values)


def message(n: int = 0, revision: int = 0, **kw: Any) -> EventMessage:
    """Event `n` at `revision` (0 is "new"); an update adds an outlet, as the dedup agent would."""
    ev = state(n, **kw)
    if revision:
        extra = [source(f"Outlet {r}", kind="news", language="en") for r in range(revision)]
        ev = state(n, sources=[*ev.sources, *extra], source_count=1 + revision, languages=["fr", "en"], **kw)
    return EventMessage(
        kind="update" if revision else "new",
        event_id=ev.event_id,
        revision=revision,
        emitted_at="2026-03-02T08:00:01Z",
        event=ev,
        changes=["new_source"] if revision else [],
        trigger_item_id=ev.sources[-1].item_id,
    )


def raw(msg: EventMessage) -> bytes:
    value: bytes = msg.dumps()
    return value
