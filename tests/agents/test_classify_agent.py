"""The classify agent: enforcement items become candidates keyed by case; the rest are dropped."""

from __future__ import annotations

import json
from unittest.mock import AsyncMock, patch

from streams.agents import classify as agent_module
from streams.records import RawItem


def raw(title: str, summary: str, item_id: str = "itm_1") -> RawItem:
    return RawItem(
        item_id=item_id,
        feed_id="tech",
        source="Tech Policy Daily",
        source_kind="news",
        url=None,
        title=title,
        summary=summary,
        first_seen="2026-11-16T09:00:00Z",
        language="en",
    )


async def test_a_fine_becomes_a_candidate_keyed_by_its_company(dead_letter_sends: AsyncMock) -> None:
    item = raw(
        "Privacy regulator fines Litware €2 million", "The regulator fined Litware Ltd 2 million euros."
    )
    with patch.object(agent_module.candidates_topic, "send", new=AsyncMock()) as sent:
        async with agent_module.classify.test_context() as agent:
            await agent.put(key=item.item_id, value=item.dumps())
    assert sent.await_count == 1
    candidate = json.loads(sent.await_args.kwargs["value"])
    assert sent.await_args.kwargs["key"] == candidate["case_key"] == "co:litware"
    assert candidate["primary"] == "fine" and candidate["amount"] == {"amount": "2000000", "currency": "EUR"}


async def test_a_non_event_sends_nothing(dead_letter_sends: AsyncMock) -> None:
    item = raw("Litware launches a new photo app", "The company announced a new app for sharing photos.")
    with patch.object(agent_module.candidates_topic, "send", new=AsyncMock()) as sent:
        async with agent_module.classify.test_context() as agent:
            await agent.put(key=item.item_id, value=item.dumps())
    assert sent.await_count == 0
    assert dead_letter_sends.await_count == 0


async def test_a_malformed_message_goes_to_the_dead_letters_and_the_stream_goes_on(
    dead_letter_sends: AsyncMock,
) -> None:
    good = raw(
        "Privacy regulator fines Litware €2 million", "The regulator fined Litware Ltd 2 million euros."
    )
    with patch.object(agent_module.candidates_topic, "send", new=AsyncMock()) as sent:
        async with agent_module.classify.test_context() as agent:
            await agent.put(key="bad", value=b"{not json")
            await agent.put(key=good.item_id, value=good.dumps())
    assert dead_letter_sends.await_count == 1
    letter = json.loads(dead_letter_sends.await_args.kwargs["value"])
    assert letter["stage"] == "classify" and letter["error_type"] == "MalformedMessage"
    assert letter["value"] == "{not json"
    assert sent.await_count == 1, "the good message after the bad one is still processed"
