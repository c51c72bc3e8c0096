"""The offset guards: a commit never passes a message that was not processed (streams/offsets.py)."""

from __future__ import annotations

import collections
import contextlib
import types
from collections.abc import Iterator
from typing import Any

from aiokafka.consumer.fetcher import Fetcher, FetchResult
from aiokafka.structs import TopicPartition
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP
from mode.utils.queues import FlowControlEvent, FlowControlQueue

from streams.offsets import (
    DeliveredOffsets,
    FetchSelection,
    ack_counts,
    guarded_fetch_records,
    head_is_covered,
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


def test_the_sensor_keeps_the_lowest_offset_delivered_per_partition() -> None:
    sensor = DeliveredOffsets()
    tp = ("t", 0)
    for offset in (5, 3, 9):
        sensor.on_message_in(tp, offset, None)  # type: ignore[arg-type]
    assert sensor.lowest[tp] == 3  # type: ignore[index]


def test_install_replaces_the_consumer_methods_and_the_flow_resume() -> None:
    # `streams.cli.main()` calls it for every worker.
    from streams.app import app
    from streams.offsets import install

    before = (Consumer.ack, Consumer._new_offset, Consumer.perform_seek)
    fetch_before = AIOKafkaConsumerThread._fetch_records
    try:
        install(app)
        assert Consumer.ack.__name__ == "guarded_ack"
        assert Consumer._new_offset.__name__ == "guarded_new_offset"
        assert Consumer.perform_seek.__name__ == "guarded_perform_seek"
        assert AIOKafkaConsumerThread._fetch_records is guarded_fetch_records
        assert app.flow_control.resume.__name__ == "resume" and "resume" in vars(app.flow_control)
    finally:
        Consumer.ack, Consumer._new_offset, Consumer.perform_seek = before  # type: ignore[method-assign]
        AIOKafkaConsumerThread._fetch_records = fetch_before  # type: ignore[method-assign]
        del app.flow_control.resume


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
