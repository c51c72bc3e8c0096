"""From event facts to the report's tables. Pure: events in, `Table`s out, in a deterministic order.

Every ordering ends with a name or an id, so equal counts and sums always list in the same order.
Rows without a value for the grouping key are kept under "(no authority)", "(no company)", ... and listed
last: leaving them out would make totals disagree with the summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from streams.report.facts import Basis, EventFacts
from streams.report.tables import Cell, Column, Table

Dimension = Literal["authority", "company", "jurisdiction", "year"]
Period = Literal["auto", "year", "month"]
AUTO_MONTHS = 24  # "auto" shows months when the fines span at most this many months, else years

_NONE_LABEL = {
    "authority": "(no authority)",
    "company": "(no company)",
    "jurisdiction": "(no jurisdiction)",
}
_TITLES = {
    "authority": ("Authority", "Totals by authority"),
    "company": ("Company", "Totals by company"),
    "jurisdiction": ("Jurisdiction", "Totals by jurisdiction"),
    "year": ("Year", "Totals by year"),
}
_FINE_COLUMNS = (
    Column("fines", "Fines", "count"),
    Column("fines_eur", "Fines in EUR (lump sums)", "eur"),
    Column("summed", "Lump sums", "count"),
    Column("periodic", "Per day/period (not summed)", "count"),
    Column("capped", "“Up to” (not summed)", "count"),
    Column("no_eur", "No amount in EUR", "count"),
)


@dataclass
class Tally:
    """Counts of one group of events; `summed + periodic + capped + no_eur == fines`."""

    events: int = 0
    fines: int = 0
    fines_eur: Decimal = Decimal(0)
    summed: int = 0
    periodic: int = 0
    capped: int = 0
    no_eur: int = 0
    appeals: int = 0

    def add(self, f: EventFacts) -> None:
        self.events += 1
        self.appeals += f.is_appeal
        basis = f.basis
        if basis is Basis.NONE:
            return
        self.fines += 1
        self.fines_eur += f.summed_eur
        self.summed += basis is Basis.SUMMED
        self.periodic += basis is Basis.PERIODIC
        self.capped += basis is Basis.CAPPED
        self.no_eur += basis is Basis.NO_EUR

    def fine_cells(self) -> tuple[Cell, ...]:
        return (self.fines, self.fines_eur, self.summed, self.periodic, self.capped, self.no_eur)


def keys_of(f: EventFacts, dimension: Dimension) -> tuple[str, ...]:
    """The group(s) an event counts in: an event against two companies counts once for each."""
    if dimension == "year":
        return (str(f.day.year),)
    if dimension == "company":
        return f.companies or (_NONE_LABEL["company"],)
    value = f.authority if dimension == "authority" else f.jurisdiction
    return (value or _NONE_LABEL[dimension],)


def totals_by(facts: Iterable[EventFacts], dimension: Dimension) -> Table:
    """Events, fines and euro sums per authority, company, jurisdiction or year.

    Years in time order; the others by euro sum, then events (both largest first), then name.
    """
    tallies: dict[str, Tally] = {}
    for f in facts:
        for key in keys_of(f, dimension):
            tallies.setdefault(key, Tally()).add(f)
    if dimension == "year":
        keys = sorted(tallies)
    else:
        unknown = _NONE_LABEL[dimension]
        keys = sorted(
            tallies, key=lambda k: (k == unknown, -tallies[k].fines_eur, -tallies[k].events, k.casefold(), k)
        )
    label, title = _TITLES[dimension]
    note = (
        "An event against several companies counts once for each of them, so these rows add up to more "
        "than the total."
        if dimension == "company"
        else ""
    )
    return Table(
        name=f"by_{dimension}",
        title=title,
        columns=(
            Column(dimension, label),
            Column("events", "Events", "count"),
            *_FINE_COLUMNS,
            Column("appeals", "Appeals", "count"),
        ),
        rows=tuple((k, tallies[k].events, *tallies[k].fine_cells(), tallies[k].appeals) for k in keys),
        note=note,
    )


def period_for(facts: Sequence[EventFacts], by: Period) -> Literal["year", "month"]:
    """ "auto": months when the fines span at most AUTO_MONTHS months, else years."""
    if by != "auto":
        return by
    days = [f.day for f in facts if f.is_fine]
    if not days:
        return "year"
    first, last = min(days), max(days)
    return "month" if _month_number(last) - _month_number(first) < AUTO_MONTHS else "year"


def fines_over_time(facts: Sequence[EventFacts], by: Period = "auto") -> Table:
    """Fines per year or month, every period from the first fine to the last (empty ones as zero)."""
    period = period_for(facts, by)
    tallies: dict[int, Tally] = {}
    for f in facts:
        if f.is_fine:
            n = f.day.year if period == "year" else _month_number(f.day)
            tallies.setdefault(n, Tally()).add(f)
    numbers = range(min(tallies), max(tallies) + 1) if tallies else range(0)
    label = str if period == "year" else _month_label
    return Table(
        name="fines_over_time",
        title=f"Fines in EUR per {period}",
        columns=(Column(period, period.capitalize()), *_FINE_COLUMNS),
        rows=tuple((label(n), *tallies.get(n, Tally()).fine_cells()) for n in numbers),
        note="By decision date, else the day the event was first seen.",
    )


def largest_fines(facts: Iterable[EventFacts], top: int = 20) -> Table:
    """The `top` fines by their amount in euros, as stated: a penalty per day ranks by its daily amount and
    an "up to" figure by its maximum, both marked in `basis`. Fines without a euro amount cannot rank."""
    ranked = sorted(
        (f for f in facts if f.is_fine and f.amount_eur is not None),
        key=lambda f: (-(f.amount_eur or 0), f.day, f.event_id),
    )[:top]
    return Table(
        name="largest_fines",
        title=f"Largest fines (top {top})",
        columns=(
            Column("rank", "#", "count"),
            Column("date", "Date"),
            Column("companies", "Companies"),
            Column("authority", "Authority"),
            Column("jurisdiction", "Jurisdiction"),
            Column("amount", "Amount as reported"),
            Column("currency", "Currency"),
            Column("amount_eur", "Amount in EUR", "eur"),
            Column("basis", "Basis"),
            Column("title", "Title"),
            Column("event_id", "Event"),
        ),
        rows=tuple(
            (
                i,
                f.day.isoformat(),
                "; ".join(f.companies) or None,
                f.authority,
                f.jurisdiction,
                f.amount,
                f.currency,
                f.amount_eur,
                f.basis_label,
                f.title,
                f.event_id,
            )
            for i, f in enumerate(ranked, 1)
        ),
        note="Ranked by the amount in euros as stated; per-day penalties and “up to” figures are marked in "
        "Basis and never added to totals.",
    )


def summary(facts: Sequence[EventFacts]) -> Table:
    t = Tally()
    for f in facts:
        t.add(f)
    rulings = sum(1 for f in facts if not f.is_fine and not f.is_appeal)
    undated = sum(1 for f in facts if not f.dated_by_decision)
    rows: list[tuple[Cell, ...]] = [
        ("Events", t.events, None),
        ("Fines", t.fines, t.fines_eur),
        ("Fines: lump sums with an amount in EUR (summed)", t.summed, t.fines_eur),
        ("Fines: penalties per day or period (counted, not summed)", t.periodic, None),
        ("Fines: “up to” amounts (counted, not summed)", t.capped, None),
        ("Fines without an amount in EUR", t.no_eur, None),
        ("Rulings without a fine", rulings, None),
        ("Appeals", t.appeals, None),
        ("Events without a decision date (dated by first sighting)", undated, None),
    ]
    return Table(
        name="summary",
        title="Summary",
        columns=(Column("metric", "What"), Column("events", "Events", "count"), Column("eur", "EUR", "eur")),
        rows=tuple(rows),
    )


# Appeals -------------------------------------------------------------------------------------------------


def appeal_links(facts: Sequence[EventFacts]) -> Table:
    """Appeal events by whether the monitor linked them to the decision they challenge."""
    ids = {f.event_id for f in facts}
    appeals = [f for f in facts if f.is_appeal]
    inside = sum(1 for a in appeals if a.related_event_id in ids)
    outside = sum(1 for a in appeals if a.related_event_id and a.related_event_id not in ids)
    rows: tuple[tuple[Cell, ...], ...] = (
        ("linked to a decision in this report", inside),
        ("linked to a decision outside this report", outside),
        ("not linked to a decision", len(appeals) - inside - outside),
    )
    return Table(
        name="appeal_links",
        title="Appeals by link to the decision they challenge",
        columns=(Column("status", "Appeal"), Column("appeals", "Appeals", "count")),
        rows=rows if appeals else (),
    )


def appealed_ids(facts: Sequence[EventFacts]) -> tuple[set[str], set[str]]:
    """(decisions with a linked appeal event, decisions whose own reports mention an appeal)."""
    linked = {f.related_event_id for f in facts if f.is_appeal and f.related_event_id}
    decisions = [f for f in facts if f.is_decision]
    return (
        {f.event_id for f in decisions if f.event_id in linked},
        {f.event_id for f in decisions if "appeal" in f.types},
    )


def decisions_appealed(facts: Sequence[EventFacts]) -> Table:
    """Decisions (fines and rulings) by whether an appeal against them is known."""
    decisions = [f for f in facts if f.is_decision]
    linked, mentioned = appealed_ids(facts)
    rows: tuple[tuple[Cell, ...], ...] = (
        ("appeal linked", len(linked)),
        ("appeal mentioned in its own reports only", len(mentioned - linked)),
        ("no appeal seen", len(decisions) - len(linked | mentioned)),
    )
    return Table(
        name="decisions_appealed",
        title="Decisions by appeal",
        columns=(Column("status", "Decision"), Column("decisions", "Decisions", "count")),
        rows=rows if decisions else (),
    )


def appeals_by(facts: Sequence[EventFacts], dimension: Literal["authority", "company"]) -> Table:
    """Per authority or company with any appeal: decisions, decisions appealed (linked or mentioned), the
    share appealed, and appeal events. Most appealed first."""
    linked, mentioned = appealed_ids(facts)
    appealed = linked | mentioned
    counts: dict[str, list[int]] = {}  # key -> [decisions, appealed, appeal events]
    for f in facts:
        for key in keys_of(f, dimension):
            c = counts.setdefault(key, [0, 0, 0])
            if f.is_appeal:
                c[2] += 1
            else:
                c[0] += 1
                c[1] += f.event_id in appealed
    keys = sorted(
        (k for k, c in counts.items() if c[1] or c[2]),
        key=lambda k: (-counts[k][1], -counts[k][2], -counts[k][0], k.casefold(), k),
    )
    label, _ = _TITLES[dimension]
    return Table(
        name=f"appeals_by_{dimension}",
        title=f"Appeals by {dimension}",
        columns=(
            Column(dimension, label),
            Column("decisions", "Decisions", "count"),
            Column("appealed", "Appealed", "count"),
            Column("appealed_share", "Share appealed", "percent"),
            Column("appeals", "Appeal events", "count"),
        ),
        rows=tuple((k, *counts[k][:2], _share(counts[k][1], counts[k][0]), counts[k][2]) for k in keys),
        note="Only rows with an appeal. A decision counts as appealed when an appeal event is linked to it "
        "or its own reports mention an appeal.",
    )


def appeal_list(facts: Sequence[EventFacts]) -> Table:
    """Every appeal event with the decision it challenges (when linked and in this report), oldest first."""
    by_id = {f.event_id: f for f in facts}
    appeals = sorted((f for f in facts if f.is_appeal), key=lambda f: (f.day, f.event_id))
    rows = []
    for a in appeals:
        d = by_id.get(a.related_event_id or "")
        rows.append(
            (
                a.day.isoformat(),
                "; ".join(a.companies) or None,
                a.authority,
                a.court,
                d.title if d else None,
                d.day.isoformat() if d else None,
                d.amount_eur if d else None,
                a.amount_eur,
                amount_change(d.amount_eur if d else None, a.amount_eur),
                a.event_id,
                a.related_event_id,
            )
        )
    return Table(
        name="appeals",
        title="Appeals",
        columns=(
            Column("date", "Date"),
            Column("companies", "Companies"),
            Column("authority", "Authority"),
            Column("court", "Court"),
            Column("decision", "Decision appealed"),
            Column("decision_date", "Decision date"),
            Column("decision_eur", "Decision in EUR", "eur"),
            Column("appeal_eur", "Amount at appeal in EUR", "eur"),
            Column("amount_change", "Amount vs decision"),
            Column("event_id", "Event"),
            Column("related_event_id", "Decision event"),
        ),
        rows=tuple(rows),
        note="The events carry no outcome field (upheld, annulled, reduced): the amount reported at appeal "
        "against the decision's is the closest recorded fact, and a lower amount hints at a reduction.",
    )


def amount_change(decision: Decimal | None, appeal: Decimal | None) -> str | None:
    """ "same" within 1%, "lower" or "higher"; None when either amount is unknown."""
    if decision is None or appeal is None:
        return None
    if abs(appeal - decision) <= abs(decision) / 100:
        return "same"
    return "lower" if appeal < decision else "higher"


def _share(part: int, whole: int) -> Decimal | None:
    return (Decimal(part * 100) / whole).quantize(Decimal("0.1")) if whole else None


def _month_number(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_label(n: int) -> str:
    return f"{n // 12:04d}-{n % 12 + 1:02d}"
