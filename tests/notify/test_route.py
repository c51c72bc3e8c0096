"""Routing: each filter kind lets matching events through and holds the others back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from streams.config.subscriptions import Filters, Subscription
from streams.notify.route import matches, route
from streams.records import Money
from tests.notify.events import message, source


def sub(name: str = "s", **filters: Any) -> Subscription:
    return Subscription(name=name, destination="console", filters=Filters(**filters))


@pytest.mark.parametrize(
    ("filters", "hit", "miss"),
    [
        pytest.param(
            {"types": frozenset({"appeal"})}, {"primary": "appeal", "types": ["appeal"]}, {}, id="types"
        ),
        pytest.param(
            {"companies": ("clearview-ai",)},
            {"companies": ["Clearview AI"]},
            {"companies": ["Acme"]},
            id="companies-by-slug",
        ),
        pytest.param(
            {"authorities": ("Autoriteit Persoonsgegevens",)},
            {"authority_id": "ap-nl", "authority_name": "Autoriteit Persoonsgegevens"},
            {},
            id="authorities-by-name",
        ),
        pytest.param(
            {"authorities": ("cjeu",)},
            {"court_id": "cjeu", "court_name": "CJEU"},
            {},
            id="authorities-include-courts",
        ),
        pytest.param(
            {"jurisdictions": frozenset({"IE", "EU"})},
            {"jurisdiction": "IE"},
            {"jurisdiction": None},
            id="jurisdictions",
        ),
        pytest.param(
            {"min_amount_eur": Decimal(5_000_000)},
            {"amount_eur": "20000000"},
            {"amount_eur": "4999999.99"},
            id="min-amount",
        ),
        pytest.param(
            {"min_amount_eur": Decimal(1)},
            {"amount": Money(amount="10", currency="EUR"), "amount_eur": None},
            {"amount": Money(amount="10", currency="USD"), "amount_eur": None},
            id="min-amount-needs-a-euro-figure",
        ),
        pytest.param(
            {"languages": frozenset({"de"})}, {"languages": ["de"]}, {"languages": ["fr"]}, id="languages"
        ),
        pytest.param(
            {"source_kinds": frozenset({"court"})},
            {"sources": [source(), source("Curia", kind="court")]},
            {},
            id="source-kinds",
        ),
        pytest.param(
            {"keywords": ("data breach",)},
            {"title": "Acme fined over a DATA  breach"},
            {"title": "Acme fined over data-breaching cookies"},
            id="keywords-whole-words",
        ),
        pytest.param(
            {"keywords": ("fine",)},
            {},
            {"title": "Regulator defines rules", "evidence": [], "sources": [source(title="x")]},
            id="keyword-not-inside-words",
        ),
    ],
)
def test_each_filter_kind(filters: dict[str, Any], hit: dict[str, Any], miss: dict[str, Any]) -> None:
    subscription = sub(**filters)
    assert matches(subscription, message(**hit))
    assert not matches(subscription, message(**miss))


def test_empty_filters_match_everything() -> None:
    assert matches(
        sub(),
        message(
            primary="ruling", types=["ruling"], amount=None, amount_eur=None, companies=[], jurisdiction=None
        ),
    )


def test_all_filters_must_match() -> None:
    both = sub(types=frozenset({"fine"}), jurisdictions=frozenset({"DE"}))
    assert not matches(both, message())  # a fine, but in FR
    assert matches(both, message(jurisdiction="DE"))


def test_route_keeps_declaration_order_and_skips_non_matching() -> None:
    subs = [sub("all"), sub("de", jurisdictions=frozenset({"DE"})), sub("fines", types=frozenset({"fine"}))]
    assert [s.name for s in route(subs, message())] == ["all", "fines"]


def test_update_routes_like_its_event_now() -> None:
    big = sub("big", min_amount_eur=Decimal(10_000_000))
    assert route([big], message(amount_eur="1000000")) == []
    revised = message(
        kind="update",
        revision=1,
        changes=["amount_revised"],
        amount_eur="15000000",
        amount=Money(amount="15000000", currency="EUR"),
    )
    assert route([big], revised) == [big]


def test_backfill_events_never_route() -> None:
    assert route([sub()], message(backfill=True)) == []
