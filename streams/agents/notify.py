"""events -> stories -> alerts: route each event message to its subscriptions and deliver it once.

Two hops. `to_stories` re-keys events by the root of their chain, so an appeal lands in the same partition
as the event it challenges; `notify` then owns table `story-ledger` for that story: which alerts went
out and the Slack thread of each destination. The ledger is stored and flushed after every send, so a
crash between the Slack call and the ledger write re-sends at most that one message.
"""

from __future__ import annotations

from datetime import timedelta

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter, send_dead_letter
from streams.app import alerts_topic, app, events_topic, settings, stories_topic, story_ledger
from streams.clock import utcnow
from streams.errors import DeliveryError
from streams.notify.deliver import deliver
from streams.notify.render import thread_key
from streams.records import EventMessage, StoryLedger
from streams.runtime import clients, subscriptions


@app.agent(events_topic)
async def to_stories(stream: StreamT) -> None:
    async for event in stream.events():
        message = await decode_or_dead_letter("notify", EventMessage, event)
        if message is None:
            continue
        await stories_topic.send(key=thread_key(message), value=event.message.value)


@app.agent(stories_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def notify(stream: StreamT) -> None:
    max_age = timedelta(hours=settings.alert_max_age_hours)
    async for event in stream.events():
        message = await decode_or_dead_letter("notify", EventMessage, event)
        if message is None:
            continue
        story = thread_key(message)
        ledger = story_ledger.get(story) or StoryLedger(story_id=story)
        retry = False
        steps = deliver(
            message, ledger, subscriptions(), clients.destinations(), now=utcnow(), max_age=max_age
        )
        async for step in steps:
            story_ledger[story] = step.ledger
            await alerts_topic.send(key=message.event_id, value=step.delivery.dumps())
            if step.dead:
                refused = DeliveryError(step.delivery.error or "refused", retriable=False)
                await send_dead_letter("notify", refused, event.message)
            retry = retry or step.retry_later
            # Durable before the next send: after a crash at most this one alert goes out again.
            await app.producer.flush()
        if retry:
            # Slack stayed down past the sink's retry budget: queue the message again; the ledger skips
            # the subscriptions that already got it.
            await stories_topic.send(key=story, value=event.message.value)
