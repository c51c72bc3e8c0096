"""events -> stories -> alerts: route each event message to its subscriptions and deliver it once.

Two hops. `to_stories` re-keys events by the root of their chain, so an appeal lands in the same partition
as the event it challenges; `notify` then owns table `story-ledger` for that story: which alerts went
out and the Slack thread of each channel. The ledger is written and flushed after every send, so a crash
between the Slack call and the ledger write re-sends at most that one message.
"""

from __future__ import annotations

from faust import StreamT

from streams.app import alerts_topic, app, dead_letters_topic, events_topic, stories_topic, story_ledger
from streams.deadletters import dead_letter
from streams.errors import MalformedMessage
from streams.notify.deliver import deliver_story_message
from streams.records import EventMessage, StoryLedger
from streams.wire import decode


def story_id(message: EventMessage) -> str:
    return message.event.root_event_id or message.event.related_event_id or message.event_id


@app.agent(events_topic)
async def to_stories(stream: StreamT) -> None:
    async for event in stream.events():
        try:
            message = decode(EventMessage, event.message.value)
        except MalformedMessage as exc:
            await dead_letters_topic.send(key="notify", value=dead_letter("notify", exc, event.message).dumps())
            continue
        await stories_topic.send(key=story_id(message), value=event.message.value)


@app.agent(stories_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def notify(stream: StreamT) -> None:
    async for event in stream.events():
        try:
            message = decode(EventMessage, event.message.value)
        except MalformedMessage as exc:
            await dead_letters_topic.send(key="notify", value=dead_letter("notify", exc, event.message).dumps())
            continue
        story = story_id(message)
        ledger = story_ledger.get(story) or StoryLedger(story_id=story)
        async for ledger, delivery in deliver_story_message(message, ledger):
            story_ledger[story] = ledger
            await alerts_topic.send(key=message.event_id, value=delivery.dumps())
            # Make the ledger durable before the next send: at most one alert can be re-sent after a crash.
            await app.producer.flush()
