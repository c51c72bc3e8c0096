"""The pure core of a replay: window, folding or raw, filters, malformed messages, output order."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from streams.history.bounds import Window
from streams.history.filters import build_filters
from streams.history.replay import Collector
from tests.history.factory import message, raw


class Rec(NamedTuple):
    timestamp: int
    partition: int
    offset: int
    value: bytes | None


# (timestamp, partition, offset, value): event 0 new+update, event 1 new, event 2 new+2 updates
MESSAGES = [
    Rec(*m)
    for m in [
        (1_000, 0, 0, raw(message(0, 0))),
        (1_100, 1, 0, raw(message(1, 0))),
        (1_200, 0, 1, raw(message(2, 0))),
        (2_000, 0, 2, raw(message(0, 1))),
        (2_500, 0, 3, raw(message(2, 1))),
        (3_000, 0, 4, raw(message(2, 2))),
    ]
]


def run(window: Window | None = None, *, raw_mode: bool = False, **filters: Any) -> tuple[list, Collector]:
    problems: list[tuple[int, int, str]] = []
    collector = Collector(
        window or Window(),
        build_filters(**filters),
        raw=raw_mode,
        on_malformed=lambda p, o, why: problems.append((p, o, why)),
    )
    collector.add_many(reversed(MESSAGES))  # arrival order must not matter
    return [(o.doc["event_id"][-1], o.doc["revision"], o.messages) for o in collector.outputs()], collector


def test_folded_output_is_each_events_latest_state_in_first_seen_order() -> None:
    out, collector = run()
    assert out == [("0", 1, 2), ("1", 0, 1), ("2", 2, 3)]
    assert collector.stats.written == 3 and collector.stats.in_window == 6


def test_raw_output_is_every_message_in_timestamp_order() -> None:
    out, _ = run(raw_mode=True)
    assert out == [
        ("0", 0, None),
        ("1", 0, None),
        ("2", 0, None),
        ("0", 1, None),
        ("2", 1, None),
        ("2", 2, None),
    ]


def test_a_time_window_folds_only_the_messages_inside_it() -> None:
    out, collector = run(Window(since_ms=1_100, until_ms=3_000))
    assert out == [("1", 0, 1), ("2", 1, 2), ("0", 1, 1)]
    assert collector.stats.read == 6 and collector.stats.in_window == 4


def test_filters_judge_the_final_state() -> None:
    # Only updates add an English-language source: event 1 (never updated) drops out.
    out, collector = run(languages=["en"])
    assert [e for e, _, _ in out] == ["0", "2"] and collector.stats.filtered_out == 1
    raw_out, _ = run(raw_mode=True, languages=["en"])
    assert [(e, r) for e, r, _ in raw_out] == [("0", 1), ("2", 1), ("2", 2)]


def test_malformed_messages_are_counted_and_skipped() -> None:
    bad = json.loads(raw(message(3, 0)))
    bad["event"]["amount_eur"] = 12.5
    collector = Collector(Window(), build_filters(), raw=False)
    collector.add_many(
        [
            *MESSAGES,
            Rec(4_000, 1, 1, b"not json"),
            Rec(4_100, 1, 2, None),
            Rec(4_200, 1, 3, json.dumps(bad).encode()),  # a valid head: found invalid when written
        ]
    )
    assert [o.doc["event_id"][-1] for o in collector.outputs()] == ["0", "1", "2"]
    assert collector.stats.malformed == 3


def test_a_message_with_another_layout_is_folded_by_a_full_decode() -> None:
    pretty = json.dumps(json.loads(raw(message(0, 5))), indent=2, sort_keys=True).encode()
    collector = Collector(Window(), build_filters(), raw=False)
    collector.add_many([*MESSAGES, Rec(5_000, 0, 9, pretty)])
    first = next(iter(collector.outputs()))
    assert first.doc["revision"] == 5 and first.messages == 3 and first.value == pretty


def test_kept_messages_past_the_memory_budget_wait_in_a_file_with_the_same_result() -> None:
    bad = json.loads(raw(message(3, 0)))
    bad["event"]["amount_eur"] = 12.5
    messages = [
        *MESSAGES,
        Rec(1_050, 1, 5, raw(message(3, 1))),
        Rec(4_200, 1, 6, json.dumps(bad, separators=(",", ":")).encode()),  # invalid, but never the winner
        Rec(4_300, 1, 7, b"not json"),
    ]

    def replayed(budget: int, raw_mode: bool) -> tuple[list[tuple[int, int, bytes, int | None]], Any]:
        problems: list[tuple[int, int, str]] = []
        collector = Collector(
            Window(),
            build_filters(),
            raw=raw_mode,
            on_malformed=lambda p, o, why: problems.append((p, o, why)),
            memory_budget=budget,
        )
        for batch in (messages[:3], messages[3:6], messages[6:]):  # winners change across batches
            collector.add_many(batch)
        spilled = collector.spill.size
        outs = [(o.partition, o.offset, o.value, o.messages) for o in collector.outputs()]
        return outs, (collector.stats, problems, spilled > 0)

    for raw_mode in (False, True):
        in_memory, (stats, problems, spilled) = replayed(1 << 30, raw_mode)
        on_disk, (stats_disk, problems_disk, spilled_disk) = replayed(0, raw_mode)
        assert not spilled and spilled_disk
        assert on_disk == in_memory and stats_disk == stats and problems_disk == problems
        assert stats.malformed == (2 if raw_mode else 1), stats


def test_a_newer_schema_version_is_refused_on_both_paths() -> None:
    newer = raw(message(0, 0)).replace(b'"schema_version":1}', b'"schema_version":2}')
    assert newer.endswith(b'"schema_version":2}')
    for raw_mode in (False, True):
        collector = Collector(Window(), build_filters(), raw=raw_mode)
        collector.add_many([Rec(1, 0, 0, newer)])
        assert list(collector.outputs()) == [] and collector.stats.malformed == 1
