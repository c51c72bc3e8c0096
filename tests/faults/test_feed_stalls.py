"""A feed that hangs and one that trickles bytes, while two other feeds keep publishing.

The hung feed (127.0.0.2) never answers; the trickling one (127.0.0.3) sends 16 bytes every half second,
so neither completes within the poller's 30 s bound. The healthy feeds (127.0.0.1, other hosts, so the
per-host limit of two fetches does not come into it) publish fines all along. After the fault the two
feeds serve normally again and their items arrive: nothing lost, nothing twice.

Each due feed is polled in its own task (streams/agents/poll.py), so the healthy feeds' items keep
flowing while the hung fetch waits out its bound; the test raises `HealthyFeedsStalled` when they do not.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from streams import topics
from streams.records import RawItem
from tests.servers.feed_server import FeedServer

pytestmark = pytest.mark.integration
HUNG, TRICKLING = "cnil", "ico"
FAULT_S = 20.0


class HealthyFeedsStalled(AssertionError):
    """Healthy feeds' items waited for a hung feed's fetch."""


async def test_hung_and_trickling_feeds_lose_nothing_and_healthy_feeds_keep_flowing(
    kafka_bootstrap: str, make_run, record_figures, feed_servers: dict[str, FeedServer]
) -> None:
    with FeedServer("127.0.0.2") as hung, FeedServer("127.0.0.3") as trickling:
        feed_servers[HUNG], feed_servers[TRICKLING] = hung, trickling
        async with make_run(kafka_bootstrap, stories=16) as run:
            worker = run.new_worker()
            await run.start(worker)
            await run.until_backfilled()

            hung.set_behaviour(f"/{HUNG}.xml", hang=True)
            trickling.set_behaviour(f"/{TRICKLING}.xml", trickle_bytes=16, trickle_interval_s=0.5)
            run.mark("fault_start")
            flow = asyncio.create_task(run.flow(every=1.5))
            gave_up = asyncio.create_task(first_log_line(worker.log_path, f"feed {HUNG} failed", 120))
            await asyncio.sleep(FAULT_S)
            hung.clear_behaviour(f"/{HUNG}.xml")
            trickling.clear_behaviour(f"/{TRICKLING}.xml")
            run.mark("fault_end")
            await flow
            await run.drain()
            hung_gave_up = await gave_up

            healthy = [s for s in run.stories if s.feed_id not in (HUNG, TRICKLING)]
            raw_at = {
                seen.record.title: seen.at
                for seen in run.observer.of(topics.RAW_ITEMS.name)
                if isinstance(seen.record, RawItem)
            }
            hang_started = first_request_after(hung, f"/{HUNG}.xml", run.marks["fault_start"])
            waits = [raw_at[s.item.title] - run.published[s.index] for s in healthy if s.item.title in raw_at]
            figures = run.figures("feed hangs + feed trickles")
            figures.note(
                f"healthy feeds' items waited up to {max(waits):.1f}s for raw-items during the fault "
                f"(the hung fetch gave up {hung_gave_up - hang_started:.1f}s after it began)"
                if waits and hung_gave_up and hang_started
                else "no timing"
            )
            record_figures(figures)
            assert figures.lost_events == 0 and figures.lost_alerts == 0, (figures, run.diagnosis, run.logs())
            assert figures.duplicate_events == 0, figures
            assert figures.duplicate_alerts == 0 and figures.resent_at_kill == 0, figures
            assert trickling.requests_for(f"/{TRICKLING}.xml"), "the trickling feed was never fetched"
            assert hang_started is not None and hung_gave_up is not None, "the hang was never noticed"

            # Healthy items published while the hung fetch was in flight: out before it gave up? (Margins
            # of seconds: the give-up is read from the log every 0.1 s, and the next batch follows within
            # milliseconds.)
            during = [s for s in healthy if hang_started + 1 < run.published[s.index] < hung_gave_up - 10]
            assert during, "no healthy item was published during the hang: the test tested nothing"
            stalled = [s for s in during if raw_at.get(s.item.title, float("inf")) > hung_gave_up - 2]
            if stalled:
                raise HealthyFeedsStalled(
                    f"{len(stalled)} of {len(during)} healthy item(s) published during the hang waited "
                    f"for it to give up ({figures.notes})"
                )


async def first_log_line(path: Path, needle: str, timeout: float) -> float | None:
    """When `needle` first appeared in the worker's log (monotonic), polled every 0.1 s."""
    deadline = time.monotonic() + timeout
    start = path.stat().st_size if path.exists() else 0
    while time.monotonic() < deadline:
        if path.exists():
            with path.open("rb") as f:
                f.seek(start)
                if needle.encode() in f.read():
                    return time.monotonic()
        await asyncio.sleep(0.1)
    return None


def first_request_after(server: FeedServer, path: str, after_monotonic: float) -> float | None:
    """The first request for `path` after a monotonic moment, as a monotonic time."""
    offset = time.time() - time.monotonic()
    times = [r.at - offset for r in server.requests_for(path) if r.at - offset >= after_monotonic]
    return min(times) if times else None
