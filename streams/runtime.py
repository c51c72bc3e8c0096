"""What a worker loads once and shares: the validated configuration and the network clients.

Configuration is loaded and validated at start (`check_configuration`), so a broken feeds.yaml stops the
worker before it consumes anything. Clients are created on first use inside the running loop and closed
when the worker stops (the `Resources` service).
"""

from __future__ import annotations

import functools
from typing import Any

import mode

from streams.app import app, settings
from streams.config.feeds import FeedRegistry, load_feeds


@functools.cache
def feed_registry() -> FeedRegistry:
    return load_feeds(settings.feeds_file)


@functools.cache
def subscriptions() -> list[Any]:
    from streams.config.subscriptions import load_subscriptions

    return list(load_subscriptions(settings.subscriptions_file, settings))


def check_configuration() -> None:
    """Load everything that can be wrong in configuration; raises ConfigError naming the fix."""
    feed_registry()
    subscriptions()


class _Clients:
    def __init__(self) -> None:
        self.http: Any = None
        self.sinks: dict[str, Any] = {}

    def http_client(self) -> Any:
        if self.http is None:
            from streams.ingest.fetch import make_client

            self.http = make_client(settings.user_agent)
        return self.http

    def destinations(self) -> Any:
        if "destinations" not in self.sinks:
            from streams.notify.destinations import build_destinations

            self.sinks["destinations"] = build_destinations(subscriptions(), settings)
        return self.sinks["destinations"]

    async def close(self) -> None:
        if self.http is not None:
            await self.http.aclose()
            self.http = None
        for sink in self.sinks.values():
            await sink.close()
        self.sinks.clear()


clients = _Clients()


@app.service
class Resources(mode.Service):
    """Closes the shared clients when the worker stops."""

    async def on_start(self) -> None:
        check_configuration()

    async def on_stop(self) -> None:
        await clients.close()
