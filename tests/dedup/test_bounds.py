"""State stays small in time and size, yet an appeal years later still finds its decision."""

from __future__ import annotations

from datetime import date, timedelta

from streams.dedup import DedupEngine, state
from tests.dedup.factory import NOW, candidate, money


def _day(offset: int) -> str:
    return (date(2015, 1, 1) + timedelta(days=offset)).isoformat()


def test_case_state_is_capped_and_old_events_are_compacted_but_still_linkable() -> None:
    engine = DedupEngine()
    original = candidate(
        "original",
        outlet="O0",
        authority="dpc",
        jurisdiction="IE",
        amount=money("777000000"),
        decision_date=_day(0),
        published=_day(0),
    )
    engine.observe(original, NOW)
    for n in range(8):  # the original decision gets many sources while it is fresh
        engine.observe(
            candidate(
                f"src{n}",
                outlet=f"S{n}",
                authority="dpc",
                jurisdiction="IE",
                amount=money("777000000"),
                published=_day(1),
            ),
            NOW,
        )
    for i in range(1, 150):  # then a long stream of other decisions against the same company
        engine.observe(
            candidate(
                f"d{i}",
                outlet="Wire",
                authority=f"authority-{i % 7}",
                amount=money(str(1000 * i)),
                decision_date=_day(10 * i),
                published=_day(10 * i),
            ),
            NOW,
        )
    case = engine.cases[original.case_key]
    assert len(case.events) <= state.MAX_EVENTS
    assert set(case.revisions) == set(case.published) == {e.event_id for e in case.events}
    first = next(e for e in case.events if e.amount == money("777000000"))
    assert len(first.sources) <= state.COMPACT_SOURCES and first.source_count == 9
    assert first.event_id not in case.sketches
    assert len(case.dumps()) < 200_000

    appeal = engine.observe(
        candidate(
            "appeal",
            outlet="Court",
            primary="appeal",
            authority="dpc",
            court="high-court",
            jurisdiction="IE",
            amount=money("777000000"),
            published=_day(1500),
        ),
        NOW,
    )
    assert appeal.event is not None and appeal.event.related_event_id == first.event_id


def test_events_beyond_the_retention_horizon_are_dropped() -> None:
    engine = DedupEngine()
    old = candidate("old", authority="dpc", amount=money("1000"), published="2010-01-01")
    engine.observe(old, NOW)
    engine.observe(candidate("new", authority="dpc", amount=money("2000"), published="2024-01-01"), NOW)
    assert [e.amount for e in engine.cases[old.case_key].events] == [money("2000")]


def test_sources_per_event_are_capped_while_the_count_goes_on() -> None:
    engine = DedupEngine()
    outs = [
        engine.observe(
            candidate(
                f"i{n}", outlet=f"Outlet {n}", authority="dpc", amount=money("5000"), published="2024-01-01"
            ),
            NOW,
        )
        for n in range(40)
    ]
    last = outs[-1].event
    assert last is not None and len(last.sources) == state.MAX_SOURCES and last.source_count == 40
    assert all(o.message is not None for o in outs)  # every new outlet is still news
