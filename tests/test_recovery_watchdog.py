"""A table recovery that stops making progress is restarted (streams/recovery_watchdog.py)."""

from __future__ import annotations

import asyncio
import types
from typing import Any

from faust.tables.recovery import RecoveryStats
from faust.types import TP

from streams.recovery_watchdog import RecoveryWatchdog, check

CASES = TP("app-cases-changelog", 2)
LEDGER = TP("app-story-ledger-changelog", 2)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_recovery_whose_offsets_do_not_move_is_stalled_after_the_bound() -> None:
    clock = Clock()
    watchdog = RecoveryWatchdog(30.0, clock)
    offsets = [(CASES, -1), (LEDGER, -1)]
    assert not watchdog.stalled(True, 2, offsets)
    clock.now += 29.0
    assert not watchdog.stalled(True, 2, offsets)
    clock.now += 1.0
    assert watchdog.stalled(True, 2, offsets)
    # Restarted: the count starts again, so a recovery that still does not move is restarted every 30 s.
    clock.now += 5.0
    assert not watchdog.stalled(True, 2, offsets)
    clock.now += 25.0
    assert watchdog.stalled(True, 2, offsets)


def test_progress_or_a_new_generation_starts_the_count_again() -> None:
    clock = Clock()
    watchdog = RecoveryWatchdog(30.0, clock)
    assert not watchdog.stalled(True, 2, [(CASES, 3)])
    clock.now += 25.0
    assert not watchdog.stalled(True, 2, [(CASES, 4)])  # a record was read
    clock.now += 25.0
    assert not watchdog.stalled(True, 3, [(CASES, 4)])  # another rebalance: Faust restarts it itself
    clock.now += 25.0
    assert not watchdog.stalled(True, 3, [(CASES, 4)])
    clock.now += 5.0
    assert watchdog.stalled(True, 3, [(CASES, 4)])


def test_nothing_is_stalled_when_recovery_needs_no_records() -> None:
    clock = Clock()
    watchdog = RecoveryWatchdog(30.0, clock)
    for _ in range(10):
        assert not watchdog.stalled(False, 2, [(CASES, 6)])
        clock.now += 10.0


class FakeRecovery:
    """Faust's Recovery, as the watchdog reads it."""

    def __init__(self, offsets: dict[TP, int], highwaters: dict[TP, int]) -> None:
        self.in_recovery = True
        self.active_offsets = offsets
        self.active_highwaters = highwaters
        self.signal_recovery_start = asyncio.Event()

    def need_recovery(self) -> bool:
        return any(self.active_highwaters[tp] - self.active_offsets[tp] > 0 for tp in self.active_highwaters)

    def active_stats(self) -> dict[TP, RecoveryStats]:
        return {
            tp: RecoveryStats(hw, self.active_offsets[tp], hw - self.active_offsets[tp])
            for tp, hw in self.active_highwaters.items()
        }


def fake_app(recovery: FakeRecovery) -> Any:
    return types.SimpleNamespace(tables=types.SimpleNamespace(recovery=recovery), consumer_generation_id=2)


def test_a_stalled_recovery_is_restarted_as_a_rebalance_restarts_it(caplog: Any) -> None:
    recovery = FakeRecovery({CASES: -1, LEDGER: 1}, {CASES: 6, LEDGER: 0})  # ledger: read past its end
    app = fake_app(recovery)
    clock = Clock()
    watchdog = RecoveryWatchdog(30.0, clock)
    assert not check(app, watchdog)
    clock.now += 30.0
    assert check(app, watchdog)
    assert recovery.signal_recovery_start.is_set()  # what `Recovery.on_rebalance` sets
    assert "app-cases-changelog[2] -1/6" in caplog.text
    assert "story-ledger" not in caplog.text  # nothing left to read there


def test_a_finished_recovery_is_left_alone() -> None:
    recovery = FakeRecovery({CASES: 6}, {CASES: 6})
    app = fake_app(recovery)
    clock = Clock()
    watchdog = RecoveryWatchdog(30.0, clock)
    for _ in range(5):
        assert not check(app, watchdog)
        clock.now += 30.0
    assert not recovery.signal_recovery_start.is_set()
