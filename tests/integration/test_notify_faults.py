"""The notifier under Slack faults, end to end: a real `streams worker` on the session's broker, a local feed
server, and a local Slack-compatible server that the real slack_sdk client talks to.

1. A worker killed between the Slack call and the ledger write re-sends at most that one alert.
2. An outage that outlasts many retries (ten minutes in production, seconds here) delays alerts but loses
   none, sends none twice, and keeps the channel's order: nothing overtakes the alert being retried.
3. When Slack stays down past the retry budget the alert is re-queued, and each re-queued copy waits before
   it is tried again (doubling per re-queue, honouring Retry-After, at most the budget; the growth itself
   is pinned in tests/notify/test_requeue.py): the re-queue path never loops hot, and the alert still
   arrives once.

Times are scaled down through the retry settings (budget, longest backoff); waits are generous and every
assertion is about what arrived, never about how fast.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from streams import topics
from streams.records import AlertDelivery, EventMessage, RawItem
from tests.integration.feeds import FINE, OLD_NEWS, SECOND_FINE, rss
from tests.integration.harness import (
    TOKEN,
    Worker,
    one_feed_yaml,
    read_topic,
    request_poll,
    worker_env,
)
from tests.notify.slack_faults import FaultySlack
from tests.servers.feed_server import FeedServer

pytestmark = pytest.mark.integration
LITWARE, FABRIKAM = "Litware", "Fabrikam"  # the companies of FINE and SECOND_FINE


@pytest.fixture
def make_worker(
    kafka_bootstrap: str, unique_name, tmp_path: Path, feed_server: FeedServer, slack: FaultySlack
):
    """A worker factory: `make_worker(**settings)`; every worker it made is stopped at the end."""
    made: list[Worker] = []
    feeds_file = tmp_path / "feeds.yaml"
    one_feed_yaml(feeds_file, feed_server.url("/dpa.xml"))

    def make(**overrides: str) -> Worker:
        name = unique_name("faults")
        env = worker_env(
            kafka_bootstrap,
            name,
            tmp_path,
            STREAMS_FEEDS_FILE=str(feeds_file),
            STREAMS_SLACK_TOKEN=TOKEN,
            STREAMS_SLACK_BASE_URL=slack.base_url,
            STREAMS_SLACK_CHANNEL="#alerts",
            **overrides,
        )
        worker = Worker(env, tmp_path / "worker.log")
        worker.prefix = f"{name}."  # type: ignore[attr-defined]
        made.append(worker)
        return worker

    yield make
    for worker in made:
        if worker.proc is not None:
            worker.stop()


async def started_after_backfill(bootstrap: str, worker: Worker) -> str:
    """Start the worker and wait for its first poll (backfill, which never alerts); returns the prefix."""
    prefix: str = worker.prefix  # type: ignore[attr-defined]
    worker.start()
    items = await read_topic(
        bootstrap, prefix + topics.RAW_ITEMS.name, RawItem, until=lambda got: len(got) >= 1, timeout=90
    )
    assert items and items[0].backfill, f"no backfill poll; worker log:\n{worker.log_tail()}"
    return prefix


async def events_emitted(bootstrap: str, prefix: str, count: int, worker: Worker) -> list[EventMessage]:
    events = await read_topic(
        bootstrap, prefix + topics.EVENTS.name, EventMessage, until=lambda got: len(got) >= count, timeout=90
    )
    assert len(events) >= count, f"{len(events)} event(s), expected {count}; log:\n{worker.log_tail()}"
    return events


async def deliveries(bootstrap: str, prefix: str, until_sent: int) -> list[AlertDelivery]:
    return await read_topic(
        bootstrap,
        prefix + topics.ALERTS.name,
        AlertDelivery,
        until=lambda got: sum(a.status == "sent" and a.sink == "slack" for a in got) >= until_sent,
        timeout=90,
    )


def wait_for(condition, timeout: float, what: str, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}; worker log:\n{worker.log_tail()}"
        time.sleep(0.05)


def copies(slack: FaultySlack, company: str) -> int:
    return sum(company in (m.text or "") for m in slack.messages)


def settle(seconds: float) -> None:
    """Give a wrongly repeated alert time to arrive before asserting that none did."""
    time.sleep(seconds)


async def test_a_kill_between_the_slack_call_and_the_ledger_write_resends_at_most_that_alert(
    kafka_bootstrap: str, feed_server: FeedServer, slack: FaultySlack, make_worker
) -> None:
    worker = make_worker()
    prefix = await started_after_backfill(kafka_bootstrap, worker)
    # A first alert goes all the way: Slack has it and the ledger recorded it.
    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')
    await request_poll(kafka_bootstrap, prefix)
    await deliveries(kafka_bootstrap, prefix, until_sent=1)

    # The second alert reaches Slack, but the worker dies before it hears back and writes its ledger.
    slack.hold_after_accepting(FABRIKAM)
    feed_server.set_feed("/dpa.xml", rss(SECOND_FINE, FINE, OLD_NEWS), etag='"v3"')
    await request_poll(kafka_bootstrap, prefix)
    assert slack.held.wait(90), f"the second alert never reached Slack; log:\n{worker.log_tail()}"
    worker.kill()
    assert copies(slack, FABRIKAM) == 1

    worker.start()  # same app id and topics: it resumes where the killed worker stopped
    await deliveries(kafka_bootstrap, prefix, until_sent=2)
    settle(8)

    resent = copies(slack, FABRIKAM) - 1
    print(f"\nmeasured: the alert in flight at the kill was re-sent {resent} time(s)")
    assert copies(slack, LITWARE) == 1, "an alert whose ledger entry was written is never re-sent"
    assert 0 <= resent <= 1, [m.text for m in slack.messages]
    assert len(slack.messages) == 2 + resent


async def test_a_long_outage_delays_alerts_but_loses_none_and_keeps_their_order(
    kafka_bootstrap: str, feed_server: FeedServer, slack: FaultySlack, make_worker
) -> None:
    # Scaled down 60x: an outage of ~10 min against the production budget of 15 min.
    worker = make_worker(STREAMS_SLACK_RETRY_BUDGET_SECONDS="60", STREAMS_SLACK_RETRY_MAX_DELAY_SECONDS="1")
    prefix = await started_after_backfill(kafka_bootstrap, worker)
    slack.outage()

    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')
    await request_poll(kafka_bootstrap, prefix)
    wait_for(lambda: len(slack.calls) >= 2, 90, "the first alert to be retried", worker)
    # The second alert is queued while the first one is still being retried.
    feed_server.set_feed("/dpa.xml", rss(SECOND_FINE, FINE, OLD_NEWS), etag='"v3"')
    await request_poll(kafka_bootstrap, prefix)
    await events_emitted(kafka_bootstrap, prefix, 2, worker)
    settle(5)
    assert slack.messages == [], "nothing arrives during the outage"
    failed_calls = len(slack.calls)
    slack.end_outage()

    sent = await deliveries(kafka_bootstrap, prefix, until_sent=2)
    settle(5)
    texts = [m.text or "" for m in slack.messages]
    assert [LITWARE in texts[0], FABRIKAM in texts[1]] == [True, True], texts  # in order, nothing lost
    assert len(texts) == 2, texts  # nothing twice
    assert failed_calls >= 3, "the first alert was retried through the outage"
    slack_sent = [a for a in sent if a.sink == "slack" and a.status == "sent"]
    assert not [a for a in sent if a.status == "failed"], "the outage stayed within the retry budget"
    assert max(a.attempts for a in slack_sent) >= 3


async def test_an_outage_past_the_retry_budget_requeues_with_a_wait_and_loses_nothing(
    kafka_bootstrap: str, feed_server: FeedServer, slack: FaultySlack, make_worker
) -> None:
    # Every call answers 429 with a Retry-After of an hour, far past the 8 s budget: each send gives up
    # after one call and the alert is re-queued. Each re-queued copy waits before its next try: Retry-After,
    # at most the budget (8 s). Without that wait the copy is tried again at once, paced only by the
    # one-message-per-second spacing of the channel: about twenty calls in twenty seconds.
    worker = make_worker(STREAMS_SLACK_RETRY_BUDGET_SECONDS="8", STREAMS_SLACK_RETRY_MAX_DELAY_SECONDS="0.5")
    prefix = await started_after_backfill(kafka_bootstrap, worker)
    slack.throttle()
    feed_server.set_feed("/dpa.xml", rss(FINE, OLD_NEWS), etag='"v2"')
    await request_poll(kafka_bootstrap, prefix)
    wait_for(lambda: len(slack.calls) >= 1, 90, "the first call", worker)
    settle(20)
    calls = len(slack.calls)
    window = slack.calls[-1].at - slack.calls[0].at
    slack.end_throttle()

    alerts = await deliveries(kafka_bootstrap, prefix, until_sent=1)
    settle(5)
    print(f"\nmeasured: {calls} Slack calls in {window:.1f}s of throttling")
    assert 2 <= calls <= 8, calls  # about one per 8 s: 3 or 4
    requeued = [a for a in alerts if a.sink == "slack" and a.status == "failed"]
    assert len(requeued) >= 2 and all("gave up after 1 attempts" in (a.error or "") for a in requeued)
    assert copies(slack, LITWARE) == 1 and len(slack.messages) == 1
