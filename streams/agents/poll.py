"""poll-requests -> raw-items: fetch a due feed, parse it in a thread, emit the items not seen before.

The agent owns table `feed-state` (keyed by feed_id, like the requests), so state survives restarts and
moves with its partition. Requests arrive in batches and the due feeds of a batch are fetched
concurrently: one slow feed costs at most one fetch timeout, never the other feeds' schedules.
"""

from __future__ import annotations

import asyncio

from faust import StreamT

from streams.agents.dead_letters import send_dead_letter
from streams.app import app, feed_state, poll_requests_topic, raw_items_topic
from streams.clock import utcnow
from streams.config.feeds import FeedConfig
from streams.errors import MalformedMessage
from streams.ingest.poller import is_due, poll_feed
from streams.records import FeedState, PollRequest, RawItem
from streams.runtime import clients, feed_registry
from streams.wire import decode

BATCH = 64


@app.agent(poll_requests_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def poll(stream: StreamT) -> None:
    async for events in stream.take_events(BATCH, within=0.5):
        due: dict[str, tuple[FeedConfig, FeedState]] = {}
        now = utcnow()
        for event in events:
            try:
                request = decode(PollRequest, event.message.value)
            except MalformedMessage as exc:
                await send_dead_letter("poll", exc, event.message)
                continue
            feed = feed_registry().get(request.feed_id)
            if feed is None or not feed.enabled:
                continue  # removed or disabled since the request was sent
            state = feed_state.get(feed.id) or FeedState(feed_id=feed.id, url=feed.url)
            if request.reason == "manual" or is_due(state, now):
                due[feed.id] = (feed, state)
        if not due:
            continue
        results = await asyncio.gather(
            *(poll_feed(clients.http_client(), feed, state, now=now) for feed, state in due.values())
        )
        for new_state, items in results:
            await _emit(items)
            feed_state[new_state.feed_id] = new_state


async def _emit(items: list[RawItem]) -> None:
    for item in items:
        await raw_items_topic.send(key=item.item_id, value=item.dumps())
