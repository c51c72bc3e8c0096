"""The scheduler: on the leader, ask for a poll of every enabled feed at each tick.

The poll agent owns each feed's state and decides whether the feed is due, so the scheduler holds no state
and any worker can take over as leader.
"""

from __future__ import annotations

from streams.app import app, poll_requests_topic, settings
from streams.clock import now_iso
from streams.records import PollRequest
from streams.runtime import feed_registry


@app.timer(interval=settings.poll_tick_seconds, on_leader=True)
async def schedule_polls() -> None:
    requested_at = now_iso()
    for feed in feed_registry().enabled():
        request = PollRequest(feed_id=feed.id, requested_at=requested_at)
        await poll_requests_topic.send(key=feed.id, value=request.dumps())
