"""Fixtures for the notifier library: a live Slack-compatible server and quick retry policies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from streams.notify.retry import RetryPolicy
from tests.servers.slack_server import SlackServer


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer(channels=["alerts", "legal", "fines"]) as server:
        yield server


@pytest.fixture
def quick_policy() -> RetryPolicy:
    """Seconds instead of minutes: enough to see retries happen, short enough for a fast suite."""
    return RetryPolicy(max_wait=10.0, base_delay=0.05, max_delay=0.4, timeout=2.0)
