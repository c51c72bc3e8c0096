"""stories -> alerts: route each event message to its subscriptions and deliver it once.

The dedup agent writes every event message to `enforcement.stories.v1` too, keyed by the root of its
chain, so an appeal lands in the same partition as the event it challenges; `notify` owns table
`story-ledger` for that story: which alerts went out and the Slack thread of each destination. The
ledger is stored and flushed after every send, so a crash between the Slack call and the ledger write
re-sends at most that one message. A stories message may hold several event messages of its partition,
one per line (`streams.framing`): each line is handled as a message of its own, in order.

Digest subscriptions take one more hop: `notify` hands each matching message to `enforcement.digests.v1`
for the digest agent (`streams/agents/digest.py`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import timedelta

from faust import StreamT

from streams.agents.dead_letters import Line, decode_lines_or_dead_letter, send_dead_letter
from streams.app import (
    alerts_topic,
    app,
    digests_topic,
    settings,
    stories_topic,
    story_ledger,
)
from streams.clock import utcnow
from streams.errors import DeliveryError
from streams.notify.deliver import deliver
from streams.notify.requeue import requeue_headers, requeued, wait_before_retry
from streams.notify.retry import RetryPolicy
from streams.offsets import Trace, tp_name
from streams.records import EventMessage, StoryLedger
from streams.runtime import clients, subscriptions
from streams.topics import story_key

log = logging.getLogger(__name__)


@app.agent(stories_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def notify(stream: StreamT) -> None:
    max_age = timedelta(hours=settings.alert_max_age_hours)
    policy = RetryPolicy.from_settings(settings)
    async for event in stream.events():
        lines = await decode_lines_or_dead_letter("notify", EventMessage, event)
        tp, offset = event.message.tp, event.message.offset
        if Trace.enabled:
            Trace.note("notify reads %s@%d: %s", tp_name(tp), offset, [m.event_id for m, _ in lines])
        for message, origin in lines:
            await notify_one(message, origin, event.headers, policy, max_age)
        if Trace.enabled:
            Trace.note("notify is done with %s@%d", tp_name(tp), offset)


async def notify_one(
    message: EventMessage,
    origin: Line,
    headers: Mapping[str, bytes | str] | None,
    policy: RetryPolicy,
    max_age: timedelta,
) -> None:
    """Deliver one event message (one line of a stories message) to every subscription that wants it."""
    times_requeued, not_before = requeued(headers)
    wait = wait_before_retry(not_before, utcnow(), policy)
    if wait > 0:
        # A re-queued copy: Slack was down a moment ago. Waiting here (growing per re-queue) is what
        # keeps a fast-failing outage from looping through Kafka.
        log.info("alert %s re-queued %d time(s): waiting %.1fs", message.event_id, times_requeued, wait)
        await asyncio.sleep(wait)
    story = story_key(message)  # the key dedup wrote it under: the ledger lives in this partition
    ledger = story_ledger.get(story) or StoryLedger(story_id=story)
    retry, retry_after = False, None
    steps = deliver(message, ledger, subscriptions(), clients.destinations(), now=utcnow(), max_age=max_age)
    async for step in steps:
        if step.digest is not None:
            await digests_topic.send(key=step.digest.subscription, value=step.digest.dumps())
            # Held for good before the ledger says so: a crash in between repeats the add, which the
            # digest state recognises and ignores.
            await app.producer.flush()
        story_ledger[story] = step.ledger
        await alerts_topic.send(key=message.event_id, value=step.delivery.dumps())
        delivery = step.delivery
        log.log(
            logging.DEBUG if delivery.status == "skipped" else logging.INFO,  # a skip sends nothing
            "alert %s rev %d (%s[%d]@%d) to %s: %s%s",
            message.event_id,
            message.revision,
            origin.topic,
            origin.partition,
            origin.offset,
            delivery.subscription,
            delivery.status,
            f" ({delivery.error})" if delivery.error else "",
        )
        if step.dead:
            refused = DeliveryError(step.delivery.error or "refused", retriable=False)
            await send_dead_letter("notify", refused, origin)
        if step.retry_later:
            retry = True
            retry_after = max(retry_after or 0.0, step.retry_after or 0.0) or None
        if step.delivery.status != "skipped":
            # Durable before the next send: after a crash at most this one alert goes out again. A
            # skip sent nothing: losing its ledger entry in a crash only repeats the skip.
            await app.producer.flush()
    if retry:
        # Slack stayed down past the sink's retry budget: queue this message again, alone; the ledger skips
        # the subscriptions that already got it, and the copy waits before it is tried (requeue.py).
        again = requeue_headers(times_requeued, policy, utcnow(), retry_after)
        await stories_topic.send(key=story, value=origin.value, headers=again)
