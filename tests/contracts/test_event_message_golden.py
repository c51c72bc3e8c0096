"""The public record on enforcement.events.v1 is pinned byte for byte: any change must be deliberate.

If this fails because you added a field (with a default), regenerate the golden file and note the change
in the README's compatibility section; removing or renaming a field needs a new topic version.
"""

from __future__ import annotations

import json
from pathlib import Path

from streams.records import EventMessage, EventState, Money, Source
from streams.wire import decode

GOLDEN = Path(__file__).parents[1] / "golden" / "event_message_v1.json"


def sample_message() -> EventMessage:
    state = EventState(
        event_id="evt_0123456789abcdef0123",
        case_key="co:northwind-social",
        primary="fine",
        types=["fine", "ruling"],
        title="Data Protection Commission fines Northwind Social €45 million over children's data",
        first_seen="2026-11-16T09:05:00Z",
        last_seen="2026-11-16T13:35:00Z",
        sources=[
            Source(
                item_id="itm_aaaaaaaaaaaaaaaaaaaa",
                feed_id="dpc-ie",
                outlet="Data Protection Commission",
                kind="regulator",
                first_seen="2026-11-16T09:05:00Z",
                url="https://example.org/dpc/news/northwind-social-decision",
                title="Data Protection Commission fines Northwind Social €45 million over children's data",
                language="en",
            ),
            Source(
                item_id="itm_bbbbbbbbbbbbbbbbbbbb",
                feed_id="techpolicy",
                outlet="Tech Policy Daily",
                kind="news",
                first_seen="2026-11-16T13:35:00Z",
                url="https://example.org/techpolicy/2026/11/16/northwind-social-fine",
                title="Northwind Social hit with €45m fine by Irish privacy regulator",
                language="en",
            ),
        ],
        source_count=2,
        classifier_version="rules-1",
        authority_id="ie-dpc",
        authority_name="Data Protection Commission (Ireland)",
        companies=["Northwind Social"],
        jurisdiction="IE",
        amount=Money(amount="45000000", currency="EUR"),
        amount_eur="45000000.00",
        amounts_seen=[Money(amount="45000000", currency="EUR")],
        decision_date="2026-11-16",
        languages=["en"],
        confirmed_by_authority=True,
        root_event_id="evt_0123456789abcdef0123",
        evidence=["fines Northwind Social €45 million"],
    )
    return EventMessage(
        kind="update",
        event_id=state.event_id,
        revision=1,
        emitted_at="2026-11-16T13:35:01Z",
        event=state,
        changes=["new_source"],
        trigger_item_id="itm_bbbbbbbbbbbbbbbbbbbb",
    )


def test_event_message_serialises_exactly_as_the_golden_payload() -> None:
    produced = json.loads(sample_message().dumps())
    assert produced == json.loads(GOLDEN.read_text())


def test_event_message_carries_no_faust_metadata_and_a_schema_version() -> None:
    produced = json.loads(sample_message().dumps())
    assert "__faust" not in produced and "__faust" not in produced["event"]
    assert produced["schema_version"] == 1 and produced["event"]["schema_version"] == 1


def test_money_is_a_decimal_string_with_an_iso_currency() -> None:
    produced = json.loads(sample_message().dumps())
    assert produced["event"]["amount"] == {"amount": "45000000", "currency": "EUR"}
    assert isinstance(produced["event"]["amount_eur"], str)


def test_golden_payload_decodes_back_into_the_same_record() -> None:
    decoded = decode(EventMessage, GOLDEN.read_bytes())
    assert decoded == sample_message()
    assert isinstance(decoded.event.sources[0], Source)
