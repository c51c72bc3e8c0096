"""Shared pieces of the ingest tests: a real local feed server, feed configs, a short-timeout client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from streams.config.feeds import FeedConfig
from streams.ingest.fetch import _LEAN_TRANSPORTS, ACCEPT_ENCODING, make_client
from tests.servers.feed_server import FeedServer

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
UA = "enforcement-streams-test/1.0"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def make_feed(url: str, feed_id: str = "test-feed", *, interval_s: float = 900.0, **kw: object) -> FeedConfig:
    values: dict[str, object] = dict(
        id=feed_id,
        name="Test Feed",
        url=url,
        language="en",
        kind="regulator",
        jurisdiction="FR",
        interval_s=interval_s,
        enabled=True,
        user_agent=None,
    )
    values.update(kw)
    return FeedConfig(**values)  # type: ignore[arg-type]


# How `client()` builds its client; test_fetch runs every test with each flavour:
# "lean" = make_client as the worker uses it (fetch sends on the lean transport directly),
# "lean-httpx" = the same transport reached through httpx's client layer (any caller using client.get),
# "httpcore" = a stock httpx client, so fetch never depends on our transport.
FLAVOUR = {"name": "lean"}


# Timeouts that only a test about timeouts makes short (it passes its own): on a loaded machine (CI beside
# other jobs) a local answer can take more than half a second, and a test about validators must not fail as a
# timeout.
_PATIENT_S = 5.0


@asynccontextmanager
async def client(read_timeout_s: float = _PATIENT_S) -> AsyncIterator[httpx.AsyncClient]:
    flavour = FLAVOUR["name"]
    if flavour == "httpcore":
        timeout = httpx.Timeout(connect=_PATIENT_S, read=read_timeout_s, write=_PATIENT_S, pool=_PATIENT_S)
        headers = {"User-Agent": UA, "Accept-Encoding": ACCEPT_ENCODING}
        async with httpx.AsyncClient(timeout=timeout, headers=headers, follow_redirects=False) as c:
            yield c
        return
    async with make_client(UA, connect_timeout_s=_PATIENT_S, read_timeout_s=read_timeout_s) as c:
        if flavour == "lean-httpx":
            _LEAN_TRANSPORTS.pop(c, None)
        yield c


def rss(items: list[tuple[str | None, str | None, str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document from (guid, link, title, description) tuples, newest first."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{title}</title><link>https://regulator.example/</link><language>en</language>",
    ]
    for i, (guid, link, item_title, description) in enumerate(items):
        parts.append("<item>")
        if guid is not None:
            parts.append(f'<guid isPermaLink="false">{guid}</guid>')
        if link is not None:
            parts.append(f"<link>{link}</link>")
        parts.append(f"<title>{item_title}</title><description>{description}</description>")
        parts.append(f"<pubDate>Fri, {13 - i % 10:02d} Jun 2025 10:00:00 GMT</pubDate></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()
