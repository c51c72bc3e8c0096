"""The filters of `tail` and `replay`: the subscriptions' `Filters`, built from command-line values.

Matching is `streams.notify.route.matches_event` itself, so a replay selects exactly the events a
subscription with the same filters would alert on (backfill aside: history shows backfill events too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from streams.config.subscriptions import EVENT_TYPES, SOURCE_KINDS, Filters
from streams.errors import ConfigError
from streams.history.message import event_state
from streams.notify.route import matches_event

_JURISDICTION = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def build_filters(
    *,
    types: Iterable[str] = (),
    companies: Iterable[str] = (),
    authorities: Iterable[str] = (),
    jurisdictions: Iterable[str] = (),
    min_amount_eur: str | None = None,
    languages: Iterable[str] = (),
    source_kinds: Iterable[str] = (),
    keywords: Iterable[str] = (),
) -> Filters:
    """Normalised like subscriptions.yaml filters; enumerated options also accept "a,b" lists."""
    return Filters(
        types=_choose("--type", _split(types), EVENT_TYPES),
        companies=_texts(companies),
        authorities=_texts(authorities),
        jurisdictions=_codes(
            "--jurisdiction",
            _split(jurisdictions),
            str.upper,
            _JURISDICTION,
            "use ISO 3166 alpha-2 codes (FR, DE, IE, ...), UK or EU",
        ),
        min_amount_eur=_amount(min_amount_eur),
        languages=_codes(
            "--language",
            _split(languages),
            lambda v: v.lower().split("-")[0],
            _LANGUAGE,
            "use ISO 639-1 codes such as en, fr, de",
        ),
        source_kinds=_choose("--source-kind", _split(source_kinds), SOURCE_KINDS),
        keywords=_texts(keywords),
    )


def is_empty(filters: Filters) -> bool:
    return filters == Filters()


def accepts(filters: Filters, doc: dict[str, Any]) -> bool:
    """Whether a validated event message passes the filters (judged on its full event state)."""
    return is_empty(filters) or matches_event(filters, event_state(doc))


def _split(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    # Company and authority names may contain commas ("Meta Platforms, Inc."): one option, one value.
    return tuple(v.strip() for v in values if v.strip())


def _choose(option: str, values: list[str], allowed: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for value in values:
        if value.lower() not in allowed:
            raise ConfigError(f"{option} {value!r} is not known", f"use any of {', '.join(allowed)}")
        out.add(value.lower())
    return frozenset(out)


def _codes(option: str, values: list[str], normal: Any, pattern: re.Pattern[str], fix: str) -> frozenset[str]:
    out = set()
    for value in values:
        norm = normal(value)
        if not (pattern.match(norm) or norm == "EU"):
            raise ConfigError(f"{option} {value!r} is not a valid code", fix)
        out.add(norm)
    return frozenset(out)


def _amount(raw: str | None) -> Decimal | None:
    if raw is None:
        return None
    try:
        value = Decimal(raw.replace("_", "").replace(",", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise ConfigError(
            f"--min-amount-eur {raw!r} is not an amount", "write a plain number of euros: 1000000"
        )
    return value
