"""The link agent: an appeal's note meets its authority's indexed decisions; what it finds goes back to
`candidates` as the appeal's candidate, linked."""

from __future__ import annotations

import asyncio
import json
from unittest.mock import AsyncMock, patch

from streams.agents import link
from streams.dedup import decide
from streams.dedup.build import replace
from streams.dedup.engine import note_of
from streams.records import AuthorityNote
from tests.dedup.factory import NOW, candidate, money


def note(key: str, **facts: object) -> AuthorityNote:
    made_up = candidate(key, **facts)  # type: ignore[arg-type]
    c = replace(made_up, published=f"{made_up.published}T08:00:00Z")  # the wire form: a timestamp
    made = note_of(decide(None, c, NOW), c)
    assert made is not None
    return made


async def test_an_appeal_of_another_case_goes_back_linked_to_its_decision(
    dead_letter_sends: AsyncMock,
) -> None:
    facts = {"authority": "it-agcm", "jurisdiction": "IT", "amount": money("5200000")}
    decision = note("decision", company="Aspen Pharmacare", published="2016-09-29", **facts)
    other = note(
        "other", company="Tender Pharma", published="2017-01-10", **{**facts, "amount": money("900000")}
    )
    appeal = note(
        "appeal", company="Aspen", primary="appeal", court="it-tar-lazio", published="2017-06-14", **facts
    )
    assert appeal.appeal is not None and decision.event.case_key != appeal.event.case_key
    framed = b"\n".join([decision.dumps(), b'{"authority_id": 7}', other.dumps()])
    with (
        patch.object(link.candidates_topic, "send", new=AsyncMock()) as sent,
        patch.object(link.authority_index.table, "send_changelog") as changelog,
    ):
        async with link.link.test_context() as agent:
            await agent.put(key=None, value=framed)  # two decisions, one bad line between them
            await agent.put(key="it-agcm", value=appeal.dumps())
            for _ in range(200):  # until the agent has taken them (a bound, not a timing claim)
                if sent.await_count:
                    break
                await asyncio.sleep(0.05)
    [back] = [json.loads(c.kwargs["value"]) for c in sent.await_args_list]
    assert back["case_key"] == appeal.event.case_key and back["item_id"] == appeal.appeal.item_id
    assert back["link"]["event_id"] == appeal.event.event_id
    assert back["link"]["related_event_id"] == decision.event.event_id
    assert sent.await_args.kwargs["key"] == appeal.event.case_key
    index = link.authority_index.get("it-agcm")
    assert index is not None and len(index.events) == 3
    assert 1 <= changelog.call_count <= 2  # once per batch, not once per note
    assert dead_letter_sends.await_count == 1
