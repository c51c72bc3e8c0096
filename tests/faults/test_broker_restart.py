"""The broker stopped and started again in the middle of traffic: the worker reconnects and loses nothing.

This test runs its own broker (free loopback ports, its own data dir), never the session's: it stops it
with SIGTERM while events flow, keeps the feeds growing while it is down, and starts it again on the same
port and data dir (topics, offsets and table changelogs survive on disk).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams import topics
from streams.broker import BrokerHandle, start
from tests.kafka_fixture import START_TIMEOUT_S, free_ports

pytestmark = pytest.mark.integration
DOWN_S = 8.0  # how long the broker stays down, before its restart (which takes a while itself)


@pytest.fixture
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerHandle]:
    port, controller_port = free_ports(2)
    data_dir = tmp_path_factory.mktemp("own-kafka")
    handle = start(port, data_dir=data_dir, controller_port=controller_port, timeout=START_TIMEOUT_S)
    try:
        yield handle
    finally:
        handle.stop()  # whichever JVM runs on this data dir now (the pid file names it)


def wait_gone(pid: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it if this process is its parent
        time.sleep(0.1)
    raise AssertionError(f"broker pid {pid} still alive {timeout:.0f}s after SIGKILL")


def restart(handle: BrokerHandle) -> BrokerHandle:
    return start(
        handle.port, data_dir=handle.data_dir, controller_port=handle.controller_port, timeout=START_TIMEOUT_S
    )


@pytest.mark.soak  # two broker starts (JVM) on top of the scenario: past the CI budget
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
async def test_broker_stop_and_start_mid_traffic_loses_nothing(
    how: str, own_broker: BrokerHandle, make_run, record_figures, tmp_path: Path
) -> None:
    bootstrap = own_broker.bootstrap_servers
    async with make_run(bootstrap, stories=16) as run:
        worker = run.new_worker()
        await run.start(worker)
        await run.until_backfilled()
        flow = asyncio.create_task(run.flow(every=1.5))
        await run.until(lambda: run.count(topics.EVENTS.name) >= 4, 120, "the first events")

        run.mark("fault_start")
        if how == "SIGKILL":  # the JVM this test started, by its pid: no controlled shutdown
            os.kill(own_broker.pid, signal.SIGKILL)
            await asyncio.to_thread(wait_gone, own_broker.pid)
        else:
            assert await asyncio.to_thread(own_broker.stop), "the test's broker was not running"
        await asyncio.sleep(DOWN_S)  # the stream keeps flowing: the feeds gain items, poll requests fail
        await asyncio.to_thread(restart, own_broker)
        run.mark("fault_end")
        await flow
        assert worker.proc is not None and worker.proc.poll() is None, (
            f"the worker died while the broker was down:\n{worker.log_tail()}"
        )
        await run.drain()

        figures = run.figures(f"broker {how} + start")
        figures.note(
            f"broker down {run.marks['fault_end'] - run.marks['fault_start']:.1f}s (restart included); "
            f"{run.failed_poll_requests} poll request batch(es) failed meanwhile"
        )
        record_figures(figures)
        assert figures.lost_events == 0 and figures.lost_alerts == 0, (figures, run.diagnosis, run.logs())
        assert figures.duplicate_events == 0, figures
        assert figures.duplicate_alerts == 0 and figures.resent_at_kill == 0, figures
