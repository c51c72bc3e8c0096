"""`streams demo`: the whole pipeline, offline, on the bundled sample feeds.

It starts the local broker if needed, serves the sample feeds on 127.0.0.1, runs a real worker (a child
process, as in production) with console alerts, waits until the pipeline has been quiet for a while, stops
the worker with SIGTERM and summarises. The demo keeps its own topics and state (prefix `demo.`), so a
second run finds every item already seen and sends no alert again; `--fresh` starts from scratch.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import click
from aiokafka import AIOKafkaConsumer

from streams import topics
from streams.config.feeds import load_feeds
from streams.demo.server import DemoFeedServer
from streams.provision import ensure_topics
from streams.records import AlertDelivery, EventMessage
from streams.runner import ensure_broker
from streams.settings import Settings
from streams.wire import decode

FEEDS_TEMPLATE = Path(__file__).with_name("feeds.yaml")
QUIET_SECONDS = 6.0


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
        STREAMS_APP_ID=f"{prefix}enforcement-streams",  # the watcher derives the changelog's name from it
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_PARTITIONS=str(settings.partitions),
        STREAMS_FEEDS_FILE=str(feeds_file),
        STREAMS_SUBSCRIPTIONS_FILE=str(data_dir / "no-subscriptions.yaml"),  # absent: console alerts
        STREAMS_DATA_DIR=str(data_dir),
        STREAMS_POLL_TICK_SECONDS="2",
        STREAMS_WEB_PORT=str(_free_port()),
        STREAMS_LOG_LEVEL="warn",
        PYTHONUNBUFFERED="1",
    )
    return env


async def run_demo(settings: Settings, *, timeout: float = 90.0, fresh: bool = False) -> int:
    bootstrap = ensure_broker(settings)
    # The changelog the watcher reads appears only when the worker starts: aiokafka's "not found" is expected.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    # Under the configured prefix, so a test (or a shared broker) keeps its demo apart.
    prefix = settings.topic_prefix + (f"demo-{int(time.time())}." if fresh else "demo.")
    work = Path(tempfile.mkdtemp(prefix="streams-demo-"))
    try:
        with DemoFeedServer() as server:
            feeds_file = work / "feeds.yaml"
            feeds_file.write_text(FEEDS_TEMPLATE.read_text().replace("{base}", server.base_url))
            env = demo_env(settings, bootstrap, feeds_file, work, prefix)
            feed_ids = load_feeds(feeds_file).ids()
            result = await _run_worker(env, bootstrap, prefix, feed_ids, work, timeout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _summarise(result)
    return 0


async def _run_worker(
    env: dict[str, str], bootstrap: str, prefix: str, feed_ids: list[str], work: Path, timeout: float
) -> DemoResult:
    streams_bin = Path(sys.argv[0]).resolve()
    log_path = work / "worker.log"
    # The topics exist, with the worker's partitions, before the watcher subscribes: otherwise its metadata
    # requests make the broker create them with its own default count, which the worker then refuses.
    await ensure_topics(bootstrap, prefix, int(env["STREAMS_PARTITIONS"]))
    watch = _Watcher(bootstrap, prefix, feed_ids)
    await watch.start()
    click.secho(f"demo: worker starting (log {log_path}); alerts follow", fg="cyan", err=True)
    with log_path.open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            str(streams_bin),
            "--quiet",
            "worker",
            "--loglevel",
            "warn",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
        )
        relay = asyncio.create_task(_relay(proc))
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
            await relay
    if proc.returncode not in (0, -signal.SIGTERM):
        from streams.errors import StreamsError

        tail = log_path.read_text(errors="replace")[-4000:]
        raise StreamsError(
            f"the demo's worker exited with {proc.returncode}:\n{tail}", "see the worker log above"
        )
    return watch.result


# Faust's worker spinner writes cursor codes and backspaces even when stdout is not a terminal.
_CURSOR_CODES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f]")


async def _relay(proc: asyncio.subprocess.Process) -> None:
    """The worker's stdout (the console alerts) to ours, without the spinner's control codes."""
    assert proc.stdout is not None
    async for line in proc.stdout:
        cleaned = _CURSOR_CODES.sub(b"", line)
        if cleaned.strip():
            sys.stdout.buffer.write(cleaned)
            sys.stdout.flush()


class _Watcher:
    """Follows what the demo's worker produces from now on: events, alerts, and feed-state writes.

    Every poll writes the feed's state to the table's changelog, so "every demo feed was polled since
    the demo started" is a signal that works on a first run and on a second run that finds nothing new.
    """

    def __init__(self, bootstrap: str, prefix: str, feed_ids: list[str]) -> None:
        self.events_topic = prefix + topics.EVENTS.name
        self.alerts_topic = prefix + topics.ALERTS.name
        self.state_topic = f"{prefix}enforcement-streams-feed-state-changelog"
        self.feed_ids = set(feed_ids)
        self.polled: set[str] = set()
        # Every stage's output counts as activity: the demo ends only when the whole pipeline is quiet.
        stages = (topics.RAW_ITEMS, topics.CANDIDATES, topics.AUTHORITY_NOTES, topics.STORIES)
        self.activity_topics = [prefix + t.name for t in stages]
        self.consumer = AIOKafkaConsumer(
            self.events_topic,
            self.alerts_topic,
            self.state_topic,
            *self.activity_topics,
            bootstrap_servers=bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            metadata_max_age_ms=500,
        )
        self.result = DemoResult()
        self.started_ms = int(time.time() * 1000)
        self.last_change = time.monotonic()

    async def start(self) -> None:
        await self.consumer.start()

    async def until_quiet(self, timeout: float, proc: asyncio.subprocess.Process) -> None:
        started = time.monotonic()
        while time.monotonic() - started < timeout and proc.returncode is None:
            batch = await self.consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for rec in records:
                    if rec.timestamp >= self.started_ms:  # earlier runs' messages are not this run's
                        self._take(rec.topic, rec.key, rec.value)
            all_polled = self.polled >= self.feed_ids
            if all_polled and time.monotonic() - self.last_change > QUIET_SECONDS:
                return

    def _take(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        self.last_change = time.monotonic()
        if topic == self.state_topic:
            self.polled.add((key or b"").decode())
        elif topic in self.activity_topics:
            return
        elif topic == self.events_topic:
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
