"""Reading a Faust table from outside a worker: its changelog topic, up to the end offsets read first.

Used by commands that report state (`streams feeds status`) without joining the worker's consumer group.
The end offsets are read before anything else, so the read always terminates.
"""

from __future__ import annotations

from typing import TypeVar

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.errors import MalformedMessage
from streams.wire import decode

R = TypeVar("R", bound=faust.Record)


async def read_table(bootstrap: str, topic: str, record: type[R], timeout_ms: int = 10_000) -> dict[str, R]:
    """The latest value of every key (a null value deletes it); undecodable entries are skipped."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, request_timeout_ms=timeout_ms
    )
    await consumer.start()
    try:
        if topic not in await consumer.topics():
            return {}
        parts = [TopicPartition(topic, p) for p in await _partitions(bootstrap, topic)]
        ends = await consumer.end_offsets(parts)
        todo = {tp for tp, end in ends.items() if end > 0}
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        table: dict[str, R] = {}
        while todo:
            batch = await consumer.getmany(*todo, timeout_ms=timeout_ms)
            if not batch:
                break  # the broker went quiet before the end offsets: report what was read
            for tp, messages in batch.items():
                for msg in messages:
                    key = (msg.key or b"").decode("utf-8", "replace")
                    if msg.value is None:
                        table.pop(key, None)
                    else:
                        try:
                            table[key] = decode(record, msg.value)
                        except MalformedMessage:
                            continue
                    if msg.offset + 1 >= ends[tp]:
                        todo.discard(tp)
        return table
    finally:
        await consumer.stop()


async def _partitions(bootstrap: str, topic: str) -> list[int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
        return sorted(p["partition"] for p in described.get("partitions", []))
    finally:
        await admin.close()
