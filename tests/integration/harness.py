"""Running real workers in tests: a `streams worker` child process with its own settings, and topic readers.

Each test gets its own topic prefix and app id, so tests share one broker without seeing each other.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import faust
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams import topics
from streams.clock import now_iso
from streams.records import PollRequest
from streams.wire import decode

R = TypeVar("R", bound=faust.Record)
STREAMS_BIN = Path(sys.executable).with_name("streams")
FEED_ID = "dpa-test"  # the one feed of most integration tests, served at /dpa.xml
TOKEN = "xoxb-test-token"  # the local Slack server's bot token
READY_LINE = b"Ready"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Worker:
    """One `streams worker` process. Logs go to a file the test can print when something fails."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_offset = 0

    def start(self, timeout: float = 90.0) -> Worker:
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [str(STREAMS_BIN), "worker", "--loglevel", "info"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            if READY_LINE in self._log_since_start():
                return self
            time.sleep(0.2)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def _log_since_start(self) -> bytes:
        with self.log_path.open("rb") as f:
            f.seek(self._log_offset)
            return f.read()

    def log_tail(self, chars: int = 6000) -> str:
        return self.log_path.read_bytes()[-chars:].decode("utf-8", "replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return self.proc.returncode

    def kill(self) -> int:
        return self.stop(signal.SIGKILL)


PARTITIONS = 4  # of every topic and table in the integration and fault tests


def worker_env(bootstrap: str, name: str, tmp: Path, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=bootstrap,
        STREAMS_APP_ID=f"{name}-app",
        STREAMS_TOPIC_PREFIX=f"{name}.",
        STREAMS_PARTITIONS=str(PARTITIONS),
        STREAMS_DATA_DIR=str(tmp / "data"),
        STREAMS_WEB_PORT=str(free_port()),
        STREAMS_POLL_TICK_SECONDS="1",
        STREAMS_SUBSCRIPTIONS_FILE=str(tmp / "subscriptions.yaml"),
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


async def read_topic(
    bootstrap: str,
    topic: str,
    record: type[R],
    *,
    until: Callable[[list[R]], bool],
    timeout: float = 60.0,
) -> list[R]:
    """Read `topic` from the beginning until `until(messages)` holds or `timeout` passes.

    Subscribing by name (no group) with a short metadata refresh also works for a topic the worker
    has not created yet.
    """
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        metadata_max_age_ms=500,
    )
    await consumer.start()
    messages: list[R] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                messages.extend(decode(record, rec.value) for rec in records)
            if until(messages):
                break
        return messages
    finally:
        await consumer.stop()


def one_feed_yaml(path: Path, url: str) -> Path:
    """A feeds.yaml with the single regulator feed FEED_ID at `url`."""
    path.write_text(
        "feeds:\n"
        f"  - id: {FEED_ID}\n    name: Test DPA\n    url: {url}\n"
        "    kind: regulator\n    jurisdiction: FR\n    language: en\n    interval: 30s\n"
    )
    return path


async def produce(bootstrap: str, topic: str, key: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key.encode())
    finally:
        await producer.stop()


async def request_poll(bootstrap: str, prefix: str, *feed_ids: str) -> None:
    """Ask the worker to poll these feeds now (default FEED_ID), whatever their schedule."""
    for feed_id in feed_ids or (FEED_ID,):
        request = PollRequest(feed_id=feed_id, requested_at=now_iso(), reason="manual")
        await produce(bootstrap, prefix + topics.POLL_REQUESTS.name, feed_id, request.dumps())
