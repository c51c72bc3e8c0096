"""`streams demo`: the whole pipeline, offline, on the bundled sample feeds.

It starts the local broker if needed, serves the sample feeds on 127.0.0.1, runs a real worker (a child
process, as in production) with console alerts, waits until the pipeline has been quiet for a while, stops
the worker with SIGTERM and summarises. The demo keeps its own topics and state (prefix `demo.`), so a
second run finds every item already seen and sends no alert again; `--fresh` starts from scratch.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import click
from aiokafka import AIOKafkaConsumer, TopicPartition

from streams import topics
from streams.demo.server import DemoFeedServer
from streams.records import AlertDelivery, EventMessage
from streams.runner import ensure_broker
from streams.settings import Settings
from streams.wire import decode

FEEDS_TEMPLATE = Path(__file__).with_name("feeds.yaml")
QUIET_SECONDS = 8.0
MIN_SECONDS = 15.0


@dataclass
class DemoResult:
    events: list[EventMessage] = field(default_factory=list)
    alerts: list[AlertDelivery] = field(default_factory=list)

    @property
    def sent(self) -> list[AlertDelivery]:
        return [a for a in self.alerts if a.status == "sent"]


def demo_env(
    settings: Settings, bootstrap: str, feeds_file: Path, data_dir: Path, prefix: str
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=bootstrap,
        STREAMS_KAFKA_PORT=str(settings.kafka_port),
        STREAMS_APP_ID=f"{prefix}enforcement-streams",
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_FEEDS_FILE=str(feeds_file),
        STREAMS_SUBSCRIPTIONS_FILE=str(data_dir / "no-subscriptions.yaml"),  # absent: console alerts
        STREAMS_DATA_DIR=str(data_dir),
        STREAMS_POLL_TICK_SECONDS="2",
        STREAMS_WEB_PORT=str(_free_port()),
        STREAMS_LOG_LEVEL="warning",
        PYTHONUNBUFFERED="1",
    )
    return env


async def run_demo(settings: Settings, *, timeout: float = 90.0, fresh: bool = False) -> int:
    bootstrap = ensure_broker(settings)
    prefix = f"demo-{int(time.time())}." if fresh else "demo."
    work = Path(tempfile.mkdtemp(prefix="streams-demo-"))
    try:
        with DemoFeedServer() as server:
            feeds_file = work / "feeds.yaml"
            feeds_file.write_text(FEEDS_TEMPLATE.read_text().replace("{base}", server.base_url))
            env = demo_env(settings, bootstrap, feeds_file, work, prefix)
            result = await _run_worker(env, bootstrap, prefix, work, timeout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _summarise(result)
    return 0


async def _run_worker(
    env: dict[str, str], bootstrap: str, prefix: str, work: Path, timeout: float
) -> DemoResult:
    streams_bin = Path(sys.argv[0]).resolve()
    log_path = work / "worker.log"
    watch = _Watcher(bootstrap, prefix)
    await watch.start()
    click.secho(f"demo: worker starting (log {log_path}); alerts follow", fg="cyan", err=True)
    with log_path.open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            str(streams_bin), "worker", "--loglevel", "warning", env=env, stdout=None, stderr=log
        )
        try:
            await watch.until_quiet(timeout, proc)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 30)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
            await watch.stop()
    if proc.returncode not in (0, -signal.SIGTERM):
        click.secho(f"demo: worker exited with {proc.returncode}; see {log_path}", fg="red", err=True)
        click.echo(log_path.read_text(errors="replace")[-4000:], err=True)
    return watch.result


class _Watcher:
    """Follows the demo's events and alerts topics from their current end."""

    def __init__(self, bootstrap: str, prefix: str) -> None:
        self.events_topic = prefix + topics.EVENTS.name
        self.alerts_topic = prefix + topics.ALERTS.name
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        self.result = DemoResult()
        self.last_change = time.monotonic()

    async def start(self) -> None:
        await self.consumer.start()
        # The topics may not exist yet on a first run: the worker declares them. Assign what exists now
        # and re-check while waiting.
        self._assigned: set[str] = set()
        await self._assign()

    async def _assign(self) -> None:
        existing = await self.consumer.topics()
        wanted = [
            t for t in (self.events_topic, self.alerts_topic) if t in existing and t not in self._assigned
        ]
        if not wanted:
            return
        parts = [
            TopicPartition(t, p)
            for t in (*self._assigned, *wanted)
            for p in (self.consumer.partitions_for_topic(t) or [])
        ]
        new_parts = [tp for tp in parts if tp.topic in wanted]
        self.consumer.assign(parts)
        ends = await self.consumer.end_offsets(new_parts)
        for tp, end in ends.items():
            self.consumer.seek(tp, end)  # only what this run produces counts
        self._assigned.update(wanted)

    async def until_quiet(self, timeout: float, proc: asyncio.subprocess.Process) -> None:
        started = time.monotonic()
        while time.monotonic() - started < timeout and proc.returncode is None:
            if len(self._assigned) < 2:
                await self._assign()
            if self._assigned:
                batch = await self.consumer.getmany(timeout_ms=500)
                for tp, records in batch.items():
                    for rec in records:
                        self._take(tp.topic, rec.value)
            else:
                await asyncio.sleep(0.5)
            quiet = time.monotonic() - self.last_change
            if time.monotonic() - started > MIN_SECONDS and quiet > QUIET_SECONDS:
                return

    def _take(self, topic: str, value: bytes | None) -> None:
        self.last_change = time.monotonic()
        if topic == self.events_topic:
            self.result.events.append(decode(EventMessage, value))
        else:
            self.result.alerts.append(decode(AlertDelivery, value))

    async def stop(self) -> None:
        await self.consumer.stop()


def _summarise(result: DemoResult) -> None:
    new = [m for m in result.events if m.kind == "new"]
    click.secho(
        f"demo: {len(new)} new event(s), {len(result.events) - len(new)} update(s), "
        f"{len(result.sent)} alert(s) sent",
        fg="green",
        err=True,
    )
    if not result.events:
        click.echo(
            "demo: nothing new: every sample item was already seen by an earlier run "
            "(`streams demo --fresh` starts over)",
            err=True,
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
