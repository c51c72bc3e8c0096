"""The result of classify+extract for one item (`Analysis`) and the pure function that builds it."""

from __future__ import annotations

import re
from dataclasses import dataclass

CLASSIFIER_VERSION = "rules-2025.1"


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


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
