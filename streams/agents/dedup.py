"""candidates -> events: join each candidate to an event of its case, or open a new one."""

from __future__ import annotations

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter
from streams.app import app, candidates_topic, cases, events_topic
from streams.clock import now_iso
from streams.dedup.engine import decide
from streams.records import Candidate

BATCH = 256


@app.agent(candidates_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def dedup(stream: StreamT) -> None:
    async for events in stream.take_events(BATCH, within=0.2):  # type: ignore[attr-defined]  # missing from StreamT
        for event in events:
            candidate = await decode_or_dead_letter("dedup", Candidate, event)
            if candidate is None:
                continue
            outcome = decide(cases.get(candidate.case_key), candidate, now_iso())
            cases[candidate.case_key] = outcome.case
            if outcome.message is not None:
                await events_topic.send(key=outcome.message.event_id, value=outcome.message.dumps())
