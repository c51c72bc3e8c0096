"""Reading a bounded window of a topic: end offsets first, then time bounds, then every partition's range.

The end offsets are read before anything else, so a replay terminates however fast producers write.
A partition is done when the consumer's position reaches its stop offset: that also covers transaction
markers and compacted gaps, where the last record's offset + 1 is below the end offset.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.errors import StreamsError
from streams.history.bounds import Range, Window, plan

# aiokafka's default 1 MiB per partition, 8 MiB per response. Against the 32/4 MiB used before, on the
# replay benchmark: replay runs as fast with either, a bare consumer spends about a third more CPU per
# record on the larger responses (each is copied whole, twice), and they hold more memory. The
# benchmark's bare loop uses these settings too.
FETCH = {"fetch_max_bytes": 8 * 1024 * 1024, "max_partition_fetch_bytes": 1024 * 1024}
MAX_RECORDS = 50_000


class TopicNotFound(StreamsError):
    """The topic to read does not exist on the broker."""


@dataclass
class WindowRead:
    topic: str
    ranges: dict[int, Range]
    incomplete: set[int] = field(default_factory=set)  # partitions that went quiet before their stop

    @property
    def total(self) -> int:
        return sum(r.size for r in self.ranges.values())


def consumer_for(bootstrap: str, timeout_ms: int = 30_000) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,  # reads never join or commit for a group: replay leaves no trace on the cluster
        enable_auto_commit=False,
        request_timeout_ms=timeout_ms,
        **FETCH,
    )


async def partitions_of(bootstrap: str, topic: str) -> list[int]:
    # From the admin client: a consumer without a subscription has no metadata for the topic yet.
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    partitions = sorted(p["partition"] for p in described.get("partitions") or [])
    if described.get("error_code") or not partitions:
        raise TopicNotFound(
            f"topic {topic} does not exist on the broker",
            "check STREAMS_KAFKA_BOOTSTRAP and STREAMS_TOPIC_PREFIX (the worker creates the topic)",
        )
    return partitions


async def plan_window(
    consumer: AIOKafkaConsumer, topic: str, partitions: list[int], window: Window
) -> WindowRead:
    tps = [TopicPartition(topic, p) for p in partitions]
    ends = await consumer.end_offsets(tps)  # first: the fixed end of this read
    beginnings = await consumer.beginning_offsets(tps)
    since = None
    if window.since_ms is not None:
        found = await consumer.offsets_for_times({tp: window.since_ms for tp in tps})
        since = {tp.partition: (o.offset if o is not None else None) for tp, o in found.items()}
    ranges = plan(
        {tp.partition: o for tp, o in beginnings.items()},
        {tp.partition: o for tp, o in ends.items()},
        window,
        since,
    )
    return WindowRead(topic, ranges)


async def read_window(
    consumer: AIOKafkaConsumer, read: WindowRead, idle_timeout_ms: int = 30_000
) -> AsyncIterator[list[ConsumerRecord]]:
    """Batches of records inside each partition's range; a partition quiet for `idle_timeout_ms` before
    its stop offset is given up (listed in `read.incomplete`) so the read still ends."""
    todo = {TopicPartition(read.topic, p): r for p, r in read.ranges.items() if r.size > 0}
    if not todo:
        return
    consumer.assign(list(todo))
    for tp, r in todo.items():
        consumer.seek(tp, r.start)
    while todo:
        batch = await consumer.getmany(*todo, timeout_ms=idle_timeout_ms, max_records=MAX_RECORDS)
        if not batch:
            read.incomplete |= {tp.partition for tp in todo}
            return
        for tp, records in batch.items():
            stop = todo[tp].stop if tp in todo else -1
            if records and records[-1].offset >= stop:
                records = [r for r in records if r.offset < stop]
            if records:
                yield records
        for tp in list(todo):
            if await consumer.position(tp) >= todo[tp].stop:
                del todo[tp]
                consumer.pause(tp)
