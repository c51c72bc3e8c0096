"""A running worker never alerts on reprocessed events.

Two versions are reprocessed under a topic prefix; then the raw-items history is removed (otherwise the
live pipeline would alert on it) and a real `streams worker` starts on that prefix, alerting to the local
Slack server with no age limit, so it would alert on any event it read. A fresh item then goes through the
live pipeline: its alert is the only message Slack receives and the only story written.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from streams import topics
from streams.clock import now_iso
from streams.history.reprocess import reprocess
from streams.history.versions import list_topics, message_counts, topic_names
from streams.ids import item_id
from streams.records import EventMessage, RawItem
from tests.history.test_reprocess import CHANGED, CHANGED_RULE, CURRENT, HISTORY
from tests.history.test_reprocess_kafka import add_history
from tests.integration.feeds import OLD_NEWS, rss
from tests.integration.harness import TOKEN, Worker, one_feed_yaml, produce, read_topic, worker_env
from tests.kafka_fixture import NameFactory
from tests.servers.feed_server import FeedServer
from tests.servers.slack_server import SlackServer

pytestmark = pytest.mark.integration


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer(token=TOKEN, channels=("alerts",)) as server:
        yield server


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        server.set_feed("/dpa.xml", rss(OLD_NEWS), etag='"v1"')  # backfill only: never alerts
        yield server


def fresh_fine() -> RawItem:
    url = "https://ico.example/zenith-telecom-fine"
    now = now_iso()
    return RawItem(
        item_id=item_id("ico", url),
        feed_id="ico",
        source="Information Commissioner's Office",
        source_kind="regulator",
        url=url,
        title="ICO fines Zenith Telecom £2 million over nuisance calls",
        summary="The Information Commissioner's Office has fined Zenith Telecom £2 million after millions of "
        "unsolicited marketing calls.",
        first_seen=now,
        published=now,
        language="en",
        jurisdiction="UK",
    )


async def test_a_running_worker_alerts_nothing_of_a_reprocess(
    kafka_bootstrap: str,
    unique_name: NameFactory,
    tmp_path: Path,
    slack: SlackServer,
    feed_server: FeedServer,
) -> None:
    name = unique_name("rpw")
    prefix = name + "."
    await add_history(kafka_bootstrap, prefix)
    await reprocess(kafka_bootstrap, prefix, CURRENT, partitions=4)
    await reprocess(kafka_bootstrap, prefix, CHANGED_RULE, partitions=4)
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.delete_topics([prefix + topics.RAW_ITEMS.name])
    finally:
        await admin.close()
    deadline = time.monotonic() + 60
    while prefix + topics.RAW_ITEMS.name in await list_topics(kafka_bootstrap):
        assert time.monotonic() < deadline, "raw-items was not deleted"
        time.sleep(0.2)

    feeds = one_feed_yaml(tmp_path / "feeds.yaml", feed_server.url("/dpa.xml"))
    env = worker_env(
        kafka_bootstrap,
        name,
        tmp_path,
        STREAMS_FEEDS_FILE=str(feeds),
        STREAMS_SLACK_TOKEN=TOKEN,
        STREAMS_SLACK_BASE_URL=slack.base_url,
        STREAMS_SLACK_CHANNEL="#alerts",
        STREAMS_ALERT_MAX_AGE_HOURS="1000000",  # any event it read would alert, however old
    )
    worker = Worker(env, tmp_path / "worker.log").start()
    try:
        sentinel = fresh_fine()
        await produce(kafka_bootstrap, prefix + topics.RAW_ITEMS.name, sentinel.item_id, sentinel.dumps())
        got = slack.wait_for_messages(1, timeout=120)
        assert len(got) >= 1, f"the fresh item was not alerted; worker log:\n{worker.log_tail()}"
        stories = await read_topic(
            kafka_bootstrap, prefix + topics.STORIES.name, EventMessage, until=lambda m: len(m) >= 1
        )
    finally:
        worker.stop()
    assert [m.text for m in slack.messages if "Zenith" not in (m.text or "")] == [], "only the fresh item"
    assert len(slack.messages) == 1
    assert [s.event.title for s in stories] == [sentinel.title]
    counts = await message_counts(
        kafka_bootstrap,
        [*topic_names(prefix, CURRENT.version).values(), *topic_names(prefix, CHANGED).values()],
    )
    assert list(counts.values()) == [6, 6, 6, 6], "the reprocessed versions are still there, untouched"
    assert len(HISTORY) == 7
