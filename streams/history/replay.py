"""`streams replay`: read enforcement.events.v1 between two times or offsets, filter, fold, write.

Replay only reads: no consumer group, no commits, nothing reaches the notifier. The output order is
exact and stable: folded events by (first timestamp in the window, event_id), raw messages by (timestamp,
partition, offset). Because of that order the output is produced after the whole window is read: the
bytes of the messages that will be written (for folding: one per event) are kept, in memory up to
`MEMORY_BUDGET`, beyond it in a temporary file, so memory stays bounded however long the window.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import operator
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Protocol, TextIO

from streams.config.subscriptions import Filters
from streams.errors import MalformedMessage
from streams.history.bounds import Window
from streams.history.filters import accepts, is_empty
from streams.history.fold import Folded, Folder
from streams.history.message import decode_valid, head, problem_of
from streams.history.progress import Progress
from streams.history.reader import consumer_for, partitions_of, plan_window, read_window
from streams.history.writers import Output, Writer

# (partition, offset, problem) of a message that is not a valid EventMessage
OnMalformed = Callable[[int, int, str], None]

# Bytes of kept messages held in memory; the rest waits in a temporary file (written once, read back once
# in output order from the page cache: measured at no visible cost). The per-event bookkeeping (~250
# bytes) stays in memory: a replay of a million events peaks at a few hundred MB.
MEMORY_BUDGET = 128 * 1024 * 1024


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


class Spill:
    """Message bytes moved out of memory: appended to an unnamed temporary file, read back by position.

    A handle packs the position and the length into one int (a Kafka message is below 2 GiB)."""

    def __init__(self) -> None:
        self.file: IO[bytes] | None = None
        self.size = 0
        self._unflushed = False

    def put(self, value: bytes) -> int:
        if self.file is None:
            # Lives until close(); unlinked at once, so nothing is left behind even after a crash.
            self.file = tempfile.TemporaryFile(buffering=1 << 20)  # noqa: SIM115
        self.file.write(value)
        handle = self.size << 32 | len(value)
        self.size += len(value)
        self._unflushed = True
        return handle

    def get(self, handle: int) -> bytes:
        assert self.file is not None
        if self._unflushed:
            self.file.flush()
            self._unflushed = False
        return os.pread(self.file.fileno(), handle & 0xFFFFFFFF, handle >> 32)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
            self.size = 0


class Collector:
    """The pure part of a replay: messages in, ordered outputs out (no Kafka here).

    Each message that will be written is validated while the read goes on (folded: at the end of each
    batch, the events whose winner changed in it), where the work overlaps the next fetch; the output then
    only sorts and writes. Kept message bytes beyond `memory_budget` go to a temporary file.
    """

    def __init__(
        self,
        window: Window,
        filters: Filters,
        *,
        raw: bool,
        on_malformed: OnMalformed | None = None,
        memory_budget: int = MEMORY_BUDGET,
    ) -> None:
        self.window = window
        self.filters = filters
        self.filtering = not is_empty(filters)
        self.raw = raw
        self.on_malformed = on_malformed
        self.memory_budget = memory_budget
        self.stats = ReplayStats()
        self.folder = Folder()
        # raw: (timestamp, partition, offset, bytes or spill handle, problem or None)
        self.messages: list[tuple[int, int, int, bytes | int, str | None]] = []
        self.held = 0  # raw: bytes of kept messages in memory
        self.problems: dict[str, str] = {}  # folded: event_id -> why its current winner is invalid
        self.spilled: dict[str, int] = {}  # folded: event_id -> spill handle of a winner moved out
        self.spill = Spill()

    def add_many(self, records: Iterable[Message]) -> None:
        """Records (aiokafka's ConsumerRecord or alike) in any order."""
        # Runs once per message read: locals instead of attribute lookups.
        since, until = self.window.since_ms, self.window.until_ms
        raw = self.raw
        batch: list[tuple[str, int, int, int, int, bytes]] = []
        keep = batch.append
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
                self._keep(ts, r.partition, r.offset, value)
            else:
                try:
                    event_id, revision = head(value)
                except MalformedMessage as exc:
                    self._malformed(r.partition, r.offset, exc.problem)
                    continue
                keep((event_id, revision, ts, r.partition, r.offset, value))
        self.stats.read += read
        self.stats.in_window += in_window
        if batch:
            self._settle(self.folder.add_many(batch))

    def _keep(self, ts: int, partition: int, offset: int, value: bytes) -> None:
        problem = problem_of(value)
        if self.held >= self.memory_budget:
            self.messages.append((ts, partition, offset, self.spill.put(value), problem))
        else:
            self.held += len(value)
            self.messages.append((ts, partition, offset, value, problem))

    def _settle(self, fresh: dict[str, Folded]) -> None:
        """Validate this batch's new winners; past the memory budget, move their bytes out."""
        problems = self.problems
        folder = self.folder
        for event_id, f in fresh.items():
            problem = problem_of(f.value)
            if problem is not None:
                problems[event_id] = problem
            elif problems:
                problems.pop(event_id, None)
            if folder.held > self.memory_budget:
                # An empty value marks a winner moved out: no message with an empty value is ever folded.
                self.spilled[event_id] = self.spill.put(f.value)
                folder.held -= len(f.value)
                f.value = b""

    def outputs(self) -> Iterator[Output]:
        """Validated, filtered outputs in their final order."""
        try:
            yield from self._raw_outputs() if self.raw else self._folded_outputs()
        finally:
            self.spill.close()

    def _raw_outputs(self) -> Iterator[Output]:
        self.messages.sort(key=_POSITION)
        get = self.spill.get
        for ts, partition, offset, kept, problem in self.messages:
            if problem is not None:
                self._malformed(partition, offset, problem)
                continue
            value = kept if type(kept) is bytes else get(kept)  # type: ignore[arg-type]
            doc = self._accepted(value) if self.filtering else None
            if doc is not _DROPPED:
                self.stats.written += 1
                yield Output(value, ts, partition, offset, None, None, doc)

    def _folded_outputs(self) -> Iterator[Output]:
        problems, spilled, get = self.problems, self.spilled, self.spill.get
        stats, filtering = self.stats, self.filtering
        for f in self.folder.ordered():
            if problems and f.event_id in problems:
                # Its latest message is unreadable: an older state would be silently stale.
                self._malformed(f.partition, f.offset, problems[f.event_id])
                continue
            value = f.value or get(spilled[f.event_id])
            doc = self._accepted(value) if filtering else None
            if doc is not _DROPPED:
                stats.written += 1
                yield Output(value, f.timestamp, f.partition, f.offset, f.first_timestamp, f.messages, doc)

    def _accepted(self, value: bytes) -> dict[str, Any] | None:
        """The decoded message if the filters take it (they read its full state), else `_DROPPED`."""
        doc = decode_valid(value)
        if accepts(self.filters, doc):
            return doc
        self.stats.filtered_out += 1
        return _DROPPED

    def _malformed(self, partition: int, offset: int, problem: str) -> None:
        self.stats.malformed += 1
        if self.on_malformed is not None:
            self.on_malformed(partition, offset, problem)


_POSITION = operator.itemgetter(0, 1, 2)  # raw_order of a kept message
_DROPPED: dict[str, Any] = {}  # identity marks a message the filters left out


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
    memory_budget: int = MEMORY_BUDGET,
) -> ReplayStats:
    """Replay `topic` into `writer` (which the caller closes). `progress`: a stream for rate and ETA."""
    collector = Collector(window, filters, raw=raw, on_malformed=on_malformed, memory_budget=memory_budget)
    try:
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
            write_many = getattr(writer, "write_many", None)
            if write_many is not None:
                write_many(collector.outputs())
            else:
                for out in collector.outputs():
                    writer.write(out)
    finally:
        collector.spill.close()
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
