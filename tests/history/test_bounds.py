"""Time and offset bounds: parsing, and the per-partition ranges they give with the broker's offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from streams.history.bounds import OffsetBound, Range, Window, iso_ms, parse_offsets, parse_time, plan, to_ms

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-03-01T08:30:00Z", datetime(2026, 3, 1, 8, 30, tzinfo=UTC)),
        ("2026-03-01T09:30:00+01:00", datetime(2026, 3, 1, 8, 30, tzinfo=UTC)),
        ("2026-03-01T08:30:00", datetime(2026, 3, 1, 8, 30, tzinfo=UTC)),
        ("2h", NOW - timedelta(hours=2)),
        ("7d", NOW - timedelta(days=7)),
        ("now", NOW),
    ],
)
def test_times_are_iso_8601_or_a_duration_ago(text: str, expected: datetime) -> None:
    assert parse_time(text, NOW) == expected


def test_a_bad_time_names_the_accepted_forms() -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_time("yesterday", NOW)


def test_kafka_timestamps_print_as_iso_with_milliseconds() -> None:
    assert iso_ms(to_ms(datetime(2026, 3, 1, 8, 30, 0, 123000, tzinfo=UTC))) == "2026-03-01T08:30:00.123Z"


def test_offsets_are_global_or_per_partition() -> None:
    assert parse_offsets("120") == OffsetBound(120, {})
    bound = parse_offsets("0:10, 3:80")
    assert (bound.get(0), bound.get(3), bound.get(1)) == (10, 80, None)
    assert parse_offsets("5,2:7").get(2) == 7 and parse_offsets("5,2:7").get(1) == 5
    with pytest.raises(ValueError, match="P:N"):
        parse_offsets("x")


BEGIN = {0: 0, 1: 5, 2: 0}
END = {0: 100, 1: 50, 2: 0}


def test_no_bounds_reads_from_the_beginning_to_the_end_read_first() -> None:
    assert plan(BEGIN, END, Window()) == {0: Range(0, 100), 1: Range(5, 50), 2: Range(0, 0)}


def test_offset_bounds_are_half_open_and_clamped_to_the_log() -> None:
    window = Window(from_offsets=parse_offsets("2"), to_offsets=parse_offsets("0:10,1:500"))
    assert plan(BEGIN, END, window) == {0: Range(2, 10), 1: Range(5, 50), 2: Range(0, 0)}


def test_since_starts_at_the_offset_for_its_time_and_none_means_nothing_at_or_after() -> None:
    window = Window(since_ms=1_000, until_ms=2_000)
    since = {0: 40, 1: None, 2: None}
    assert plan(BEGIN, END, window, since) == {0: Range(40, 100), 1: Range(50, 50), 2: Range(0, 0)}


def test_until_cuts_no_range_since_a_partitions_timestamps_need_not_be_in_order() -> None:
    # Offsets 60.. may hold records stamped before `until` when a producer sent a backlog newest first:
    # the readers keep what `Window.contains`.
    window = Window(until_ms=2_000)
    assert plan(BEGIN, END, window) == {0: Range(0, 100), 1: Range(5, 50), 2: Range(0, 0)}


def test_time_and_offset_bounds_combine_to_the_narrower() -> None:
    window = Window(
        since_ms=1_000, until_ms=2_000, from_offsets=parse_offsets("45"), to_offsets=parse_offsets("55")
    )
    assert plan(BEGIN, END, window, {0: 40, 1: 10, 2: None})[0] == Range(45, 55)
    assert plan(BEGIN, END, window, {0: 40, 1: 10, 2: None})[1] == Range(45, 50)


def test_the_window_contains_since_and_excludes_until() -> None:
    window = Window(since_ms=1_000, until_ms=2_000)
    assert [window.contains(t) for t in (999, 1_000, 1_999, 2_000)] == [False, True, True, False]
    assert Window().contains(0)
