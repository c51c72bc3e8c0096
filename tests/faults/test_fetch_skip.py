"""A message the fetch moved past without delivering it is read again, not committed over (guards 7 and 8).

The worker runs with tests/faults/fetch_skip on PYTHONPATH: the first `stories` message at offset 2 (or 1) of
its partition is fetched and never delivered. Before guard 7 Faust counted the jump from 1 to 3 as a gap in
the log and committed over offset 2: its alert was lost. Now the commit waits at it (at offset 1 guard 2
already held it) and, 5 s later, guard 8 has the partition read again from there.

Which guard gets there first depends on when the next story of that partition arrives, so the test asserts
the outcome and records the path. Offset 3 delivered before the re-read: Faust sees the jump, guard 7 refuses
it as a gap and guard 8 reads again from the hole. Offset 2 the last record fetched: there is no jump, and
guard 9 finds the position past a message nobody received. Each guard has its own unit test in
tests/test_offsets.py.
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
        skips = [line.split("fetch_skip: ", 1)[1].strip() for line in log.splitlines()
                 if "fetch_skip: " in line]
        path = _path_to_the_re_read(log)
        figures.note("; ".join(filter(None, (skips[0] if skips else "nothing skipped", path))))
        record_figures(figures)
        assert skips, f"the scenario skipped nothing: no stories partition reached offset {skipped}"
        if figures.lost_events or figures.lost_alerts:
            raise LostAfterRestart(run.lost(str(figures)))
        assert f"reading it again from {skipped}" in log, worker.log_tail()
        if skipped == 2:  # at offset 1 Faust's gap check does not run: guard 2 holds the commit
            assert path, worker.log_tail()
        assert figures.duplicate_alerts == 0, figures


def _path_to_the_re_read(log: str) -> str | None:
    """Which guard found the skipped message: guard 7 refused the jump past it, or guard 9 found it
    stranded."""
    if "not counted as acknowledged" in log:
        return "the jump past it refused as a gap (guard 7), read again at the hole (guard 8)"
    if "which nobody received" in log:
        return "no jump: the position past it stranded (guard 9)"
    return None
