"""Schedules (jitter, backoff, Retry-After), pure state updates and feed health."""

from __future__ import annotations

from datetime import timedelta

from streams.clock import iso, parse_iso
from streams.ingest.errors import FetchError, ParseError
from streams.ingest.fetch import FetchResult
from streams.ingest.health import expected_period, feed_health, render_health_table
from streams.ingest.schedule import MAX_BACKOFF_S, backoff_seconds, jitter_factor, next_due
from streams.ingest.state import apply_fetch, apply_parse_error, initial_state, is_due
from tests.ingest.conftest import NOW, make_feed

FEED = make_feed("https://regulator.example/feed.xml", "reg", interval_s=900)


def test_jitter_is_deterministic_and_within_ten_percent() -> None:
    factors = [jitter_factor(f"feed-{i}", "0|") for i in range(500)]
    assert all(0.9 <= f <= 1.1 for f in factors) and len(set(factors)) == 500
    assert jitter_factor("a", "1|x") == jitter_factor("a", "1|x") != jitter_factor("a", "2|x")
    assert min(factors) < 0.92 and max(factors) > 1.08  # spread over the whole band


def test_backoff_doubles_per_failure_up_to_six_hours() -> None:
    assert backoff_seconds(900, 0) == 900
    assert [backoff_seconds(900, n) for n in (1, 2, 3)] == [1800, 3600, 7200]
    assert backoff_seconds(900, 10) == MAX_BACKOFF_S == backoff_seconds(900, 1000)
    assert backoff_seconds(86400, 3) == 86400  # never below the interval


def test_retry_after_is_a_floor_not_a_ceiling() -> None:
    state = initial_state(FEED)
    soon = FetchResult(
        "error", FEED.url, retry_after_s=5, error=FetchError("rate_limited", "x", retriable=True)
    )
    late = FetchResult(
        "error", FEED.url, retry_after_s=50_000, error=FetchError("rate_limited", "x", retriable=True)
    )
    assert next_due(FEED, state, soon, NOW) >= NOW + timedelta(seconds=810)
    assert next_due(FEED, state, late, NOW) == NOW + timedelta(seconds=50_000)


def test_success_resets_failures_and_schedules_one_interval_ahead() -> None:
    state = initial_state(FEED)
    assert is_due(state, NOW)
    ok = FetchResult(
        "ok", FEED.url, body=b"x", etag='"1"', last_modified="lm", http_status=200, body_hash="h"
    )
    state = apply_fetch(FEED, _state(failures=3), ok, NOW)
    assert (
        state.failures == 0
        and state.etag == '"1"'
        and state.body_hash == "h"
        and state.last_success == iso(NOW)
    )
    due = parse_iso(state.next_due or "")
    assert NOW + timedelta(seconds=810) <= due <= NOW + timedelta(seconds=990)
    assert not is_due(state, NOW) and is_due(state, due)


def test_a_parse_error_forgets_validators_so_the_broken_body_is_fetched_again() -> None:
    ok = FetchResult(
        "ok", FEED.url, body=b"x", etag='"1"', last_modified="lm", http_status=200, body_hash="h"
    )
    before = _state(failures=2, etag='"0"', body_hash="old")
    broken = apply_parse_error(FEED, before, ok, ParseError("malformed", "not a feed"), NOW)
    assert (
        broken.failures == 3
        and broken.last_status == 200
        and broken.etag is None
        and broken.body_hash is None
        and broken.last_modified is None
    )
    assert "not a feed" in (broken.last_error or "")


def _state(**changes: object):
    values = initial_state(FEED).asdict()
    values.update(changes)
    return type(initial_state(FEED))(**values)


def test_health_verdicts() -> None:
    assert feed_health(FEED, None, NOW).ok and feed_health(FEED, None, NOW).reason == "not polled yet"
    healthy = _state(
        last_attempt=iso(NOW),
        last_success=iso(NOW),
        newest_item=iso(NOW - timedelta(days=2)),
        items_emitted=10,
        first_emitted=iso(NOW - timedelta(days=5)),
    )
    h = feed_health(FEED, healthy, NOW)
    assert h.ok and h.reason == "ok" and h.items_per_day == 2.0 and not h.stale
    failing = _state(
        last_attempt=iso(NOW), last_success=iso(NOW - timedelta(days=1)), failures=3, last_error="HTTP 500"
    )
    assert not feed_health(FEED, failing, NOW).ok and "HTTP 500" in feed_health(FEED, failing, NOW).reason
    recovering = _state(last_attempt=iso(NOW), last_success=iso(NOW), failures=1, last_error="timeout")
    assert feed_health(FEED, recovering, NOW).ok
    never = _state(last_attempt=iso(NOW), failures=1, last_error="connect")
    assert not feed_health(FEED, never, NOW).ok
    stale = _state(last_attempt=iso(NOW), last_success=iso(NOW), newest_item=iso(NOW - timedelta(days=8)))
    verdict = feed_health(FEED, stale, NOW)
    assert not verdict.ok and verdict.stale and verdict.reason.startswith("stale")
    disabled = make_feed(FEED.url, "off", enabled=False)
    assert feed_health(disabled, failing, NOW).ok


def test_expected_period_is_a_week_or_twenty_intervals() -> None:
    assert expected_period(FEED) == timedelta(days=7)
    assert expected_period(make_feed(FEED.url, interval_s=86400)) == timedelta(days=20)


def test_health_table_lists_every_feed() -> None:
    rows = [
        feed_health(FEED, None, NOW),
        feed_health(
            make_feed(FEED.url, "other"),
            _state(last_attempt=iso(NOW), failures=4, last_error="HTTP 503"),
            NOW,
        ),
    ]
    table = render_health_table(rows, NOW)
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["FEED", "STATUS"] and "reg" in lines[1] and "FAIL" in lines[2]
    assert lines[-1] == "as of 2025-06-15T12:00:00Z"
