"""Folding keeps each event's latest revision; output orders are total and stable."""

from __future__ import annotations

import itertools

from streams.history.fold import Folder, raw_order


def fold(messages: list[tuple[str, int, int, int, int]]) -> Folder:
    folder = Folder()
    for event_id, revision, ts, partition, offset in messages:
        folder.add(event_id, revision, ts, partition, offset, f"{event_id}@{revision}".encode())
    return folder


def test_the_highest_revision_wins_and_counts_every_message() -> None:
    [f] = fold([("a", 0, 100, 0, 0), ("a", 1, 200, 0, 1), ("a", 2, 300, 0, 2)]).ordered()
    assert (f.revision, f.value, f.messages, f.first_timestamp, f.timestamp) == (2, b"a@2", 3, 100, 300)


def test_a_redelivered_older_revision_does_not_roll_the_state_back() -> None:
    [f] = fold([("a", 0, 100, 0, 0), ("a", 2, 300, 0, 1), ("a", 1, 400, 0, 2), ("a", 2, 500, 0, 3)]).ordered()
    assert f.revision == 2 and f.offset == 3, "a duplicate of the same revision: the later copy"
    assert f.messages == 4


def test_the_result_does_not_depend_on_arrival_order() -> None:
    messages = [("a", 0, 100, 0, 0), ("a", 1, 250, 0, 1), ("b", 0, 150, 1, 0), ("b", 1, 180, 1, 1)]
    results = {
        tuple((f.event_id, f.revision, f.first_timestamp, f.offset) for f in fold(list(p)).ordered())
        for p in itertools.permutations(messages)
    }
    assert results == {(("a", 1, 100, 1), ("b", 1, 150, 1))}


def test_folded_events_are_ordered_by_first_timestamp_then_id() -> None:
    ordered = fold(
        [("b", 0, 100, 1, 0), ("a", 0, 100, 0, 0), ("c", 0, 50, 2, 0), ("c", 1, 900, 2, 1)]
    ).ordered()
    assert [f.event_id for f in ordered] == ["c", "a", "b"]


def test_raw_order_is_timestamp_then_partition_then_offset() -> None:
    keys = [(200, 0, 5), (100, 1, 9), (100, 0, 10), (100, 0, 2)]
    assert sorted(keys, key=lambda k: raw_order(*k)) == [(100, 0, 2), (100, 0, 10), (100, 1, 9), (200, 0, 5)]


def test_a_batch_reports_the_events_whose_winner_changed_and_counts_the_kept_bytes() -> None:
    folder = Folder()
    batch = [("a", 0, 100, 0, 0, b"a0"), ("b", 1, 150, 1, 0, b"b1"), ("a", 1, 200, 0, 1, b"a1!")]
    fresh = folder.add_many(batch)
    assert {k: f.value for k, f in fresh.items()} == {"a": b"a1!", "b": b"b1"}
    assert folder.held == len(b"a1!") + len(b"b1")
    assert folder.add_many([("b", 0, 300, 1, 1, b"b0-late")]) == {}, "an older revision changes nothing"
    assert folder.add("b", 2, 400, 1, 2, b"b2") is folder.events["b"]
    assert folder.held == len(b"a1!") + len(b"b2")
    folder.discard("a")
    assert folder.held == len(b"b2") and [f.messages for f in folder.ordered()] == [3]
