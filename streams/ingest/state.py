"""Pure updates of a feed's poll state (`FeedState`, table `feed-state`) after a fetch or a parse failure."""

from __future__ import annotations

from datetime import datetime

from streams.clock import iso, parse_iso
from streams.config.feeds import FeedConfig
from streams.errors import FeedError
from streams.ingest.fetch import FetchResult, poll_url
from streams.ingest.schedule import due_after, next_due
from streams.records import FeedState

MAX_ERROR_CHARS = 500


def initial_state(feed: FeedConfig) -> FeedState:
    """State of a feed never polled: due at once, items of its first poll are backfill."""
    return FeedState(feed_id=feed.id, url=feed.url)


def is_due(state: FeedState, now: datetime) -> bool:
    """True when the feed has never been scheduled or its next_due has passed."""
    return state.next_due is None or parse_iso(state.next_due) <= now


def apply_fetch(feed: FeedConfig, state: FeedState, result: FetchResult, now: datetime) -> FeedState:
    """The state after one fetch: validators, body hash, failures, URL after a permanent move, next_due.

    "ok" counts as a success here; if its body then fails to parse, use `apply_parse_error` on the state
    from *before* the fetch instead of this one.
    """
    attempted = iso(now)
    changes: dict[str, object] = {
        "last_attempt": attempted,
        "last_status": result.http_status,
        "url": result.permanent_url or poll_url(feed, state),
        "config_url": feed.url,
    }
    failures = 0 if result.succeeded else state.failures + 1
    if result.succeeded:
        changes.update(failures=0, last_success=attempted, last_error=None)
        if result.status in ("ok", "unchanged"):
            changes.update(etag=result.etag, last_modified=result.last_modified, body_hash=result.body_hash)
        else:  # not_modified: a 304 may carry a fresh validator
            changes.update(
                etag=result.etag or state.etag, last_modified=result.last_modified or state.last_modified
            )
    else:
        changes.update(failures=failures, last_error=_cut(str(result.error)))
    changes["next_due"] = iso(due_after(feed, failures, attempted, result, now))
    return _replace(state, **changes)


def apply_parse_error(
    feed: FeedConfig, state: FeedState, result: FetchResult, error: FeedError, now: datetime
) -> FeedState:
    """The state after a fetched body could not be parsed: a failure, with validators and hash forgotten.

    `state` is the state *before* the fetch (so consecutive failures keep counting). Without forgetting
    the validators a broken body would come back as 304 or "unchanged" and look healthy.
    """
    new = _replace(
        state,
        last_attempt=iso(now),
        last_status=result.http_status,
        url=result.permanent_url or poll_url(feed, state),
        config_url=feed.url,
        failures=state.failures + 1,
        last_error=_cut(str(error)),
        etag=None,
        last_modified=None,
        body_hash=None,
    )
    return _replace(new, next_due=iso(next_due(feed, new, result, now)))


def _cut(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def _replace(state: FeedState, **changes: object) -> FeedState:
    # faust.Record has no dataclasses.replace; rebuild from its fields (lists copied, records shared).
    values = state.asdict()
    values.update(changes)
    return FeedState(**values)
