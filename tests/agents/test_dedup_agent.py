"""The dedup agent: the first sighting opens an event, a second outlet updates it, a repeat is silent."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from unittest.mock import AsyncMock, patch

import pytest

from streams.agents import classify, dedup
from streams.records import Candidate, LinkTarget, RawItem


@pytest.fixture(autouse=True)
def notes_sent() -> Iterator[AsyncMock]:
    """What the agent tells the link agent (`authority-notes`), captured."""
    with patch.object(dedup.authority_notes_topic, "send", new=AsyncMock()) as sent:
        yield sent


def candidate(item_id: str, outlet: str, title: str, company: str = "Litware") -> Candidate:
    item = RawItem(
        item_id=item_id,
        feed_id=outlet.lower().replace(" ", "-"),
        source=outlet,
        source_kind="news",
        url=f"https://example.org/{item_id}",
        title=title,
        summary=f"The CNIL fined {company} 2 million euros on Monday.",
        first_seen="2026-11-16T09:00:00Z",
        published="2026-11-16T09:00:00Z",
        language="en",
    )
    made = classify.classify_item(item)
    assert made is not None
    return made


async def test_one_decision_from_two_outlets_is_one_event_a_repeat_emits_nothing_and_each_message_is_a_story(
    dead_letter_sends: AsyncMock,
) -> None:
    first = candidate("itm_a", "Tech Policy Daily", "CNIL fines Litware €2 million")
    second = candidate("itm_b", "Privacy Wire", "Litware hit with €2m CNIL fine")
    with (
        patch.object(dedup.events_topic, "send", new=AsyncMock()) as sent,
        patch.object(dedup.stories_topic, "send", new=AsyncMock()) as told,
        patch.object(dedup.cases.table, "send_changelog"),
    ):
        async with dedup.dedup.test_context() as agent:
            for c in (first, second, first):
                await agent.put(key=c.case_key, value=c.dumps())
    messages = [json.loads(call.kwargs["value"]) for call in sent.await_args_list]
    # The notifier's copy: the same bytes, keyed by the story's root (here the event itself).
    public = sent.await_args_list
    assert [c.kwargs for c in told.await_args_list] == [
        # No producer under test_context: no partition is known, so each copy goes alone, keyed.
        {"key": m["event_id"], "value": c.kwargs["value"], "partition": None}
        for m, c in zip(messages, public, strict=True)
    ]
    assert [m["kind"] for m in messages] == ["new", "update"]
    assert messages[0]["event_id"] == messages[1]["event_id"]
    assert messages[1]["revision"] == 1 and "new_source" in messages[1]["changes"]
    assert messages[1]["event"]["source_count"] == 2


async def test_a_batch_reads_the_state_its_own_candidates_left_and_writes_each_case_once_per_batch(
    dead_letter_sends: AsyncMock,
) -> None:
    # Another company than the test above: the table outlives a test context.
    first = candidate("itm_c", "Tech Policy Daily", "CNIL fines Contoso Data €2 million", "Contoso Data")
    second = candidate("itm_d", "Privacy Wire", "Contoso Data hit with €2m CNIL fine", "Contoso Data")
    third = candidate("itm_e", "Data Desk", "Contoso Data fined €2 million by CNIL", "Contoso Data")
    assert first.case_key == second.case_key == third.case_key != "unknown"
    with (
        patch.object(dedup.events_topic, "send", new=AsyncMock()) as sent,
        patch.object(dedup.stories_topic, "send", new=AsyncMock()),
        patch.object(dedup.cases.table, "send_changelog") as changelog,
    ):
        async with dedup.dedup.test_context() as agent:
            # Not waiting between puts lets the agent take them as one batch, however it slices them.
            for c in (first, second, third, third):  # the repeat emits nothing
                await agent.put(key=c.case_key, value=c.dumps(), wait=False)
            for _ in range(200):  # until the agent has taken them all (a bound, not a timing claim)
                if dedup.cases.get(first.case_key) is not None and sent.await_count >= 3:
                    break
                await asyncio.sleep(0.05)
    messages = [json.loads(call.kwargs["value"]) for call in sent.await_args_list]
    assert [(m["kind"], m["revision"]) for m in messages] == [("new", 0), ("update", 1), ("update", 2)]
    assert len({m["event_id"] for m in messages}) == 1
    assert 1 <= changelog.call_count <= 4  # once per batch, never once per candidate and batch
    stored = dedup.cases.get(first.case_key)
    assert stored is not None and [e.source_count for e in stored.events] == [3]


async def test_a_message_of_several_candidates_is_read_line_by_line_and_a_bad_line_alone_is_dead_lettered(
    dead_letter_sends: AsyncMock,
) -> None:
    first = candidate("itm_f", "Tech Policy Daily", "CNIL fines Tailspin €2 million", "Tailspin")
    second = candidate("itm_g", "Privacy Wire", "Tailspin hit with €2m CNIL fine", "Tailspin")
    framed = b"\n".join([first.dumps(), b'{"item_id": 5}', second.dumps()])
    with (
        patch.object(dedup.events_topic, "send", new=AsyncMock()) as sent,
        patch.object(dedup.stories_topic, "send", new=AsyncMock()),
        patch.object(dedup.cases.table, "send_changelog"),
    ):
        async with dedup.dedup.test_context() as agent:
            await agent.put(key=None, value=framed)
    messages = [json.loads(call.kwargs["value"]) for call in sent.await_args_list]
    assert [(m["kind"], m["trigger_item_id"]) for m in messages] == [("new", "itm_f"), ("update", "itm_g")]
    assert dead_letter_sends.await_count == 1
    letter = json.loads(dead_letter_sends.await_args.kwargs["value"])
    assert letter["stage"] == "dedup" and letter["value"] == '{"item_id": 5}'  # the bad line, not the message


async def test_a_candidate_sent_back_linked_links_the_appeal_once_and_events_of_an_authority_are_noted(
    dead_letter_sends: AsyncMock, notes_sent: AsyncMock
) -> None:
    appeal = candidate("itm_h", "Wire", "Fabrikam appeals €2 million CNIL fine", "Fabrikam")
    appeal = Candidate.from_data({**appeal.asdict(), "primary": "appeal", "types": ["appeal"]})
    with (
        patch.object(dedup.events_topic, "send", new=AsyncMock()) as sent,
        patch.object(dedup.stories_topic, "send", new=AsyncMock()) as told,
        patch.object(dedup.cases.table, "send_changelog") as changelog,
    ):
        async with dedup.dedup.test_context() as agent:
            await agent.put(key=appeal.case_key, value=appeal.dumps())
            for _ in range(200):  # until the agent has taken it (a bound, not a timing claim)
                if sent.await_count:
                    break
                await asyncio.sleep(0.05)
            [opened] = [json.loads(c.kwargs["value"]) for c in sent.await_args_list]
            target = LinkTarget(
                event_id=opened["event_id"],
                related_event_id="evt_decision",
                root_event_id="evt_decision",
                score=6.5,
            )
            linked = Candidate.from_data({**appeal.asdict(), "link": target.asdict()})
            await agent.put(key=linked.case_key, value=linked.dumps())
            for _ in range(200):
                if sent.await_count >= 2:
                    break
                await asyncio.sleep(0.05)
            writes = changelog.call_count
            await agent.put(key=linked.case_key, value=linked.dumps())  # redelivered, in a batch of its own
            for _ in range(200):
                if dedup.cases.get(appeal.case_key) is not None and agent.sent_offset >= 3:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.2)  # let the batch of the redelivery end (a bound, not a timing claim)
    messages = [json.loads(c.kwargs["value"]) for c in sent.await_args_list]
    assert [(m["kind"], m["revision"], m["changes"]) for m in messages] == [
        ("new", 0, []),
        ("update", 1, ["appeal_linked"]),
    ]
    assert messages[1]["event"]["related_event_id"] == "evt_decision"
    assert told.await_args_list[1].kwargs["key"] == "evt_decision"  # the update joins the decision's story
    assert changelog.call_count == writes  # the redelivery changed nothing and wrote nothing
    notes = [json.loads(c.kwargs["value"]) for c in notes_sent.await_args_list]
    assert [n["authority_id"] for n in notes] == ["fr-cnil", "fr-cnil"]
    assert notes[0]["appeal"]["item_id"] == "itm_h"  # unlinked: the link agent should look for its decision
    assert notes[1]["appeal"] is None  # linked now: the index learns it
