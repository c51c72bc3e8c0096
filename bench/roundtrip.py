"""Broker round trip: produce and consume N events through the project's records versus bare aiokafka.

Both loops use the same producer and consumer settings on the same broker; the project loop adds what
the pipeline really does per message: building an `EventMessage`, `dumps()`, and `decode()` on the way
back. The ratio is the cost of the contract layer.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.records import EventMessage, EventState, Money, Source
from streams.runner import ensure_broker
from streams.settings import Settings
from streams.wire import decode


def _message(i: int) -> EventMessage:
    state = EventState(
        event_id=f"evt_{i:020d}",
        case_key=f"co:company-{i % 500}",
        primary="fine",
        types=["fine"],
        title=f"Regulator fines Company {i} €{i} million",
        first_seen="2026-11-16T09:05:00Z",
        last_seen="2026-11-16T09:05:00Z",
        sources=[
            Source(
                item_id=f"itm_{i:020d}",
                feed_id="bench",
                outlet="Bench",
                kind="news",
                first_seen="2026-11-16T09:05:00Z",
                url=f"https://example.org/{i}",
            )
        ],
        source_count=1,
        classifier_version="bench",
        authority_id="fr-cnil",
        jurisdiction="FR",
        amount=Money(amount=str(i * 1000), currency="EUR"),
        amount_eur=f"{i * 1000}.00",
    )
    return EventMessage(
        kind="new", event_id=state.event_id, revision=0, emitted_at="2026-11-16T09:05:01Z", event=state
    )


async def _round(bootstrap: str, n: int, project: bool) -> float:
    topic = f"bench.roundtrip.{uuid.uuid4().hex[:8]}"
    await _create(bootstrap, topic)
    payloads = [] if project else [_message(i).dumps() for i in range(n)]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=256 * 1024)
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await producer.start()
    await consumer.start()
    try:
        started = time.perf_counter()
        futures = []
        for i in range(n):
            if project:
                msg = _message(i)
                futures.append(await producer.send(topic, msg.dumps(), key=msg.event_id.encode()))
            else:
                futures.append(await producer.send(topic, payloads[i], key=b"k%d" % i))
        await asyncio.gather(*futures)
        seen = 0
        while seen < n:
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            for records in batch.values():
                for rec in records:
                    if project:
                        decode(EventMessage, rec.value)
                    seen += 1
        return n / (time.perf_counter() - started)
    finally:
        await consumer.stop()
        await producer.stop()


async def _create(bootstrap: str, topic: str) -> None:
    # Created up front so neither loop pays for auto-creation and leader election.
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=8, replication_factor=1)])
    finally:
        await admin.close()


async def _run(quick: bool) -> dict:
    settings = Settings.from_env()
    bootstrap = ensure_broker(settings)
    n = 5_000 if quick else 50_000
    rounds = 3 if quick else 5
    await _round(bootstrap, 500, True)  # warm-up: metadata, JIT of the broker
    project, bare = [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        project.append(await _round(bootstrap, n, True))
        bare.append(await _round(bootstrap, n, False))
    p, b = statistics.median(project), statistics.median(bare)
    return {
        "events": n,
        "rounds": rounds,
        "project_events_per_s": round(p),
        "bare_aiokafka_events_per_s": round(b),
        "ratio_project_to_bare": round(p / b, 3),
    }


def run(quick: bool) -> dict:
    return asyncio.run(_run(quick))
