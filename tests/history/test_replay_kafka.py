"""Replay and tail on the real broker: known messages with controlled timestamps on a prefixed topic."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams import topics
from streams.history.bounds import Window, parse_offsets
from streams.history.filters import build_filters
from streams.history.reader import TopicNotFound
from streams.history.replay import replay
from streams.history.tail import tail
from streams.history.validate import compile_schema, validate
from streams.history.writers import JsonlWriter, Output
from tests.history.factory import message, raw
from tests.kafka_fixture import NameFactory

pytestmark = pytest.mark.integration
ROOT = Path(__file__).parents[2]
BASE_MS = (int(time.time()) - 3600) * 1000  # recent: the broker never ages these out during the test
SCHEMA = compile_schema(json.loads((ROOT / "schemas" / "enforcement.events.v1.json").read_text()))


@dataclass(frozen=True)
class Sent:
    n: int
    revision: int
    timestamp: int
    partition: int
    offset: int


# (event n, revision) in send order; message k gets timestamp BASE_MS + k seconds.
PLAN = [(0, 0), (1, 0), (2, 0), (0, 1), (3, 0), (4, 0), (1, 1), (0, 2), (5, 0), (3, 1), (6, 0), (2, 1)]


async def produce(
    bootstrap: str, topic: str, plan: list[tuple[int, int]], base_ms: int = BASE_MS
) -> list[Sent]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 3, 1, topic_configs={"retention.ms": "-1"})])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    sent = []
    try:
        for k, (n, revision) in enumerate(plan):
            value = raw(message(n, revision))
            assert validate(SCHEMA, json.loads(value)) is None, (
                "every message we produce follows the contract"
            )
            meta = await producer.send_and_wait(
                topic, value, key=f"evt_{n:020d}".encode(), timestamp_ms=base_ms + k * 1000
            )
            sent.append(Sent(n, revision, base_ms + k * 1000, meta.partition, meta.offset))
    finally:
        await producer.stop()
    return sent


@pytest.fixture
async def events_topic(
    kafka_bootstrap: str, unique_name: NameFactory
) -> AsyncIterator[tuple[str, str, list[Sent]]]:
    prefix = unique_name("hist") + "."
    topic = prefix + topics.EVENTS.name
    sent = await produce(kafka_bootstrap, topic, PLAN)
    yield prefix, topic, sent


async def run_replay(bootstrap: str, topic: str, window: Window, *, raw_mode: bool = False, **f: Any) -> list:
    buf = io.BytesIO()
    stats = await replay(bootstrap, topic, window, build_filters(**f), JsonlWriter(buf), raw=raw_mode)
    assert stats.malformed == 0 and not stats.incomplete
    docs = [json.loads(line) for line in buf.getvalue().splitlines()]
    for doc in docs:
        assert validate(SCHEMA, doc) is None
    return docs


def folded_expectation(sent: list[Sent]) -> list[tuple[str, int]]:
    latest: dict[int, Sent] = {}
    first: dict[int, int] = {}
    for s in sent:
        first.setdefault(s.n, s.timestamp)
        if s.n not in latest or s.revision > latest[s.n].revision:
            latest[s.n] = s
    return [(f"evt_{n:020d}", latest[n].revision) for n in sorted(latest, key=lambda n: (first[n], n))]


async def test_a_time_window_replays_exactly_its_events(kafka_bootstrap: str, events_topic: tuple) -> None:
    _, topic, sent = events_topic
    since, until = BASE_MS + 3_000, BASE_MS + 9_000  # messages 3..8
    inside = [s for s in sent if since <= s.timestamp < until]
    docs = await run_replay(kafka_bootstrap, topic, Window(since_ms=since, until_ms=until))
    assert [(d["event_id"], d["revision"]) for d in docs] == folded_expectation(inside)
    assert [d["event_id"][-1] for d in docs] == ["0", "3", "4", "1", "5"]


async def test_raw_replays_every_message_in_timestamp_order(
    kafka_bootstrap: str, events_topic: tuple
) -> None:
    _, topic, sent = events_topic
    docs = await run_replay(kafka_bootstrap, topic, Window(since_ms=BASE_MS + 2_000), raw_mode=True)
    assert [(d["event_id"], d["revision"]) for d in docs] == [
        (f"evt_{s.n:020d}", s.revision) for s in sent[2:]
    ]


async def test_the_whole_topic_folds_to_one_line_per_event(kafka_bootstrap: str, events_topic: tuple) -> None:
    _, topic, sent = events_topic
    docs = await run_replay(kafka_bootstrap, topic, Window())
    assert [(d["event_id"], d["revision"]) for d in docs] == folded_expectation(sent)
    assert len(docs) == 7


async def test_an_offset_window_replays_exactly_those_offsets(
    kafka_bootstrap: str, events_topic: tuple
) -> None:
    _, topic, sent = events_topic
    window = Window(from_offsets=parse_offsets("1"), to_offsets=parse_offsets("3,0:2"))
    inside = [s for s in sent if 1 <= s.offset < (2 if s.partition == 0 else 3)]
    docs = await run_replay(kafka_bootstrap, topic, window, raw_mode=True)
    assert [(d["event_id"], d["revision"]) for d in docs] == [(f"evt_{s.n:020d}", s.revision) for s in inside]
    assert inside, "the plan spreads over the partitions"


async def test_filters_select_like_subscriptions(kafka_bootstrap: str, events_topic: tuple) -> None:
    _, topic, _ = events_topic
    docs = await run_replay(kafka_bootstrap, topic, Window(), languages=["en"])  # only updated events
    assert sorted(d["event_id"][-1] for d in docs) == ["0", "1", "2", "3"]
    none = await run_replay(kafka_bootstrap, topic, Window(), types=["appeal"])
    assert none == []


async def test_replay_ends_while_a_producer_keeps_writing(kafka_bootstrap: str, events_topic: tuple) -> None:
    _, topic, _ = events_topic
    stop = asyncio.Event()

    async def keep_writing() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        await producer.start()
        try:
            i = 100
            while not stop.is_set():
                await producer.send_and_wait(topic, raw(message(i)), key=b"k%d" % i)
                i += 1
        finally:
            await producer.stop()

    writer = asyncio.create_task(keep_writing())
    try:
        await asyncio.sleep(0.5)
        docs = await asyncio.wait_for(run_replay(kafka_bootstrap, topic, Window()), timeout=60)
        assert len(docs) >= 7
    finally:
        stop.set()
        await writer


async def test_tail_follows_new_messages_with_filters(kafka_bootstrap: str, events_topic: tuple) -> None:
    _, topic, _ = events_topic
    seen: list[Output] = []
    stop = asyncio.Event()
    task = asyncio.create_task(
        tail(kafka_bootstrap, topic, build_filters(languages=["en"]), seen.append, stop=stop, poll_ms=200)
    )
    try:
        await asyncio.sleep(3)  # positioned at the end: history is not shown
        assert seen == []
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        await producer.start()
        try:
            await producer.send_and_wait(topic, raw(message(20, 0)), key=b"a")  # French only: filtered out
            await producer.send_and_wait(topic, raw(message(21, 1)), key=b"b")
        finally:
            await producer.stop()
        deadline = time.monotonic() + 20
        while not seen and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert [o.doc["event_id"] for o in seen] == [f"evt_{21:020d}"]
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)


def test_the_command_honours_the_topic_prefix(
    kafka_bootstrap: str, events_topic: tuple, tmp_path: Path
) -> None:
    prefix, _, sent = events_topic
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=kafka_bootstrap,
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_DATA_DIR=str(tmp_path / "data"),
    )
    # streams.cli imports the commands once the lead wires them in; until then import them here.
    script = "import streams.history.commands, streams.cli; streams.cli.main()"
    out = tmp_path / "window.csv"
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((BASE_MS + 3_000) / 1000))
    until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((BASE_MS + 9_000) / 1000))
    args = ["replay", "--since", since, "--until", until, "--output", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    rows = out.read_text().splitlines()
    assert rows[0].startswith("kind,event_id,revision") and len(rows) == 1 + 5
    assert b"wrote 5 events" in done.stderr
    jsonl = subprocess.run(
        [sys.executable, "-c", script, "replay", "--raw", "--quiet"],
        env=env,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert jsonl.returncode == 0, jsonl.stderr.decode()[-3000:]
    lines = jsonl.stdout.splitlines()
    assert len(lines) == len(sent) and all(validate(SCHEMA, json.loads(line)) is None for line in lines)


async def test_a_missing_topic_is_named_with_its_fix(kafka_bootstrap: str, unique_name: NameFactory) -> None:
    with pytest.raises(TopicNotFound) as info:
        await replay(
            kafka_bootstrap, unique_name("absent"), Window(), build_filters(), JsonlWriter(io.BytesIO())
        )
    assert "STREAMS_TOPIC_PREFIX" in info.value.fix
