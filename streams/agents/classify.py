"""raw-items -> candidates: classify and extract each item; enforcement items are re-keyed by case.

The candidates of one batch leave as one message per partition of the candidates topic (JSON Lines,
`streams.framing`): the dedup agent then pays Faust's per-message cost once per partition and batch
instead of once per candidate. The messages are sent before the batch is acknowledged, as before.
"""

from __future__ import annotations

import asyncio

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter
from streams.app import app, candidates_topic, key_partition, raw_items_topic
from streams.classify.candidate import classify_raw
from streams.classify.money import load_rates
from streams.framing import Outbox
from streams.records import Candidate, RawItem

BATCH = 256
WITHIN = 0.02  # seconds a partial batch waits: up to this is added to every alert's latency at each hop


def classify_item(raw: RawItem) -> Candidate | None:
    """The pure step: None when the item reports no enforcement event."""
    return classify_raw(raw)


def candidate_partition(case_key: str) -> int | None:
    """The candidates partition of `case_key`: where the `cases` table keeps its state."""
    return key_partition(candidates_topic, case_key)


@app.agent(raw_items_topic)
async def classify(stream: StreamT) -> None:
    # The rate table loads once per process: at start, not inside the first enforcement item's latency.
    await asyncio.to_thread(load_rates)
    outbox = Outbox(candidate_partition)
    # Batches amortise Faust's per-event overhead; the agent writes no table, so batching is safe.
    async for events in stream.take_events(BATCH, within=WITHIN):  # type: ignore[attr-defined]  # missing from StreamT
        for event in events:
            raw = await decode_or_dead_letter("classify", RawItem, event)
            candidate = classify_item(raw) if raw is not None else None
            if candidate is not None:
                outbox.add(candidate.case_key, candidate.dumps())
        for message in outbox.messages():
            await candidates_topic.send(key=message.key, value=message.value, partition=message.partition)
