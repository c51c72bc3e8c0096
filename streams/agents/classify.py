"""raw-items -> candidates: classify and extract each item; enforcement items are re-keyed by case."""

from __future__ import annotations

import asyncio

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter
from streams.app import app, candidates_topic, raw_items_topic
from streams.classify.candidate import classify_raw
from streams.classify.money import load_rates
from streams.records import Candidate, RawItem

BATCH = 256
WITHIN = 0.02  # seconds a partial batch waits: up to this is added to every alert's latency at each hop


def classify_item(raw: RawItem) -> Candidate | None:
    """The pure step: None when the item reports no enforcement event."""
    return classify_raw(raw)


@app.agent(raw_items_topic)
async def classify(stream: StreamT) -> None:
    # The rate table loads once per process: at start, not inside the first enforcement item's latency.
    await asyncio.to_thread(load_rates)
    # Batches amortise Faust's per-event overhead; the agent writes no table, so batching is safe.
    async for events in stream.take_events(BATCH, within=WITHIN):  # type: ignore[attr-defined]  # missing from StreamT
        for event in events:
            raw = await decode_or_dead_letter("classify", RawItem, event)
            candidate = classify_item(raw) if raw is not None else None
            if candidate is not None:
                await candidates_topic.send(key=candidate.case_key, value=candidate.dumps())
