"""A safety net behind guard 5 of streams/offsets.py: restart a table recovery that stopped making progress.

After a rebalance Faust reads the changelogs of the partitions it was given until every one reaches the end
it measured (`Recovery.need_recovery()`), and processes nothing meanwhile. If the records it waits for never
arrive, it waits forever and only logs "No event received for active tp ... since recovery start"; the
known causes are fetches whose records get lost (guard 5) and the Faust issues about compacted or emptied
changelogs. This watchdog looks every few seconds; when recovery still needs records and the offsets it
reached have not moved for `stall_seconds` within one consumer generation, it logs the remaining
partitions and restarts the recovery the way a new rebalance does (`signal_recovery_start`): the recovery
measures the ends again, seeks each changelog partition to the offset it reached and resumes fetching. A
restart keeps what was read, so a slow but healthy recovery loses nothing by it. It takes Faust's own path
for a rebalance that arrives during recovery (`RebalanceAgain`), with the same generation; with the race
of tests/faults/recovery_race forced and guard 5 removed, it ended every hang 30 s after it began.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

import faust

log = logging.getLogger(__name__)
CHECK_EVERY_S = 5.0
STALL_S = 30.0  # Faust itself warns after 30 s without records for a partition in recovery

Progress = tuple[int, tuple[tuple[Any, int | None], ...]]


class RecoveryWatchdog:
    """Decides, from what it observes at each check, when a recovery has stalled."""

    def __init__(self, stall_seconds: float = STALL_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.stall_seconds = stall_seconds
        self.clock = clock
        self._last: Progress | None = None
        self._since = 0.0

    def stalled(
        self, needs_records: bool, generation: int, offsets: Iterable[tuple[Any, int | None]]
    ) -> bool:
        """True when recovery needs records and its offsets stayed as they were for `stall_seconds`.

        After a True the count starts again: a recovery that still does not move is restarted once per
        `stall_seconds`, no more often.
        """
        now = self.clock()
        if not needs_records:
            self._last = None
            return False
        progress: Progress = (generation, tuple(sorted(offsets, key=repr)))
        if progress != self._last:
            self._last, self._since = progress, now
            return False
        if now - self._since < self.stall_seconds:
            return False
        self._since = now
        return True


def remaining(recovery: Any) -> str:
    """`topic[partition] offset/end` for each changelog partition recovery still waits for."""
    return ", ".join(
        f"{tp.topic}[{tp.partition}] {stats.offset}/{stats.highwater}"
        for tp, stats in sorted(recovery.active_stats().items())
        if stats.remaining > 0
    )


def check(app: faust.App, watchdog: RecoveryWatchdog) -> bool:
    """One look at the app's recovery; restarts it when stalled. True when it did."""
    recovery: Any = app.tables.recovery  # type: ignore[attr-defined]
    needs_records = bool(recovery.in_recovery and recovery.need_recovery())
    if not watchdog.stalled(needs_records, app.consumer_generation_id, recovery.active_offsets.items()):
        return False
    log.warning(
        "table recovery made no progress for %.0fs (generation %s), restarting it; still to read: %s",
        watchdog.stall_seconds,
        app.consumer_generation_id,
        remaining(recovery),
    )
    recovery.signal_recovery_start.set()
    return True


def install(app: faust.App, stall_seconds: float = STALL_S) -> RecoveryWatchdog:
    """Check the recovery of `app` every CHECK_EVERY_S on every worker; `streams.cli.main()` calls it."""
    watchdog = RecoveryWatchdog(stall_seconds)

    @app.timer(interval=CHECK_EVERY_S, name="streams.recovery_watchdog")
    async def watch_recovery() -> None:
        try:
            check(app, watchdog)
        except Exception:  # a diagnosis must never stop the worker
            log.exception("recovery watchdog failed")

    return watchdog
