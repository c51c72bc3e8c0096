"""Reading one side of `streams diff` from Kafka: every message of an events topic, validated, folded.

Like replay it only reads (no consumer group) and reads the end offsets first, so it ends. Messages that do
not match the events schema are skipped and reported through `on_malformed`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from streams.errors import MalformedMessage
from streams.history.bounds import Window
from streams.history.diff import Event, fold
from streams.history.message import load, with_defaults
from streams.history.reader import consumer_for, partitions_of, plan_window, read_window
from streams.history.versions import LIVE, VersionError, events_topic, list_topics, versions_in

OnMalformed = Callable[[int, int, str], None]


async def read_side(
    bootstrap: str,
    prefix: str,
    side: str,
    *,
    on_malformed: OnMalformed | None = None,
    idle_timeout_ms: int = 30_000,
) -> list[Event]:
    """The folded events of `side` (`live` or a reprocessed version). Raises VersionError when its topic
    does not exist, listing the versions that do."""
    topic = events_topic(prefix, side)
    names = await list_topics(bootstrap)
    if topic not in names:
        sides = ([LIVE] if events_topic(prefix, LIVE) in names else []) + versions_in(names, prefix)
        known = ", ".join(sides) or "none"
        raise VersionError(
            f"no events topic {topic} for {side!r} (versions here: {known})",
            "start a worker, which creates it, or check STREAMS_TOPIC_PREFIX"
            if side.strip().lower() == LIVE
            else f"run `streams reprocess --version {side}` first, or check STREAMS_TOPIC_PREFIX",
        )
    docs: list[tuple[tuple[int, int, int], dict[str, Any]]] = []
    consumer = consumer_for(bootstrap)
    try:
        _, parts = await asyncio.gather(consumer.start(), partitions_of(bootstrap, topic))
        read = await plan_window(consumer, topic, parts, Window())
        async for records in read_window(consumer, read, idle_timeout_ms):
            for r in records:
                try:
                    docs.append(((r.timestamp, r.partition, r.offset), with_defaults(load(r.value))))
                except MalformedMessage as exc:
                    if on_malformed is not None:
                        on_malformed(r.partition, r.offset, exc.problem)
    finally:
        await consumer.stop()
    if read.incomplete:
        raise VersionError(
            f"partitions {sorted(read.incomplete)} of {topic} went quiet before their end offset",
            "check the broker and run the diff again",
            retriable=True,
        )
    docs.sort(key=lambda d: d[0])
    return fold(d for _, d in docs)
