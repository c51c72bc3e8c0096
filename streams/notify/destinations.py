"""The sinks a notifier needs for its subscriptions, built once at start and closed at stop.

One SlackSink serves every Slack subscription (one client, one per-channel limiter); one WebhookSink per
webhook URL; one ConsoleSink.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from streams.config.subscriptions import Subscription
from streams.errors import ConfigError
from streams.notify.retry import RetryPolicy
from streams.notify.sink import ConsoleSink, Sink
from streams.notify.slack import SlackSink, WebhookSink
from streams.settings import Settings


class Destinations:
    def __init__(
        self,
        console: ConsoleSink,
        slack: SlackSink | None = None,
        webhooks: dict[str, WebhookSink] | None = None,
    ) -> None:
        self.console = console
        self.slack = slack
        self.webhooks = webhooks or {}

    def sink_for(self, sub: Subscription) -> Sink:
        if sub.destination == "slack":
            if self.slack is None:
                raise ConfigError(
                    f"subscription {sub.name!r} sends to Slack but no Slack sink was built",
                    "set STREAMS_SLACK_TOKEN",
                )
            return self.slack
        if sub.destination == "webhook":
            return self.webhooks[sub.webhook_url or ""]
        return self.console

    async def close(self) -> None:
        sinks: list[Sink] = [self.console, *self.webhooks.values()]
        if self.slack is not None:
            sinks.append(self.slack)
        for sink in sinks:
            await sink.close()


def build_destinations(
    subs: Sequence[Subscription],
    settings: Settings,
    *,
    policy: RetryPolicy | None = None,
    interval: float = 1.0,
    stream: TextIO | None = None,
) -> Destinations:
    """Sinks for `subs`. Slack is built when any subscription needs it (load_subscriptions has already
    checked that a token is set). The retry policy comes from the settings unless one is given."""
    policy = policy or RetryPolicy.from_settings(settings)
    slack = None
    if any(s.destination == "slack" for s in subs):
        slack = SlackSink.from_settings(settings, policy=policy, interval=interval)
    webhooks = {
        s.webhook_url: WebhookSink(s.webhook_url, policy=policy, interval=interval)
        for s in subs
        if s.destination == "webhook" and s.webhook_url
    }
    return Destinations(ConsoleSink(stream), slack, webhooks)
