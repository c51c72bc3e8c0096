"""Re-queued alerts wait longer each time before they are tried again (streams.notify.requeue)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from streams.notify.requeue import (
    ATTEMPT_HEADER,
    NOT_BEFORE_HEADER,
    requeue_delay,
    requeue_headers,
    requeued,
    wait_before_retry,
)
from streams.notify.retry import RetryLater, RetryPolicy, SendFailed, with_retries

PRODUCTION = RetryPolicy()  # 15 min budget, 60 s longest backoff
NOW = datetime(2024, 6, 10, 9, 0, tzinfo=UTC)


def test_the_wait_doubles_per_requeue_up_to_the_retry_budget() -> None:
    waits = [requeue_delay(n, PRODUCTION) for n in range(1, 9)]
    assert waits == [60, 120, 240, 480, 900, 900, 900, 900]
    assert requeue_delay(10_000, PRODUCTION) == 900, "no overflow, however often"


def test_retry_after_is_honoured_within_the_budget() -> None:
    assert requeue_delay(1, PRODUCTION, retry_after=300) == 300
    assert requeue_delay(1, PRODUCTION, retry_after=3600) == 900
    assert requeue_delay(3, PRODUCTION, retry_after=5) == 240


def test_headers_carry_the_count_and_the_time_across_requeues() -> None:
    first = requeue_headers(0, PRODUCTION, NOW)
    assert requeued(first) == (1, NOW + timedelta(seconds=60))
    second = requeue_headers(1, PRODUCTION, NOW)
    assert requeued(second) == (2, NOW + timedelta(seconds=120))
    short = RetryPolicy(max_wait=2, max_delay=0.25)
    assert requeued(requeue_headers(0, short, NOW))[1] == NOW + timedelta(seconds=0.25), "sub-second kept"


@pytest.mark.parametrize(
    "headers",
    [
        None,
        {},
        {"other": b"x"},
        {ATTEMPT_HEADER: b"many"},
        {ATTEMPT_HEADER: b"1", NOT_BEFORE_HEADER: b"soon"},
    ],
)
def test_first_deliveries_and_garbage_headers_do_not_wait(headers: dict[str, bytes] | None) -> None:
    _, not_before = requeued(headers)
    assert wait_before_retry(not_before, NOW, PRODUCTION) == 0.0


def test_the_wait_is_what_remains_and_never_more_than_the_budget() -> None:
    assert wait_before_retry(NOW + timedelta(seconds=30), NOW, PRODUCTION) == 30
    assert wait_before_retry(NOW - timedelta(seconds=30), NOW, PRODUCTION) == 0
    assert wait_before_retry(NOW + timedelta(days=3), NOW, PRODUCTION) == 900


async def test_a_retry_after_past_the_budget_gives_up_at_once_and_says_how_long() -> None:
    calls = 0

    async def attempt(n: int) -> None:
        nonlocal calls
        calls += 1
        raise RetryLater("ratelimited", retry_after=3600)

    with pytest.raises(SendFailed) as failed:
        await with_retries(attempt, policy=PRODUCTION, what="post")
    assert calls == 1 and failed.value.retriable and failed.value.retry_after == 3600
    # Which is why the re-queued copy must wait: the next try is an hour away at most the budget.
    assert requeue_delay(1, PRODUCTION, failed.value.retry_after) == 900
