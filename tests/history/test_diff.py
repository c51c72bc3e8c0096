"""`streams diff`, the pure part: hand-built event messages of two versions in, what changed out."""

from __future__ import annotations

import json
from typing import Any

from streams.history.diff import Change, Event, diff, fold, render, to_json
from streams.records import EventMessage, Money
from tests.history.factory import message, source, state


def doc(msg: EventMessage) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(msg.dumps())
    return loaded


def event(n: int, *items: str, revision: int = 0, **kw: Any) -> Event:
    """Event `n`, folded, holding one source per item."""
    srcs = [source(f"Outlet {i}", item_id=i) for i in items]
    msg = message(n, sources=srcs, source_count=len(srcs), **kw)
    msg.revision = revision
    return fold([doc(msg)])[0]


def test_folding_keeps_the_latest_revision_and_every_item_any_message_named() -> None:
    first = doc(message(1, 0))
    second = doc(message(1, 1))
    second["trigger_item_id"] = "itm_trigger"
    repeat_of_first = doc(message(1, 0))
    [folded] = fold([first, second, repeat_of_first])
    assert folded.revision == 1
    assert folded.state == second["event"]
    assert folded.items == {"itm_cnil", "itm_outlet0", "itm_trigger"}


def test_the_same_events_make_no_difference() -> None:
    a = [event(1, "i1", "i2"), event(2, "i3")]
    d = diff("A", a, "B", list(a))
    assert not d.differs
    assert [(m.a.event_id, m.b.event_id) for m in d.unchanged] == [
        ("evt_" + "0" * 19 + "1", "evt_" + "0" * 19 + "1"),
        ("evt_" + "0" * 19 + "2", "evt_" + "0" * 19 + "2"),
    ]
    assert render(d).splitlines()[1] == (
        "2 unchanged, 0 changed, 0 merged, 0 split, 0 regrouped, 0 only in A, 0 only in B"
    )


def test_a_matched_event_lists_the_fields_that_changed() -> None:
    a = event(1, "i1")
    b = event(
        1,
        "i1",
        primary="ruling",
        types=["ruling", "fine"],
        amount=Money(amount="2000000", currency="EUR"),
        amount_eur="2000000.00",
        cap=True,
        authority_id="ie-dpc",
        companies=["Acme 1", "Acme Holdings"],
        jurisdiction="IE",
        decision_date="2026-03-02",
        classifier_version="another",  # always differs: never reported
        title="Another title",  # chosen per event: never reported
    )
    [changed] = diff("A", [a], "B", [b]).changed
    assert changed.changes == (
        Change("primary", "fine", "ruling"),
        Change("types", ["fine"], ["fine", "ruling"]),
        Change("amount", "1000000 EUR", "2000000 EUR"),
        Change("amount_eur", "1000000.00", "2000000.00"),
        Change("cap", False, True),
        Change("authority", "fr-cnil", "ie-dpc"),
        Change("companies", ["Acme 1"], ["Acme 1", "Acme Holdings"]),
        Change("jurisdiction", "FR", "IE"),
        Change("decision_date", "2026-03-01", "2026-03-02"),
    )


def test_an_amount_lost_and_a_periodic_penalty_are_changes() -> None:
    a = event(1, "i1")
    b = event(1, "i1", amount=None, amount_eur=None, periodic="day")
    [changed] = diff("A", [a], "B", [b]).changed
    assert changed.changes == (
        Change("amount", "1000000 EUR", None),
        Change("amount_eur", "1000000.00", None),
        Change("periodic", None, "day"),
    )


def test_an_item_that_leaves_a_matched_event_is_listed() -> None:
    [changed] = diff("A", [event(1, "i1", "i2")], "B", [event(1, "i1")]).changed
    assert changed.changes == (Change("items", ["i2"], []),)


def test_two_events_that_become_one_are_merged_and_the_reverse_is_a_split() -> None:
    a = [event(1, "i1"), event(2, "i2"), event(3, "i3")]
    b = [event(1, "i1", "i2"), event(3, "i3")]
    d = diff("A", a, "B", b)
    [merged] = d.of_kind("merged")
    assert [e.event_id[-1] for e in merged.a] == ["1", "2"] and [e.event_id[-1] for e in merged.b] == ["1"]
    assert len(d.unchanged) == 1 and d.differs
    [split] = diff("B", b, "A", a).of_kind("split")
    assert [e.event_id[-1] for e in split.a] == ["1"] and [e.event_id[-1] for e in split.b] == ["1", "2"]


def test_events_sharing_items_across_several_events_on_both_sides_are_regrouped() -> None:
    a = [event(1, "i1", "i2"), event(2, "i3")]
    b = [event(1, "i1"), event(2, "i2", "i3")]
    [group] = diff("A", a, "B", b).groups
    assert group.kind == "regrouped" and len(group.a) == 2 and len(group.b) == 2


def test_events_whose_items_are_no_event_on_the_other_side_are_only_on_one_side() -> None:
    d = diff("A", [event(1, "i1"), event(2, "i2")], "B", [event(2, "i2"), event(3, "i3")])
    assert [e.event_id[-1] for e in d.only_a] == ["1"]
    assert [e.event_id[-1] for e in d.only_b] == ["3"]


def test_an_appeal_link_counts_as_unchanged_when_it_points_at_the_matched_event() -> None:
    # Another id on side B, same item: the same decision.
    fine_a, fine_b = event(1, "i1"), event(7, "i1", companies=["Acme 1"])
    appeal_a = event(2, "i2", primary="appeal", types=["appeal"], related_event_id=fine_a.event_id)
    appeal_b = event(2, "i2", primary="appeal", types=["appeal"], related_event_id=fine_b.event_id)
    unlinked_b = event(2, "i2", primary="appeal", types=["appeal"], related_event_id=None)
    assert diff("A", [fine_a, appeal_a], "B", [fine_b, appeal_b]).changed == []
    [changed] = diff("A", [fine_a, appeal_a], "B", [fine_b, unlinked_b]).changed
    assert changed.changes == (Change("appeal_link", fine_a.event_id, None),)


def test_the_json_report_holds_counts_and_every_difference() -> None:
    a = [event(1, "i1"), event(2, "i2")]
    b = [event(1, "i1", amount=None, amount_eur=None)]
    out = to_json(diff("rules-1", a, "rules-2", b))
    json.dumps(out)  # plain JSON
    assert out["a"] == {"name": "rules-1", "events": 2} and out["b"] == {"name": "rules-2", "events": 1}
    assert out["counts"] == {
        "unchanged": 0,
        "changed": 1,
        "merged": 0,
        "split": 0,
        "regrouped": 0,
        "only_a": 1,
        "only_b": 0,
    }
    assert out["changed"][0]["changes"] == {
        "amount": {"a": "1000000 EUR", "b": None},
        "amount_eur": {"a": "1000000.00", "b": None},
    }
    assert out["only_a"] == [
        {"event_id": "evt_" + "0" * 19 + "2", "primary": "fine", "title": state(2).title, "items": ["i2"]}
    ]


def test_the_text_report_names_each_difference() -> None:
    a = [event(1, "i1"), event(2, "i2"), event(3, "i3")]
    b = [event(1, "i1", "i2", amount=None, amount_eur=None), event(4, "i4")]
    text = render(diff("A", a, "B", b))
    e = "evt_" + "0" * 19
    assert text == (
        "A: 3 events, B: 2 events\n"
        "0 unchanged, 0 changed, 1 merged, 0 split, 0 regrouped, 1 only in A, 1 only in B\n"
        "\n"
        f"merged  {e}1 + {e}2 -> {e}1\n"
        f"  A: {e}1 fine  {state(1).title}  [i1]\n"
        f"  A: {e}2 fine  {state(2).title}  [i2]\n"
        f"  B: {e}1 fine  {state(1).title}  [i1, i2]\n"
        "\n"
        f"only in A  {e}3 fine  {state(3).title}  [i3]\n"
        "\n"
        f"only in B  {e}4 fine  {state(4).title}  [i4]\n"
    )
