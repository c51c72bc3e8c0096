"""Malformed messages on every input topic go to the dead-letter topic, and every stream goes on.

A real `streams worker` on the session's broker. To each of the six topics an agent reads, the test sends
garbage bytes, then JSON of the wrong shape, then a valid message, all with one key (so one partition, in
that order). It expects exactly one dead letter per bad message, naming its topic, partition and offset
and the decoding error, and the valid message processed after them: the agent did not stop.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from faust import Record

from streams import topics
from streams.classify import analyse
from streams.classify.candidate import to_candidate
from streams.clock import iso, now_iso, utcnow
from streams.errors import MalformedMessage
from streams.framing import lines
from streams.notify.preview import sample_message
from streams.records import (
    AlertDelivery,
    Candidate,
    DeadLetter,
    DigestInput,
    EventMessage,
    PollRequest,
    RawItem,
)
from streams.topics import TopicSpec
from streams.wire import decode
from tests.integration.feeds import FINE, OLD_NEWS, rss
from tests.integration.harness import FEED_ID, Worker, read_topic, worker_env
from tests.servers.feed_server import FeedServer

pytestmark = pytest.mark.integration
GARBAGE = b"\xff\xfe\x00 not json {"
DIGEST_SUB = "morning"
R = TypeVar("R", bound=Record)


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        server.set_feed("/dpa.xml", rss(OLD_NEWS), etag='"v1"')
        yield server


@pytest.fixture
def worker(
    kafka_bootstrap: str, unique_name: Any, tmp_path: Path, feed_server: FeedServer
) -> Iterator[Worker]:
    name = unique_name("deadletters")
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n"
        f"  - id: {FEED_ID}\n    name: Test DPA\n    url: {feed_server.url('/dpa.xml')}\n"
        "    kind: regulator\n    jurisdiction: FR\n    language: en\n    interval: 1h\n"
    )
    at = (utcnow() + timedelta(hours=12)).strftime("%H:%M")
    (tmp_path / "subscriptions.yaml").write_text(
        "subscriptions:\n"
        "  - name: now\n    destination: console\n"
        f"  - name: {DIGEST_SUB}\n    destination: console\n    mode: digest\n"
        f'    digest: {{every: daily, at: "{at}", timezone: UTC}}\n'
    )
    env = worker_env(kafka_bootstrap, name, tmp_path, STREAMS_FEEDS_FILE=str(tmp_path / "feeds.yaml"))
    w = Worker(env, tmp_path / "worker.log")
    w.prefix = f"{name}."  # type: ignore[attr-defined]
    yield w
    if w.proc is not None:
        w.stop()


def wrong_shape(valid: bytes) -> bytes:
    """The valid message with one field of the wrong JSON type; for event messages, a nested one."""
    doc = json.loads(valid)
    if "event" in doc and isinstance(doc["event"], dict):
        del doc["event"]["title"]  # Faust alone would only notice when an agent reads `event`
    elif isinstance(doc.get("message"), dict):
        doc["message"]["event"]["sources"] = [{"outlet": 5}]
    else:
        doc[next(iter(doc))] = ["not", "a", "string"]
    return json.dumps(doc).encode()


def raw_item(item_id: str) -> RawItem:
    return RawItem(
        item_id=item_id,
        feed_id="tech",
        source="Tech Policy Daily",
        source_kind="news",
        url="https://news.example/litware",
        title="Privacy regulator fines Litware €2 million",
        summary="The regulator fined Litware Ltd 2 million euros for unlawful tracking.",
        first_seen=now_iso(),
        language="en",
    )


def event_message(event_id: str) -> EventMessage:
    sample = sample_message()
    now = now_iso()
    state = sample.event.asdict() | {"event_id": event_id, "first_seen": now, "last_seen": now}
    return EventMessage(**sample.asdict() | {"event_id": event_id, "emitted_at": now, "event": state})


async def read_valid(
    bootstrap: str, topic: str, record: type[R], *, until: Callable[[list[R]], bool], timeout: float = 60.0
) -> list[R]:
    """Like the harness's `read_topic`, skipping the malformed messages this test put on the topic."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        metadata_max_age_ms=500,
    )
    await consumer.start()
    found: list[R] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not until(found):
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for rec in records:
                    for line in lines(rec.value):  # a candidates message may hold several
                        try:
                            found.append(decode(record, line))
                        except MalformedMessage:
                            continue
        return found
    finally:
        await consumer.stop()


async def send_three(producer: AIOKafkaProducer, topic: str, key: str, valid: bytes) -> list[tuple[int, int]]:
    """Garbage, wrong shape, valid: (partition, offset) of the two bad ones."""
    bad = []
    for value in (GARBAGE, wrong_shape(valid), valid):
        meta = await producer.send_and_wait(topic, value, key=key.encode())
        bad.append((meta.partition, meta.offset))
    return bad[:2]


async def test_malformed_messages_on_every_input_topic_are_dead_lettered_and_every_stream_goes_on(
    kafka_bootstrap: str, worker: Worker, feed_server: FeedServer
) -> None:
    prefix: str = worker.prefix  # type: ignore[attr-defined]

    def topic(spec: TopicSpec) -> str:
        return prefix + spec.name

    worker.start()
    backfill = await read_topic(kafka_bootstrap, topic(topics.RAW_ITEMS), RawItem, until=bool, timeout=90)
    assert backfill, f"the first poll never happened; log:\n{worker.log_tail()}"
    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')

    raw = raw_item("itm_deadletter000000raw")
    candidate = to_candidate(
        raw_item("itm_deadletter000000cnd"), analyse(raw.title, raw.summary, language="en")
    )
    digest_add = DigestInput(
        subscription=DIGEST_SUB, kind="add", at=now_iso(), message=event_message("evt_deadletter00000digest")
    )
    slot = utcnow() + timedelta(hours=12, minutes=1)
    sends: list[tuple[TopicSpec, str, bytes, str]] = [  # (topic, key, valid value, stage)
        (
            topics.POLL_REQUESTS,
            FEED_ID,
            PollRequest(feed_id=FEED_ID, requested_at=now_iso(), reason="manual").dumps(),
            "poll",
        ),
        (topics.RAW_ITEMS, raw.item_id, raw.dumps(), "classify"),
        (topics.CANDIDATES, candidate.case_key, candidate.dumps(), "dedup"),
        (
            topics.STORIES,
            "evt_deadletter000000story",
            event_message("evt_deadletter000000story").dumps(),
            "notify",
        ),
        (topics.DIGESTS, DIGEST_SUB, digest_add.dumps(), "digest"),
    ]
    expected: dict[tuple[str, int, int], str] = {}
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        for spec, key, valid, stage in sends:
            for partition, offset in await send_three(producer, topic(spec), key, valid):
                expected[(topic(spec), partition, offset)] = stage
        tick = DigestInput(subscription=DIGEST_SUB, kind="tick", at=iso(slot))
        await producer.send_and_wait(topic(topics.DIGESTS), tick.dumps(), key=DIGEST_SUB.encode())
    finally:
        await producer.stop()

    letters = await read_topic(
        kafka_bootstrap,
        topic(topics.DEAD_LETTERS),
        DeadLetter,
        until=lambda got: len(got) >= len(expected),
        timeout=90,
    )
    assert all(d.topic and d.partition is not None and d.offset is not None for d in letters), letters
    got = {(d.topic or "", d.partition or 0, d.offset or 0): d for d in letters}
    assert sorted(got) == sorted(expected), f"one dead letter per bad message; log:\n{worker.log_tail()}"
    assert len(letters) == len(expected), "and only one"
    for where, letter in got.items():
        assert letter.stage == expected[where] and letter.error_type == "MalformedMessage", letter
        assert letter.value and letter.error and not letter.retriable

    # Every valid message after the bad ones was processed: each agent went on.
    raw_items = await read_valid(
        kafka_bootstrap,
        topic(topics.RAW_ITEMS),
        RawItem,
        until=lambda got: any(i.guid == FINE.guid for i in got),
    )
    assert any(i.guid == FINE.guid for i in raw_items), "poll: the manual request was served"
    candidates = await read_valid(
        kafka_bootstrap,
        topic(topics.CANDIDATES),
        Candidate,
        until=lambda got: any(c.item_id == raw.item_id for c in got),
    )
    assert any(c.item_id == raw.item_id for c in candidates), "classify: the valid raw item was classified"
    events = await read_valid(
        kafka_bootstrap,
        topic(topics.EVENTS),
        EventMessage,
        until=lambda got: any(e.trigger_item_id == candidate.item_id for e in got),
    )
    assert any(e.trigger_item_id == candidate.item_id for e in events), (
        "dedup: the valid candidate made an event"
    )
    stories = await read_valid(
        kafka_bootstrap,
        topic(topics.STORIES),
        EventMessage,
        until=lambda got: any(m.trigger_item_id == candidate.item_id for m in got),
    )
    assert any(m.trigger_item_id == candidate.item_id for m in stories), "dedup: and its story copy"

    def alerted(got: list[AlertDelivery]) -> bool:
        ids = {(a.event_id, a.subscription) for a in got if a.status == "sent"}
        return {("evt_deadletter000000story", "now"), ("evt_deadletter00000digest", DIGEST_SUB)} <= ids

    alerts = await read_valid(kafka_bootstrap, topic(topics.ALERTS), AlertDelivery, until=alerted, timeout=90)
    assert alerted(alerts), f"notify and digest: the valid messages were delivered; log:\n{worker.log_tail()}"
