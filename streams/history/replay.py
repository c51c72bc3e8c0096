"""`streams replay`: read enforcement.events.v1 between two times or offsets, filter, fold, write.

Replay only reads: no consumer group, no commits, nothing reaches the notifier. The output order is
exact and stable: folded events by (first timestamp in the window, event_id), raw messages by (timestamp,
partition, offset). Because of that order the output is produced after the whole window is read;
memory holds the bytes of the messages that will be written (for folding: one per event).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from streams.config.subscriptions import Filters
from streams.errors import MalformedMessage
from streams.history.bounds import Window
from streams.history.filters import accepts, is_empty
from streams.history.fold import Folder, raw_order
from streams.history.message import check, head, load
from streams.history.progress import Progress
from streams.history.reader import consumer_for, partitions_of, plan_window, read_window
from streams.history.writers import Output, Writer

# (partition, offset, problem) of a message that is not a valid EventMessage
OnMalformed = Callable[[int, int, str], None]


class Message(Protocol):
    """What replay reads of a Kafka record (aiokafka's ConsumerRecord has these)."""

    @property
    def timestamp(self) -> int: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def value(self) -> bytes | None: ...


@dataclass
class ReplayStats:
    read: int = 0  # messages fetched inside the offset ranges
    in_window: int = 0  # of those, inside the time bounds
    malformed: int = 0
    filtered_out: int = 0
    written: int = 0
    incomplete: list[int] = field(default_factory=list)  # partitions given up before their stop offset


class Collector:
    """The pure part of a replay: messages in, ordered outputs out (no Kafka here)."""

    def __init__(
        self, window: Window, filters: Filters, *, raw: bool, on_malformed: OnMalformed | None = None
    ) -> None:
        self.window = window
        self.filters = filters
        self.filtering = not is_empty(filters)
        self.raw = raw
        self.on_malformed = on_malformed
        self.stats = ReplayStats()
        self.folder = Folder()
        self.messages: list[tuple[int, int, int, bytes]] = []

    def add_many(self, records: Iterable[Message]) -> None:
        """Records (aiokafka's ConsumerRecord or alike) in any order."""
        # Runs once per message read: locals instead of attribute lookups.
        since, until = self.window.since_ms, self.window.until_ms
        stats = self.stats
        keep = self.messages.append
        fold = self.folder.add
        raw = self.raw
        read = in_window = 0
        for r in records:
            read += 1
            ts = r.timestamp
            if (since is not None and ts < since) or (until is not None and ts >= until):
                continue
            in_window += 1
            value = r.value
            if value is None:
                self._malformed(r.partition, r.offset, "empty message (a tombstone?)")
            elif raw:
                keep((ts, r.partition, r.offset, value))
            else:
                try:
                    event_id, revision = head(value)
                except MalformedMessage as exc:
                    self._malformed(r.partition, r.offset, exc.problem)
                    continue
                fold(event_id, revision, ts, r.partition, r.offset, value)
        stats.read += read
        stats.in_window += in_window

    def outputs(self) -> Iterator[Output]:
        """Validated, filtered outputs in their final order."""
        if self.raw:
            self.messages.sort(key=lambda m: raw_order(m[0], m[1], m[2]))
            for ts, partition, offset, value in self.messages:
                out = self._output(value, ts, partition, offset)
                if out is not None:
                    yield out
            return
        for f in self.folder.ordered():
            out = self._output(f.value, f.timestamp, f.partition, f.offset)
            if out is not None:
                out.first_timestamp, out.messages = f.first_timestamp, f.messages
                yield out

    def _output(self, value: bytes, ts: int, partition: int, offset: int) -> Output | None:
        try:
            # Filters read the decoded message; without filters a valid message may stay bytes.
            doc = load(value) if self.filtering else check(value)
        except MalformedMessage as exc:
            # For folding this drops the event: its latest message is unreadable, and an older state
            # would be silently stale.
            self._malformed(partition, offset, exc.problem)
            return None
        if self.filtering and doc is not None and not accepts(self.filters, doc):
            self.stats.filtered_out += 1
            return None
        self.stats.written += 1
        return Output(value, ts, partition, offset, decoded=doc)

    def _malformed(self, partition: int, offset: int, problem: str) -> None:
        self.stats.malformed += 1
        if self.on_malformed is not None:
            self.on_malformed(partition, offset, problem)


async def replay(
    bootstrap: str,
    topic: str,
    window: Window,
    filters: Filters,
    writer: Writer,
    *,
    raw: bool = False,
    progress: TextIO | None = None,
    on_malformed: OnMalformed | None = None,
    idle_timeout_ms: int = 30_000,
) -> ReplayStats:
    """Replay `topic` into `writer` (which the caller closes). `progress`: a stream for rate and ETA."""
    collector = Collector(window, filters, raw=raw, on_malformed=on_malformed)
    consumer = consumer_for(bootstrap)
    try:
        # The admin lookup of the partitions and the consumer's connection are independent round trips.
        _, partitions = await asyncio.gather(consumer.start(), partitions_of(bootstrap, topic))
        read = await plan_window(consumer, topic, partitions, window)
        bar = Progress(read.total, progress)
        with _no_cyclic_gc():
            async for records in read_window(consumer, read, idle_timeout_ms):
                collector.add_many(records)
                bar.advance(len(records))
        bar.finish()
    finally:
        await consumer.stop()
    with _no_cyclic_gc():
        for out in collector.outputs():
            writer.write(out)
    collector.stats.incomplete = sorted(read.incomplete)
    return collector.stats


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while replay holds its growing set of events and messages.

    Every collection walks all live container objects; with hundreds of thousands of folded events
    alive, the collections triggered by the read's own allocations cost more than the read. Replay makes
    no reference cycles worth collecting in between; collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
