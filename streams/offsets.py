"""Commit only offsets whose messages were processed: eight guards on Faust's offset bookkeeping.

Faust commits, per partition, the end of the first run of consecutive acknowledged offsets. The fault tests
(tests/faults) showed restarted and rebalanced workers committing past messages no agent had processed, so
those messages were never read again:

1. **Acks that mean nothing.** A stream acks the messages it skips because they were fetched before a
   rebalance (old consumer generation) or while the flow was suspended, and `take_events` acks its whole
   batch in a `finally`, so a batch interrupted by shutdown counts as done. `guarded_ack` records no ack
   for a message of another generation, while the flow is suspended, or once the app is stopping. Every
   suspension ends with a seek to the committed offsets, and a stop ends the process, so such a message is
   delivered again and processed: at least once, which the dedup state and the alert ledger absorb.
2. **A hole at the head.** Faust checks that the first acknowledged offset follows the committed one only
   when the committed offset is truthy (never for a partition still at 0 or never committed), and lets a
   gap of exactly one message through. `head_is_covered` demands that the committed offset itself, or for
   a partition without one the lowest offset delivered since assignment (tracked by `DeliveredOffsets`),
   is acknowledged or inside a gap Faust knows of (compacted or transaction-marker offsets).

3. **No seek for a partition never committed.** After every rebalance (and whenever messages arrive while
   the flow is suspended) Faust seeks each partition back to its committed offset, but aiokafka seeks only
   to offsets above 0, so a partition without a committed offset keeps its fetch position and the messages
   skipped around the rebalance are never fetched again (the fault tests lost offset 0 of such partitions).
   `guarded_perform_seek` seeks those partitions to their beginning: at least once, never lost.

4. **A resume that discards live messages.** Resuming the app's flow control empties every stream's queue:
   meant for messages fetched before a rebalance. But a restarted worker with tables resumes the flow
   while it reads the changelogs, then resumes its stream partitions and seeks them, and only then resumes
   the flow once more: messages fetched and queued meanwhile (current generation, already past the seek)
   were thrown away there, never acknowledged and never fetched again (the fault tests lost alerts this
   way: their `stories` messages sat at the committed offset until the next rebalance).
   `keep_live_messages` makes a resume of a flow that is already running a no-op.

5. **A fetch that drains what nobody will read.** Faust's fetcher hands aiokafka its live set of active
   partitions, and aiokafka's `fetched_records` reads an empty set as "every partition". A rebalance pauses
   every partition, emptying the set, while a fetch started before it is still waiting in the consumer
   thread (up to a second, longer across the group's re-join). When records arrive, that fetch takes them
   all, changelog partitions included, advancing their positions, and Faust's `getmany` throws them away
   because the flow is stopped. Stream partitions are sought back to their committed offsets after the
   rebalance; changelog partitions have no committed offset and are sought only by the table recovery,
   once, before it resumes the flow. When the drain lands just after that seek, the recovery waits for
   records already consumed: no event ever arrives, the worker stays in recovery and processes nothing
   (the fault tests saw it about once in ten join/leave scenarios: "No event received for active tp ...
   since recovery start"). `FetchSelection` makes the fetch decide when it drains, from the live state: a
   partition is drained only while it is active and the flow runs, and an empty selection is never "all".

6. **Acks on the way out of an abandoned iteration.** Both of Faust's stream iterators ack the current
   message in a `finally`, and `take_events` its whole batch: when an agent's body raises, or is cancelled
   by a stop, the abandoned iterator is closed (`GeneratorExit`) and acks what was never finished. The
   Cython iterator Faust uses when it is compiled does the ack inline, past `Consumer.ack` and so past
   guard 1 too. `GuardedStreamIterator` puts guard 1 in front of that inline ack, and an ack made while an
   iterator is being closed counts for neither iterator: the message stays unacknowledged (the commit waits
   at it) and is read again after the restart or the next rebalance.

7. **Gaps that are skipped messages.** When a partition's next delivered offset lies more than one past
   the last one, Faust takes the offsets in between for a gap in the log (compaction, transaction markers)
   and counts them as acknowledged. Our topics are neither compacted nor transactional: such a jump means
   the fetch moved past messages nobody delivered. The offset trail of the fault tests showed it on
   restarted workers: the seek to the committed offsets that ends a recovery awaits the broker once per
   partition while the drain loop goes on delivering the batch it holds, fetched from the old positions;
   the seek sets the read offset back, the next old record lies past it, and `gap raw-items[2] 4..8`
   followed, the refetched offsets dropped as read. There they had been delivered before the seek; one
   fetched and never delivered would have been committed over and lost. `refuse_gap` counts no gap: what
   was delivered is acknowledged by its own processing, and what was not holds the commit.
8. **A hole at the head, filled.** A commit held at an offset nobody acknowledged while later ones of its
   partition were (every agent here runs one actor, so a partition's messages finish in order) waits for a
   message that is not coming: it was fetched past or dropped. `Holes` has such a partition sought back to
   the held offset once it has waited `HOLE_PATIENCE_S`, by the drain loop between two batches (a seek from
   another task can be undone by the rest of a batch, as in guard 7), so the message is fetched and
   delivered again (and the ones after it: at least once).

9. **A stranded tail, fetched again.** The last message of a partition fetched and never delivered leaves
   no hole for guard 8 to see: nothing after it is acknowledged, and the commit waits at it for a message
   that will only come again after a rebalance (a clean-clone CI run lost an alert so, in the fetch-skip
   fault scenario). `Stranded` looks, between two batches and at most once a second, for a partition whose
   fetch position stands past its committed offset while no message at that offset is in flight or
   acknowledged, and has it sought back after `HOLE_PATIENCE_S`.

A commit that cannot advance waits: it shows as lag until the message is acknowledged, never as a loss,
and guards 8 and 9 read again what it waits for. `install(app)` applies all nine; `streams.cli.main()` calls
it for every command.

`install(app, trace=True)` (`STREAMS_OFFSET_TRACE=1`) also logs every decision these guards take, at INFO,
one line each with the prefix `offsets:`: a message delivered to a stream, an ack and whether it counted,
a commit and the head, acks and gaps it was computed from, a seek. Guards 7 and 8 log what they do without
it (a jump not counted, a partition read again). The fault tests run their workers with the trace, so a
loss they find prints the trail of its partition.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterable
from typing import Any

import faust
import faust.streams
from aiokafka.structs import TopicPartition
from faust.sensors import Sensor
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP, Message
from mode.utils.queues import FlowControlEvent

log = logging.getLogger(__name__)


class Trace:
    """The guards' decisions as log lines, when switched on (`STREAMS_OFFSET_TRACE`); free when off."""

    enabled = False

    @classmethod
    def note(cls, what: str, *args: object) -> None:
        if cls.enabled:
            log.info("offsets: " + what, *args)


def tp_name(tp: Any) -> str:
    """`topic[partition]`, as the trace writes it."""
    return f"{tp.topic}[{tp.partition}]"


def head_is_covered(head: int | None, acked: Iterable[int], gaps: Iterable[tuple[int, int]]) -> bool:
    """May a commit advance past `head`, the first offset not yet committed (None: unknown)?

    Only when `head` was acknowledged or lies in a known gap ([begin, end) intervals); an empty `acked`
    commits nothing anyway.
    """
    if head is None:
        return True
    acked = list(acked)
    if not acked:
        return True
    return min(acked) <= head or any(begin <= head < end for begin, end in gaps)


def ack_counts(
    message_generation: int | None,
    app_generation: int,
    flow_active: bool,
    stopping: bool,
    abandoned: bool = False,
) -> bool:
    """Does an ack of a message fetched in `message_generation` mean it was processed?

    `abandoned`: the ack runs while the iterator is being closed (a crashed or cancelled agent's), so the
    processing did not finish."""
    if stopping or abandoned or not flow_active:
        return False
    return message_generation is None or message_generation == app_generation


def abandoned() -> bool:
    """Is this ack running because an iterator is being closed (`GeneratorExit` in flight)?"""
    return isinstance(sys.exc_info()[1], GeneratorExit)


def _ack_counts_now(app: Any, message: Message) -> bool:
    return ack_counts(
        message.generation_id,
        app.consumer_generation_id,
        app.flow_control.is_active(),
        app.should_stop,
        abandoned(),
    )


class DeliveredOffsets(Sensor):
    """The lowest offset delivered to streams per partition: the head of a partition never committed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lowest: dict[TP, int] = {}

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        if Trace.enabled:
            Trace.note("in %s@%d gen %s", tp_name(tp), offset, message.generation_id)
        low = self.lowest.get(tp)
        if low is None or offset < low:
            self.lowest[tp] = offset


def keep_live_messages(flow: FlowControlEvent) -> None:
    """Make `flow.resume()` clear the queues only when the flow was suspended (guard 4)."""
    original = flow.resume

    def resume() -> None:
        if flow.is_active():
            return  # flowing already: what the queues hold was fetched in this generation and is owed
        original()

    flow.resume = resume  # type: ignore[method-assign]


def never_committed(assigned: Iterable[TP], committed: dict[TP, int | None], acking: Any) -> list[TP]:
    """The assigned partitions of acknowledged topics without a committed offset above 0."""
    return sorted(tp for tp in assigned if acking(tp.topic) and not committed.get(tp))


class FetchSelection:
    """The partitions a pending fetch may drain, judged at the moment it drains (guard 5).

    aiokafka tests `partitions and tp not in partitions`: this selection is never falsy, and holds a
    partition only while the consumer's flow runs and the partition is in `active`, Faust's live set.
    """

    __slots__ = ("_active", "_consumer")

    def __init__(self, consumer: Any, active: Any) -> None:
        self._consumer = consumer
        self._active = active

    def __bool__(self) -> bool:
        return True

    def __contains__(self, tp: object) -> bool:
        return bool(self._consumer.flow_active) and tp in self._active


HOLE_PATIENCE_S = 5.0  # how long a commit may wait at a hole before the partition is read again from it


class _Waiting:
    """Partitions standing at an offset, and since when: what guards 8 and 9 wait out before they act."""

    def __init__(
        self, patience: float = HOLE_PATIENCE_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.patience = patience
        self.clock = clock
        self.since: dict[TP, tuple[int, float]] = {}  # partition -> (offset it stands at, first seen there)

    def waited(self, tp: TP, offset: int) -> bool:
        """Whether `tp` has stood at `offset` for `patience` seconds (then again every `patience` seconds
        while it stays); records when it was first seen there."""
        now = self.clock()
        held = self.since.get(tp)
        if held is None or held[0] != offset:
            self.since[tp] = (offset, now)
            return False
        if now - held[1] < self.patience:
            return False
        self.since[tp] = (offset, now)
        return True


class Holes(_Waiting):
    """Guard 8: partitions whose commit waits at an offset nobody acknowledged while later ones were."""

    def __init__(
        self, patience: float = HOLE_PATIENCE_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(patience, clock)
        self.pending: dict[TP, int] = {}  # partition -> offset to read it again from, before the next fetch

    def due(self, tp: TP, head: int | None, acked: Collection[int]) -> int | None:
        """The offset to read `tp` again from: its held head, once it has been a hole for `patience`
        seconds (then again every `patience` seconds while it stays one); None while it is no hole."""
        later = [offset for offset in acked if head is not None and offset > head]
        if head is None or not later or head in acked:
            self.since.pop(tp, None)
            return None
        return head if self.waited(tp, head) else None


class Stranded(_Waiting):
    """Guard 9: partitions whose fetch position has moved past the committed offset while no message at that
    offset is in flight or acknowledged: the message was fetched and never delivered, and nothing after it
    in the partition shows a hole to guard 8."""

    def due(
        self, tp: TP, head: int | None, position: int | None, in_flight: bool, acked: Collection[int]
    ) -> int | None:
        """The offset to read `tp` again from: the committed one, once the position has stood past it with
        that message neither in flight nor acknowledged for `patience` seconds (then again every `patience`
        seconds while it stays so); None otherwise."""
        if head is None or position is None or position <= head or in_flight or head in acked:
            self.since.pop(tp, None)
            return None
        return head if self.waited(tp, head) else None


_CStreamIterator: Any = faust.streams._CStreamIterator  # None without Cython


if _CStreamIterator is not None:

    class GuardedStreamIterator(_CStreamIterator):
        """Faust's compiled stream iterator with guard 1 and 6 in front of its inline ack."""

        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self._app = stream.app

        def after(self, event: Any, do_ack: Any, sensor_state: Any) -> Any:
            if do_ack and event is not None:
                message = event.message
                counts = _ack_counts_now(self._app, message)
                if Trace.enabled:
                    Trace.note("ack %s@%d counts %s", tp_name(message.tp), message.offset, counts)
                if not counts:
                    self._app.consumer._unacked_messages.discard(message)
                    do_ack = False
            return super().after(event, do_ack, sensor_state)


_original_ack = Consumer.ack
_original_new_offset = Consumer._new_offset
_original_perform_seek = Consumer.perform_seek
_original_fetch_records = AIOKafkaConsumerThread._fetch_records
_original_getmany = Consumer.getmany


async def _read_again(consumer: Consumer, tp: TP, offset: int) -> None:
    """Guard 8's repair: fetch `tp` again from `offset`; a partition moved away meanwhile is left alone."""
    try:
        await consumer.seek(tp, offset)
    except Exception as exc:  # revoked meanwhile, or the consumer stopping: the next owner reads it
        log.warning("offsets: could not read %s again from %d: %r", tp_name(tp), offset, exc)


async def _look_for_stranded(consumer: Consumer, stranded: Stranded) -> None:
    """Guard 9's look, between two batches (every record of the last one delivered, acknowledged or thrown
    away): a partition whose position stands past its committed offset, that message neither in flight nor
    acknowledged, is read again from it once `stranded` says so."""
    in_flight = {(m.tp, m.offset) for m in consumer._unacked_messages}
    for tp in list(consumer.assignment()):
        if not consumer.app.topics.acks_enabled_for(tp.topic):
            continue
        head = consumer._committed_offset.get(tp)
        if head is None:
            continue
        try:
            position = await consumer._thread.position(tp)  # type: ignore[attr-defined]
        except Exception:  # revoked meanwhile, or the consumer stopping
            continue
        again = stranded.due(tp, head, position, (tp, head) in in_flight, consumer._acked[tp])
        if again is not None:
            log.warning(
                "offsets: %s fetched to %s past offset %d, which nobody received: reading it again from %d",
                tp_name(tp), position, again, again,
            )
            await _read_again(consumer, tp, again)


async def guarded_fetch_records(
    self: AIOKafkaConsumerThread,
    consumer: Any,
    active_partitions: Any,
    timeout: float | None = None,
    max_records: int | None = None,
) -> Any:
    """Faust's fetch, with the partitions it drains decided when it drains (guard 5)."""
    if active_partitions is not None:  # None: a client-only app, which fetches everything
        active_partitions = FetchSelection(self.consumer, active_partitions)
    return await _original_fetch_records(
        self, consumer, active_partitions, timeout=timeout, max_records=max_records
    )


def install(app: faust.App, trace: bool = False, hole_patience: float = HOLE_PATIENCE_S) -> DeliveredOffsets:
    """Apply the guards to every Faust consumer of this process; returns the sensor it registered."""
    Trace.enabled = trace
    delivered = DeliveredOffsets()
    holes = Holes(hole_patience)
    stranded = Stranded(hole_patience)
    last_look = [0.0]
    app.sensors.add(delivered)
    keep_live_messages(app.flow_control)

    def guarded_ack(self: Consumer, message: Message) -> bool:
        counts = _ack_counts_now(self.app, message)
        if Trace.enabled:
            Trace.note("ack %s@%d counts %s", tp_name(message.tp), message.offset, counts)
        if not counts:
            # Not pending either: a stopping consumer waits for its pending messages, and this one will be
            # delivered again (after the seek that ends a rebalance, or by the next worker).
            self._unacked_messages.discard(message)
            return False
        return _original_ack(self, message)

    def guarded_new_offset(self: Consumer, tp: TP) -> int | None:
        head = self._committed_offset[tp]
        if head is None:
            head = delivered.lowest.get(tp)
        gaps = [(iv.begin, iv.end) for iv in self._gap[tp]]
        acked = list(self._acked[tp])
        covered = head_is_covered(head, acked, gaps)
        offset = _original_new_offset(self, tp) if covered else None
        if acked and Trace.enabled:
            Trace.note("commit %s head %s acked %s gaps %s: %s", tp_name(tp), head, acked, gaps, offset)
        again = None if covered or not self.app.flow_control.is_active() else holes.due(tp, head, acked)
        if again is not None:
            log.warning(
                "offsets: %s waits at offset %d, acknowledged past it %s: reading it again from %d",
                tp_name(tp), again, sorted(acked)[:5], again,
            )
            holes.pending[tp] = again  # sought by the drain loop itself, between two batches
        return offset

    async def guarded_perform_seek(self: Consumer) -> None:
        await _original_perform_seek(self)
        fresh = never_committed(
            self.assignment(), dict(self._committed_offset), self.app.topics.acks_enabled_for
        )
        Trace.note("seek to committed %s", {tp_name(tp): o for tp, o in self._committed_offset.items()})
        if fresh:
            Trace.note("seek to the beginning %s", [tp_name(tp) for tp in fresh])
            await self._thread.seek_to_beginning(*(TopicPartition(tp.topic, tp.partition) for tp in fresh))  # type: ignore[attr-defined]

    async def refuse_gap(self: Consumer, tp: TP, offset_from: int, offset_to: int) -> None:
        log.info(
            "offsets: %s jumped to %d, past %d..%d: not counted as acknowledged (no gaps in these topics)",
            tp_name(tp), offset_to, offset_from, offset_to - 1,
        )

    async def guarded_getmany(self: Consumer, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        # Between two batches no record is in flight: a seek here is not undone by the rest of a batch
        # fetched from the old position, as a seek from another task can be (guard 7's jump).
        while holes.pending:
            tp, offset = holes.pending.popitem()
            await _read_again(self, tp, offset)
        now = stranded.clock()
        if now - last_look[0] >= min(1.0, hole_patience) and self.app.flow_control.is_active():
            last_look[0] = now
            await _look_for_stranded(self, stranded)
        async for record in _original_getmany(self, timeout):
            yield record

    if _CStreamIterator is not None:
        faust.streams._CStreamIterator = GuardedStreamIterator
    AIOKafkaConsumerThread._fetch_records = guarded_fetch_records  # type: ignore[method-assign]
    Consumer.ack = guarded_ack  # type: ignore[method-assign]
    Consumer.perform_seek = guarded_perform_seek  # type: ignore[method-assign]
    Consumer._new_offset = guarded_new_offset  # type: ignore[method-assign]
    Consumer._add_gap = refuse_gap  # type: ignore[method-assign]
    Consumer.getmany = guarded_getmany  # type: ignore[method-assign]
    return delivered
