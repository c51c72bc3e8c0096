"""The offset guards: a commit never passes a message that was not processed (streams/offsets.py)."""

from __future__ import annotations

from faust.transport.consumer import Consumer
from faust.types import TP
from mode.utils.queues import FlowControlEvent, FlowControlQueue

from streams.offsets import DeliveredOffsets, ack_counts, head_is_covered, keep_live_messages, never_committed


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
    try:
        install(app)
        assert Consumer.ack.__name__ == "guarded_ack"
        assert Consumer._new_offset.__name__ == "guarded_new_offset"
        assert Consumer.perform_seek.__name__ == "guarded_perform_seek"
        assert app.flow_control.resume.__name__ == "resume" and "resume" in vars(app.flow_control)
    finally:
        Consumer.ack, Consumer._new_offset, Consumer.perform_seek = before  # type: ignore[method-assign]
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
