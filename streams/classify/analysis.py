"""The result of classify+extract for one item (`Analysis`) and the pure function that builds it."""

from __future__ import annotations

import re
from dataclasses import dataclass

CLASSIFIER_VERSION = "rules-2025.101"


@dataclass(frozen=True, slots=True)
class Analysis:
    language: str
    primary: str  # "ruling" | "fine" | "appeal" | "none"
    types: tuple[str, ...]
    confidence: float
    evidence: tuple[str, ...]
    authority_id: str | None
    authority_name: str | None
    court_id: str | None
    court_name: str | None
    companies: tuple[str, ...]
    jurisdiction: str | None
    amount: str | None
    currency: str | None
    periodic: str | None
    cap: bool
    amount_eur: str | None
    other_amounts: tuple[tuple[str, str, str], ...]
    decision_date: str | None
    classifier_version: str = CLASSIFIER_VERSION


# No lookbehind in front: a pattern that starts with plain characters lets `re` jump to the next 1 or 2
# in C; the "no digit before" rule is checked on the few hits instead.
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d(?!\d)")


def year_hits(low: str) -> list[tuple[int, int]]:
    """(position, year) of every 19xx/20xx standing alone (no digit either side)."""
    return [
        (m.start(), int(m.group()))
        for m in _YEAR_LIKE.finditer(low)
        if not (m.start() and low[m.start() - 1].isdecimal())
    ]
