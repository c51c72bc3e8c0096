"""Hand-built events for report tests: the history factory's messages, varied where a test needs it."""

from __future__ import annotations

import json
from typing import Any

from streams.records import Money
from streams.report.facts import EventFacts, facts_of
from tests.history.factory import message


def doc(n: int = 0, revision: int = 0, **kw: Any) -> dict[str, Any]:
    """Event `n` as a decoded `enforcement.events.v1` message (as a replay file holds it)."""
    decoded: dict[str, Any] = json.loads(message(n, revision, **kw).dumps())
    return decoded


def fine(n: int, eur: str | None, currency: str = "EUR", amount: str | None = None, **kw: Any) -> EventFacts:
    """A fine of `eur` euros (stated as `amount` `currency`, by default the same figure in EUR)."""
    stated = Money(amount=amount or (eur or "1").split(".")[0], currency=currency)
    kw.setdefault("amounts_seen", [stated])
    return facts_of(doc(n, amount=stated, amount_eur=eur, **kw))


def event(n: int, **kw: Any) -> EventFacts:
    return facts_of(doc(n, **kw))


def ruling(n: int, **kw: Any) -> EventFacts:
    return event(n, primary="ruling", types=["ruling"], amount=None, amount_eur=None, amounts_seen=[], **kw)


def appeal(n: int, of: int | None, **kw: Any) -> EventFacts:
    """An appeal event, linked to event `of` (None: not linked)."""
    kw.setdefault("amount", None)
    kw.setdefault("amount_eur", None)
    kw.setdefault("amounts_seen", [])
    kw.setdefault("types", ["appeal"])
    kw.setdefault("court_name", "General Court")
    return event(n, primary="appeal", related_event_id=f"evt_{of:020d}" if of is not None else None, **kw)


HOSTILE = "<script>alert(\"x\")</script> & 'Søn' Ltd"


def sample() -> list[EventFacts]:
    """Three years of fines, rulings and appeals across authorities, one with a hostile company name."""
    authorities = [("CNIL", "FR"), ("DPC", "IE"), ("Garante", "IT"), ("AEPD", "ES"), ("ICO", "UK")]
    out: list[EventFacts] = []
    for n in range(1, 31):
        name, country = authorities[n % len(authorities)]
        common: dict[str, Any] = {
            "authority_name": name,
            "jurisdiction": country,
            "companies": [HOSTILE] if n % 7 == 0 else [f"Company {n % 9}"],
            "decision_date": f"{2023 + n % 3}-{1 + n % 12:02d}-15",
        }
        if n % 10 == 3:
            out.append(ruling(n, **common))
        elif n % 10 == 6:
            out.append(fine(n, f"{n * 1000}.00", periodic="day", **common))
        elif n % 10 == 9:
            out.append(fine(n, f"{n * 100000}.00", cap=True, **common))
        else:
            out.append(fine(n, f"{n * 250000}.00", **common))
    out.append(appeal(31, of=1, authority_name="DPC", jurisdiction="IE", companies=["Company 1"]))
    out.append(appeal(32, of=14, authority_name="DPC", jurisdiction="IE", companies=[HOSTILE]))
    out.append(appeal(33, of=None, authority_name="ICO", jurisdiction="UK", decision_date="2024-02-02"))
    return out
