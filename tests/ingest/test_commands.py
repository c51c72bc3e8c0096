"""`streams feeds check [--probe]` and `streams feeds status` over the library, against the local server."""

from __future__ import annotations

from email.utils import format_datetime
from pathlib import Path

import pytest

from streams.clock import utcnow
from streams.ingest.commands import feeds_check, feeds_status
from streams.records import FeedState
from streams.settings import Settings
from tests.ingest.conftest import fixture_bytes
from tests.servers.feed_server import FeedServer


def settings_for(tmp_path: Path, server: FeedServer, extra: str = "") -> Settings:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        f"  - id: local-cnil\n    url: {server.url('/cnil')}\n    kind: regulator\n    jurisdiction: FR\n"
        f"    language: fr\n{extra}",
        encoding="utf-8",
    )
    return Settings(feeds_file=path, data_dir=tmp_path)


async def test_check_probe_fetches_each_feed(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.set_feed("/cnil", fixture_bytes("cnil_rss20.xml"))  # items from June 2025
    settings = settings_for(tmp_path, server)
    assert await feeds_check(settings) == 0
    assert await feeds_check(settings, probe=True) == 1  # fetched fine, but stale by now
    out = capsys.readouterr().out
    assert "1 feeds, 1 enabled: valid" in out and "local-cnil: 3 items" in out and "stale" in out
    fresh = fixture_bytes("cnil_rss20.xml").replace(
        b"Thu, 12 Jun 2025", format_datetime(utcnow()).encode()[:16]
    )
    server.set_feed("/cnil", fresh)
    assert await feeds_check(settings, probe=True) == 0
    server.set_behaviour("/cnil", status=500)
    assert await feeds_check(settings, probe=True) == 1  # never fetched successfully: unhealthy


async def test_check_reports_invalid_config(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path, server, extra="    interval: 5s\n")
    assert await feeds_check(settings) == 1
    assert "outside 30s..1d" in capsys.readouterr().err


async def test_status_is_non_zero_when_a_feed_fails(tmp_path: Path, server: FeedServer) -> None:
    settings = settings_for(tmp_path, server)
    assert await feeds_status(settings, "unused", {}) == 0
    failing = FeedState(
        feed_id="local-cnil", url="u", last_attempt="2025-06-15T12:00:00Z", failures=5, last_error="x"
    )
    assert await feeds_status(settings, "unused", {"local-cnil": failing}) == 1
