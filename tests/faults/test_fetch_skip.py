"""A message the fetch moved past without delivering it is read again, not committed over (guards 7 and 8).

The worker runs with tests/faults/fetch_skip on PYTHONPATH: the first `stories` message at offset 2 (or 1) of
its partition is fetched and never delivered. Before guard 7 Faust counted the jump from 1 to 3 as a gap in
the log and committed over offset 2: its alert was lost. Now the commit waits at it (at offset 1 guard 2
already held it) and, 5 s later, guard 8 has the partition read again from there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.faults.scenario import LostAfterRestart

pytestmark = pytest.mark.integration
FETCH_SKIP = Path(__file__).with_name("fetch_skip")


@pytest.mark.parametrize("skipped", [2, 1])
async def test_a_message_fetched_and_never_delivered_is_read_again_and_alerted(
    kafka_bootstrap: str, make_run, record_figures, skipped: int
) -> None:
    path = os.pathsep.join(p for p in (str(FETCH_SKIP), os.environ.get("PYTHONPATH", "")) if p)
    async with make_run(kafka_bootstrap, stories=20, PYTHONPATH=path, FETCH_SKIP_OFFSET=str(skipped)) as run:
        worker = run.new_worker()
        await run.start(worker)
        await run.until_backfilled()
        run.mark("fault_end")  # the skip comes with the first stories; recovery is counted from the start
        await run.flow(run.stories, per_wave=2, every=1.0)
        await run.drain()

        figures = run.figures(f"a fetched message never delivered (offset {skipped})")
        log = worker.log_path.read_text("utf-8", "replace")
        skips = [line.split("fetch_skip: ", 1)[1] for line in log.splitlines() if "fetch_skip: " in line]
        figures.note(skips[0] if skips else "nothing skipped")
        record_figures(figures)
        assert skips, f"the scenario skipped nothing: no stories partition reached offset {skipped}"
        if figures.lost_events or figures.lost_alerts:
            raise LostAfterRestart(run.lost(str(figures)))
        assert f"reading it again from {skipped}" in log, worker.log_tail()
        assert skipped == 1 or "not counted as acknowledged" in log, worker.log_tail()
        assert figures.duplicate_alerts == 0, figures
