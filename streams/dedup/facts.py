"""Comparable facts of a candidate or an event: amounts in EUR with their rounding, dates as day numbers.

Missing facts stay None: "unknown" is never treated as "different".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache

from streams.records import Money

# Rough EUR rates, used only when the extractor gave no amount_eur. Comparison across currencies is loose
# (rates drift over the years an event is reported), so precision here does not matter.
_EUR_PER_UNIT = {
    "EUR": 1.0, "USD": 0.9, "GBP": 1.15, "CHF": 1.0, "NOK": 0.088, "SEK": 0.088, "DKK": 0.134,
    "PLN": 0.23, "CZK": 0.04, "HUF": 0.0026, "RON": 0.2, "BGN": 0.51, "ISK": 0.0067, "CAD": 0.67,
    "AUD": 0.6, "JPY": 0.0062, "KRW": 0.00068, "CNY": 0.125, "INR": 0.011, "BRL": 0.17, "TRY": 0.03,
}
SAME_CURRENCY_SLACK = 0.005  # on top of the rounding the stated figure implies
CROSS_CURRENCY_TOLERANCE = 0.2  # conversions by outlets use different dates and rates
NEAR_TOLERANCE = 0.3  # beyond rounding but plausibly a corrected or re-reported figure


class AmountRelation(Enum):
    SAME = "same"
    NEAR = "near"
    FAR = "far"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated amount, comparable: `eur` is the EUR value, `tolerance` the relative rounding it implies."""

    value: float
    currency: str
    eur: float | None
    tolerance: float
    periodic: str | None = None
    cap: bool = False


def day_number(text: str | None) -> int | None:
    """ISO date or datetime -> proleptic day number; None when absent or unreadable."""
    if not text or len(text) < 10:
        return None
    return _day_number(text[:10])


@lru_cache(maxsize=16_384)
def _day_number(day: str) -> int | None:
    # A case's events share a handful of days, compared with every candidate: parse each day once.
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def _rounding(amount: str) -> float:
    """Relative half-unit of the last significant digit: '35000000' -> 1.4%, '35258707.95' -> ~0."""
    digits = amount.split(".")[0].lstrip("-").lstrip("0")
    if not digits:
        return 0.0
    significant = len(digits.rstrip("0")) or 1
    half_unit = 0.5 * 10 ** (len(digits) - significant)
    return min(half_unit / float(digits), 0.05)


def figure(money: Money | None, periodic: str | None = None, cap: bool = False,
           amount_eur: str | None = None) -> Figure | None:
    """A stated amount made comparable; None when absent, unreadable or not positive.

    Figures are immutable and depend only on these values, so each distinct statement is parsed once
    (an event's figures are compared with every candidate of its case)."""
    if money is None:
        return None
    amount, currency = money.amount, money.currency
    try:
        return _figure(amount, currency, periodic, cap, amount_eur)
    except TypeError:  # an unhashable value from a hand-built record: parse it uncached
        return _figure.__wrapped__(amount, currency, periodic, cap, amount_eur)


@lru_cache(maxsize=16_384)
def _figure(amount: str, stated_currency: str | None, periodic: str | None, cap: bool,
            amount_eur: str | None) -> Figure | None:
    try:
        value = float(amount)  # comparison only: the exact decimal string stays in the record
    except (TypeError, ValueError):
        return None
    if value <= 0:
        return None
    currency = (stated_currency or "").upper()
    eur: float | None = None
    if amount_eur:
        try:
            eur = float(amount_eur)
        except ValueError:
            eur = None
    if eur is None and currency in _EUR_PER_UNIT:
        eur = value * _EUR_PER_UNIT[currency]
    return Figure(value, currency, eur, _rounding(amount) + SAME_CURRENCY_SLACK, periodic, cap)


def _relative_gap(a: float, b: float) -> float:
    return abs(a - b) / max(a, b)


def compare_figures(a: Figure, b: Figure) -> AmountRelation:
    """Two stated figures: the same penalty (within rounding or conversion), close, or different."""
    if a.currency == b.currency:
        gap = _relative_gap(a.value, b.value)
        if gap <= max(a.tolerance, b.tolerance):
            return AmountRelation.SAME
    elif a.eur is not None and b.eur is not None:
        gap = _relative_gap(a.eur, b.eur)
        if gap <= CROSS_CURRENCY_TOLERANCE:
            return AmountRelation.SAME
    else:
        return AmountRelation.UNKNOWN
    if a.periodic != b.periodic or a.cap or b.cap:
        # A 'per day' rate against a total, or an 'up to' figure against a fine: not comparable.
        return AmountRelation.UNKNOWN
    return AmountRelation.NEAR if gap <= NEAR_TOLERANCE else AmountRelation.FAR


def compare_amounts(main_a: Figure | None, alts_a: Sequence[Figure], main_b: Figure | None,
                    alts_b: Sequence[Figure]) -> AmountRelation:
    """Main penalty figures decide; alternative figures (conversions, caps, other amounts seen) can only
    prove sameness, never difference, because they may describe something else."""
    if main_a is None or main_b is None:
        return AmountRelation.UNKNOWN
    relation = compare_figures(main_a, main_b)
    if relation is AmountRelation.SAME:
        return relation
    for x in (main_a, *alts_a):
        for y in (main_b, *alts_b):
            if (x is not main_a or y is not main_b) and compare_figures(x, y) is AmountRelation.SAME \
                    and x.periodic == y.periodic:
                return AmountRelation.SAME
    return relation
