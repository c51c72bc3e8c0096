"""What the report reads of one event: which fines are summed, and the date it counts under."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from streams.report.facts import Basis
from tests.report.events import appeal, fine, ruling


def test_a_lump_sum_with_a_euro_amount_is_summed() -> None:
    f = fine(1, "1500000.00")
    assert f.is_fine and f.basis is Basis.SUMMED
    assert f.summed_eur == Decimal("1500000.00")
    assert f.basis_label == "lump sum"


def test_a_penalty_per_day_is_counted_not_summed() -> None:
    f = fine(1, "50000.00", periodic="day")
    assert f.basis is Basis.PERIODIC and f.summed_eur == 0
    assert f.basis_label == "per day"


def test_an_up_to_figure_is_counted_not_summed() -> None:
    f = fine(1, "20000000.00", cap=True)
    assert f.basis is Basis.CAPPED and f.summed_eur == 0
    assert f.basis_label == "up to"


def test_a_capped_penalty_per_day_counts_as_periodic() -> None:
    f = fine(1, "10000.00", cap=True, periodic="day")
    assert f.basis is Basis.PERIODIC and f.basis_label == "up to, per day"


def test_a_fine_without_a_euro_amount_is_counted_apart() -> None:
    f = fine(1, None, currency="NOK", amount="65000000")
    assert f.basis is Basis.NO_EUR and f.summed_eur == 0
    assert (f.amount, f.currency) == ("65000000", "NOK")


def test_an_appeal_is_not_a_fine_even_with_an_amount() -> None:
    a = appeal(2, of=1, types=["appeal", "fine"], amount_eur="1000000.00")
    assert a.is_appeal and not a.is_fine and a.basis is Basis.NONE and a.summed_eur == 0


def test_a_ruling_is_a_decision_but_not_a_fine() -> None:
    r = ruling(1)
    assert r.is_decision and not r.is_fine and r.basis is Basis.NONE


def test_the_date_is_the_decision_date_else_the_first_sighting() -> None:
    dated = fine(1, "1.00", decision_date="2024-12-31", first_seen="2025-01-02T08:00:00Z")
    undated = fine(2, "1.00", decision_date=None, first_seen="2025-01-02T08:00:00Z")
    assert (dated.day, dated.dated_by_decision) == (date(2024, 12, 31), True)
    assert (undated.day, undated.dated_by_decision) == (date(2025, 1, 2), False)


def test_the_authority_is_named_else_identified() -> None:
    assert ruling(1, authority_name=None, authority_id="fr-cnil").authority == "fr-cnil"
    assert ruling(1, authority_name=None, authority_id=None).authority is None
