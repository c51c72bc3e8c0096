"""How long an alert that Slack would not take waits before it is tried again.

When a send fails past the sink's retry budget, the notifier puts the message back on the stories topic.
Some of those failures are fast (a Retry-After longer than the budget gives up after one call), so without a
wait the copy would come straight back and loop as fast as Kafka can carry it. Each re-queued copy carries,
in Kafka headers, how many times it was re-queued and when it may be tried again; the wait doubles per
re-queue from the policy's longest backoff, honours Retry-After, and never exceeds the retry budget. The
headers travel with the message, so the wait survives a restart and a partition moving to another worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from streams.clock import parse_iso
from streams.notify.retry import RetryPolicy

ATTEMPT_HEADER = "streams-requeue-attempt"
NOT_BEFORE_HEADER = "streams-requeue-not-before"


def requeue_delay(attempt: int, policy: RetryPolicy, retry_after: float | None = None) -> float:
    """Seconds the `attempt`-th re-queue (1-based) waits: max_delay, doubling, at least Retry-After, at most
    the retry budget (max_wait)."""
    grown = policy.max_delay * 2 ** (min(max(attempt, 1), 32) - 1)
    return min(policy.max_wait, max(grown, retry_after or 0.0))


def requeue_headers(
    previous_attempts: int, policy: RetryPolicy, now: datetime, retry_after: float | None = None
) -> dict[str, bytes]:
    """Headers of the copy to re-queue, for a message that had been re-queued `previous_attempts` times."""
    attempt = previous_attempts + 1
    not_before = now + timedelta(seconds=requeue_delay(attempt, policy, retry_after))
    # Full precision: waits of a second or less must not round away.
    stamp = not_before.astimezone(UTC).isoformat()
    return {ATTEMPT_HEADER: str(attempt).encode(), NOT_BEFORE_HEADER: stamp.encode()}


def requeued(headers: Mapping[str, bytes | str] | None) -> tuple[int, datetime | None]:
    """(times re-queued, not before) from a message's headers; (0, None) for a first delivery or garbage."""
    if not headers:
        return 0, None
    try:
        attempt = int(_text(headers.get(ATTEMPT_HEADER)) or 0)
        raw = _text(headers.get(NOT_BEFORE_HEADER))
        return max(attempt, 0), parse_iso(raw) if raw else None
    except ValueError:
        return 0, None


def wait_before_retry(not_before: datetime | None, now: datetime, policy: RetryPolicy) -> float:
    """Seconds to wait before trying a re-queued message; a header far in the future waits the budget."""
    if not_before is None:
        return 0.0
    return min(policy.max_wait, max(0.0, (not_before - now).total_seconds()))


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
