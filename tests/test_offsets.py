"""The offset guards: a commit never passes a message that was not processed (streams/offsets.py)."""

from __future__ import annotations

import collections
import contextlib
import types
from collections.abc import AsyncGenerator, Callable, Iterator
from typing import Any, cast
from unittest import mock

import faust
import faust.streams
import pytest
from aiokafka.consumer.fetcher import Fetcher, FetchResult
from aiokafka.structs import TopicPartition
from faust.events import Event
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP
from faust.types.tuples import ConsumerMessage
from mode.utils.queues import FlowControlEvent, FlowControlQueue

import streams.offsets as guards
from streams.offsets import (
    DeliveredOffsets,
    FetchSelection,
    Holes,
    Stranded,
    ack_counts,
    guarded_fetch_records,
    head_is_covered,
    install,
    keep_live_messages,
    never_committed,
)


def test_a_commit_may_advance_when_the_committed_offset_itself_was_acknowledged() -> None:
    assert head_is_covered(10, [10, 11, 12], [])


def test_a_single_missing_message_at_the_head_holds_the_commit() -> None:
    # Faust lets exactly this through (it only refuses a head gap of two or more).
    assert not head_is_covered(10, [11, 12, 13], [])


def test_a_partition_never_committed_is_held_by_its_lowest_delivered_offset() -> None:
    assert not head_is_covered(0, [1, 2], [])
    assert head_is_covered(0, [0, 1, 2], [])


def test_offsets_faust_knows_are_missing_from_the_log_count_as_covered() -> None:
    # Compacted records or transaction markers: Faust records them as gaps [begin, end).
    assert head_is_covered(10, [13, 14], [(10, 13)])
    assert not head_is_covered(10, [13, 14], [(11, 13)])


def test_nothing_acknowledged_or_no_known_head_leaves_the_decision_to_faust() -> None:
    assert head_is_covered(10, [], [])
    assert head_is_covered(None, [5, 6], [])


def test_only_acks_of_the_current_generation_with_the_flow_running_count() -> None:
    assert ack_counts(message_generation=3, app_generation=3, flow_active=True, stopping=False)
    assert ack_counts(message_generation=None, app_generation=3, flow_active=True, stopping=False)
    # Skipped after a rebalance: fetched in an older generation, delivered again after the seek.
    assert not ack_counts(message_generation=2, app_generation=3, flow_active=True, stopping=False)
    # Flow suspended for a rebalance: a seek to the committed offsets follows.
    assert not ack_counts(message_generation=3, app_generation=3, flow_active=False, stopping=False)
    # Stopping: `take_events` acks its whole batch on the way out, processed or not.
    assert not ack_counts(message_generation=3, app_generation=3, flow_active=True, stopping=True)


def test_an_ack_on_the_way_out_of_an_abandoned_iteration_does_not_count() -> None:
    # A crashed or cancelled agent's iterator is closed with GeneratorExit and acks in its `finally`.
    assert not ack_counts(
        message_generation=3, app_generation=3, flow_active=True, stopping=False, abandoned=True
    )


def test_the_sensor_keeps_the_lowest_offset_delivered_per_partition() -> None:
    sensor = DeliveredOffsets()
    tp = ("t", 0)
    for offset in (5, 3, 9):
        sensor.on_message_in(tp, offset, None)  # type: ignore[arg-type]
    assert sensor.lowest[tp] == 3  # type: ignore[index]


@contextlib.contextmanager
def _installed(app: faust.App, trace: bool = False, hole_patience: float = 5.0) -> Iterator[None]:
    """`install(app)` for one test, undone afterwards: it patches Faust's classes for the whole process."""
    before = (Consumer.ack, Consumer._new_offset, Consumer.perform_seek, Consumer._add_gap)
    fetch_before, iterator_before = AIOKafkaConsumerThread._fetch_records, faust.streams._CStreamIterator
    try:
        install(app, trace=trace, hole_patience=hole_patience)
        yield
    finally:
        Consumer.ack, Consumer._new_offset, Consumer.perform_seek, Consumer._add_gap = before  # type: ignore[method-assign]
        AIOKafkaConsumerThread._fetch_records = fetch_before  # type: ignore[method-assign]
        faust.streams._CStreamIterator = iterator_before
        vars(app.flow_control).pop("resume", None)
        guards.Trace.enabled = False


def test_install_replaces_the_consumer_methods_and_the_flow_resume() -> None:
    # `streams.cli.main()` calls it for every worker.
    from streams.app import app

    with _installed(app):
        assert Consumer.ack.__name__ == "guarded_ack"
        assert Consumer._new_offset.__name__ == "guarded_new_offset"
        assert Consumer.perform_seek.__name__ == "guarded_perform_seek"
        assert AIOKafkaConsumerThread._fetch_records is guarded_fetch_records
        assert app.flow_control.resume.__name__ == "resume" and "resume" in vars(app.flow_control)


def _consumer_at(tp: TP, committed: int | None, acked: list[int]) -> Any:
    """What `Consumer._new_offset` reads of a consumer: committed offsets, acks and gaps per partition."""
    from intervaltree import IntervalTree

    return types.SimpleNamespace(
        app=types.SimpleNamespace(flow_control=types.SimpleNamespace(is_active=lambda: True)),
        sought=[],
        _committed_offset=collections.defaultdict(lambda: None, {tp: committed}),
        _acked=collections.defaultdict(list, {tp: list(acked)}),
        _acked_index=collections.defaultdict(set, {tp: set(acked)}),
        _gap=collections.defaultdict(IntervalTree),
        _unacked_messages=set(),
        assignment=lambda: set(),
    )


def test_with_the_trace_on_each_commit_decision_is_logged_with_what_it_was_computed_from(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tp = TP("stories", 0)
    app = faust.App("offsets-trace")
    with _installed(app, trace=True), caplog.at_level("INFO", logger="streams.offsets"):
        assert Consumer._new_offset(_consumer_at(tp, 4, [5, 6]), tp) is None  # 4 was never acknowledged
        assert Consumer._new_offset(_consumer_at(tp, 4, [4, 5, 6]), tp) == 7
    assert caplog.messages == [
        "offsets: commit stories[0] head 4 acked [5, 6] gaps []: None",
        "offsets: commit stories[0] head 4 acked [4, 5, 6] gaps []: 7",
    ]


async def test_a_jump_past_offsets_nobody_delivered_is_not_counted_as_acknowledged() -> None:
    tp = TP("stories", 0)
    consumer = _consumer_at(tp, 4, [])
    with _installed(faust.App("offsets-gaps")):
        await Consumer._add_gap(consumer, tp, 5, 8)  # Faust: "8 came after 4: 5..8 are a gap in the log"
        assert Consumer._new_offset(consumer, tp) is None  # nothing acknowledged: nothing to commit
    assert not consumer._gap[tp]


def test_a_held_head_with_later_offsets_acknowledged_is_a_hole_due_after_the_patience() -> None:
    now = [100.0]
    holes = Holes(patience=5.0, clock=lambda: now[0])
    tp = TP("stories", 0)
    assert holes.due(tp, 4, [5, 6]) is None  # first seen
    now[0] = 104.0
    assert holes.due(tp, 4, [5, 6, 7]) is None  # still waiting
    now[0] = 105.0
    assert holes.due(tp, 4, [5, 6, 7]) == 4  # read it again from 4
    assert holes.due(tp, 4, [5, 6, 7]) is None  # not again at once
    now[0] = 110.0
    assert holes.due(tp, 4, [5, 6, 7]) == 4  # still a hole: again


def test_a_position_past_a_committed_offset_nobody_received_is_stranded_after_the_patience() -> None:
    # The last message of a partition, fetched and never delivered: nothing after it shows a hole.
    now = [100.0]
    stranded = Stranded(patience=5.0, clock=lambda: now[0])
    tp = TP("stories", 0)
    assert stranded.due(tp, 2, 3, in_flight=False, acked=[]) is None  # first seen
    now[0] = 104.0
    assert stranded.due(tp, 2, 3, in_flight=False, acked=[]) is None  # still waiting
    now[0] = 105.0
    assert stranded.due(tp, 2, 3, in_flight=False, acked=[]) == 2  # read it again from 2
    assert stranded.due(tp, 2, 3, in_flight=False, acked=[]) is None  # not again at once


def test_a_message_in_flight_acknowledged_or_not_yet_fetched_is_not_stranded() -> None:
    stranded = Stranded(patience=0.0, clock=lambda: 0.0)
    tp = TP("stories", 0)
    assert stranded.due(tp, 2, 3, in_flight=True, acked=[]) is None  # an agent holds it (a slow Slack call)
    assert stranded.due(tp, 2, 3, in_flight=False, acked=[2]) is None  # finished, its commit on the way
    assert stranded.due(tp, 2, 2, in_flight=False, acked=[]) is None  # not fetched yet: lag
    assert stranded.due(tp, None, 3, in_flight=False, acked=[]) is None  # never committed: guard 2's
    assert stranded.due(tp, 2, None, in_flight=False, acked=[]) is None and not stranded.since


def test_a_head_acknowledged_or_nothing_acknowledged_past_it_is_no_hole() -> None:
    holes = Holes(patience=0.0, clock=lambda: 0.0)
    tp = TP("stories", 0)
    assert holes.due(tp, 4, [4, 5]) is None  # the head itself finished: the commit moves on
    assert holes.due(tp, 4, []) is None  # nothing past it: lag, not a hole
    assert holes.due(tp, None, [5]) is None  # no known head: guard 2 leaves it to Faust
    assert holes.due(tp, 4, [5]) is None and holes.due(tp, 4, [4, 5]) is None and not holes.since


async def test_a_commit_held_at_a_hole_reads_the_partition_again_from_it_before_the_next_fetch(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tp = TP("stories", 0)
    consumer = _consumer_at(tp, 4, [5, 6])
    fetched = []

    async def seek(partition: TP, offset: int) -> None:
        consumer.sought.append((partition, offset))

    async def original_getmany(self: Any, timeout: float) -> AsyncGenerator[tuple[TP, Any], None]:
        fetched.append(list(consumer.sought))  # what had been sought when this fetch began
        yield tp, types.SimpleNamespace(offset=4)

    consumer.seek = seek
    with _installed(faust.App("offsets-holes"), hole_patience=0.0):
        assert Consumer._new_offset(consumer, tp) is None  # the hole is seen
        assert Consumer._new_offset(consumer, tp) is None  # and has waited its patience (0 s here)
        assert consumer.sought == []  # not from the commit: a batch may be in flight
        guards._original_getmany, before = original_getmany, guards._original_getmany
        try:
            assert [r async for r in Consumer.getmany(consumer, timeout=1.0)] == [(tp, mock.ANY)]
        finally:
            guards._original_getmany = before
    assert fetched == [[(tp, 4)]]
    assert "stories[0] waits at offset 4, acknowledged past it [5, 6]: reading it again from 4" in caplog.text


async def test_a_stranded_last_message_is_read_again_from_the_committed_offset_between_two_batches(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tp = TP("stories", 0)
    consumer = _consumer_at(tp, 2, [])  # committed 2; offset 2 fetched (position 3), never delivered

    async def position(partition: TP) -> int:
        return 3

    async def seek(partition: TP, offset: int) -> None:
        consumer.sought.append((partition, offset))

    async def original_getmany(self: Any, timeout: float) -> AsyncGenerator[tuple[TP, Any], None]:
        return
        yield  # an empty batch

    consumer.assignment = lambda: {tp}
    consumer.app.topics = types.SimpleNamespace(acks_enabled_for=lambda topic: True)
    consumer._thread = types.SimpleNamespace(position=position)
    consumer.seek = seek
    with _installed(faust.App("offsets-stranded"), hole_patience=0.0):
        guards._original_getmany, before = original_getmany, guards._original_getmany
        try:
            assert [r async for r in Consumer.getmany(consumer, timeout=1.0)] == []  # first seen
            assert consumer.sought == []
            assert [r async for r in Consumer.getmany(consumer, timeout=1.0)] == []  # waited (0 s here)
        finally:
            guards._original_getmany = before
    assert consumer.sought == [(tp, 2)]
    line = "stories[0] fetched to 3 past offset 2, which nobody received: reading it again from 2"
    assert line in caplog.text


def test_with_the_trace_off_the_guards_log_nothing(caplog: pytest.LogCaptureFixture) -> None:
    tp = TP("stories", 0)
    app = faust.App("offsets-trace")
    with _installed(app, trace=False), caplog.at_level("DEBUG", logger="streams.offsets"):
        assert Consumer._new_offset(_consumer_at(tp, 4, [4, 5]), tp) == 6
        DeliveredOffsets().on_message_in(tp, 4, types.SimpleNamespace(generation_id=1))  # type: ignore[arg-type]
    assert caplog.messages == []


def test_resuming_a_suspended_flow_drops_what_was_queued_before_the_rebalance() -> None:
    flow = FlowControlEvent(initially_suspended=True)
    queue: FlowControlQueue[str] = FlowControlQueue(flow_control=flow, clear_on_resume=True)
    keep_live_messages(flow)
    queue.force_put_nowait("fetched in the old generation")
    flow.resume()
    assert queue.empty()  # Faust's design: the seek that ends the rebalance fetches it again


def test_resuming_a_flow_that_is_running_keeps_the_messages_it_queued() -> None:
    # A restarted worker resumes the flow to read its changelogs, resumes and seeks its stream
    # partitions, then resumes the flow again: what was fetched in between must still be processed.
    flow = FlowControlEvent(initially_suspended=True)
    queue: FlowControlQueue[str] = FlowControlQueue(flow_control=flow, clear_on_resume=True)
    keep_live_messages(flow)
    flow.resume()
    queue.force_put_nowait("stories[6]@9, fetched after the seek")
    flow.resume()
    assert queue.qsize() == 1 and flow.is_active()
    flow.suspend()
    flow.resume()
    assert queue.empty()


def test_partitions_without_a_committed_offset_are_sought_to_their_beginning() -> None:
    t = TP("events", 0), TP("events", 1), TP("events", 2), TP("events-changelog", 0)
    committed: dict[TP, int | None] = {t[0]: 57, t[1]: 0}  # 0: Faust's word for "nothing committed" too
    acking = lambda topic: not topic.endswith("changelog")  # noqa: E731 - tables recover on their own
    assert never_committed(t, committed, acking) == [TP("events", 1), TP("events", 2)]


class _State:
    """aiokafka's TopicPartitionState, as much of it as `FetchResult.getall` touches."""

    def __init__(self, position: int) -> None:
        self.paused = False
        self.position = position

    def consumed_to(self, position: int) -> None:
        self.position = position


class _Records:
    """aiokafka's PartitionRecords: the offsets it yields; where the next fetch starts moves as they go."""

    def __init__(self, offsets: list[int]) -> None:
        self._offsets = iter(offsets)
        self.next_fetch_offset = offsets[0]

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        offset = next(self._offsets)
        self.next_fetch_offset = offset + 1
        return offset


class _Assignment:
    active = True

    def __init__(self) -> None:
        self.states: dict[Any, _State] = {}

    def state_value(self, tp: Any) -> _State:
        return self.states[tp]


class _Subscriptions:
    reassignment_in_progress = False

    def is_assigned(self, tp: Any) -> bool:
        return True

    @contextlib.contextmanager
    def fetch_context(self) -> Iterator[None]:
        yield


def _fetcher_with_records(records: dict[Any, list[int]]) -> tuple[Fetcher, _Assignment]:
    """A real aiokafka Fetcher (its `fetched_records`), holding prefetched records for `records`."""
    fetcher = Fetcher.__new__(Fetcher)
    fetcher._subscriptions = _Subscriptions()
    fetcher._records = collections.OrderedDict()
    fetcher._wait_consume_future = None
    fetcher._closed = False
    assignment = _Assignment()
    for tp, offsets in records.items():
        # What a fetch response leaves behind: the records from the partition's position on.
        assignment.states[tp] = _State(offsets[0])
        result = FetchResult.__new__(FetchResult)
        result._topic_partition = tp
        result._partition_records = _Records(offsets)
        result._assignment = assignment
        fetcher._records[tp] = result
    return fetcher, assignment


class _Thread:
    """Faust's consumer thread, as `_fetch_records` uses it: `self.consumer` is the Faust consumer."""

    def __init__(self, flow_active: bool) -> None:
        self.consumer = types.SimpleNamespace(flow_active=flow_active)


CHANGELOG = TopicPartition("app-cases-changelog", 2)
STREAM = TopicPartition("candidates", 2)


async def test_aiokafka_drains_every_partition_when_the_set_it_is_given_is_empty() -> None:
    # The root of the recovery hang: a rebalance pauses every partition, Faust's live set of active
    # partitions is then empty, and a fetch still pending in the consumer thread takes everything.
    fetcher, assignment = _fetcher_with_records({CHANGELOG: [0, 1, 2, 3, 4, 5, 6], STREAM: [9]})
    active: set[TP] = set()
    drained = await fetcher.fetched_records(active, timeout=0)
    assert set(drained) == {CHANGELOG, STREAM}
    assert assignment.states[CHANGELOG].position == 7  # past them all


async def test_the_guarded_fetch_drains_nothing_while_the_partitions_are_paused() -> None:
    fetcher, assignment = _fetcher_with_records({CHANGELOG: [0, 1, 2, 3, 4, 5, 6], STREAM: [9]})
    consumer = types.SimpleNamespace(_fetcher=fetcher, _closed=False)
    drained = await guarded_fetch_records(_Thread(flow_active=True), consumer, set(), timeout=0)  # type: ignore[arg-type]
    assert drained == {}
    assert assignment.states[CHANGELOG].position == 0  # still to be read


async def test_the_guarded_fetch_drains_the_active_partitions_only_while_the_flow_runs() -> None:
    fetcher, assignment = _fetcher_with_records({CHANGELOG: [0, 1, 2], STREAM: [9]})
    consumer = types.SimpleNamespace(_fetcher=fetcher, _closed=False)
    thread = _Thread(flow_active=True)
    active = {TP(CHANGELOG.topic, CHANGELOG.partition)}  # Faust's TP: equal to aiokafka's TopicPartition
    selection = FetchSelection(thread.consumer, active)
    assert selection and CHANGELOG in selection and STREAM not in selection
    thread.consumer.flow_active = False  # a rebalance stopped the flow after the fetch began
    assert CHANGELOG not in selection
    thread.consumer.flow_active = True
    drained = await guarded_fetch_records(thread, consumer, active, timeout=0)  # type: ignore[arg-type]
    assert set(drained) == {CHANGELOG} and drained[CHANGELOG] == [0, 1, 2]
    assert assignment.states[STREAM].position == 9  # left for later


ITEMS = TP("spec-items", 0)


def _spec_app() -> tuple[faust.App, faust.TopicT]:
    """A Faust app that is never started: its stream iterator and consumer bookkeeping are real."""
    app = faust.App("offsets-spec", broker="kafka://127.0.0.1:9", store="memory://")
    topic = app.topic(ITEMS.topic, key_type=bytes, value_type=bytes)
    app.topics._acking_topics.add(ITEMS.topic)  # type: ignore[attr-defined]
    app.flow_control.resume()
    return app, topic


def _acked(app: faust.App) -> list[int]:
    """The offsets the consumer counts as processed: what its next commit may pass."""
    return list(cast(Consumer, app.consumer)._acked[ITEMS])


def _event(app: faust.App, offset: int) -> Event:
    message = ConsumerMessage(
        ITEMS.topic, 0, offset, 0.0, 0, None, b"k", b"v", None, None, tp=ITEMS, generation_id=0
    )
    return Event(app, b"k", b"v", {}, message)


async def _iterate_once(after: Callable[[], object], *, crash: bool) -> None:
    """What Faust's `_c_aiter` does around one message: yield it, then `after` in a `finally`. A crash in
    the agent's body leaves the iterator to be closed, which runs the `finally` with GeneratorExit."""

    async def iteration() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            after()

    agen = iteration()
    await agen.__anext__()
    if crash:
        await agen.aclose()
    else:
        async for _ in agen:
            pass


@pytest.mark.skipif(faust.streams._CStreamIterator is None, reason="Faust runs without its Cython iterator")
async def test_faust_compiled_iterator_acks_the_message_of_a_crashed_agent() -> None:
    # Upstream behaviour, the reason for guard 6: the inline ack does not look at why the iteration ended.
    app, topic = _spec_app()
    iterator = guards._CStreamIterator(topic.stream())  # Faust's own, as imported before `install`
    event = _event(app, 7)
    await _iterate_once(lambda: iterator.after(event, True, None), crash=True)
    assert event.message.acked and _acked(app) == [7]


@pytest.mark.skipif(faust.streams._CStreamIterator is None, reason="Faust runs without its Cython iterator")
async def test_the_guarded_iterator_acks_a_finished_message_and_not_the_one_a_crash_abandoned() -> None:
    app, topic = _spec_app()
    with _installed(app):
        iterator = faust.streams._CStreamIterator(topic.stream())
        assert type(iterator).__name__ == "GuardedStreamIterator"
        done, crashed = _event(app, 7), _event(app, 8)
        await _iterate_once(lambda: iterator.after(done, True, None), crash=False)
        await _iterate_once(lambda: iterator.after(crashed, True, None), crash=True)
    assert done.message.acked and not crashed.message.acked
    assert _acked(app) == [7]  # the commit stops at 8: it is read again after a restart


async def test_a_batch_abandoned_by_a_crash_is_not_acknowledged_through_the_consumer() -> None:
    # `take_events` acks its batch with `Stream.ack` in a `finally`: the Python path, through `Consumer.ack`.
    app, topic = _spec_app()
    stream = topic.stream()
    with _installed(app):
        batch = [_event(app, offset) for offset in (3, 4)]
        await _iterate_once(lambda: [event.ack() for event in batch], crash=True)
        assert not any(event.message.acked for event in batch) and not _acked(app)
        await _iterate_once(lambda: [event.ack() for event in batch], crash=False)
    assert all(event.message.acked for event in batch) and _acked(app) == [3, 4]
    del stream
