"""One item end to end on the real broker: HTTP feed -> poller -> classify -> dedup -> events -> Slack.

A real `streams worker` process runs against the session's Kafka broker, a local feed server and a local
Slack-compatible server that the real slack_sdk client talks to. The first poll of a feed is backfill and
never alerts; a manual poll request then picks up the new item at once.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from streams import topics
from streams.records import AlertDelivery, EventMessage, RawItem
from tests.integration.feeds import FINE, OLD_NEWS, SECOND_FINE, rss
from tests.integration.harness import (
    FEED_ID,
    TOKEN,
    Worker,
    one_feed_yaml,
    read_topic,
    request_poll,
    worker_env,
)
from tests.servers.feed_server import FeedServer
from tests.servers.slack_server import SlackServer

pytestmark = pytest.mark.integration


@pytest.fixture
def worker(kafka_bootstrap: str, unique_name, tmp_path: Path, feed_server: FeedServer, slack: SlackServer):
    name = unique_name("e2e")
    feeds_file = tmp_path / "feeds.yaml"
    one_feed_yaml(feeds_file, feed_server.url("/dpa.xml"))
    env = worker_env(
        kafka_bootstrap,
        name,
        tmp_path,
        STREAMS_FEEDS_FILE=str(feeds_file),
        STREAMS_SLACK_TOKEN=TOKEN,
        STREAMS_SLACK_BASE_URL=slack.base_url,
        STREAMS_SLACK_CHANNEL="#alerts",
    )
    w = Worker(env, tmp_path / "worker.log")
    w.name = name  # type: ignore[attr-defined]
    yield w
    if w.proc is not None:
        w.stop()


async def wait_for_raw_items(bootstrap: str, prefix: str, count: int, worker: Worker) -> list[RawItem]:
    items = await read_topic(
        bootstrap, prefix + topics.RAW_ITEMS.name, RawItem, until=lambda got: len(got) >= count, timeout=90
    )
    assert len(items) >= count, (
        f"expected {count} raw items, got {len(items)}; worker log:\n{worker.log_tail()}"
    )
    return items


def expect_slack(slack: SlackServer, count: int, worker: Worker, timeout: float = 60) -> None:
    got = slack.wait_for_messages(count, timeout=timeout)
    assert len(got) >= count, (
        f"{len(got)} Slack message(s), expected {count}; worker log:\n{worker.log_tail()}"
    )


async def wait_for_slack_deliveries(bootstrap: str, prefix: str, count: int) -> None:
    """The delivery record is flushed together with the ledger entry: after it, a crash re-sends nothing."""
    deliveries = await read_topic(
        bootstrap,
        prefix + topics.ALERTS.name,
        AlertDelivery,
        until=lambda got: sum(a.status == "sent" and a.sink == "slack" for a in got) >= count,
    )
    assert sum(a.status == "sent" and a.sink == "slack" for a in deliveries) >= count


def settle(slack: SlackServer, seconds: float) -> None:
    """Give a wrongly re-sent alert time to arrive before asserting that none did."""
    time.sleep(seconds)


async def test_a_new_item_travels_from_the_feed_to_a_slack_message(
    kafka_bootstrap: str, feed_server: FeedServer, slack: SlackServer, worker: Worker
) -> None:
    prefix = f"{worker.name}."  # type: ignore[attr-defined]
    worker.start()
    backfill = await wait_for_raw_items(kafka_bootstrap, prefix, 1, worker)
    assert backfill[0].backfill, "items present at the first poll are backfill"

    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')
    await request_poll(kafka_bootstrap, prefix)

    expect_slack(slack, 1, worker)
    [message] = slack.messages
    assert "Litware" in message.text and "3" in message.text
    events = await read_topic(
        kafka_bootstrap, prefix + topics.EVENTS.name, EventMessage, until=lambda got: len(got) >= 1
    )
    assert [(e.kind, e.event.primary, e.event.companies) for e in events] == [
        ("new", "fine", ["Litware Cloud"])
    ]
    alerts = await read_topic(
        kafka_bootstrap,
        prefix + topics.ALERTS.name,
        AlertDelivery,
        # (the default subscriptions send to the console too: its "sent" record may come first)
        until=lambda got: any(a.status == "sent" and a.sink == "slack" for a in got),
        timeout=90,
    )
    sent = [a for a in alerts if a.status == "sent" and a.sink == "slack"]
    assert len(sent) == 1 and sent[0].ts == message.ts, (
        f"alert records: {[(a.status, a.sink, a.error) for a in alerts]}; worker log:\n{worker.log_tail()}"
    )

    # The worker exposes the health of the feeds it owns for monitoring.
    async with httpx.AsyncClient() as client:
        health = (await client.get(f"http://127.0.0.1:{worker.env['STREAMS_WEB_PORT']}/feeds/")).json()
    [feed] = health["feeds"]
    assert feed["feed_id"] == FEED_ID and feed["failures"] == 0 and feed["last_success"]
    assert health["ok"] == feed["ok"]  # (staleness depends on today's date versus the items' dates)


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
async def test_a_restarted_worker_resends_nothing_and_loses_nothing(
    how: str, kafka_bootstrap: str, feed_server: FeedServer, slack: SlackServer, worker: Worker
) -> None:
    prefix = f"{worker.name}."  # type: ignore[attr-defined]
    worker.start()
    await wait_for_raw_items(kafka_bootstrap, prefix, 1, worker)
    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')
    await request_poll(kafka_bootstrap, prefix)
    expect_slack(slack, 1, worker)
    await wait_for_slack_deliveries(kafka_bootstrap, prefix, 1)

    if how == "SIGKILL":
        worker.kill()
    else:
        assert worker.stop() in (0, -15)
    # While the worker is down, the feed gains an item: it must not be lost.
    feed_server.set_feed("/dpa.xml", rss(SECOND_FINE, FINE, OLD_NEWS), etag='"v3"')
    worker.start()
    await request_poll(kafka_bootstrap, prefix)

    expect_slack(slack, 2, worker, timeout=90)
    settle(slack, 8)
    texts = [m.text for m in slack.messages]
    assert len(texts) == 2, texts
    assert any("Litware" in t for t in texts) and any("Fabrikam" in t for t in texts)

    # The poller emitted every item exactly once across the restart: backfill, then each fine.
    items = await read_topic(
        kafka_bootstrap, prefix + topics.RAW_ITEMS.name, RawItem, until=lambda _: False, timeout=5
    )
    identities = [(i.item_id, i.revision) for i in items]
    assert len(identities) == len(set(identities)) == 3, identities
