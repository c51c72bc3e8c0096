"""Is a feed healthy? From its configuration and poll state only (pure), plus a table for the CLI.

Stale: the newest item is older than `expected_period(feed)` = max(7 days, 20 x interval). Regulators
publish in bursts and go quiet for days, so a week is the shortest silence worth a look; a feed polled
hourly gets 20 hours' grace per interval on top (20 x 1h < 7d, so the week wins for every interval <= 8.4h).
Failing: `FAILING_AFTER` consecutive failed polls (a single timeout is not worth waking anyone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from streams.clock import iso, parse_iso
from streams.config.feeds import FeedConfig
from streams.records import FeedState

FAILING_AFTER = 3
MIN_STALE_PERIOD = timedelta(days=7)
STALE_INTERVALS = 20


@dataclass(frozen=True)
class FeedHealth:
    feed_id: str
    name: str
    enabled: bool
    ok: bool
    reason: str
    last_success: str | None
    failures: int
    newest_item: str | None
    items_per_day: float | None
    stale: bool
    last_error: str | None = None


def expected_period(feed: FeedConfig) -> timedelta:
    return max(MIN_STALE_PERIOD, timedelta(seconds=STALE_INTERVALS * feed.interval_s))


def items_per_day(state: FeedState, now: datetime) -> float | None:
    """Non-backfill items emitted per day since the first one; None before any."""
    if not state.first_emitted or not state.items_emitted:
        return None
    days = max((now - parse_iso(state.first_emitted)).total_seconds() / 86400.0, 1.0)
    return state.items_emitted / days


def feed_health(feed: FeedConfig, state: FeedState | None, now: datetime) -> FeedHealth:
    state = state or FeedState(feed_id=feed.id, url=feed.url)
    stale = False
    if state.newest_item:
        age = now - parse_iso(state.newest_item)
        stale = age > expected_period(feed)
    ok, reason = _verdict(feed, state, now, stale)
    return FeedHealth(
        feed_id=feed.id,
        name=feed.name,
        enabled=feed.enabled,
        ok=ok,
        reason=reason,
        last_success=state.last_success,
        failures=state.failures,
        newest_item=state.newest_item,
        items_per_day=items_per_day(state, now),
        stale=stale,
        last_error=state.last_error,
    )


def _verdict(feed: FeedConfig, state: FeedState, now: datetime, stale: bool) -> tuple[bool, str]:
    if not feed.enabled:
        return True, "disabled"
    if state.last_attempt is None:
        return True, "not polled yet"
    if state.failures >= FAILING_AFTER:
        return False, f"failing: {state.failures} consecutive failures ({state.last_error or 'no detail'})"
    if state.last_success is None:
        return False, f"never fetched successfully ({state.last_error or 'no detail'})"
    if stale and state.newest_item:
        days = (now - parse_iso(state.newest_item)).total_seconds() / 86400.0
        limit = expected_period(feed).total_seconds() / 86400.0
        return False, f"stale: newest item is {days:.1f} days old (expected within {limit:g} days)"
    if state.failures:
        return True, f"recovering: {state.failures} failure(s) ({state.last_error or 'no detail'})"
    if not state.newest_item:
        return True, "ok (no dated items yet)"
    return True, "ok"


def render_health_table(rows: list[FeedHealth], now: datetime | None = None) -> str:
    """A plain-text table, one feed per line, failing feeds marked."""
    header = ("FEED", "STATUS", "LAST SUCCESS", "FAILS", "NEWEST ITEM", "ITEMS/DAY", "REASON")
    lines = [header]
    for h in rows:
        status = "off" if not h.enabled else ("ok" if h.ok else "FAIL")
        lines.append(
            (
                h.feed_id,
                status,
                h.last_success or "-",
                str(h.failures),
                h.newest_item or "-",
                f"{h.items_per_day:.1f}" if h.items_per_day is not None else "-",
                h.reason if len(h.reason) <= 80 else h.reason[:79] + "…",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    out = [
        "  ".join(cell.ljust(w) for cell, w in zip(line[:-1], widths, strict=True)) + "  " + line[-1]
        for line in lines
    ]
    if now is not None:
        out.append(f"as of {iso(now)}")
    return "\n".join(out)
