"""The topics of reprocessed classifier versions: their names, what exists, and making a clean set.

A version's topics are `<prefix>enforcement.reprocess.<version>.candidates.v1` and `...events.v1`
(`topics.reprocess_name`). `live` names the live `enforcement.events.v1`, so it is not a version name.

Existence is read from the list of all topics: asking the broker about one topic by name would create
it on a broker with `auto.create.topics.enable` (ours has it).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams import topics
from streams.errors import StreamsError
from streams.history.reader import partitions_of
from streams.provision import wait_visible
from streams.topics import TopicSpec

LIVE = "live"
_REPROCESSED_EVENTS = re.compile(r"^enforcement\.reprocess\.(.+)\.events\.v1$")


class VersionError(StreamsError):
    """A version name or its topics stop a reprocess or a diff (bad name, data already there, absent)."""


def check_version(version: str) -> str:
    """The version's topic slug; raises VersionError naming the fix."""
    if version.strip().lower() == LIVE:
        raise VersionError(
            f"{LIVE!r} names the live topics in `streams diff`, not a classifier version",
            "choose another --version",
        )
    try:
        return topics.version_slug(version)
    except ValueError as exc:
        raise VersionError(str(exc), "choose another --version") from exc


def topic_names(prefix: str, version: str) -> dict[TopicSpec, str]:
    """The topics `streams reprocess --version version` writes, by the live topic each mirrors."""
    check_version(version)
    return {spec: prefix + topics.reprocess_name(spec, version) for spec in topics.REPROCESSED}


def events_topic(prefix: str, side: str) -> str:
    """The events topic of one side of a diff: `live` or a reprocessed version."""
    if side.strip().lower() == LIVE:
        return prefix + topics.EVENTS.name
    return topic_names(prefix, side)[topics.EVENTS]


def versions_in(names: list[str], prefix: str) -> list[str]:
    """Reprocessed versions (topic slugs) among the broker's topic names."""
    found = []
    for name in names:
        if name.startswith(prefix):
            m = _REPROCESSED_EVENTS.match(name[len(prefix) :])
            if m:
                found.append(m.group(1))
    return sorted(found)


async def list_topics(bootstrap: str) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return list(await admin.list_topics())
    finally:
        await admin.close()


async def message_counts(bootstrap: str, names: list[str]) -> dict[str, int]:
    """Messages held (end offset - beginning offset, over all partitions) by each of `names` that exists."""
    present = set(await list_topics(bootstrap))
    wanted = [n for n in names if n in present]
    if not wanted:
        return {}
    # Describing a topic by name is safe here: it exists, so the broker creates nothing.
    parts = await asyncio.gather(*(partitions_of(bootstrap, n) for n in wanted))
    tps = [TopicPartition(n, p) for n, ps in zip(wanted, parts, strict=True) for p in ps]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(tps)
        beginnings = await consumer.beginning_offsets(tps)
    finally:
        await consumer.stop()
    counts = dict.fromkeys(wanted, 0)
    for tp in tps:
        counts[tp.topic] += ends[tp] - beginnings[tp]
    return counts


async def delete(bootstrap: str, names: list[str], timeout: float = 60.0) -> None:
    """Delete the topics that exist and wait until the broker no longer lists them."""
    present = [n for n in names if n in set(await list_topics(bootstrap))]
    if not present:
        return
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_topics(present)
    finally:
        await admin.close()
    deadline = time.monotonic() + timeout
    while set(present) & set(await list_topics(bootstrap)):
        if time.monotonic() > deadline:
            raise VersionError(
                f"topics {', '.join(present)} were not deleted within {timeout:.0f}s",
                "check the broker's log (delete.topic.enable must be true)",
                retriable=True,
            )
        await asyncio.sleep(0.2)


async def create(
    bootstrap: str, specs: Mapping[TopicSpec, str], partitions: int, timeout: float = 60.0
) -> None:
    """Create the missing topics with their live counterparts' retention; wait until their partitions
    show in metadata (a producer sending to a topic the broker does not know yet would auto-create it)."""
    present = set(await list_topics(bootstrap))
    new = [
        NewTopic(name, partitions, 1, topic_configs={"retention.ms": str(topics.retention_ms(spec))})
        for spec, name in specs.items()
        if name not in present
    ]
    deadline = time.monotonic() + timeout
    while new:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            await admin.create_topics(new)
            break
        except TopicAlreadyExistsError:
            # Right after a delete the broker may still hold the old topic for a moment.
            if time.monotonic() > deadline:
                raise VersionError(
                    f"topics {', '.join(t.name for t in new)} could not be created within {timeout:.0f}s",
                    "check the broker's log",
                    retriable=True,
                ) from None
            present = set(await list_topics(bootstrap))
            new = [t for t in new if t.name not in present]
            await asyncio.sleep(0.5)
        finally:
            await admin.close()
    await wait_visible(list(specs.values()), bootstrap, partitions, max(0.0, deadline - time.monotonic()))
