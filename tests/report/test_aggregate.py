"""The report's tables from hand-built events: euro sums, the periodic and cap rule, dates, orders."""

from __future__ import annotations

from decimal import Decimal

from streams.report.aggregate import (
    amount_change,
    appeal_links,
    appeal_list,
    appeals_by,
    decisions_appealed,
    fines_over_time,
    largest_fines,
    period_for,
    summary,
    totals_by,
)
from streams.report.tables import Table
from tests.report.events import appeal, fine, ruling


def rows(table: Table, *keys: str) -> list[tuple[object, ...]]:
    indexes = [table.index(k) for k in keys]
    return [tuple(row[i] for i in indexes) for row in table.rows]


def test_euro_totals_add_lump_sums_only_and_count_the_rest() -> None:
    facts = [
        fine(1, "1000000.00", authority_name="CNIL"),
        fine(2, "250000.50", authority_name="CNIL"),
        fine(3, "100000.00", periodic="day", authority_name="CNIL"),
        fine(4, "20000000.00", cap=True, authority_name="CNIL"),
        fine(5, None, currency="NOK", amount="5000000", authority_name="CNIL"),
        ruling(6, authority_name="CNIL"),
        appeal(7, of=1, amount_eur="1000000.00", authority_name="CNIL"),
    ]
    table = totals_by(facts, "authority")
    assert rows(
        table,
        "authority",
        "events",
        "fines",
        "fines_eur",
        "summed",
        "periodic",
        "capped",
        "no_eur",
        "appeals",
    ) == [("CNIL", 7, 5, Decimal("1250000.50"), 2, 1, 1, 1, 1)]


def test_every_fine_is_summed_or_counted_apart_exactly_once() -> None:
    facts = [
        fine(1, "10.00"),
        fine(2, "10.00", periodic="day", cap=True),
        fine(3, "10.00", cap=True),
        fine(4, None, currency="CHF"),
        ruling(5),
    ]
    for row in summary(facts).rows[:1]:
        assert row[1] == 5
    [(fines, summed, periodic, capped, no_eur)] = rows(
        totals_by(facts, "jurisdiction"), "fines", "summed", "periodic", "capped", "no_eur"
    )
    assert (fines, summed, periodic, capped, no_eur) == (4, 1, 1, 1, 1)


def test_years_come_from_the_decision_date_else_the_first_sighting() -> None:
    facts = [
        fine(1, "100.00", decision_date="2023-12-31", first_seen="2024-01-03T09:00:00Z"),
        fine(2, "200.00", decision_date=None, first_seen="2024-01-03T09:00:00Z"),
        ruling(3, decision_date=None, first_seen="2022-06-01T09:00:00Z"),
    ]
    assert rows(totals_by(facts, "year"), "year", "events", "fines_eur") == [
        ("2022", 1, Decimal(0)),
        ("2023", 1, Decimal("100.00")),
        ("2024", 1, Decimal("200.00")),
    ]
    assert summary(facts).rows[-1][:2] == ("Events without a decision date (dated by first sighting)", 2)


def test_groups_order_by_euros_then_events_then_name_with_unknowns_last() -> None:
    facts = [
        fine(1, "500.00", authority_name="Beta"),
        fine(2, "500.00", authority_name="alpha"),  # a tie with Beta: the name decides, case-blind
        fine(3, "100.00", authority_name="Gamma"),
        ruling(4, authority_name="Gamma"),
        fine(5, "100.00", authority_name="Delta"),  # same euros as Gamma, fewer events
        fine(6, "9999.00", authority_name=None, authority_id=None),
    ]
    names = rows(totals_by(facts, "authority"), "authority")
    assert names == [("alpha",), ("Beta",), ("Gamma",), ("Delta",), ("(no authority)",)]
    assert rows(totals_by(list(reversed(facts)), "authority"), "authority") == names, (
        "input order is irrelevant"
    )


def test_an_event_against_two_companies_counts_for_each() -> None:
    facts = [fine(1, "300.00", companies=["Meta", "TikTok"]), fine(2, "100.00", companies=[])]
    table = totals_by(facts, "company")
    assert rows(table, "company", "fines_eur") == [
        ("Meta", Decimal("300.00")),
        ("TikTok", Decimal("300.00")),
        ("(no company)", Decimal("100.00")),
    ]
    assert "more than the total" in table.note


def test_fines_over_time_fill_every_month_between_the_first_and_last_fine() -> None:
    facts = [
        fine(1, "100.00", decision_date="2025-11-20"),
        fine(2, "50.00", decision_date="2026-02-01"),
        fine(3, "7.00", decision_date="2026-02-28", periodic="day"),
        ruling(4, decision_date="2020-01-01"),  # not a fine: no effect on the range
    ]
    table = fines_over_time(facts)
    assert table.columns[0].key == "month"
    assert rows(table, "month", "fines", "fines_eur", "periodic") == [
        ("2025-11", 1, Decimal("100.00"), 0),
        ("2025-12", 0, Decimal(0), 0),
        ("2026-01", 0, Decimal(0), 0),
        ("2026-02", 2, Decimal("50.00"), 1),
    ]


def test_auto_periods_are_years_when_the_fines_span_more_than_two_years() -> None:
    short = [fine(1, "1.00", decision_date="2024-01-01"), fine(2, "1.00", decision_date="2025-12-31")]
    long = [fine(1, "1.00", decision_date="2024-01-01"), fine(2, "1.00", decision_date="2026-01-01")]
    assert period_for(short, "auto") == "month"
    assert period_for(long, "auto") == "year"
    assert period_for(short, "year") == "year"
    assert rows(fines_over_time(long), "year", "fines") == [("2024", 1), ("2025", 0), ("2026", 1)]


def test_no_fines_give_an_empty_time_series() -> None:
    assert fines_over_time([ruling(1)]).rows == ()


def test_largest_fines_rank_by_euros_then_date_then_id_and_mark_their_basis() -> None:
    facts = [
        fine(1, "1000.00", decision_date="2024-05-01"),
        fine(2, "5000.00", decision_date="2024-05-01", periodic="day"),
        fine(4, "1000.00", decision_date="2024-04-01"),  # same euros as 1, earlier
        fine(3, "1000.00", decision_date="2024-04-01"),  # same euros and day as 4: the id decides
        fine(5, None, currency="NOK"),  # cannot rank
        fine(6, "90000.00", currency="GBP", amount="77000", cap=True),
        appeal(7, of=1, amount_eur="99999999.00"),  # not a fine
    ]
    table = largest_fines(facts, top=4)
    assert rows(table, "rank", "event_id", "basis") == [
        (1, "evt_00000000000000000006", "up to"),
        (2, "evt_00000000000000000002", "per day"),
        (3, "evt_00000000000000000003", "lump sum"),
        (4, "evt_00000000000000000004", "lump sum"),
    ]
    assert rows(table, "amount", "currency", "amount_eur")[0] == ("77000", "GBP", Decimal("90000.00"))


def test_appeal_links_count_linked_outside_and_unlinked_appeals() -> None:
    facts = [fine(1, "1.00"), appeal(2, of=1), appeal(3, of=99), appeal(4, of=None), appeal(5, of=1)]
    assert rows(appeal_links(facts), "appeals") == [(2,), (1,), (1,)]
    assert appeal_links([fine(1, "1.00")]).rows == (), "no appeals: nothing to chart"


def test_decisions_appealed_by_link_or_by_their_own_reports() -> None:
    facts = [
        fine(1, "1.00"),
        fine(2, "1.00", types=["fine", "appeal"]),  # "... and the company said it will appeal"
        fine(3, "1.00", types=["fine", "appeal"]),
        ruling(4),
        appeal(5, of=1),
        appeal(6, of=3),
    ]
    assert rows(decisions_appealed(facts), "status", "decisions") == [
        ("appeal linked", 2),
        ("appeal mentioned in its own reports only", 1),
        ("no appeal seen", 1),
    ]


def test_appeals_by_authority_list_only_authorities_with_appeals_most_appealed_first() -> None:
    facts = [
        fine(1, "1.00", authority_name="CNIL"),
        fine(2, "1.00", authority_name="CNIL"),
        ruling(3, authority_name="CNIL"),
        fine(4, "1.00", authority_name="DPC"),
        fine(5, "1.00", authority_name="ICO"),  # never appealed: not listed
        appeal(6, of=1, authority_name="CNIL"),
        appeal(7, of=2, authority_name="CNIL"),
        appeal(8, of=4, authority_name="DPC"),
        appeal(9, of=None, authority_name="DPC"),
    ]
    assert rows(
        appeals_by(facts, "authority"), "authority", "decisions", "appealed", "appealed_share", "appeals"
    ) == [
        ("CNIL", 3, 2, Decimal("66.7"), 2),
        ("DPC", 1, 1, Decimal("100.0"), 2),
    ]


def test_the_appeal_list_sets_each_appeal_beside_its_decision() -> None:
    facts = [
        fine(1, "1000000.00", decision_date="2023-01-10", title='DPC fines Northwind <big> & "co"'),
        appeal(2, of=1, amount_eur="600000.00", decision_date="2024-03-01"),
        appeal(3, of=None, decision_date="2023-06-01"),
    ]
    table = appeal_list(facts)
    assert rows(table, "event_id", "decision", "decision_eur", "appeal_eur", "amount_change") == [
        ("evt_00000000000000000003", None, None, None, None),
        (
            "evt_00000000000000000002",
            'DPC fines Northwind <big> & "co"',
            Decimal("1000000.00"),
            Decimal("600000.00"),
            "lower",
        ),
    ]
    assert "no outcome field" in table.note


def test_amount_change_allows_one_percent_for_rounding() -> None:
    assert amount_change(Decimal(1000), Decimal(995)) == "same"
    assert amount_change(Decimal(1000), Decimal(500)) == "lower"
    assert amount_change(Decimal(1000), Decimal(2000)) == "higher"
    assert amount_change(None, Decimal(2000)) is None
