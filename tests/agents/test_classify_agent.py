"""The classify agent: enforcement items become candidates keyed by case; the rest are dropped."""

from __future__ import annotations

import asyncio
import json
from unittest.mock import AsyncMock, patch

from streams.agents import classify as agent_module
from streams.framing import lines
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


async def test_a_batchs_candidates_leave_as_one_message_per_partition(dead_letter_sends: AsyncMock) -> None:
    items = [
        raw("Regulator fines Litware €2 million", "The regulator fined Litware Ltd €2 million.", "i1"),
        raw("CNIL fines Contoso €3 million", "The CNIL fined Contoso SA 3 million euros.", "i2"),
        raw("Litware launches a new photo app", "The company announced a new app for sharing photos.", "i3"),
        raw("Garante fines Fabrikam €1 million", "The Garante fined Fabrikam SpA 1 million euros.", "i4"),
    ]
    partitions = {"co:litware": 5, "co:contoso": 2, "co:fabrikam": 5}
    with (
        patch.object(agent_module, "candidate_partition", new=partitions.get),
        patch.object(agent_module.candidates_topic, "send", new=AsyncMock()) as sent,
    ):
        async with agent_module.classify.test_context() as agent:
            for item in items:  # not waiting lets the agent take them as one batch
                await agent.put(key=item.item_id, value=item.dumps(), wait=False)
            for _ in range(200):  # until all three candidates went out (a bound, not a timing claim)
                if sum(len(lines(c.kwargs["value"])) for c in sent.await_args_list) >= 3:
                    break
                await asyncio.sleep(0.05)
    in_partition: dict[int, list[str]] = {}
    for call in sent.await_args_list:
        records = [json.loads(v) for v in lines(call.kwargs["value"])]
        in_partition.setdefault(call.kwargs["partition"], []).extend(r["item_id"] for r in records)
        # One record: keyed by its case as before; several (possibly of several cases): no key.
        assert call.kwargs["key"] == (records[0]["case_key"] if len(records) == 1 else None)
    assert in_partition == {5: ["i1", "i4"], 2: ["i2"]}  # each partition's candidates, in order
    assert sent.await_count == 2  # one message per partition of the batch, not one per candidate
