"""When to poll a feed next: its interval with jitter, exponential backoff on failures, Retry-After a floor.

Jitter (±10%) spreads feeds that share an interval so they do not all fire on the same tick. It is
derived from the feed id and the attempt (failures and last attempt time), not from a global random, so a
replay of the same history schedules the same times and tests are stable.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from streams.config.feeds import FeedConfig
from streams.ingest.fetch import FetchResult
from streams.records import FeedState

JITTER = 0.10
MAX_BACKOFF_S = 6 * 3600.0
MAX_BACKOFF_EXPONENT = 16  # 2**16 already exceeds any cap; keeps the float small


def backoff_seconds(interval_s: float, failures: int) -> float:
    """interval * 2^failures, capped at 6 h (never below the interval itself)."""
    if failures <= 0:
        return interval_s
    return max(interval_s, min(interval_s * 2 ** min(failures, MAX_BACKOFF_EXPONENT), MAX_BACKOFF_S))


def jitter_factor(feed_id: str, attempt: str) -> float:
    """A deterministic factor in [1 - JITTER, 1 + JITTER] for this feed and attempt."""
    digest = hashlib.sha256(f"{feed_id}\x1f{attempt}".encode()).digest()
    unit = int.from_bytes(digest[:8], "big") / 2**64  # [0, 1)
    return 1.0 + JITTER * (2.0 * unit - 1.0)


def next_due(feed: FeedConfig, state: FeedState, result: FetchResult | None, now: datetime) -> datetime:
    """Next poll time. `state` is the state after this result was applied (its `failures` already counted)."""
    return due_after(feed, state.failures, state.last_attempt, result, now)


def due_after(
    feed: FeedConfig, failures: int, last_attempt: str | None, result: FetchResult | None, now: datetime
) -> datetime:
    """`next_due` from the two state fields it reads (lets callers build a FeedState only once)."""
    delay = backoff_seconds(feed.interval_s, failures)
    delay *= jitter_factor(feed.id, f"{failures}|{last_attempt or ''}")
    if result is not None and result.retry_after_s is not None:
        delay = max(delay, result.retry_after_s)  # the server said when; never earlier
    return now + timedelta(seconds=delay)
