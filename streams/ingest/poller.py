"""One poll of one feed, start to finish: what the poll agent awaits per due feed.

fetch -> apply_fetch -> (only for new bytes) parse in a thread -> select_new_items, or apply_parse_error.
Never raises for a failure of the feed itself: the error is recorded in the returned state (and in
`PollOutcome.error` for the dead-letter topic), so one broken feed never stops the others.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from weakref import WeakKeyDictionary

import httpx

from streams.config.feeds import FeedConfig
from streams.errors import FeedError
from streams.ingest.fetch import DEFAULT_MAX_BYTES, DEFAULT_TOTAL_TIMEOUT_S, FetchResult, HostLimiter, fetch
from streams.ingest.items import select_new_items
from streams.ingest.parse import parse_in_thread
from streams.ingest.state import apply_fetch, apply_parse_error, initial_state, is_due
from streams.records import FeedState, RawItem

__all__ = ["PollOutcome", "default_limiter", "initial_state", "is_due", "poll_feed", "poll_once"]

# One limiter per event loop: asyncio semaphores belong to the loop that first waits on them.
_LIMITERS: WeakKeyDictionary[asyncio.AbstractEventLoop, HostLimiter] = WeakKeyDictionary()


def default_limiter() -> HostLimiter:
    """The shared per-host limit (2 concurrent fetches per host) of every poll on this event loop."""
    loop = asyncio.get_running_loop()
    limiter = _LIMITERS.get(loop)
    if limiter is None:
        limiter = _LIMITERS[loop] = HostLimiter()
    return limiter


@dataclass(frozen=True)
class PollOutcome:
    state: FeedState
    items: list[RawItem]
    fetch: FetchResult
    error: FeedError | None = None  # a fetch or parse failure of this feed (already counted in `state`)
    warnings: list[str] = field(default_factory=list)  # e.g. a malformed document that was recovered


async def poll_once(
    client: httpx.AsyncClient,
    feed: FeedConfig,
    state: FeedState,
    *,
    now: datetime,
    limiter: HostLimiter | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout_s: float = DEFAULT_TOTAL_TIMEOUT_S,
) -> PollOutcome:
    """Fetch, and if the body is new, parse and select the new items. The full outcome."""
    result = await fetch(
        client,
        feed,
        state,
        now=now,
        limiter=limiter or default_limiter(),
        max_bytes=max_bytes,
        timeout_s=timeout_s,
    )
    fetched = apply_fetch(feed, state, result, now)
    if result.status != "ok" or result.body is None:
        return PollOutcome(fetched, [], result, error=result.error)
    try:
        parsed = await parse_in_thread(
            result.body, url=result.final_url, content_type=result.content_type, max_bytes=max_bytes
        )
    except FeedError as exc:
        return PollOutcome(apply_parse_error(feed, state, result, exc, now), [], result, error=exc)
    new_state, items = select_new_items(feed, parsed, fetched, now)
    return PollOutcome(new_state, items, result, warnings=parsed.warnings)


async def poll_feed(
    client: httpx.AsyncClient,
    feed: FeedConfig,
    state: FeedState,
    *,
    now: datetime,
    limiter: HostLimiter | None = None,
) -> tuple[FeedState, list[RawItem]]:
    """`poll_once` reduced to what the agent stores and sends: (new state, items to emit)."""
    outcome = await poll_once(client, feed, state, now=now, limiter=limiter)
    return outcome.state, outcome.items
