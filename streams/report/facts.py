"""The facts of one event that the report counts, read from a validated `enforcement.events.v1` message. Pure.

Counting rules, decided once here so every table agrees:
- a **fine** is an event whose types include "fine" and that is not itself an appeal (an appeal's amount is
  the penalty at stake in the decision it challenges: summing it would count that money twice);
- a fine is **summed** only as a lump sum with a known euro amount; a penalty per day (`periodic`) and an
  "up to" figure (`cap`) are counted, never added to euro totals, since neither is money imposed as stated;
- an event's **date** is its decision date, else the day it was first seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from streams.history.message import with_defaults


class Basis(Enum):
    """How a fine's amount counts in euro totals (for non-fines: NONE)."""

    NONE = "not a fine"
    SUMMED = "lump sum"
    PERIODIC = "per period"  # shown with the period: "per day"
    CAPPED = "up to"
    NO_EUR = "no amount in EUR"


@dataclass(frozen=True)
class EventFacts:
    event_id: str
    title: str
    primary: str
    types: tuple[str, ...]
    authority: str | None  # name, else id
    court: str | None
    companies: tuple[str, ...]
    jurisdiction: str | None
    amount: str | None  # as reported
    currency: str | None
    amount_eur: Decimal | None
    periodic: str | None
    cap: bool
    day: date
    dated_by_decision: bool
    related_event_id: str | None
    root_event_id: str | None

    @property
    def is_appeal(self) -> bool:
        return self.primary == "appeal"

    @property
    def is_fine(self) -> bool:
        return "fine" in self.types and not self.is_appeal

    @property
    def is_decision(self) -> bool:
        """A fine or a ruling: what an appeal can challenge."""
        return not self.is_appeal

    @property
    def basis(self) -> Basis:
        if not self.is_fine:
            return Basis.NONE
        if self.periodic:
            return Basis.PERIODIC
        if self.cap:
            return Basis.CAPPED
        if self.amount_eur is None:
            return Basis.NO_EUR
        return Basis.SUMMED

    @property
    def basis_label(self) -> str:
        """ "lump sum", "per day", "up to", "up to, per day" (a capped periodic penalty), ..."""
        parts = []
        if self.cap:
            parts.append("up to")
        if self.periodic:
            parts.append(f"per {self.periodic}")
        return ", ".join(parts) or "lump sum"

    @property
    def summed_eur(self) -> Decimal:
        """What this event adds to a euro total: its amount for a summed fine, else 0."""
        return self.amount_eur if self.basis is Basis.SUMMED and self.amount_eur is not None else Decimal(0)


def facts_of(doc: dict[str, Any]) -> EventFacts:
    """The facts of a validated event message (absent optional fields take their schema defaults)."""
    ev = with_defaults(doc)["event"]
    amount = ev.get("amount")
    eur = ev.get("amount_eur")
    decision = ev.get("decision_date")
    return EventFacts(
        event_id=ev["event_id"],
        title=ev["title"],
        primary=ev["primary"],
        types=tuple(ev["types"]),
        authority=ev.get("authority_name") or ev.get("authority_id"),
        court=ev.get("court_name") or ev.get("court_id"),
        companies=tuple(ev.get("companies") or ()),
        jurisdiction=ev.get("jurisdiction"),
        amount=amount["amount"] if amount else None,
        currency=amount["currency"] if amount else None,
        amount_eur=Decimal(eur) if eur is not None else None,
        periodic=ev.get("periodic"),
        cap=bool(ev.get("cap")),
        day=_day(decision) or _day(ev["first_seen"]) or date(1970, 1, 1),
        dated_by_decision=_day(decision) is not None,
        related_event_id=ev.get("related_event_id"),
        root_event_id=ev.get("root_event_id"),
    )


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
