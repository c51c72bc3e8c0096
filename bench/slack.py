"""Slack delivery benchmark: rate-limited sending with the real slack_sdk client against the local server.

Claims checked: N alerts to one channel take no more than 1.1 × N seconds with zero drops; K channels in
parallel take about the same wall time as one; an outage delays but drops nothing. The baseline, measured
in the same run, is raw `AsyncWebClient.chat_postMessage` calls without our limiter and retries: the
floor of what the client and server cost per message. Only 127.0.0.1 is used.

    from bench.slack import run
    print(run(quick=True))
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402

from streams.notify.render import render_slack  # noqa: E402
from streams.notify.retry import RetryPolicy  # noqa: E402
from streams.notify.slack import SlackSink  # noqa: E402
from tests.notify.events import message  # noqa: E402
from tests.servers.slack_server import Received, SlackServer  # noqa: E402

POLICY = RetryPolicy(max_wait=60.0, base_delay=0.1, max_delay=1.0, timeout=5.0)


def run(quick: bool) -> dict[str, Any]:
    n, k = (10, 4) if quick else (30, 8)
    return asyncio.run(_run(n, k))


async def _run(n: int, k: int) -> dict[str, Any]:
    channels = [f"bench-{i}" for i in range(k)]
    rendered = render_slack(message())
    with SlackServer(channels=["one", *channels, "raw", "outage"]) as slack:
        one = await _timed_sends(slack, {"one": n}, rendered.blocks)
        many = await _timed_sends(slack, dict.fromkeys(channels, n), rendered.blocks)
        raw_one = await _raw(slack, {"raw": n}, rendered.blocks)
        raw_many = await _raw(slack, dict.fromkeys(channels, n), rendered.blocks)
        slack.outage(2.0)
        outage = await _timed_sends(slack, {"outage": 5}, rendered.blocks)

    return {
        "messages_one_channel": n,
        "seconds_one_channel": round(one["seconds"], 3),
        "seconds_per_message_one_channel": round(one["seconds"] / n, 3),
        "limit_seconds_one_channel": round(1.1 * n, 1),
        "one_channel_within_limit": one["seconds"] <= 1.1 * n,
        "min_gap_seconds_one_channel": one["min_gap"],
        "channels": k,
        "messages_per_channel": n,
        "seconds_k_channels": round(many["seconds"], 3),
        "k_channels_vs_one_ratio": round(many["seconds"] / one["seconds"], 3),
        "min_gap_seconds_k_channels": many["min_gap"],
        "dropped": one["dropped"] + many["dropped"] + outage["dropped"],
        "outage_seconds": 2.0,
        "outage_messages": 5,
        "outage_dropped": outage["dropped"],
        "outage_total_seconds": round(outage["seconds"], 3),
        "baseline_raw_sdk_seconds_per_message_one_channel": round(raw_one["seconds"] / n, 4),
        "baseline_raw_sdk_seconds_k_channels": round(raw_many["seconds"], 3),
        "baseline_dropped": raw_one["dropped"] + raw_many["dropped"],
    }


async def _timed_sends(
    slack: SlackServer, plan: dict[str, int], blocks: list[dict[str, Any]]
) -> dict[str, Any]:
    """Send plan[channel] messages per channel through SlackSink, all channels at once."""
    sink = SlackSink(slack.token, base_url=slack.base_url, policy=POLICY)
    before = len(slack.messages)
    started = time.monotonic()
    try:
        await asyncio.gather(
            *(sink.send(ch, f"{ch} #{i}", blocks) for ch, count in plan.items() for i in range(count)),
            return_exceptions=True,  # a failure is counted as a drop below, not raised
        )
    finally:
        await sink.close()
    seconds = time.monotonic() - started
    return _summary(slack.messages[before:], plan, seconds)


async def _raw(slack: SlackServer, plan: dict[str, int], blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """The baseline: the client alone, sequential per channel, no spacing, no retries of our own."""
    client = AsyncWebClient(token=slack.token, base_url=slack.base_url)
    before = len(slack.messages)

    async def channel_run(channel: str, count: int) -> None:
        for i in range(count):
            await client.chat_postMessage(channel=channel, text=f"raw {channel} #{i}", blocks=blocks)

    started = time.monotonic()
    await asyncio.gather(*(channel_run(ch, count) for ch, count in plan.items()), return_exceptions=True)
    seconds = time.monotonic() - started
    return _summary(slack.messages[before:], plan, seconds)


def _summary(received: list[Received], plan: dict[str, int], seconds: float) -> dict[str, Any]:
    by_channel: dict[str, list[Received]] = {}
    for m in received:
        by_channel.setdefault(m.channel, []).append(m)
    gaps = [b.at - a.at for got in by_channel.values() for a, b in itertools.pairwise(got)]
    distinct = {(m.channel, m.text) for m in received}
    return {
        "seconds": seconds,
        "dropped": sum(plan.values()) - len(distinct),
        "min_gap": round(min(gaps), 3) if gaps else None,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--full" not in sys.argv), indent=2))
