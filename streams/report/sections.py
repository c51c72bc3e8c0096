"""What the report shows, in order: each section's tables, the charts drawn from them, their words. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from streams.report import aggregate
from streams.report.aggregate import Period
from streams.report.charts import Chart
from streams.report.facts import EventFacts
from streams.report.tables import Table

COUNTING_RULES = (
    "A fine is an event whose reports say a fine was imposed, appeals excepted (an appeal’s amount is the "
    "penalty already counted with the decision it challenges). Euro totals add lump sums only, at the ECB "
    "rate of the decision date: a penalty per day is counted but not summed (the total depends on days of "
    "non-compliance that the reports do not give) and neither is an “up to” figure (a maximum, not money "
    "imposed). Events are dated by their decision date, else by the day they were first seen."
)
APPEALS_TEXT = (
    "The events record no appeal outcome (upheld, annulled, reduced). What they do record is shown: whether "
    "an appeal event is linked to the decision it challenges, whether a decision’s own reports mention an "
    "appeal, the court, and the amount reported at appeal next to the decision’s."
)


@dataclass(frozen=True)
class Section:
    name: str  # HTML id
    title: str
    text: str
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...] = ()  # each draws one of `tables`
    empty: str = "Nothing in this selection."  # shown instead when every table is empty


@dataclass(frozen=True)
class Report:
    title: str
    selection: str  # what was read, with which filters
    generated_at: str
    events: int
    sections: tuple[Section, ...]

    @property
    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]

    def table(self, name: str) -> Table:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)


def build(
    facts: Sequence[EventFacts],
    *,
    title: str,
    selection: str,
    generated_at: str,
    top: int = 20,
    by: Period = "auto",
    chart_rows: int = 20,
) -> Report:
    """The whole report of these events. `top`: rows of the largest fines; `chart_rows`: bars per chart
    of a category (its table has every row)."""

    def bars(table: Table, value: str, title: str) -> Chart:
        return Chart(
            f"{table.name}-{value}", title, table.name, value, (table.columns[0].key,), limit=chart_rows
        )

    over_time = aggregate.fines_over_time(facts, by)
    largest = aggregate.largest_fines(facts, top)
    by_year = aggregate.totals_by(facts, "year")
    by_authority = aggregate.totals_by(facts, "authority")
    by_company = aggregate.totals_by(facts, "company")
    by_jurisdiction = aggregate.totals_by(facts, "jurisdiction")
    links = aggregate.appeal_links(facts)
    appealed = aggregate.decisions_appealed(facts)
    appeals_authority = aggregate.appeals_by(facts, "authority")
    appeals_company = aggregate.appeals_by(facts, "company")
    period = over_time.columns[0].key
    sections = (
        Section("summary", "Summary", COUNTING_RULES, (aggregate.summary(facts),)),
        Section(
            "over-time",
            "Fines in EUR over time",
            f"Lump-sum fines added up per {period}; every {period} from the first fine to the last is shown.",
            (over_time,),
            (
                Chart(
                    "fines-over-time",
                    f"Fines in EUR per {period}",
                    over_time.name,
                    "fines_eur",
                    (period,),
                    shape="columns",
                ),
            ),
            empty="No fines in this selection.",
        ),
        Section(
            "largest",
            "Largest fines",
            "Each fine at its amount in euros as stated; a penalty per day or an “up to” figure says so.",
            (largest,),
            (
                Chart(
                    "largest-fines",
                    "Largest fines in EUR",
                    largest.name,
                    "amount_eur",
                    ("companies", "basis"),
                    quiet=frozenset({"lump sum"}),
                ),
            ),
            empty="No fine with an amount in euros in this selection.",
        ),
        Section(
            "by-year",
            "Totals by year",
            "Every event by the year of its decision (else of its first sighting).",
            (by_year,),
            (Chart("by-year-events", "Events per year", by_year.name, "events", ("year",), shape="columns"),),
        ),
        Section(
            "by-authority",
            "Totals by authority",
            "Events, fines and lump-sum euro totals per deciding authority.",
            (by_authority,),
            (bars(by_authority, "fines_eur", "Fines in EUR by authority"),),
        ),
        Section(
            "by-company",
            "Totals by company",
            "Events, fines and lump-sum euro totals per company named as a target.",
            (by_company,),
            (bars(by_company, "fines_eur", "Fines in EUR by company"),),
        ),
        Section(
            "by-jurisdiction",
            "Totals by jurisdiction",
            "Events, fines and lump-sum euro totals per jurisdiction of the authority (EU: EU institutions).",
            (by_jurisdiction,),
            (bars(by_jurisdiction, "fines_eur", "Fines in EUR by jurisdiction"),),
        ),
        Section(
            "appeals",
            "Appeals",
            APPEALS_TEXT,
            (links, appealed, appeals_authority, appeals_company, aggregate.appeal_list(facts)),
            (
                bars(links, "appeals", "Appeals by link to a decision"),
                bars(appealed, "decisions", "Decisions by appeal"),
                bars(appeals_authority, "appealed", "Appealed decisions by authority"),
                bars(appeals_company, "appealed", "Appealed decisions by company"),
            ),
            empty="No appeals and no decisions in this selection.",
        ),
    )
    return Report(title, selection, generated_at, len(facts), sections)
