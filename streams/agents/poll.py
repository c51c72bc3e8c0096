"""poll-requests -> raw-items: fetch a due feed, parse it in a thread, emit the items not seen before.

The agent owns table `feed-state` (keyed by feed_id, like the requests), so state survives restarts and
moves with its partition. Each due feed is polled in its own task, which emits its items and then records
the feed's state: a feed that hangs or trickles holds back nothing but itself (its fetch gives up after the
fetch timeout), and a request for a feed still being polled is dropped. A request is acknowledged before
its poll ends; after a crash the feed is still due in its state, so the scheduler asks again, and items
emitted before the state was written come again with the same ids (dedup absorbs them).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter
from streams.app import app, feed_state, poll_requests_topic, raw_items_topic
from streams.clock import utcnow
from streams.config.feeds import FeedConfig
from streams.ingest.poller import PollOutcome, initial_state, is_due, poll_once
from streams.records import FeedState, PollRequest, RawItem
from streams.runtime import clients, feed_registry

BATCH = 64
log = logging.getLogger(__name__)


@app.agent(poll_requests_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def poll(stream: StreamT) -> None:
    async for events in stream.take_events(BATCH, within=0.5):  # type: ignore[attr-defined]  # missing from StreamT
        due: dict[str, tuple[FeedConfig, FeedState]] = {}
        now = utcnow()
        for event in events:
            request = await decode_or_dead_letter("poll", PollRequest, event)
            if request is None:
                continue
            feed = feed_registry().get(request.feed_id)
            if feed is None or not feed.enabled:
                continue  # removed or disabled since the request was sent
            state = feed_state.get(feed.id) or initial_state(feed)
            if feed.id in _in_flight:
                continue  # still being polled: that poll records its outcome
            if request.reason == "manual" or is_due(state, now):
                due[feed.id] = (feed, state)
        for feed, state in due.values():
            _in_flight[feed.id] = asyncio.create_task(_poll_feed(feed, state, now))


_in_flight: dict[str, asyncio.Task[None]] = {}  # feed_id -> its poll; a task removes itself when done


async def _poll_feed(feed: FeedConfig, state: FeedState, now: datetime) -> None:
    try:
        outcome = await poll_once(clients.http_client(), feed, state, now=now)
        await _emit(outcome.items)
        feed_state[outcome.state.feed_id] = outcome.state
        _log(outcome)
    except Exception:  # a bug, not a feed failure (poll_once records those): the next request retries
        log.exception("polling feed %s failed", feed.id)
    finally:
        _in_flight.pop(feed.id, None)


def _log(outcome: PollOutcome) -> None:
    # A feed's own failure is recorded in its state (`streams feeds status`), not dead-lettered: no
    # message was lost, and the next poll retries with backoff.
    state = outcome.state
    if outcome.error is not None:
        log.warning("feed %s failed (%d in a row): %s", state.feed_id, state.failures, outcome.error)
    for warning in outcome.warnings:
        log.warning("feed %s: %s", state.feed_id, warning)
    log.info("polled %s: HTTP %s, %d new item(s)", state.feed_id, state.last_status, len(outcome.items))


async def _emit(items: list[RawItem]) -> None:
    for item in items:
        await raw_items_topic.send(key=item.item_id, value=item.dumps())
