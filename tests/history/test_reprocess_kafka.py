"""`streams reprocess` and `streams diff` on the real broker.

A raw-items history (see test_reprocess: a fine two outlets report, a ruling two outlets report, an order,
an appeal, a product launch) is reprocessed with the current rules and with a changed rule; the diff of the
two versions is exactly what the rule changed, nothing reaches a topic that leads to an alert, and every
message written validates against the committed JSON Schemas.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams import topics
from streams.classify import CLASSIFIER_VERSION
from streams.history.bounds import Window
from streams.history.diff import diff
from streams.history.reader import TopicNotFound, consumer_for, partitions_of, plan_window, read_window
from streams.history.reprocess import reprocess
from streams.history.sides import read_side
from streams.history.validate import compile_schema, validate
from streams.history.versions import VersionError, list_topics, topic_names
from tests.history.test_reprocess import (
    CHANGED,
    CHANGED_RULE,
    CURRENT,
    HISTORY,
    LAUNCH,
    check_expected_diff,
    event_id_of,
)
from tests.kafka_fixture import NameFactory

pytestmark = pytest.mark.integration
ROOT = Path(__file__).parents[2]
PARTITIONS = 3
BASE_MS = (int(time.time()) - 3600) * 1000  # recent: the broker never ages these out during the test
SCHEMAS = {
    spec: compile_schema(json.loads((ROOT / "schemas" / f"{spec.name}.json").read_text()))
    for spec in (topics.RAW_ITEMS, topics.CANDIDATES, topics.EVENTS)
}


async def add_history(bootstrap: str, prefix: str) -> None:
    """HISTORY on `<prefix>enforcement.raw-items.v1`, one item a second, in several partitions."""
    topic = prefix + topics.RAW_ITEMS.name
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, PARTITIONS, 1, topic_configs={"retention.ms": "-1"})])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        # Sent newest first: reprocessing orders the items itself.
        for k, item in reversed(list(enumerate(HISTORY))):
            value = item.dumps()
            assert validate(SCHEMAS[topics.RAW_ITEMS], json.loads(value)) is None
            await producer.send_and_wait(
                topic, value, key=item.item_id.encode(), timestamp_ms=BASE_MS + k * 1000
            )
    finally:
        await producer.stop()


@pytest.fixture
async def history(kafka_bootstrap: str, unique_name: NameFactory) -> AsyncIterator[str]:
    """A topic prefix whose raw-items topic holds HISTORY."""
    prefix = unique_name("rp") + "."
    await add_history(kafka_bootstrap, prefix)
    yield prefix


async def read_all(bootstrap: str, topic: str) -> list[Any]:
    """Every record of `topic` up to its end offsets, in (partition, offset) order."""
    consumer = consumer_for(bootstrap)
    await consumer.start()
    records: list[Any] = []
    try:
        read = await plan_window(consumer, topic, await partitions_of(bootstrap, topic), Window())
        async for batch in read_window(consumer, read):
            records.extend(batch)
    finally:
        await consumer.stop()
    assert not read.incomplete
    return sorted(records, key=lambda r: (r.partition, r.offset))


async def check_written(bootstrap: str, prefix: str, version: str) -> dict[str, list[Any]]:
    """The version's topics: every message validates and is keyed as on the live topics."""
    written = {}
    for spec, name in topic_names(prefix, version).items():
        records = await read_all(bootstrap, name)
        for r in records:
            doc = json.loads(r.value)
            assert validate(SCHEMAS[spec], doc) is None, (name, r.offset)
            key = doc["case_key"] if spec is topics.CANDIDATES else doc["event_id"]
            assert r.key == key.encode()
        written[spec.name] = records
    return written


async def test_reprocess_with_a_changed_rule_gives_the_expected_diff_and_alerts_nobody(
    kafka_bootstrap: str, history: str
) -> None:
    prefix = history
    current = await reprocess(kafka_bootstrap, prefix, CURRENT, partitions=PARTITIONS)
    changed = await reprocess(kafka_bootstrap, prefix, CHANGED_RULE, partitions=PARTITIONS)
    assert (current.items, current.candidates, current.events, current.malformed) == (7, 6, 4, 0)
    assert (changed.items, changed.candidates, changed.events, changed.malformed) == (7, 6, 5, 0)

    a = await read_side(kafka_bootstrap, prefix, CLASSIFIER_VERSION)
    b = await read_side(kafka_bootstrap, prefix, CHANGED)
    check_expected_diff(diff(CLASSIFIER_VERSION, a, CHANGED, b))

    written_a = await check_written(kafka_bootstrap, prefix, CLASSIFIER_VERSION)
    written_b = await check_written(kafka_bootstrap, prefix, CHANGED)
    assert (
        len(written_a[topics.CANDIDATES.name]) == 6
        and len(written_b[topics.EVENTS.name]) == changed.messages == 6
    )
    launch = [r for r in written_b[topics.EVENTS.name] if r.key == event_id_of(LAUNCH).encode()]
    assert [r.timestamp for r in launch] == [BASE_MS + HISTORY.index(LAUNCH) * 1000], "the item's own time"

    # Nothing else was written under the prefix: no live events, stories, digests or alerts topic even
    # exists, so no notifier can have seen these events.
    mine = {t for t in await list_topics(kafka_bootstrap) if t.startswith(prefix)}
    assert mine == {
        prefix + topics.RAW_ITEMS.name,
        *topic_names(prefix, CLASSIFIER_VERSION).values(),
        *topic_names(prefix, CHANGED).values(),
    }


async def test_a_version_with_data_is_refused_until_replaced_and_replacing_writes_the_same(
    kafka_bootstrap: str, history: str
) -> None:
    prefix = history
    await reprocess(kafka_bootstrap, prefix, CURRENT, partitions=PARTITIONS)
    first = await check_written(kafka_bootstrap, prefix, CLASSIFIER_VERSION)
    with pytest.raises(VersionError) as info:
        await reprocess(kafka_bootstrap, prefix, CURRENT, partitions=PARTITIONS)
    assert "already hold data" in info.value.problem and "--replace" in info.value.fix

    await reprocess(kafka_bootstrap, prefix, CURRENT, partitions=PARTITIONS, replace=True)
    again = await check_written(kafka_bootstrap, prefix, CLASSIFIER_VERSION)

    def content(written: dict[str, list[Any]]) -> dict[str, list[tuple[int, int, bytes, bytes, int]]]:
        return {
            n: [(r.partition, r.offset, r.key, r.value, r.timestamp) for r in rs] for n, rs in written.items()
        }

    assert content(again) == content(first), "deterministic: the same messages at the same offsets"


def streams_cli(
    args: list[str], prefix: str, bootstrap: str, tmp: Path
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=bootstrap,
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_PARTITIONS=str(PARTITIONS),
        STREAMS_DATA_DIR=str(tmp / "data"),
    )
    script = "import streams.history.commands, streams.cli; streams.cli.main()"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        timeout=180,
        cwd=ROOT,
        check=False,
    )


async def test_the_commands_reprocess_and_diff(kafka_bootstrap: str, history: str, tmp_path: Path) -> None:
    prefix = history
    done = streams_cli(["reprocess"], prefix, kafka_bootstrap, tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    summary = done.stderr.decode()
    assert f"reprocessed as {CLASSIFIER_VERSION}: 7 items read, 6 candidates, 4 events" in summary
    assert topic_names(prefix, CLASSIFIER_VERSION)[topics.EVENTS] in summary

    refused = streams_cli(["reprocess"], prefix, kafka_bootstrap, tmp_path)
    assert refused.returncode == 2 and b"--replace" in refused.stderr

    await reprocess(kafka_bootstrap, prefix, CHANGED_RULE, partitions=PARTITIONS)
    compared = streams_cli(
        ["diff", CLASSIFIER_VERSION, CHANGED, "--json", "--exit-code"], prefix, kafka_bootstrap, tmp_path
    )
    assert compared.returncode == 1, compared.stderr.decode()[-3000:]
    report = json.loads(compared.stdout)
    assert report["counts"] == {
        "unchanged": 1,
        "changed": 1,
        "merged": 0,
        "split": 1,
        "regrouped": 0,
        "only_a": 1,
        "only_b": 1,
    }
    text = streams_cli(["diff", CHANGED, CLASSIFIER_VERSION], prefix, kafka_bootstrap, tmp_path)
    assert text.returncode == 0, text.stderr.decode()[-3000:]
    lines = text.stdout.decode().splitlines()
    assert lines[1] == (
        f"1 unchanged, 1 changed, 1 merged, 0 split, 0 regrouped, 1 only in {CHANGED}, "
        f"1 only in {CLASSIFIER_VERSION}"
    )

    missing = streams_cli(["diff", "live", CHANGED], prefix, kafka_bootstrap, tmp_path)
    assert missing.returncode == 2
    assert f"versions here: {CLASSIFIER_VERSION}, {CHANGED}".encode() in missing.stderr


async def test_a_dry_run_writes_nothing_and_a_missing_history_is_named(
    kafka_bootstrap: str, history: str, unique_name: NameFactory
) -> None:
    stats = await reprocess(kafka_bootstrap, history, CHANGED_RULE, partitions=PARTITIONS, dry_run=True)
    assert (stats.items, stats.candidates, stats.events) == (7, 6, 5)
    assert {t for t in await list_topics(kafka_bootstrap) if t.startswith(history)} == {
        history + topics.RAW_ITEMS.name
    }
    window = Window(since_ms=BASE_MS + 2_000, until_ms=BASE_MS + 5_000)  # the ruling's two reports, the order
    part = await reprocess(kafka_bootstrap, history, CURRENT, window=window, dry_run=True)
    assert (part.items, part.candidates, part.events) == (3, 3, 2)
    empty = unique_name("rp-none") + "."
    with pytest.raises(TopicNotFound) as info:
        await reprocess(kafka_bootstrap, empty, CURRENT, partitions=PARTITIONS)
    assert "STREAMS_TOPIC_PREFIX" in info.value.fix
    assert not [t for t in await list_topics(kafka_bootstrap) if t.startswith(empty)], "nothing created"
