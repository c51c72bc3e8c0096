"""`streams reprocess`: a classifier and deduplication over the raw-items history, into a version's topics.

The same pure functions as the agents (`Classifier.classify` is the classify agent's step,
`dedup.engine.decide` the dedup agent's), in-process, over a fixed window: the end offsets of `raw-items`
are read first, so a reprocess ends however fast pollers write. Items are processed in the order the live
pipeline saw them: by `first_seen`, then `published`, `item_id` and `revision` (a total order that depends
only on the items, not on partitions or offsets), with `now` = the item's `first_seen`, and deduplication
starting empty. So a reprocess is deterministic: the same items and classifier give the same messages,
byte for byte.

Candidates and event messages go to `<prefix>enforcement.reprocess.<version>.candidates.v1` (key case_key)
and `...events.v1` (key event_id), the same records and keys as the live topics, with the Kafka timestamp
of the raw item that caused them. No agent consumes those topics: nothing is alerted, and stories, digests,
alerts and dead letters are not written. Malformed raw items are skipped and counted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TextIO

from aiokafka import AIOKafkaProducer

from streams import topics
from streams.dedup.engine import DedupEngine
from streams.errors import MalformedMessage, StreamsError
from streams.history.bounds import Window
from streams.history.classifier import Classifier
from streams.history.progress import Progress
from streams.history.reader import TopicNotFound, consumer_for, partitions_of, plan_window, read_window
from streams.history.replay import Message
from streams.history.versions import (
    VersionError,
    create,
    delete,
    list_topics,
    message_counts,
    topic_names,
)
from streams.records import RawItem
from streams.topics import TopicSpec
from streams.wire import decode

OnMalformed = Callable[[int, int, str], None]
SEND_BATCH = 1000  # sends in flight before waiting for their acknowledgements


class IncompleteRead(StreamsError):
    """A raw-items partition stopped answering before its end offset: nothing is written."""


@dataclass(frozen=True, slots=True)
class Produced:
    """One message for a version's topic: `spec` is the live topic it mirrors (CANDIDATES or EVENTS)."""

    spec: TopicSpec
    key: str
    value: bytes
    timestamp: int


@dataclass
class ReprocessStats:
    items: int = 0  # raw items read in the window
    malformed: int = 0
    candidates: int = 0  # items classified as an enforcement event
    messages: int = 0  # event messages (new + update)
    events: int = 0  # distinct events
    seconds: float = 0.0
    topics: dict[str, str] = field(default_factory=dict)  # "candidates" / "events" -> topic written

    def summary(self) -> str:
        return (
            f"{self.items} items read, {self.candidates} candidates, {self.events} events "
            f"({self.messages} messages), {self.malformed} malformed items skipped, {self.seconds:.1f}s"
        )


@dataclass(frozen=True, slots=True)
class Seen:
    """A raw item as read, with the Kafka timestamp its outputs inherit."""

    raw: RawItem
    timestamp: int


def processing_order(seen: Seen) -> tuple[str, str, str, int]:
    raw = seen.raw
    return (raw.first_seen, raw.published or "", raw.item_id, raw.revision)


class Reprocessor:
    """The pure part: items in, in any order; `run()` gives every message to write, in writing order."""

    def __init__(
        self, classifier: Classifier, *, on_malformed: OnMalformed | None = None, window: Window | None = None
    ) -> None:
        self.classifier = classifier
        self.on_malformed = on_malformed
        self.window = window or Window()  # records outside it are read past, not reprocessed
        self.seen: list[Seen] = []
        self.stats = ReprocessStats()

    def add_many(self, records: Iterable[Message]) -> None:
        for r in records:
            if not self.window.contains(r.timestamp):
                continue
            self.stats.items += 1
            try:
                raw = decode(RawItem, r.value)
            except MalformedMessage as exc:
                self.stats.malformed += 1
                if self.on_malformed is not None:
                    self.on_malformed(r.partition, r.offset, exc.problem)
                continue
            self.seen.append(Seen(raw, r.timestamp))

    def run(self, progress: Progress | None = None) -> list[Produced]:
        engine = DedupEngine()
        out: list[Produced] = []
        events: set[str] = set()
        for seen in sorted(self.seen, key=processing_order):
            if progress is not None:
                progress.advance(1)
            candidate = self.classifier.classify(seen.raw)
            if candidate is None:
                continue
            self.stats.candidates += 1
            out.append(Produced(topics.CANDIDATES, candidate.case_key, candidate.dumps(), seen.timestamp))
            for outcome in engine.observe_all(candidate, seen.raw.first_seen):  # an appeal linked across
                if outcome.message is None:  # cases gives a second message (see streams.dedup.crosslink)
                    continue
                self.stats.messages += 1
                events.add(outcome.message.event_id)
                out.append(
                    Produced(topics.EVENTS, outcome.message.event_id, outcome.message.dumps(), seen.timestamp)
                )
        self.stats.events = len(events)
        return out


async def reprocess(
    bootstrap: str,
    prefix: str,
    classifier: Classifier,
    *,
    window: Window | None = None,
    partitions: int = 8,
    replace: bool = False,
    dry_run: bool = False,
    progress: TextIO | None = None,
    on_malformed: OnMalformed | None = None,
    idle_timeout_ms: int = 30_000,
) -> ReprocessStats:
    """Reprocess `<prefix>enforcement.raw-items.v1` (inside `window`) with `classifier` into its version's
    topics. Raises VersionError when they already hold messages and `replace` is not set."""
    started = time.monotonic()
    targets = topic_names(prefix, classifier.version)
    if not dry_run:
        await _refuse_if_used(bootstrap, targets, replace)
    source = prefix + topics.RAW_ITEMS.name
    if source not in set(await list_topics(bootstrap)):  # asking for it by name would create it
        raise TopicNotFound(
            f"topic {source} does not exist on the broker",
            "check STREAMS_KAFKA_BOOTSTRAP and STREAMS_TOPIC_PREFIX (the worker creates the topic)",
        )
    work = Reprocessor(classifier, on_malformed=on_malformed, window=window)
    consumer = consumer_for(bootstrap)
    try:
        _, parts = await asyncio.gather(consumer.start(), partitions_of(bootstrap, source))
        read = await plan_window(consumer, source, parts, window or Window())
        bar = Progress(read.total, progress)
        async for records in read_window(consumer, read, idle_timeout_ms):
            work.add_many(records)
            bar.advance(len(records))
        bar.finish("read")
    finally:
        await consumer.stop()
    if read.incomplete:
        # Half a history would make a version that differs for no reason: write nothing.
        raise IncompleteRead(
            f"partitions {sorted(read.incomplete)} of {source} went quiet before their end offset",
            "check the broker and run the reprocess again",
            retriable=True,
        )
    bar = Progress(len(work.seen), progress)
    produced = work.run(bar)
    bar.finish("classified and deduplicated")
    work.stats.topics = {spec.name.split(".")[1]: name for spec, name in targets.items()}
    if not dry_run:
        if replace:
            await delete(bootstrap, list(targets.values()))
        await create(bootstrap, targets, partitions)
        await _write(bootstrap, targets, produced)
    work.stats.seconds = time.monotonic() - started
    return work.stats


async def _refuse_if_used(bootstrap: str, targets: dict[TopicSpec, str], replace: bool) -> None:
    if replace:
        return
    used = {name: n for name, n in (await message_counts(bootstrap, list(targets.values()))).items() if n}
    if used:
        held = ", ".join(f"{name} ({n} messages)" for name, n in sorted(used.items()))
        raise VersionError(
            f"this version's topics already hold data: {held}",
            "pass --replace to delete and recreate them, or choose another --version",
        )


async def _write(bootstrap: str, targets: dict[TopicSpec, str], produced: list[Produced]) -> None:
    # Idempotent, acks from all replicas, and one connection per partition in order: a retried send
    # cannot duplicate or reorder a message, so each event's messages keep their revision order.
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=20
    )
    await producer.start()
    try:
        pending = []
        for p in produced:
            pending.append(
                await producer.send(targets[p.spec], p.value, key=p.key.encode(), timestamp_ms=p.timestamp)
            )
            if len(pending) >= SEND_BATCH:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
