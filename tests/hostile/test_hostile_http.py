"""Hostile HTTP servers: raw bytes on a socket, not a well-behaved test server.

Whatever a server sends (a redirect to a broken URL, a Retry-After in Latin-1 superscript digits, negative or
malformed lengths, a chunk size of -1 followed by endless bytes), `fetch` ends with a typed `FetchError` or
a body within the size limit. It never raises, so the poll agent never stops, and memory stays bounded:
a refusal code and a traced allocation peak, not a timing.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from streams.ingest.fetch import FetchResult, fetch
from streams.ingest.state import initial_state
from tests.ingest.conftest import NOW, client, make_feed

MIB = 1024 * 1024
Reply = Callable[[asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def raw_server(reply: Reply) -> AsyncIterator[str]:
    """A server on 127.0.0.1 that reads one request head and answers with whatever `reply` writes."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            await reply(writer)
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client gave up, as it should on hostile answers
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/feed"
    finally:
        server.close()
        await server.wait_closed()


def sends(data: bytes) -> Reply:
    async def reply(writer: asyncio.StreamWriter) -> None:
        writer.write(data)

    return reply


async def fetch_from(reply: Reply, max_bytes: int = 1 * MIB) -> FetchResult:
    async with raw_server(reply) as url, client(read_timeout_s=5.0) as c:
        feed = make_feed(url)
        return await fetch(c, feed, initial_state(feed), now=NOW, max_bytes=max_bytes, timeout_s=20.0)


RSS = b'<rss version="2.0"><channel><title>t</title></channel></rss>'


OK = b"HTTP/1.1 200 OK\r\n"
CHUNKED = OK + b"Transfer-Encoding: chunked\r\n\r\n"
ANSWERS = {  # what the server sends -> the FetchError code fetch must end with
    "broken-location": (
        b"HTTP/1.1 301 Moved\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
        "bad_redirect",
    ),
    "javascript-location": (b"HTTP/1.1 302 Found\r\nLocation: javascript:alert(1)\r\n\r\n", "bad_redirect"),
    "retry-after-superscripts": (b"HTTP/1.1 503 Busy\r\nRetry-After: \xb2\xb3\r\n\r\n", "server_error"),
    "retry-after-enormous": (b"HTTP/1.1 429 Slow\r\nRetry-After: " + b"9" * 30 + b"\r\n\r\n", "rate_limited"),
    "negative-length": (OK + b"Content-Length: -5\r\n\r\n" + RSS, "network"),
    "underscore-length": (OK + b"Content-Length: 1_0\r\n\r\n" + RSS, "network"),
    "superscript-length": (OK + b"Content-Length: \xb9\r\n\r\n" + RSS, "network"),
    "5000-digit-length": (OK + b"Content-Length: " + b"9" * 5000 + b"\r\n\r\n" + RSS, "network"),
    "conflicting-lengths": (OK + b"Content-Length: 5\r\nContent-Length: 500\r\n\r\n" + RSS, "network"),
    "0x-chunk-size": (CHUNKED + b"0x10\r\n" + RSS[:16] + b"\r\n0\r\n\r\n", "network"),
    "non-hex-chunk-size": (CHUNKED + b"zz\r\n", "network"),
    "bad-status": (b"HTTP/1.1 abc OK\r\n\r\n", "network"),
    "header-without-colon": (OK + b"no colon here\r\n\r\n", "network"),
    "100-kb-header": (OK + b"X-Big: " + b"a" * 100_000 + b"\r\n\r\n", "network"),
    "corrupt-gzip": (OK + b"Content-Encoding: gzip\r\nContent-Length: 10\r\n\r\nnot gzip!!", "encoding"),
    "unsupported-encoding": (OK + b"Content-Encoding: br, zstd\r\nContent-Length: 3\r\n\r\nabc", "encoding"),
    "empty-body": (OK + b"Content-Length: 0\r\n\r\n", "empty"),
    "tls-bytes-on-http": (
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40 + b"\r\n\r\n",
        "network",
    ),
}


@pytest.mark.parametrize("answer, code", list(ANSWERS.values()), ids=list(ANSWERS))
async def test_a_hostile_answer_is_a_typed_failure_never_an_exception(answer: bytes, code: str) -> None:
    result = await fetch_from(sends(answer))
    assert result.status == "error" and result.error is not None, result
    assert result.error.code == code, result.error


async def test_an_enormous_retry_after_is_capped() -> None:
    result = await fetch_from(sends(b"HTTP/1.1 429 Slow\r\nRetry-After: 99999999999999999999999\r\n\r\n"))
    assert result.retry_after_s is not None and result.retry_after_s <= 7 * 24 * 3600


async def test_a_chunk_size_of_minus_one_cannot_make_the_client_buffer_an_endless_body() -> None:
    """A negative chunk size once meant `reader.read(-1)`: read everything until the server closes, in one
    allocation, before the size limit was ever checked."""

    async def endless(writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n")
        block = b"A" * MIB
        for _ in range(40):
            writer.write(block)
            await writer.drain()

    tracemalloc.start()
    try:
        result = await fetch_from(endless, max_bytes=1 * MIB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error is not None and result.error.code == "network", result.error
    assert peak < 16 * MIB, f"{peak / MIB:.0f} MiB allocated for a body refused at 1 MiB"
