"""When and how long to retry a delivery, and which Slack answers are worth retrying.

We retry ourselves rather than through slack_sdk's retry handlers: its `AsyncRateLimitErrorRetryHandler`
sleeps Retry-After inside the client with no total bound and no way to tell the per-channel limiter, its
`AsyncServerErrorRetryHandler` covers only 500 and 503, and the default `AsyncConnectionErrorRetryHandler`
would silently add one retry under ours. So the clients are built with `retry_handlers=[]` and this loop
is the only one: bounded in total time, exponential backoff with jitter, Retry-After honoured.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from streams.errors import DeliveryError
from streams.settings import Settings

T = TypeVar("T")

# chat.postMessage and auth errors that no retry can fix.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "channel_is_archived",
        "msg_too_long",
        "no_text",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
        "not_allowed_token_type",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_arguments",
        "invalid_arg_name",
        "invalid_charset",
        "invalid_form_data",
        "invalid_post_type",
        "missing_post_type",
        "too_many_attachments",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
        "cannot_reply_to_message",
        "team_access_not_granted",
        "ekm_access_denied",
        "method_deprecated",
        "deprecated_endpoint",
        "two_factor_setup_required",
        "enterprise_is_restricted",
        "org_login_required",
        "accesslimited",
        "message_limit_exceeded",
        "invalid_payload",
        "action_prohibited",
        "no_service",
        "no_service_id",
        "no_team",
        "team_disabled",
        "user_not_found",
        "posting_to_general_channel_denied",
    }
)
# Slack's own word for "try again later", sometimes sent with HTTP 200.
TRANSIENT_ERRORS = frozenset(
    {
        "internal_error",
        "fatal_error",
        "service_unavailable",
        "request_timeout",
        "ratelimited",
        "rate_limited",
        "team_added_to_org",
    }
)

_FIXES = {
    "channel_not_found": "check the channel name or id in subscriptions.yaml",
    "not_in_channel": "invite the bot to the channel (/invite @the-bot)",
    "is_archived": "unarchive the channel or point the subscription elsewhere",
    "channel_is_archived": "unarchive the channel or create a new incoming webhook",
    "invalid_auth": "set a valid bot token in STREAMS_SLACK_TOKEN",
    "not_authed": "set STREAMS_SLACK_TOKEN",
    "account_inactive": "the bot's workspace or user was deactivated: install the app again",
    "token_revoked": "reinstall the Slack app and set the new token in STREAMS_SLACK_TOKEN",
    "token_expired": "refresh the token and set it in STREAMS_SLACK_TOKEN",
    "missing_scope": "give the Slack app the chat:write scope and reinstall it",
    "msg_too_long": "a bug in rendering limits: report it with the event id",
    "invalid_blocks": "a bug in rendering: report it with the event id",
}


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. `max_wait` bounds the whole send (all attempts and waits), `timeout` one attempt."""

    max_wait: float = 900.0
    base_delay: float = 1.0
    max_delay: float = 60.0
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_wait=settings.slack_retry_budget_seconds, max_delay=settings.slack_retry_max_delay_seconds
        )

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Delay after failed attempt `attempt` (1-based): exponential, capped, with half of it jittered so
        workers that failed together do not come back together."""
        full = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return full / 2 + rand() * full / 2


class RetryLater(Exception):
    """One attempt failed in a way that another attempt may fix."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class SendFailed(DeliveryError):
    """A delivery that did not happen, with Slack's error code and how many attempts were made."""

    def __init__(
        self,
        problem: str,
        fix: str = "",
        *,
        retriable: bool,
        code: str | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(problem, fix, retriable=retriable)
        self.code = code
        self.attempts = attempts
        self.retry_after = retry_after  # the last Retry-After Slack asked for, when it gave one


def permanent(what: str, code: str, attempts: int) -> SendFailed:
    return SendFailed(
        f"{what} refused: {code}",
        _FIXES.get(code, "see https://docs.slack.dev/reference/methods/chat.postMessage#errors"),
        retriable=False,
        code=code,
        attempts=attempts,
    )


def classify(status: int | None, code: str | None) -> str:
    """ "rate_limited", "transient" or "permanent" for one Slack answer."""
    if status == 429 or code in ("ratelimited", "rate_limited"):
        return "rate_limited"
    if code in PERMANENT_ERRORS:
        return "permanent"
    if (status is not None and status >= 500) or code in TRANSIENT_ERRORS or status in (408, None):
        return "transient"
    # Any other refusal (an unknown error code, a 4xx) will not change by asking again.
    return "permanent"


def parse_retry_after(value: str | None, default: float = 1.0) -> float:
    """Seconds from a Retry-After header (Slack sends whole seconds; accept fractions, ignore garbage)."""
    if value is None:
        return default
    try:
        seconds = float(value.strip())
    except ValueError:
        return default
    return seconds if seconds >= 0 and seconds == seconds else default


async def with_retries(
    attempt: Callable[[int], Awaitable[T]],
    *,
    policy: RetryPolicy,
    what: str,
    on_retry_after: Callable[[float], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """Call `attempt(n)` until it returns, raises something other than RetryLater, or the budget runs out.

    A budget overrun raises SendFailed(retriable=True): the notifier records it and may try again later.
    """
    start = clock()
    n = 0
    while True:
        n += 1
        try:
            return await attempt(n)
        except RetryLater as exc:
            delay = exc.retry_after if exc.retry_after is not None else policy.backoff(n)
            elapsed = clock() - start
            if elapsed + delay > policy.max_wait:
                raise SendFailed(
                    f"{what}: gave up after {n} attempts in {elapsed:.1f}s (last: {exc.reason})",
                    "Slack is unreachable or overloaded; record the alert as failed and retry it later",
                    retriable=True,
                    code=exc.reason,
                    attempts=n,
                    retry_after=exc.retry_after,
                ) from exc
            if exc.retry_after is not None and on_retry_after is not None:
                on_retry_after(exc.retry_after)
            await sleep(delay)
