"""One event message to its subscriptions (streams.notify.deliver): immediate alerts are sent, digest
subscriptions get the message held for their digest, and a digest is one top-level message."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta

from streams.config.subscriptions import DigestSchedule, Subscription
from streams.notify.deliver import deliver, deliver_digest
from streams.notify.destinations import Destinations
from streams.notify.digest_state import hold, new_state, plan
from streams.notify.retry import RetryPolicy
from streams.notify.sink import ConsoleSink
from streams.notify.slack import SlackSink
from streams.records import StoryLedger
from tests.notify.events import message
from tests.servers.slack_server import SlackServer

NOW = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
MAX_AGE = timedelta(hours=72)
DIGEST = Subscription(
    name="morning",
    destination="slack",
    channel="#alerts",
    mode="digest",
    digest=DigestSchedule("daily", time(8, 30), "UTC"),
)
NOW_CONSOLE = Subscription(name="console", destination="console")


def destinations(slack: SlackServer, policy: RetryPolicy, out: io.StringIO) -> Destinations:
    sink = SlackSink(slack.token, base_url=slack.base_url, policy=policy, interval=0.01)
    return Destinations(ConsoleSink(out, color=False), sink)


async def test_digest_subscriptions_get_the_message_held_not_sent(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    out = io.StringIO()
    dest = destinations(slack, quick_policy, out)
    ledger = StoryLedger(story_id="evt_fine1")
    try:
        steps = [
            s async for s in deliver(message(), ledger, [NOW_CONSOLE, DIGEST], dest, now=NOW, max_age=MAX_AGE)
        ]
    finally:
        await dest.close()
    console, held = steps
    assert console.delivery.status == "sent" and console.digest is None and "Acme" in out.getvalue()
    assert held.delivery.status == "queued" and held.delivery.subscription == "morning"
    assert held.digest is not None and held.digest.kind == "add" and held.digest.subscription == "morning"
    assert held.digest.message == message()
    assert slack.messages == [], "a digest subscription is not alerted immediately"
    # The ledger remembers the hand-over: the same message again is neither sent nor held again.
    again = [
        s
        async for s in deliver(message(), held.ledger, [NOW_CONSOLE, DIGEST], dest, now=NOW, max_age=MAX_AGE)
    ]
    assert again == []


async def test_old_or_backfilled_events_are_not_held_for_digests(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    dest = destinations(slack, quick_policy, io.StringIO())
    old = message(first_seen="2024-04-01T00:00:00Z")
    steps = [
        s async for s in deliver(old, StoryLedger(story_id="s"), [DIGEST], dest, now=NOW, max_age=MAX_AGE)
    ]
    assert [(s.delivery.status, s.digest) for s in steps] == [("skipped", None)]


async def test_a_digest_is_one_top_level_message_and_records_every_event(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    state = new_state("morning", NOW)
    for m in (
        message(),
        message(event_id="evt_two", title="Second decision"),
        message(kind="update", revision=1),
    ):
        state = hold(state, m, NOW)
    due = plan(DIGEST, state, NOW + timedelta(days=1))
    dest = destinations(slack, quick_policy, io.StringIO())
    try:
        outcome = await deliver_digest(DIGEST, due, dest, now=NOW)
    finally:
        await dest.close()
    [received] = slack.messages
    assert received.thread_ts is None and received.text is not None
    assert received.text.startswith("Digest: 2 enforcement events (morning)")
    assert outcome.done and outcome.error is None
    assert [(d.event_id, d.revision, d.status, d.ts) for d in outcome.deliveries] == [
        ("evt_fine1", 1, "sent", received.ts),
        ("evt_two", 0, "sent", received.ts),
    ]


async def test_a_digest_slack_would_not_take_is_tried_again_later_unless_refused_for_good(
    slack: SlackServer,
) -> None:
    state = hold(new_state("morning", NOW), message(), NOW)
    due = plan(DIGEST, state, NOW + timedelta(days=1))
    impatient = RetryPolicy(max_wait=0.5, base_delay=0.05, max_delay=0.1, timeout=1)
    dest = destinations(slack, impatient, io.StringIO())
    try:
        slack.outage()
        down = await deliver_digest(DIGEST, due, dest, now=NOW)
        slack.end_outage()
        slack.archive("alerts")
        refused = await deliver_digest(DIGEST, due, dest, now=NOW)
    finally:
        await dest.close()
    assert not down.done and down.error is not None and down.error.retriable
    assert [d.status for d in down.deliveries] == ["failed"]
    assert refused.done and refused.error is not None and not refused.error.retriable
    assert slack.messages == []
