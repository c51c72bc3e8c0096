"""Servers the integration tests share: a feed server with one regulator feed, and the Slack server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.feeds import OLD_NEWS, rss
from tests.integration.harness import TOKEN
from tests.notify.slack_faults import FaultySlack
from tests.servers.feed_server import FeedServer


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """Serves /dpa.xml with one old item: the first poll is backfill."""
    with FeedServer() as server:
        server.set_feed("/dpa.xml", rss(OLD_NEWS), etag='"v1"')
        yield server


@pytest.fixture
def slack() -> Iterator[FaultySlack]:
    """The local Slack-compatible server (with fault injection), channel #alerts."""
    server = FaultySlack(token=TOKEN, channels=("alerts",))
    with server:
        yield server
