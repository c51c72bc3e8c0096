"""Replay throughput: `streams replay` to JSON Lines and Parquet versus a bare aiokafka `getmany` loop.

All loops read the same topic (8 partitions, events with a `new` and an `update` message each, ~1 KB, as
the dedup agent writes them) from its beginning to the end offsets read first, with the same fetch
settings (a second bare loop with the larger fetches replay used before is reported for comparison).
The bare loop only counts records; replay also folds, validates every message it writes against the
JSON Schema, orders the output and writes it. Rates are topic messages read per second, wall clock
from connecting to the last byte written. `peak_rss_mb` is the whole benchmark process's peak (the raw
replay, which keeps every message, included); `peak_rss_after_fill_mb` is the peak before any replay.
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.config.subscriptions import Filters
from streams.history.bounds import Window
from streams.history.flatten import columns
from streams.history.reader import FETCH, MAX_RECORDS, consumer_for
from streams.history.replay import MEMORY_BUDGET, replay
from streams.history.writers import JsonlWriter, ParquetWriter, Writer
from streams.runner import ensure_broker
from streams.settings import Settings

PARTITIONS = 8
TEMPLATE_ID = b"evt_00000000000000000000"


def _templates() -> tuple[bytes, bytes]:
    from bench.roundtrip import _message
    from streams.records import EventMessage, Source

    new = _message(0)
    update = EventMessage(
        kind="update",
        event_id=new.event_id,
        revision=1,
        emitted_at="2026-11-16T09:35:01Z",
        event=new.event.derive(
            sources=[
                *new.event.sources,
                Source(
                    item_id="itm_b",
                    feed_id="news",
                    outlet="News",
                    kind="news",
                    first_seen="2026-11-16T09:35:00Z",
                    language="en",
                ),
            ],
            source_count=2,
        ),
        changes=["new_source"],
        trigger_item_id="itm_b",
    )
    return new.dumps(), update.dumps()


async def _fill(bootstrap: str, topic: str, n: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, PARTITIONS, 1, topic_configs={"retention.ms": "-1"})])
    finally:
        await admin.close()
    new, update = _templates()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50, max_batch_size=1024 * 1024, acks=1)
    await producer.start()
    try:
        batches = {p: producer.create_batch() for p in range(PARTITIONS)}
        pending = []
        start_ms = int(time.time() * 1000) - n
        for k in range(n):
            e = k // 2  # every event: its `new`, then one `update`
            event_id = b"evt_%020d" % e
            value = (new if k % 2 == 0 else update).replace(TEMPLATE_ID, event_id)
            p = e % PARTITIONS
            if batches[p].append(key=event_id, value=value, timestamp=start_ms + k) is None:
                pending.append(await producer.send_batch(batches[p], topic, partition=p))
                batches[p] = producer.create_batch()
                batches[p].append(key=event_id, value=value, timestamp=start_ms + k)
        for p, batch in batches.items():
            pending.append(await producer.send_batch(batch, topic, partition=p))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


# The fetch sizes replay used before (32 MiB per response, 4 MiB per partition): the bare loop spends
# more CPU per record with them, so a ratio against it flatters replay. Reported for comparison.
LARGE_FETCH = {"fetch_max_bytes": 32 * 1024 * 1024, "max_partition_fetch_bytes": 4 * 1024 * 1024}


async def _bare(bootstrap: str, topic: str, fetch: dict[str, int] | None = None) -> float:
    started = time.perf_counter()
    if fetch is None:
        consumer = consumer_for(bootstrap)  # replay's own consumer settings
    else:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, **fetch
        )
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        ends = await consumer.end_offsets(tps)
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        todo = {tp for tp in tps if ends[tp] > 0}
        seen = 0
        while todo:
            batch = await consumer.getmany(*todo, timeout_ms=10_000, max_records=MAX_RECORDS)
            for tp, records in batch.items():
                seen += len(records)
                if records and records[-1].offset + 1 >= ends[tp]:
                    todo.discard(tp)
        return seen / (time.perf_counter() - started)
    finally:
        await consumer.stop()


async def _replay(
    bootstrap: str, topic: str, writer: Writer, n: int, *, raw: bool = False
) -> tuple[float, int]:
    started = time.perf_counter()
    stats = await replay(bootstrap, topic, Window(), Filters(), writer, raw=raw)
    writer.close()
    elapsed = time.perf_counter() - started
    assert stats.read == n and stats.malformed == 0, stats
    return n / elapsed, stats.written


async def _run(quick: bool) -> dict:
    bootstrap = ensure_broker(Settings.from_env())
    n = 100_000 if quick else 1_000_000
    topic = f"bench-replay-{uuid.uuid4().hex[:8]}"
    t0 = time.perf_counter()
    await _fill(bootstrap, topic, n)
    fill_s = time.perf_counter() - t0
    try:
        return await _measure(bootstrap, topic, n, fill_s)
    finally:
        await _delete(bootstrap, topic)  # ~1 KB x n kept forever otherwise


async def _delete(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_topics([topic])
    finally:
        await admin.close()


async def _measure(bootstrap: str, topic: str, n: int, fill_s: float) -> dict:
    rounds = 2
    try:
        import pyarrow  # noqa: F401

        parquet_reason = None
    except ImportError:
        parquet_reason = "pyarrow is not installed"
    bare, bare_large, jsonl, parquet, raw = [], [], [], [], []
    written = 0
    rss_after_fill = _peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):  # interleaved, so machine noise hits every loop alike
            bare.append(await _bare(bootstrap, topic))
            bare_large.append(await _bare(bootstrap, topic, LARGE_FETCH))
            with open(os.devnull, "wb") as sink:
                rate, written = await _replay(bootstrap, topic, JsonlWriter(sink), n)
                jsonl.append(rate)
            if parquet_reason is None:
                path = Path(tmp) / "out.parquet"
                parquet.append((await _replay(bootstrap, topic, ParquetWriter(path, columns()), n))[0])
        with open(os.devnull, "wb") as sink:
            raw.append((await _replay(bootstrap, topic, JsonlWriter(sink), n, raw=True))[0])
    b, j = statistics.median(bare), statistics.median(jsonl)
    b_large = statistics.median(bare_large)
    figures: dict = {
        "messages": n,
        "events": written,
        "rounds": rounds,
        "fill_s": round(fill_s, 1),
        "fetch": f"{FETCH['fetch_max_bytes'] >> 20}/{FETCH['max_partition_fetch_bytes'] >> 20} MiB",
        "bare_getmany_events_per_s": round(b),
        "events_per_s_jsonl": round(j),
        "ratio_jsonl_to_bare": round(j / b, 3),
        "bare_getmany_large_fetch_events_per_s": round(b_large),
        "ratio_jsonl_to_bare_large_fetch": round(j / b_large, 3),
        "events_per_s_parquet": round(statistics.median(parquet)) if parquet else None,
        "events_per_s_jsonl_raw": round(statistics.median(raw)),
        "peak_rss_after_fill_mb": rss_after_fill,
        "peak_rss_mb": _peak_rss_mb(),
        "memory_budget_mb": MEMORY_BUDGET >> 20,
    }
    if parquet_reason:
        figures["parquet_note"] = parquet_reason
    return figures


def _peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run(quick: bool) -> dict:
    return asyncio.run(_run(quick))
