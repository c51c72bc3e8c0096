"""Delivery with the real slack_sdk clients against the local Slack-compatible server.

Timing assertions use the server's own arrival times and generous tolerances: they check that waits happen
(Retry-After, one message per second per channel), never exact durations.
"""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from streams.config.subscriptions import Subscription
from streams.notify.destinations import build_destinations
from streams.notify.render import render_slack
from streams.notify.retry import RetryPolicy, SendFailed
from streams.notify.sink import ConsoleSink
from streams.notify.slack import SlackSink, WebhookSink
from streams.settings import SecretStr, Settings
from tests.notify.events import message, source
from tests.servers.slack_server import SlackServer


def sink_for(
    slack: SlackServer, policy: RetryPolicy, interval: float = 1.0, token: str | None = None
) -> SlackSink:
    return SlackSink(token or slack.token, base_url=slack.base_url, policy=policy, interval=interval)


async def test_send_posts_blocks_and_returns_ts_and_channel_id(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    sink = sink_for(slack, quick_policy)
    rendered = render_slack(message())
    try:
        result = await sink.send("#alerts", rendered.text, rendered.blocks)
    finally:
        await sink.close()
    [received] = slack.messages
    assert result.channel == slack.channel_id("alerts") == received.channel
    assert result.ts == received.ts and result.attempts == 1
    assert received.blocks == rendered.blocks and received.text == rendered.text
    assert received.thread_ts is None and not received.reply_broadcast
    assert sink.client.retry_handlers == []  # our loop is the only retry loop


async def test_injection_arrives_as_inert_escaped_text(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    evil = "<!channel> pay now <@U123> <https://evil.example|bank>"
    rendered = render_slack(message(title=evil, sources=[source(outlet="<!here>", title=evil)]))
    sink = sink_for(slack, quick_policy)
    try:
        await sink.send("alerts", rendered.text, rendered.blocks)
    finally:
        await sink.close()
    [received] = slack.messages
    wire = str(received.payload)
    for raw in ("<!channel>", "<!here>", "<@U123>", "<https://evil.example|bank>"):
        assert raw not in wire
    assert received.blocks is not None
    assert received.blocks[0]["text"]["text"].startswith("&lt;!channel&gt; pay now &lt;@U123&gt;")
    assert received.payload["link_names"] is False and received.payload["unfurl_links"] is False


async def test_long_text_is_accepted_by_slack_limits(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    huge = "Amende & <sanction> " * 2000
    m = message(title=huge, companies=[huge], sources=[source(f"o{i}", title=huge) for i in range(80)])
    rendered = render_slack(m)
    sink = sink_for(slack, quick_policy)
    try:
        await sink.send("alerts", rendered.text, rendered.blocks)  # the server enforces Slack's limits
    finally:
        await sink.close()
    assert len(slack.messages) == 1


async def test_429_is_retried_after_retry_after(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    slack.fail_next(1, status=429, retry_after=1)
    sink = sink_for(slack, quick_policy)
    try:
        result = await sink.send("alerts", "hello")
    finally:
        await sink.close()
    first, second = slack.calls
    assert first.status == 429 and second.status == 200 and result.attempts == 2
    assert second.at - first.at >= 0.9  # waited the announced second, not the short backoff
    assert len(slack.messages) == 1


async def test_429_holds_back_other_sends_to_the_same_channel(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    slack.fail_next(1, status=429, retry_after=2)
    sink = sink_for(slack, quick_policy, interval=0.05)
    try:
        await asyncio.gather(sink.send("alerts", "one"), sink.send("alerts", "two"))
    finally:
        await sink.close()
    first_call = slack.calls[0]
    assert [m.text for m in slack.messages] == ["one", "two"]
    assert all(m.at - first_call.at >= 1.8 for m in slack.messages)


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"status": 503},
        {"status": 502, "body": "<html>Bad gateway</html>"},
        {"error": "internal_error"},
    ],
)
async def test_server_errors_are_retried_then_succeed(
    slack: SlackServer, quick_policy: RetryPolicy, fault: dict[str, object]
) -> None:
    slack.fail_next(2, **fault)  # type: ignore[arg-type]
    sink = sink_for(slack, quick_policy, interval=0.05)
    try:
        result = await sink.send("alerts", "after two failures")
    finally:
        await sink.close()
    assert result.attempts == 3
    assert [c.status for c in slack.calls][-1] == 200 and len(slack.calls) == 3
    assert [m.text for m in slack.messages] == ["after two failures"]


async def test_a_hung_request_times_out_and_is_retried(slack: SlackServer) -> None:
    slack.fail_next(1, hang=3)
    sink = sink_for(
        slack, RetryPolicy(max_wait=10, base_delay=0.05, max_delay=0.2, timeout=0.5), interval=0.05
    )
    try:
        result = await sink.send("alerts", "eventually")
    finally:
        await sink.close()
    # A second attempt happened, so the 0.5 s timeout cut the 3 s hang short (the hung call never answers).
    assert result.attempts == 2 and len(slack.messages) == 1


async def test_an_outage_delays_but_loses_nothing(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    slack.outage(2.0)
    sink = sink_for(slack, quick_policy, interval=0.05)
    started = time.monotonic()
    try:
        results = await asyncio.gather(
            *(sink.send(ch, f"{ch}-{i}") for i in range(3) for ch in ("alerts", "legal"))
        )
    finally:
        await sink.close()
    assert time.monotonic() - started >= 1.8
    assert sorted(m.text or "" for m in slack.messages) == sorted(
        f"{ch}-{i}" for i in range(3) for ch in ("alerts", "legal")
    )
    assert len({r.ts for r in results}) == 6
    # Per channel, order is kept even through the outage.
    assert [m.text for m in slack.messages_in("alerts")] == ["alerts-0", "alerts-1", "alerts-2"]
    assert any(c.status == 503 for c in slack.calls)


async def test_giving_up_after_the_budget_is_retriable(slack: SlackServer) -> None:
    slack.outage()
    sink = sink_for(
        slack, RetryPolicy(max_wait=1.0, base_delay=0.05, max_delay=0.2, timeout=1.0), interval=0.05
    )
    try:
        with pytest.raises(SendFailed) as info:
            await sink.send("alerts", "lost?")
    finally:
        await sink.close()
    assert info.value.retriable and info.value.attempts >= 3 and info.value.code == "service_unavailable"
    assert slack.messages == []


@pytest.mark.parametrize(
    "error",
    [
        "channel_not_found",
        "not_in_channel",
        "invalid_auth",
        "account_inactive",
        "token_revoked",
        "msg_too_long",
        "is_archived",
        "some_new_error_slack_invented",
    ],
)
async def test_permanent_errors_fail_at_once(
    slack: SlackServer, quick_policy: RetryPolicy, error: str
) -> None:
    slack.fail_next(1, error=error)
    sink = sink_for(slack, quick_policy)
    try:
        with pytest.raises(SendFailed) as info:
            await sink.send("alerts", "refused")
    finally:
        await sink.close()
    assert not info.value.retriable and info.value.code == error and info.value.attempts == 1
    assert len(slack.calls) == 1 and slack.messages == []


async def test_real_refusals_from_the_server(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    slack.archive("legal")
    good, bad_token = sink_for(slack, quick_policy), sink_for(slack, quick_policy, token="xoxb-wrong")
    try:
        for sink, channel, code in [
            (good, "#nowhere", "channel_not_found"),
            (good, "#legal", "is_archived"),
            (bad_token, "#alerts", "invalid_auth"),
        ]:
            with pytest.raises(SendFailed) as info:
                await sink.send(channel, "x")
            assert (info.value.code, info.value.retriable) == (code, False)
            assert "Fix:" in str(info.value)
    finally:
        await good.close()
        await bad_token.close()
    assert len(slack.calls) == 3


async def test_one_message_per_second_per_channel_and_channels_in_parallel(
    slack: SlackServer, quick_policy: RetryPolicy
) -> None:
    sink = sink_for(slack, quick_policy)  # the production interval: 1 s
    try:
        await asyncio.gather(*(sink.send(ch, f"{ch}-{i}") for i in range(3) for ch in ("alerts", "legal")))
    finally:
        await sink.close()
    for channel in ("alerts", "legal"):
        got = slack.messages_in(channel)
        assert [m.text for m in got] == [f"{channel}-{i}" for i in range(3)]
        gaps = [b.at - a.at for a, b in itertools.pairwise(got)]
        assert all(gap >= 0.9 for gap in gaps), gaps
    # In parallel, not one channel after the other: each channel's first message arrives before the
    # other channel's last (serially, one channel's three messages would all come first).
    alerts, legal = slack.messages_in("alerts"), slack.messages_in("legal")
    assert alerts[0].at < legal[-1].at and legal[0].at < alerts[-1].at


async def test_thread_replies_and_appeal_broadcast(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    sink = sink_for(slack, quick_policy, interval=0.05)
    fine = message()
    try:
        first = render_slack(fine)
        parent = await sink.send("alerts", first.text, first.blocks, first.thread_ts, first.broadcast)
        update = render_slack(message(kind="update", revision=1, changes=["new_source"]), thread_ts=parent.ts)
        await sink.send("alerts", update.text, update.blocks, update.thread_ts, update.broadcast)
        appeal = render_slack(
            message(
                event_id="evt_appeal",
                primary="appeal",
                types=["appeal"],
                related_event_id=fine.event_id,
                root_event_id=fine.event_id,
            ),
            thread_ts=parent.ts,
        )
        await sink.send("alerts", appeal.text, appeal.blocks, appeal.thread_ts, appeal.broadcast)
    finally:
        await sink.close()
    top, reply, appeal_reply = slack.messages
    assert top.thread_ts is None and not top.reply_broadcast
    assert reply.thread_ts == parent.ts and not reply.reply_broadcast
    assert appeal_reply.thread_ts == parent.ts and appeal_reply.reply_broadcast


async def test_webhook_sink(slack: SlackServer, quick_policy: RetryPolicy) -> None:
    rendered = render_slack(message())
    hook = WebhookSink(slack.webhook_url, policy=quick_policy, interval=0.05)
    missing = WebhookSink(slack.url + "services/T0/B0/unknown", policy=quick_policy)
    try:
        slack.fail_next(1, status=429, retry_after=1)
        slack.fail_next(1, status=500)
        result = await hook.send("webhook:team", rendered.text, rendered.blocks)
        with pytest.raises(SendFailed) as info:
            await missing.send("webhook:gone", "x")
    finally:
        await hook.close()
        await missing.close()
    assert result.ts is None and result.attempts == 3
    [received] = slack.messages
    assert received.via == "webhook" and received.channel == slack.channel_id("alerts")
    assert received.blocks == rendered.blocks
    assert info.value.code == "no_service" and not info.value.retriable


async def test_destinations_from_settings(
    slack: SlackServer, quick_policy: RetryPolicy, capfd: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(
        slack_token=SecretStr(slack.token), slack_base_url=slack.base_url, slack_channel="#alerts"
    )
    subs = [
        Subscription(name="console", destination="console"),
        Subscription(name="slack", destination="slack", channel="#alerts"),
        Subscription(name="hook", destination="webhook", webhook_url=slack.webhook_url_for("legal")),
    ]
    destinations = build_destinations(subs, settings, policy=quick_policy)
    try:
        for sub in subs:
            sink = destinations.sink_for(sub)
            await sink.send(sub.target, f"to {sub.name}")
        assert isinstance(destinations.sink_for(subs[0]), ConsoleSink)
    finally:
        await destinations.close()
    assert "to console" in capfd.readouterr().out
    assert {(m.channel, m.text) for m in slack.messages} == {
        (slack.channel_id("alerts"), "to slack"),
        (slack.channel_id("legal"), "to hook"),
    }


async def test_server_accepts_form_bodies_and_raw_sdk_calls(slack: SlackServer) -> None:
    client = AsyncWebClient(token=slack.token, base_url=slack.base_url)
    response = await client.api_call(
        "chat.postMessage",
        data={
            "channel": "alerts",
            "text": "form",
            "blocks": "[]",
            "reply_broadcast": "true",
            "thread_ts": "1.0",
        },
    )
    assert response["ok"]
    [received] = slack.messages
    assert received.text == "form" and received.reply_broadcast and received.thread_ts == "1.0"
