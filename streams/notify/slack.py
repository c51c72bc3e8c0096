"""Delivery to Slack: the Web API (`chat.postMessage`, threads) and incoming webhooks.

One client per sink, created once, closed at stop. Each send: wait for the channel's rate-limit slot, post,
and on failure decide (retry.classify) between waiting Retry-After, backing off, or failing at once with a
non-retriable DeliveryError. The slack_sdk clients get `retry_handlers=[]` so ours is the only retry loop.

How slack_sdk reports failures (slack_sdk 3.47, web/async_base_client.py and async_slack_response.py):
`AsyncSlackResponse.validate()` raises `SlackApiError` for any non-200 status or `ok: false`;
`e.response.status_code`, `e.response.headers` (case-insensitive), `e.response["error"]`. A non-JSON body
can surface as SlackApiError whose `response` is a raw aiohttp response (`.status`, no `.status_code`).
Network failures and timeouts surface as aiohttp.ClientError / asyncio.TimeoutError.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from streams.notify.ratelimit import ChannelRateLimiter
from streams.notify.retry import (
    RetryLater,
    RetryPolicy,
    SendFailed,
    classify,
    parse_retry_after,
    permanent,
    with_retries,
)
from streams.notify.sink import SendResult
from streams.settings import Settings

_NETWORK_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


class _HttpSink:
    """What both Slack sinks share: the retry policy, the per-channel limiter, and one aiohttp session."""

    client: Any  # a slack_sdk async client; its `session` attribute is set to ours

    def __init__(self, policy: RetryPolicy | None, interval: float) -> None:
        self.policy = policy or RetryPolicy()
        self.limiter = ChannelRateLimiter(interval)
        self._session: aiohttp.ClientSession | None = None

    def _ensure_session(self) -> None:
        # An aiohttp session belongs to the running loop, so it is made at the first send, not in __init__;
        # without one slack_sdk would open and close a session (and a TCP connection) per message.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.policy.timeout))
            self.client.session = self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


class SlackSink(_HttpSink):
    """Posts through the bot token. At most one message per second per channel; channels run in parallel."""

    kind = "slack"

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        interval: float = 1.0,
    ) -> None:
        super().__init__(policy, interval)
        self.client = AsyncWebClient(
            token=token,
            base_url=base_url or AsyncWebClient.BASE_URL,
            # Only used when slack_sdk makes its own session; ours (below) carries the same timeout.
            timeout=max(1, round(self.policy.timeout)),
            retry_handlers=[],
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, *, policy: RetryPolicy | None = None, interval: float = 1.0
    ) -> SlackSink:
        return cls(
            settings.slack_token.get_secret_value(),
            base_url=settings.slack_base_url or None,
            policy=policy,
            interval=interval,
        )

    async def send(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        broadcast: bool = False,
    ) -> SendResult:
        """Post one message; returns its ts (the thread parent to remember) and the channel id.

        Raises SendFailed (a DeliveryError): retriable=False at once for permanent refusals,
        retriable=True when the policy's total wait runs out.
        """
        self._ensure_session()
        what = f"chat.postMessage to {channel}"

        async def attempt(n: int) -> SendResult:
            await self.limiter.acquire(channel)
            try:
                resp = await self.client.chat_postMessage(
                    channel=channel,
                    text=text,
                    blocks=blocks or None,
                    thread_ts=thread_ts,
                    reply_broadcast=True if (broadcast and thread_ts) else None,
                    # Nothing in our text should become a mention or a preview of a third-party page.
                    link_names=False,
                    unfurl_links=False,
                    unfurl_media=False,
                )
            except SlackApiError as exc:
                raise self._judge(exc, what, n, channel) from exc
            except _NETWORK_ERRORS as exc:
                raise RetryLater(f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc
            return SendResult(ts=resp.get("ts"), channel=resp.get("channel") or channel, attempts=n)

        async with self.limiter.turn(channel):
            return await with_retries(
                attempt,
                policy=self.policy,
                what=what,
                on_retry_after=lambda seconds: self.limiter.defer(channel, seconds),
            )

    @staticmethod
    def _judge(exc: SlackApiError, what: str, attempts: int, channel: str) -> Exception:
        response = exc.response
        status = getattr(response, "status_code", None) or getattr(response, "status", None)
        data = getattr(response, "data", None)
        code = data.get("error") if isinstance(data, dict) else None
        verdict = classify(status, code)
        if verdict == "rate_limited":
            headers = getattr(response, "headers", None) or {}
            return RetryLater("ratelimited", parse_retry_after(headers.get("Retry-After")))
        if verdict == "transient":
            return RetryLater(code or f"HTTP {status}")
        return permanent(what, code or f"HTTP {status}", attempts)


class WebhookSink(_HttpSink):
    """Posts to one incoming webhook. Webhooks return no ts, so they cannot open or join threads."""

    kind = "webhook"

    def __init__(self, url: str, *, policy: RetryPolicy | None = None, interval: float = 1.0) -> None:
        super().__init__(policy, interval)
        self.client = AsyncWebhookClient(url, timeout=max(1, round(self.policy.timeout)), retry_handlers=[])

    async def send(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        broadcast: bool = False,
    ) -> SendResult:
        self._ensure_session()
        what = f"incoming webhook {channel or '(unnamed)'}"
        key = channel or "webhook"

        async def attempt(n: int) -> SendResult:
            await self.limiter.acquire(key)
            try:
                resp = await self.client.send(
                    text=text, blocks=blocks or None, unfurl_links=False, unfurl_media=False
                )
            except _NETWORK_ERRORS as exc:
                raise RetryLater(f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc
            if 200 <= resp.status_code < 300:
                return SendResult(ts=None, channel=channel, attempts=n)
            # Webhooks answer errors as plain text bodies ("invalid_payload", "channel_not_found").
            code = (resp.body or "").strip()[:100] or f"HTTP {resp.status_code}"
            verdict = classify(resp.status_code, code)
            if verdict == "rate_limited":
                raise RetryLater("ratelimited", parse_retry_after(_header(resp.headers, "Retry-After")))
            if verdict == "transient":
                raise RetryLater(code)
            raise permanent(what, code, n)

        async with self.limiter.turn(key):
            return await with_retries(
                attempt, policy=self.policy, what=what, on_retry_after=lambda s: self.limiter.defer(key, s)
            )


def _header(headers: Any, name: str) -> str | None:
    for key, value in dict(headers or {}).items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else str(value)
    return None


__all__ = ["SendFailed", "SlackSink", "WebhookSink"]
