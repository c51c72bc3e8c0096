"""Slack failing for a while, then recovering: first HTTP 500s, then calls that hang past the client's
timeout. Alerts are delayed, none is lost, none is sent twice.

The retry waits are scaled down (longest backoff 2 s instead of 60 s) so recovery shows within seconds.
"""

from __future__ import annotations

import asyncio

import pytest

from streams import topics

pytestmark = pytest.mark.integration
ERRORS_S = 6.0  # HTTP 500 for this long
TIMEOUTS_S = 6.0  # then every call hangs 12 s, past slack_sdk's 10 s timeout, for this long


async def test_slack_failing_for_a_while_delays_alerts_but_loses_none(
    kafka_bootstrap: str, make_run, record_figures
) -> None:
    async with make_run(kafka_bootstrap, STREAMS_SLACK_RETRY_MAX_DELAY_SECONDS="2") as run:
        worker = run.new_worker()
        await run.start(worker)
        await run.until_backfilled()
        flow = asyncio.create_task(run.flow(every=1.5))
        await run.until(lambda: len(run.slack.messages) >= 2, 120, "the first alerts")

        run.mark("fault_start")
        run.slack.outage(ERRORS_S, status=500)
        await asyncio.sleep(ERRORS_S)
        run.slack.outage(TIMEOUTS_S, status=504, hang=12.0)
        await asyncio.sleep(TIMEOUTS_S)
        run.mark("fault_end")
        failed = [c for c in run.slack.calls if c.status != 200]
        await flow
        await run.drain()

        figures = run.figures("Slack 500s, then timeouts")
        figures.note(
            f"{ERRORS_S:g}s of HTTP 500 then {TIMEOUTS_S:g}s of 12 s hangs; {len(failed)} failed call(s); "
            f"{run.count(topics.EVENTS.name)} events"
        )
        record_figures(figures)
        assert failed, "the outage was never noticed: the test did not test anything"
        assert figures.lost_events == 0 and figures.lost_alerts == 0, (figures, run.diagnosis, run.logs())
        assert figures.duplicate_events == 0, figures
        assert figures.duplicate_alerts == 0 and figures.resent_at_kill == 0, figures
