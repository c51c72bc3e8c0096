"""Command-line filters: built like subscription filters, and matched by the subscriptions' own code."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from streams.config.subscriptions import Filters
from streams.errors import ConfigError
from streams.history.filters import accepts, build_filters
from streams.history.message import event_state
from streams.notify.route import matches_event
from tests.history.factory import message, raw, source, state


def test_values_are_normalised_and_enumerations_accept_comma_lists() -> None:
    f = build_filters(
        types=["Fine,ruling"],
        jurisdictions=["fr", "eu"],
        languages=["EN-gb"],
        source_kinds=["News"],
        min_amount_eur="1_000_000",
        companies=["Meta Platforms, Inc."],
    )
    assert f == Filters(
        types=frozenset({"fine", "ruling"}),
        jurisdictions=frozenset({"FR", "EU"}),
        languages=frozenset({"en"}),
        source_kinds=frozenset({"news"}),
        min_amount_eur=Decimal("1000000"),
        companies=("Meta Platforms, Inc.",),
    )


@pytest.mark.parametrize(
    "kw",
    [
        {"types": ["penalty"]},
        {"jurisdictions": ["France"]},
        {"min_amount_eur": "lots"},
        {"source_kinds": ["blog"]},
    ],
)
def test_bad_values_fail_with_a_fix(kw: dict) -> None:
    with pytest.raises(ConfigError) as info:
        build_filters(**kw)
    assert info.value.fix


CASES = [
    build_filters(),
    build_filters(types=["appeal"]),
    build_filters(types=["fine"], jurisdictions=["FR"]),
    build_filters(min_amount_eur="1000001"),
    build_filters(min_amount_eur="1000000"),
    build_filters(companies=["acme 3"]),
    build_filters(authorities=["fr-cnil"]),
    build_filters(languages=["en"]),
    build_filters(source_kinds=["news"]),
    build_filters(keywords=["cookie consent"]),
    build_filters(keywords=["cookie"], types=["ruling"]),
]


@pytest.mark.parametrize("filters", CASES)
def test_dict_matching_agrees_with_the_subscriptions_on_records(filters: Filters) -> None:
    for n in range(4):
        for revision in range(2):
            msg = message(n, revision)
            doc = json.loads(raw(msg))
            assert accepts(filters, doc) == matches_event(filters, msg.event)


def test_defaults_are_filled_for_fields_an_older_message_lacks() -> None:
    doc = json.loads(raw(message(1)))
    for name in ("languages", "amount_eur", "amount", "companies"):
        del doc["event"][name]
    view = event_state(doc)
    assert view.languages == [] and view.amount is None and view.companies == []
    assert not accepts(build_filters(min_amount_eur="1"), doc)
    assert accepts(build_filters(source_kinds=["regulator"]), doc)


def test_a_view_reads_nested_records_like_the_record_does() -> None:
    ev = state(2, sources=[source("CNIL"), source("Le Monde", kind="news", language="fr")])
    doc = {"event": json.loads(ev.dumps())}
    view = event_state(doc)
    assert [s.kind for s in view.sources] == ["regulator", "news"]
    assert view.amount is not None and view.amount.currency == "EUR"
