"""Create the monitor's topics before a worker subscribes, and wait until the broker's metadata shows them.

Faust creates topics when its conductor starts, but the consumer group may assign partitions before the
new topics appear in metadata; the worker then runs with "Ignoring missing topic" and never consumes
them. Creating them first, with their partitions and retention, removes that race.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams import topics
from streams.errors import ConfigError


def wanted(prefix: str, partitions: int) -> list[NewTopic]:
    return [
        NewTopic(
            prefix + spec.name,
            num_partitions=partitions,
            replication_factor=1,
            topic_configs={"retention.ms": str(topics.retention_ms(spec))},
        )
        for spec in topics.ALL
    ]


async def ensure_topics(bootstrap: str, prefix: str, partitions: int, timeout: float = 60.0) -> list[str]:
    """Create the missing topics; return once every topic has all its partitions in metadata."""
    new = wanted(prefix, partitions)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in new if t.name not in existing]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker was a moment faster
                await admin.create_topics(missing)
    finally:
        await admin.close()
    await wait_visible([t.name for t in new], bootstrap, partitions, timeout)
    return [t.name for t in missing]


async def wait_visible(names: Sequence[str], bootstrap: str, partitions: int, timeout: float) -> None:
    """Wait until every topic shows all its partitions in a fresh client's metadata; ConfigError after
    `timeout` seconds."""
    consumer = AIOKafkaConsumer(*names, bootstrap_servers=bootstrap, group_id=None, metadata_max_age_ms=500)
    await consumer.start()
    try:
        deadline = time.monotonic() + timeout
        while True:
            absent = [n for n in names if len(consumer.partitions_for_topic(n) or ()) < partitions]
            if not absent:
                _check_partitions(names, consumer, partitions)
                return
            if time.monotonic() > deadline:
                raise ConfigError(
                    f"topics {', '.join(absent)} did not appear on the broker within {timeout:.0f}s",
                    "check the broker's log, and that STREAMS_PARTITIONS matches the topics' partitions",
                    retriable=True,
                )
            await asyncio.sleep(0.2)
    finally:
        await consumer.stop()


def _check_partitions(names: Sequence[str], consumer: AIOKafkaConsumer, partitions: int) -> None:
    """ConfigError when a topic has another partition count than STREAMS_PARTITIONS: the tables (created
    with STREAMS_PARTITIONS) would no longer be co-partitioned with the topics that write them."""
    counts = {n: len(consumer.partitions_for_topic(n) or ()) for n in names}
    wrong = {n: count for n, count in counts.items() if count != partitions}
    if wrong:
        found = ", ".join(f"{n} has {count}" for n, count in sorted(wrong.items()))
        raise ConfigError(
            f"topics have another partition count than STREAMS_PARTITIONS={partitions}: {found}",
            f"set STREAMS_PARTITIONS={max(wrong.values())} to match the existing topics, or delete them "
            "(and the table changelogs) to start again; a topic created before the workers (by a client "
            "subscribing to it) gets the broker's default count",
        )
