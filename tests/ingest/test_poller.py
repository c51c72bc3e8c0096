"""poll_once end to end against the local server: backfill, 304, new items, broken bodies, no re-parse."""

from __future__ import annotations

from datetime import timedelta

import pytest

from streams.ingest import poller
from streams.ingest.fetch import HostLimiter
from streams.ingest.poller import poll_feed, poll_once
from streams.ingest.state import initial_state
from tests.ingest.conftest import NOW, client, fixture_bytes, make_feed, rss
from tests.servers.feed_server import FeedServer


async def test_poll_cycle_backfill_then_304_then_a_new_item(server: FeedServer) -> None:
    doc = [("g1", "https://regulator.example/1", "Old decision", "Old")]
    server.set_feed("/rss", rss(doc), etag='"v1"')
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        first = await poll_once(c, feed, initial_state(feed), now=NOW)
        assert [i.backfill for i in first.items] == [True] and first.error is None
        second = await poll_once(c, feed, first.state, now=NOW + timedelta(minutes=15))
        assert second.fetch.status == "not_modified" and second.items == []
        server.set_feed(
            "/rss", rss([("g2", "https://regulator.example/2", "Fine", "EUR 1m"), *doc]), etag='"v2"'
        )
        state, items = await poll_feed(c, feed, second.state, now=NOW + timedelta(minutes=30))
    assert [(i.guid, i.backfill) for i in items] == [("g2", False)]
    assert state.etag == '"v2"' and state.items_emitted == 1


async def test_an_unchanged_body_is_never_parsed_again(
    server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.set_feed("/rss", fixture_bytes("cnil_rss20.xml"))
    server.set_behaviour("/rss", ignore_conditional=True)
    feed = make_feed(server.url("/rss"))
    parses = 0
    real = poller.parse_in_thread

    async def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nonlocal parses
        parses += 1
        return await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(poller, "parse_in_thread", counting)
    async with client() as c:
        state = (await poll_once(c, feed, initial_state(feed), now=NOW)).state
        for _ in range(3):
            outcome = await poll_once(c, feed, state, now=NOW)
            assert outcome.fetch.status == "unchanged" and outcome.items == []
            state = outcome.state
    assert parses == 1


async def test_invalid_xml_is_a_failure_and_the_same_body_is_retried(server: FeedServer) -> None:
    server.set_feed("/bad", fixture_bytes("garbage.bin"), etag='"bad"')
    feed = make_feed(server.url("/bad"))
    async with client() as c:
        outcome = await poll_once(c, feed, initial_state(feed), now=NOW)
        assert outcome.error is not None and outcome.error.code == "malformed"
        assert outcome.state.failures == 1 and outcome.state.etag is None and outcome.state.body_hash is None
        again = await poll_once(c, feed, outcome.state, now=NOW)
    assert again.state.failures == 2 and "if-none-match" not in server.requests_for("/bad")[1].headers


async def test_an_entity_bomb_from_the_network_is_refused_and_recorded(server: FeedServer) -> None:
    server.set_feed("/bomb", fixture_bytes("billion_laughs.xml"))
    feed = make_feed(server.url("/bomb"))
    async with client() as c:
        outcome = await poll_once(c, feed, initial_state(feed), now=NOW, limiter=HostLimiter())
    assert outcome.error is not None and outcome.error.code == "entities" and outcome.items == []
    assert "entities" in (outcome.state.last_error or "")


async def test_a_recovered_malformed_feed_emits_items_with_a_warning(server: FeedServer) -> None:
    server.set_feed("/reg", fixture_bytes("malformed_recoverable.xml"))
    feed = make_feed(server.url("/reg"), kind="news", jurisdiction=None)
    async with client() as c:
        outcome = await poll_once(c, feed, initial_state(feed), now=NOW)
    assert len(outcome.items) == 2 and outcome.warnings and outcome.error is None
