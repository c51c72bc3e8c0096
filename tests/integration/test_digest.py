"""Digest subscriptions end to end: a real `streams worker` on the session's broker, a local feed server and
the local Slack-compatible server.

The digest is daily at a time twelve hours away, so the worker's own ticks (every 30 s, on the leader) never
find it due during the test. The test then sends the tick the leader would send just after that
time: ticks carry their own time, which is what lets a test stand in for the clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from streams import topics
from streams.clock import iso, now_iso, utcnow
from streams.records import AlertDelivery, DigestInput, PollRequest, RawItem
from tests.integration.feeds import FINE, OLD_NEWS, SECOND_FINE, rss
from tests.integration.harness import (
    FEED_ID,
    TOKEN,
    Worker,
    one_feed_yaml,
    produce,
    read_topic,
    worker_env,
)
from tests.notify.slack_faults import FaultySlack
from tests.servers.feed_server import FeedServer

pytestmark = pytest.mark.integration
SUB = "morning"


def digest_time(now: datetime) -> datetime:
    """Twelve hours from now, to the minute: the digest's daily time (UTC), and its next scheduled send."""
    return (now + timedelta(hours=12)).replace(second=0, microsecond=0)


@pytest.fixture
def slot() -> datetime:
    return digest_time(utcnow())


@pytest.fixture
def worker(
    kafka_bootstrap: str,
    unique_name,
    tmp_path: Path,
    feed_server: FeedServer,
    slack: FaultySlack,
    slot: datetime,
) -> Iterator[Worker]:
    name = unique_name("digest")
    one_feed_yaml(tmp_path / "feeds.yaml", feed_server.url("/dpa.xml"))
    (tmp_path / "subscriptions.yaml").write_text(
        "subscriptions:\n"
        f"  - name: {SUB}\n    destination: slack\n    channel: '#alerts'\n    mode: digest\n"
        f'    digest: {{every: daily, at: "{slot:%H:%M}", timezone: UTC}}\n'
    )
    env = worker_env(
        kafka_bootstrap,
        name,
        tmp_path,
        STREAMS_FEEDS_FILE=str(tmp_path / "feeds.yaml"),
        STREAMS_SLACK_TOKEN=TOKEN,
        STREAMS_SLACK_BASE_URL=slack.base_url,
    )
    w = Worker(env, tmp_path / "worker.log")
    w.prefix = f"{name}."  # type: ignore[attr-defined]
    yield w
    if w.proc is not None:
        w.stop()


async def tick(bootstrap: str, prefix: str, at: datetime) -> None:
    """The tick the leader's timer sends, as if the clock read `at`."""
    message = DigestInput(subscription=SUB, kind="tick", at=iso(at))
    await produce(bootstrap, prefix + topics.DIGESTS.name, SUB, message.dumps())


async def two_events_held(bootstrap: str, worker: Worker, feed_server: FeedServer) -> str:
    """Start the worker, let it poll the feed twice (backfill, then two fines); wait until both are held."""
    prefix: str = worker.prefix  # type: ignore[attr-defined]
    worker.start()
    items = await read_topic(
        bootstrap, prefix + topics.RAW_ITEMS.name, RawItem, until=lambda got: len(got) >= 1, timeout=90
    )
    assert items and items[0].backfill, f"no backfill poll; log:\n{worker.log_tail()}"
    feed_server.set_feed("/dpa.xml", rss(SECOND_FINE, FINE, OLD_NEWS), etag='"v2"')
    request = PollRequest(feed_id=FEED_ID, requested_at=now_iso(), reason="manual")
    await produce(bootstrap, prefix + topics.POLL_REQUESTS.name, FEED_ID, request.dumps())
    adds = await read_topic(
        bootstrap,
        prefix + topics.DIGESTS.name,
        DigestInput,
        until=lambda got: sum(m.kind == "add" for m in got) >= 2,
        timeout=90,
    )
    assert sum(m.kind == "add" for m in adds) == 2, f"log:\n{worker.log_tail()}"
    return prefix


def settle(seconds: float) -> None:
    """Give a wrong (early or repeated) digest time to arrive before asserting that none did."""
    time.sleep(seconds)


def wait_for_messages(slack: FaultySlack, count: int, worker: Worker) -> None:
    got = slack.wait_for_messages(count, timeout=90)
    assert len(got) >= count, f"{len(got)} Slack message(s), expected {count}; log:\n{worker.log_tail()}"


async def test_a_daily_digest_lists_its_events_once_at_its_time(
    kafka_bootstrap: str, feed_server: FeedServer, slack: FaultySlack, worker: Worker, slot: datetime
) -> None:
    prefix = await two_events_held(kafka_bootstrap, worker, feed_server)
    await tick(kafka_bootstrap, prefix, utcnow())
    settle(5)
    assert slack.messages == [], "no immediate alert, and no digest before its time"

    await tick(kafka_bootstrap, prefix, slot + timedelta(minutes=1))
    wait_for_messages(slack, 1, worker)
    [digest] = slack.messages
    assert digest.text is not None and digest.text.startswith(f"Digest: 2 enforcement events ({SUB})")
    assert "Litware" in digest.text and "Fabrikam" in digest.text and digest.thread_ts is None

    # The same slot again (a repeated tick, a second leader) sends nothing.
    await tick(kafka_bootstrap, prefix, slot + timedelta(minutes=1))
    await tick(kafka_bootstrap, prefix, slot + timedelta(hours=2))
    settle(5)
    assert len(slack.messages) == 1
    alerts = await read_topic(
        kafka_bootstrap,
        prefix + topics.ALERTS.name,
        AlertDelivery,
        until=lambda got: sum(a.status == "sent" for a in got) >= 2,
    )
    assert sorted(a.status for a in alerts) == ["queued", "queued", "sent", "sent"]
    assert {a.ts for a in alerts if a.status == "sent"} == {digest.ts}


async def test_a_kill_during_the_digest_send_resends_at_most_that_digest(
    kafka_bootstrap: str, feed_server: FeedServer, slack: FaultySlack, worker: Worker, slot: datetime
) -> None:
    prefix = await two_events_held(kafka_bootstrap, worker, feed_server)
    slack.hold_after_accepting("Digest:")
    await tick(kafka_bootstrap, prefix, slot + timedelta(minutes=1))
    assert slack.held.wait(90), f"the digest never reached Slack; log:\n{worker.log_tail()}"
    worker.kill()

    worker.start()
    await tick(kafka_bootstrap, prefix, slot + timedelta(minutes=2))  # the next tick of the same slot
    await read_topic(  # the restarted worker has recorded a digest: its two events were sent
        kafka_bootstrap,
        prefix + topics.ALERTS.name,
        AlertDelivery,
        until=lambda got: sum(a.status == "sent" for a in got) >= 2,
        timeout=90,
    )
    settle(5)
    resent = len(slack.messages) - 1
    print(f"\nmeasured: the digest in flight at the kill was re-sent {resent} time(s)")
    assert 0 <= resent <= 1, [m.text for m in slack.messages]
    assert all((m.text or "").startswith("Digest: 2 enforcement events") for m in slack.messages)
