"""The dedup agent: the first sighting opens an event, a second outlet updates it, a repeat is silent."""

from __future__ import annotations

import json
from unittest.mock import AsyncMock, patch

from streams.agents import classify, dedup
from streams.records import Candidate, RawItem


def candidate(item_id: str, outlet: str, title: str) -> Candidate:
    item = RawItem(
        item_id=item_id,
        feed_id=outlet.lower().replace(" ", "-"),
        source=outlet,
        source_kind="news",
        url=f"https://example.org/{item_id}",
        title=title,
        summary="The CNIL fined Litware 2 million euros on Monday.",
        first_seen="2026-11-16T09:00:00Z",
        published="2026-11-16T09:00:00Z",
        language="en",
    )
    made = classify.classify_item(item)
    assert made is not None
    return made


async def test_one_decision_from_two_outlets_is_one_event_and_a_repeat_emits_nothing(
    dead_letter_sends: AsyncMock,
) -> None:
    first = candidate("itm_a", "Tech Policy Daily", "CNIL fines Litware €2 million")
    second = candidate("itm_b", "Privacy Wire", "Litware hit with €2m CNIL fine")
    with (
        patch.object(dedup.events_topic, "send", new=AsyncMock()) as sent,
        patch.object(dedup.cases.table, "send_changelog"),
    ):
        async with dedup.dedup.test_context() as agent:
            for c in (first, second, first):
                await agent.put(key=c.case_key, value=c.dumps())
    messages = [json.loads(call.kwargs["value"]) for call in sent.await_args_list]
    assert [m["kind"] for m in messages] == ["new", "update"]
    assert messages[0]["event_id"] == messages[1]["event_id"]
    assert messages[1]["revision"] == 1 and "new_source" in messages[1]["changes"]
    assert messages[1]["event"]["source_count"] == 2
