"""fetch() against a real HTTP server on 127.0.0.1: validators, redirects, limits, failures, timeouts."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import ssl
import subprocess
import time
from datetime import timedelta
from pathlib import Path

import pytest

from streams.clock import parse_iso
from streams.ingest.fetch import HostLimiter, fetch, make_client, poll_url, retry_after_seconds
from streams.ingest.state import apply_fetch, initial_state
from tests.ingest.conftest import FLAVOUR, NOW, UA, client, fixture_bytes, make_feed
from tests.servers.feed_server import FeedServer

LM = "Wed, 11 Jun 2025 10:00:00 GMT"


@pytest.fixture(autouse=True, params=["lean", "lean-httpx", "httpcore"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setitem(FLAVOUR, "name", request.param)
    return str(request.param)


async def test_first_fetch_sends_identity_headers_and_returns_the_body(server: FeedServer) -> None:
    body = fixture_bytes("cnil_rss20.xml")
    server.set_feed("/rss", body, etag='"v1"', last_modified=LM)
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.status == "ok" and result.body == body and result.http_status == 200
    assert result.etag == '"v1"' and result.last_modified == LM and result.body_hash
    (request,) = server.requests_for("/rss")
    assert request.headers["user-agent"] == UA
    assert request.headers["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in request.headers and "if-modified-since" not in request.headers


async def test_a_feed_can_declare_its_own_user_agent(server: FeedServer) -> None:
    server.set_feed("/sec", fixture_bytes("cnil_rss20.xml"))
    feed = make_feed(server.url("/sec"), user_agent="monitor (ops@example.com)")
    async with client() as c:
        await fetch(c, feed, initial_state(feed), now=NOW)
    assert server.requests_for("/sec")[0].headers["user-agent"] == "monitor (ops@example.com)"


async def test_etag_gives_a_304_not_modified(server: FeedServer) -> None:
    server.set_feed("/rss", fixture_bytes("cnil_rss20.xml"), etag='"abc"')
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        first = await fetch(c, feed, initial_state(feed), now=NOW)
        state = apply_fetch(feed, initial_state(feed), first, NOW)
        second = await fetch(c, feed, state, now=NOW)
    assert second.status == "not_modified" and second.http_status == 304 and second.body is None
    assert server.requests_for("/rss")[1].headers["if-none-match"] == '"abc"'
    after = apply_fetch(feed, state, second, NOW)
    assert after.etag == '"abc"' and after.body_hash == state.body_hash and after.failures == 0


async def test_last_modified_gives_a_304_not_modified(server: FeedServer) -> None:
    server.set_feed("/rss", fixture_bytes("cnil_rss20.xml"), last_modified=LM)
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        state = apply_fetch(
            feed, initial_state(feed), await fetch(c, feed, initial_state(feed), now=NOW), NOW
        )
        second = await fetch(c, feed, state, now=NOW)
    assert state.last_modified == LM
    assert second.status == "not_modified"
    assert server.requests_for("/rss")[1].headers["if-modified-since"] == LM


async def test_same_body_without_validator_support_is_unchanged_and_not_returned(server: FeedServer) -> None:
    server.set_feed("/rss", fixture_bytes("cnil_rss20.xml"), etag='"e"')
    server.set_behaviour("/rss", ignore_conditional=True)
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        state = apply_fetch(
            feed, initial_state(feed), await fetch(c, feed, initial_state(feed), now=NOW), NOW
        )
        second = await fetch(c, feed, state, now=NOW)
    assert second.status == "unchanged" and second.http_status == 200 and second.body is None


async def test_permanent_redirects_are_reported_so_the_state_moves(server: FeedServer) -> None:
    server.set_feed("/new", fixture_bytes("cnil_rss20.xml"))
    for status in (301, 308):
        server.set_behaviour(f"/old{status}", redirect_to="/new", redirect_status=status)
        feed = make_feed(server.url(f"/old{status}"))
        async with client() as c:
            result = await fetch(c, feed, initial_state(feed), now=NOW)
        assert result.status == "ok" and result.final_url == server.url("/new")
        assert result.permanent_url == server.url("/new")
        moved = apply_fetch(feed, initial_state(feed), result, NOW)
        assert moved.url == server.url("/new")
        async with client() as c:
            again = await fetch(c, feed, moved, now=NOW)  # polled at the new address from now on
        assert again.final_url == server.url("/new") and again.permanent_url is None
        edited = make_feed(server.url("/new?edited=1"))  # ...until someone edits the url in feeds.yaml
        assert poll_url(edited, moved) == server.url("/new?edited=1")


async def test_temporary_redirects_are_followed_but_the_url_stays(server: FeedServer) -> None:
    server.set_feed("/new", fixture_bytes("cnil_rss20.xml"))
    server.set_behaviour("/tmp", redirect_to="/new", redirect_status=302)
    server.set_behaviour("/moved", redirect_to="/tmp", redirect_status=301)
    feed = make_feed(server.url("/moved"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
        temporary = make_feed(server.url("/tmp"))
        direct = await fetch(c, temporary, initial_state(temporary), now=NOW)
    assert result.status == "ok" and result.final_url == server.url("/new")
    assert result.permanent_url == server.url("/tmp")  # only the permanent part of the chain is saved
    assert direct.status == "ok" and direct.permanent_url is None


async def test_redirect_loops_stop_after_five_hops(server: FeedServer) -> None:
    server.set_behaviour("/a", redirect_to="/b", redirect_status=302)
    server.set_behaviour("/b", redirect_to="/a", redirect_status=302)
    feed = make_feed(server.url("/a"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.status == "error" and result.error is not None and result.error.code == "redirects"
    assert len(server.requests) == 6


async def test_429_retry_after_seconds_is_a_floor_for_the_next_poll(server: FeedServer) -> None:
    server.set_behaviour("/rss", status=429, retry_after="7200")
    feed = make_feed(server.url("/rss"), interval_s=60)
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.status == "error" and result.http_status == 429 and result.retry_after_s == 7200
    assert result.error is not None and result.error.retriable and result.error.code == "rate_limited"
    state = apply_fetch(feed, initial_state(feed), result, NOW)
    assert state.failures == 1 and state.last_status == 429
    assert state.next_due is not None and parse_iso(state.next_due) >= NOW + timedelta(seconds=7200)


async def test_503_retry_after_http_date(server: FeedServer) -> None:
    server.set_behaviour("/rss", status=503, retry_after="Sun, 15 Jun 2025 12:30:00 GMT")
    feed = make_feed(server.url("/rss"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.retry_after_s == 1800
    assert retry_after_seconds("garbage", NOW) is None and retry_after_seconds("99999999", NOW) == 86400


async def test_500_backs_off_exponentially_and_recovers(server: FeedServer) -> None:
    server.set_behaviour("/rss", status=500)
    feed = make_feed(server.url("/rss"), interval_s=600)
    state = initial_state(feed)
    delays = []
    async with client() as c:
        for _ in range(4):
            result = await fetch(c, feed, state, now=NOW)
            assert result.error is not None and result.error.retriable and result.http_status == 500
            state = apply_fetch(feed, state, result, NOW)
            assert state.next_due is not None
            delays.append((parse_iso(state.next_due) - NOW).total_seconds())
        assert state.failures == 4 and "HTTP 500" in (state.last_error or "")
        for n, delay in enumerate(delays, start=1):  # interval * 2^failures, ±10% jitter
            assert 0.9 <= delay / (600 * 2**n) <= 1.1
        server.clear_behaviour("/rss")
        server.set_feed("/rss", fixture_bytes("cnil_rss20.xml"))
        state = apply_fetch(feed, state, await fetch(c, feed, state, now=NOW), NOW)
    assert state.failures == 0 and state.last_error is None and state.last_success is not None


async def test_a_hanging_server_times_out_while_other_feeds_keep_working(server: FeedServer) -> None:
    server.set_behaviour("/hang", hang=True)
    server.set_feed("/ok", fixture_bytes("cnil_rss20.xml"))
    hang, ok = make_feed(server.url("/hang"), "hang"), make_feed(server.url("/ok"), "ok")
    async with client(read_timeout_s=5) as c:
        started = time.monotonic()

        async def timed_ok() -> float:
            await fetch(c, ok, initial_state(ok), now=NOW)
            return time.monotonic() - started

        hung, ok_done = await asyncio.gather(
            fetch(c, hang, initial_state(hang), now=NOW, timeout_s=0.6), timed_ok()
        )
    assert hung.status == "error" and hung.error is not None and hung.error.code == "timeout"
    assert hung.error.retriable and hung.elapsed_s > 0.5  # cut by its own 0.6 s limit, not the 5 s read
    assert ok_done < hung.elapsed_s, "the other feed finished while the hung one was still waiting"


async def test_read_timeout_of_the_client_applies(server: FeedServer) -> None:
    server.set_feed("/slow", fixture_bytes("cnil_rss20.xml"))
    server.set_behaviour("/slow", delay_s=2)
    feed = make_feed(server.url("/slow"))
    async with client(read_timeout_s=0.3) as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.error is not None and result.error.code == "timeout"


async def test_trickled_body_is_cut_by_the_total_timeout(server: FeedServer) -> None:
    server.set_feed("/trickle", fixture_bytes("cnil_rss20.xml"))
    server.set_behaviour("/trickle", trickle_bytes=10, trickle_interval_s=0.05)  # each read is quick
    feed = make_feed(server.url("/trickle"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW, timeout_s=0.5)
    assert result.error is not None and result.error.code == "timeout"


async def test_trickled_body_within_the_timeout_arrives_whole(server: FeedServer) -> None:
    body = fixture_bytes("ftc_rss091.xml")
    server.set_feed("/trickle", body)
    server.set_behaviour("/trickle", trickle_bytes=200, trickle_interval_s=0.01)
    feed = make_feed(server.url("/trickle"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.status == "ok" and result.body == body


async def test_oversize_bodies_are_refused_declared_or_streamed(server: FeedServer) -> None:
    server.set_behaviour("/declared", body_size=3_000_000)
    server.set_behaviour("/streamed", body_size=3_000_000, declare_length=False)
    async with client() as c:
        for path in ("/declared", "/streamed"):
            feed = make_feed(server.url(path))
            result = await fetch(c, feed, initial_state(feed), now=NOW, max_bytes=1_000_000)
            assert result.status == "error" and result.error is not None, path
            assert result.error.code == "too_large" and not result.error.retriable


async def test_gzip_is_requested_and_decoded(server: FeedServer) -> None:
    body = fixture_bytes("cnil_rss20.xml")
    server.set_feed("/gz", body)
    server.set_behaviour("/gz", gzip=True)
    feed = make_feed(server.url("/gz"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW)
    assert result.status == "ok" and result.body == body


async def test_a_gzip_bomb_stops_at_the_decoded_limit(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    assert len(bomb) < 100_000
    server.set_feed("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    feed = make_feed(server.url("/bomb"))
    async with client() as c:
        result = await fetch(c, feed, initial_state(feed), now=NOW, max_bytes=1_000_000)
    assert result.error is not None and result.error.code == "too_large"


async def test_404_is_not_retriable_and_refused_connection_is(server: FeedServer) -> None:
    feed = make_feed(server.url("/nothing"))
    async with client() as c:
        missing = await fetch(c, feed, initial_state(feed), now=NOW)
        closed = make_feed("http://127.0.0.1:9/feed")  # discard port: nothing listens
        refused = await fetch(c, closed, initial_state(closed), now=NOW)
    assert missing.error is not None and missing.error.code == "gone" and not missing.error.retriable
    assert refused.error is not None and refused.error.code == "connect" and refused.error.retriable


async def test_host_limiter_allows_two_concurrent_fetches_per_host(server: FeedServer) -> None:
    # Each answer takes a while, so six fetches at once would overlap at the server; the limiter lets two
    # through at a time. Counted at the server, not timed: a loaded machine only makes it slower.
    for i in range(6):
        server.set_feed(f"/f{i}", fixture_bytes("ftc_rss091.xml"))
        server.set_behaviour(f"/f{i}", delay_s=0.3)
    limiter = HostLimiter(per_host=2)
    feeds = [make_feed(server.url(f"/f{i}"), f"f{i}") for i in range(6)]
    async with client() as c:
        results = await asyncio.gather(
            *(fetch(c, f, initial_state(f), now=NOW, limiter=limiter) for f in feeds)
        )
    assert all(r.status == "ok" for r in results)
    assert len(server.requests) == 6
    assert server.max_in_flight == 2


async def test_chunked_bodies_are_decoded(server: FeedServer) -> None:
    body = fixture_bytes("cnil_rss20.xml")
    server.set_feed("/chunked", body)
    server.set_behaviour("/chunked", chunked=True)
    feed = make_feed(server.url("/chunked"))
    async with client() as c:
        first = await fetch(c, feed, initial_state(feed), now=NOW)
        second = await fetch(c, feed, initial_state(feed), now=NOW)  # the connection was reusable
    assert first.status == second.status == "ok" and first.body == second.body == body


async def test_a_connection_the_server_dropped_while_idle_is_retried(
    server: FeedServer, flavour: str
) -> None:
    if flavour == "httpcore":
        pytest.skip(
            "stock httpcore may report a stale pooled connection as an error; the lean transport retries"
        )
    server.set_feed("/drop", fixture_bytes("ftc_rss091.xml"))
    server.set_behaviour("/drop", drop_connection=True)
    feed = make_feed(server.url("/drop"))
    async with client() as c:
        results = [await fetch(c, feed, initial_state(feed), now=NOW) for _ in range(3)]
    assert [r.status for r in results] == ["ok"] * 3 and len(server.requests_for("/drop")) == 3


async def test_https_with_certificate_verification(tmp_path: Path, flavour: str) -> None:
    if flavour != "lean" or shutil.which("openssl") is None:
        pytest.skip("checks the lean transport's TLS; needs the openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    body = fixture_bytes("ico_atom.xml")
    with FeedServer(tls=server_side) as tls_server:
        tls_server.set_feed("/atom", body, etag='"t"')
        feed = make_feed(tls_server.url("/atom"))
        assert feed.url.startswith("https://")
        trusting = ssl.create_default_context(cafile=str(cert))
        async with make_client(UA, ssl_context=trusting) as c:
            first = await fetch(c, feed, initial_state(feed), now=NOW)
            state = apply_fetch(feed, initial_state(feed), first, NOW)
            second = await fetch(c, feed, state, now=NOW)
        async with make_client(UA, connect_timeout_s=2) as untrusting:  # certifi roots: self-signed refused
            refused = await fetch(untrusting, feed, initial_state(feed), now=NOW)
    assert first.status == "ok" and first.body == body and second.status == "not_modified"
    assert refused.error is not None and refused.error.code == "connect"
