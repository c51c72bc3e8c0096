"""A second worker joins during traffic and later leaves (SIGTERM): partitions move twice, with their tables.

Both workers share the app id and topics; each has its own web port and data dir. While the second one
runs, the partitions of `cases` and `story-ledger` are split between them; when it leaves, its partitions
come back to the first worker, which rebuilds their state from the changelogs.

The `race-forced` run starts both workers with tests/faults/recovery_race on PYTHONPATH: at every rebalance
it forces the interleaving that, by chance, left a worker in table recovery forever (once in about ten runs
before guard 5 of streams/offsets.py; it hung every forced run without it).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from streams import topics
from tests.faults.scenario import LostAfterRestart

pytestmark = pytest.mark.integration
RECOVERY_RACE = Path(__file__).with_name("recovery_race")


@pytest.mark.parametrize("race", ["by-chance", "race-forced"])
async def test_a_worker_joining_and_leaving_mid_traffic_loses_nothing(
    kafka_bootstrap: str, make_run, record_figures, race: str
) -> None:
    env = {"PYTHONPATH": str(RECOVERY_RACE)} if race == "race-forced" else {}
    async with make_run(kafka_bootstrap, stories=32, **env) as run:
        before_join, during_join, both, during_leave = (run.stories[i : i + 8] for i in range(0, 32, 8))
        first = run.new_worker()
        await run.start(first)
        await run.until_backfilled()
        await run.flow(before_join, per_wave=2, every=1.0)
        await run.until(lambda: run.count(topics.EVENTS.name) >= 4, 120, "the first events")

        # The second worker joins while stories keep coming: the partitions are split between the two.
        run.mark("join")
        second = run.new_worker(STREAMS_DATA_DIR=str(run.tmp / "data-second"))
        await asyncio.gather(run.start(second), run.flow(during_join, per_wave=2, every=1.5))
        run.mark("joined")
        await run.flow(both, per_wave=2, every=1.0)
        await run.until(lambda: run.count(topics.EVENTS.name) >= 20, 120, "events while both run")

        # It leaves (SIGTERM) while stories keep coming: its partitions and their state move back.
        run.mark("fault_start")
        flow = asyncio.create_task(run.flow(during_leave, per_wave=2, every=1.5))
        code = await run.terminate(second)
        run.mark("fault_end")
        await flow
        await run.drain()

        figures = run.figures("2nd worker joins, then leaves" + (" (recovery race forced)" if env else ""))
        figures.note(
            f"join to ready {run.marks['joined'] - run.marks['join']:.1f}s; leave (SIGTERM, exit {code}) "
            f"took {run.marks['fault_end'] - run.marks['fault_start']:.1f}s; recovery counted from the leave"
        )
        record_figures(figures)
        assert first.proc is not None and first.proc.poll() is None, first.log_tail()
        if figures.lost_events or figures.lost_alerts:
            raise LostAfterRestart(run.lost(str(figures)))
        assert figures.duplicate_events == 0, figures
        assert figures.duplicate_alerts == 0 and figures.resent_at_kill == 0, figures
