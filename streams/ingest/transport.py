"""A lean HTTP/1.1 transport for the shared httpx client: keep-alive GETs on asyncio streams.

Why not httpx's default transport (httpcore): on this project's 2-core machines, httpcore spends ~1.5-5 ms
of CPU per request: every request scans every pooled connection, each scan asks the socket whether it is
readable (a syscall per connection), and anyio wraps each step. Polling is thousands of small
conditional GETs that mostly end in a 304, so that cost is the poller's throughput. This transport keeps
httpx's API (client, Request, Response, exceptions, timeouts) and does only what feed polling needs:

- HTTP/1.1 over TCP or TLS (certifi roots via httpx's SSL context), one request per connection at a time,
  idle connections kept per origin (bounded, expired after `keepalive_expiry`);
- bodies framed by Content-Length, chunked encoding or connection close; no body for HEAD, 1xx, 204, 304;
- a stale pooled connection (closed by the server while idle) is retried once on a fresh connection;
- timeouts from the request's httpx timeout extension (connect, read per read, write);
- no proxies and no HTTP/2 (neither is used for feeds).
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

MAX_HEADER_BYTES = 64 * 1024
READ_SIZE = 64 * 1024
_NO_BODY_STATUS = frozenset({204, 304})
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")


class _Connection:
    __slots__ = ("origin", "reader", "used_at", "writer")

    def __init__(
        self, origin: tuple[str, str, int], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ):
        self.origin = origin
        self.reader = reader
        self.writer = writer
        self.used_at = time.monotonic()

    def close(self) -> None:
        if not self.writer.is_closing():
            self.writer.close()


class LeanTransport(httpx.AsyncBaseTransport):
    """httpx transport for many small keep-alive GETs (see the module docstring for what it leaves out)."""

    def __init__(
        self,
        *,
        max_idle_per_origin: int = 8,
        keepalive_expiry: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._max_idle = max_idle_per_origin
        self._expiry = keepalive_expiry
        self._ssl = ssl_context
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {scheme!r}", request=request)
        origin = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        head = _request_head(request, await request.aread())
        raw = await self.send_raw(
            origin, request.method, head, request.extensions.get("timeout", {}), request
        )
        return httpx.Response(
            raw.status,
            headers=raw.raw_headers,
            stream=raw.body,
            request=request,
            extensions={"http_version": raw.version, "reason_phrase": raw.reason},
        )

    async def send_raw(
        self,
        origin: tuple[str, str, int],
        method: str,
        head: bytes,
        timeouts: dict[str, Any],
        request: httpx.Request | None = None,
    ) -> RawResponse:
        """Send a serialised request head on a pooled (else new) connection; the response, body unread.

        The fast path of `fetch` calls this directly, skipping the construction of httpx Request and
        Response objects; `request`, when given, is attached to the httpx exceptions raised.
        """
        conn = self._checkout(origin)
        if conn is not None:
            try:
                return await self._exchange(conn, method, head, timeouts, request)
            except _StaleConnection:
                pass  # the server closed it while idle: one retry on a fresh connection
        conn = await self._connect(origin, request, timeouts.get("connect"))
        try:
            return await self._exchange(conn, method, head, timeouts, request)
        except _StaleConnection as exc:
            raise httpx.RemoteProtocolError(
                f"{origin[1]} closed the connection without answering", request=request
            ) from exc

    async def aclose(self) -> None:
        self._closed = True
        for conns in self._idle.values():
            for conn in conns:
                conn.close()
        self._idle.clear()

    # -- pool ------------------------------------------------------------------------------------------

    def _checkout(self, origin: tuple[str, str, int]) -> _Connection | None:
        conns = self._idle.get(origin)
        now = time.monotonic()
        while conns:
            conn = conns.pop()
            if (
                now - conn.used_at < self._expiry
                and not conn.reader.at_eof()
                and not conn.writer.is_closing()
            ):
                return conn
            conn.close()
        return None

    def _checkin(self, conn: _Connection) -> None:
        conns = self._idle.setdefault(conn.origin, [])
        if self._closed or len(conns) >= self._max_idle:
            conn.close()
            return
        conn.used_at = time.monotonic()
        conns.append(conn)

    async def _connect(
        self, origin: tuple[str, str, int], request: httpx.Request | None, timeout: float | None
    ) -> _Connection:
        scheme, host, port = origin
        context: ssl.SSLContext | None = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context()
            context = self._ssl
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=context, server_hostname=host if context else None, limit=MAX_HEADER_BYTES
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out", request=request) from exc
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"cannot connect to {host}:{port}: {exc}", request=request) from exc
        return _Connection(origin, reader, writer)

    # -- one exchange --------------------------------------------------------------------------------

    async def _exchange(
        self,
        conn: _Connection,
        method: str,
        head: bytes,
        timeouts: dict[str, Any],
        request: httpx.Request | None,
    ) -> RawResponse:
        host = conn.origin[1]
        read_timeout = timeouts.get("read")
        try:
            conn.writer.write(head)
            if conn.writer.transport.get_write_buffer_size():  # usually sent at once: no wait to bound
                async with asyncio.timeout(timeouts.get("write")):
                    await conn.writer.drain()
        except TimeoutError as exc:
            conn.close()
            raise httpx.WriteTimeout(f"timed out sending to {host}", request=request) from exc
        except (ConnectionError, OSError) as exc:
            conn.close()
            raise _StaleConnection from exc
        fresh = True  # nothing received yet: a failure now means a pooled connection was stale
        try:
            while True:
                async with asyncio.timeout(read_timeout):
                    raw_head = await conn.reader.readuntil(b"\r\n\r\n")
                fresh = False
                status, reason, version, headers = _parse_head(raw_head, request)
                if not 100 <= status < 200 or status == 101:
                    break
        except TimeoutError as exc:
            conn.close()
            raise httpx.ReadTimeout(f"timed out waiting for {host}", request=request) from exc
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            conn.close()
            if fresh:
                raise _StaleConnection from exc
            raise httpx.ReadError(f"connection to {host} broke: {exc!r}", request=request) from exc
        except asyncio.LimitOverrunError as exc:
            conn.close()
            raise httpx.RemoteProtocolError("response headers too large", request=request) from exc
        try:
            body = _Body(self, conn, request, method, status, headers, version, read_timeout)
        except httpx.RemoteProtocolError:
            conn.close()  # framing we cannot trust: the rest of the stream is unreadable
            raise
        return RawResponse(status, reason, version, headers, body)


class RawResponse:
    """A response as the transport read it: status, raw headers and the body stream (not yet read)."""

    __slots__ = ("body", "raw_headers", "reason", "status", "version")

    def __init__(
        self, status: int, reason: bytes, version: bytes, raw_headers: list[tuple[bytes, bytes]], body: _Body
    ) -> None:
        self.status = status
        self.reason = reason
        self.version = version
        self.raw_headers = raw_headers
        self.body = body

    def header(self, name: bytes) -> str | None:
        """The last value of header `name` (lower-case bytes), decoded as Latin-1; None when absent."""
        found = None
        for key, value in self.raw_headers:
            if key.lower() == name:
                found = value
        return found.decode("latin-1") if found is not None else None

    def chunks(self) -> AsyncIterator[bytes]:
        return self.body.__aiter__()

    async def aclose(self) -> None:
        await self.body.aclose()


class _StaleConnection(Exception):
    pass


class _Body(httpx.AsyncByteStream):
    """The response body, framed per RFC 9112 section 6.3; the connection goes back to the pool when done."""

    def __init__(
        self,
        transport: LeanTransport,
        conn: _Connection,
        request: httpx.Request | None,
        method: str,
        status: int,
        headers: list[tuple[bytes, bytes]],
        version: bytes,
        read_timeout: float | None,
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._request = request
        self._host = conn.origin[1]
        self._timeout = read_timeout
        self._complete = False
        length: int | None = None
        chunked = False
        keep_alive = version == b"HTTP/1.1"
        for name, value in headers:
            lname = name.lower()
            if lname == b"content-length":
                # RFC 9112 6.3: 1*DIGIT, and several must agree. int() alone would take "-5", "+5" and "1_0"
                # (a negative length leaves the body in the pooled connection for the next request), and raise
                # ValueError past 4300 digits.
                if not value.isdigit() or len(value) > 19 or (length is not None and int(value) != length):
                    raise httpx.RemoteProtocolError(f"bad Content-Length {value[:40]!r}", request=request)
                length = int(value)
            elif lname == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif lname == b"connection":
                tokens = value.lower()
                if b"close" in tokens:
                    keep_alive = False
                elif b"keep-alive" in tokens:
                    keep_alive = True
        if method == "HEAD" or status in _NO_BODY_STATUS:
            self._mode, self._remaining = "none", 0
        elif chunked:
            self._mode, self._remaining = "chunked", 0
        elif length is not None:
            self._mode, self._remaining = "length", length
        else:
            self._mode, self._remaining = "close", 0
            keep_alive = False
        self._keep_alive = keep_alive
        if self._mode == "none" or (self._mode == "length" and length == 0):
            self._finish()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._conn is None:
            return
        try:
            if self._mode == "length":
                async for chunk in self._read_length():
                    yield chunk
            elif self._mode == "chunked":
                async for chunk in self._read_chunked():
                    yield chunk
            elif self._mode == "close":
                async for chunk in self._read_to_close():
                    yield chunk
        except TimeoutError as exc:
            self._abort()
            raise httpx.ReadTimeout(
                f"timed out reading the body from {self._host}", request=self._request
            ) from exc
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            self._abort()
            raise httpx.ReadError(
                f"body from {self._host} cut short: {exc!r}", request=self._request
            ) from exc
        except (asyncio.LimitOverrunError, ValueError) as exc:
            self._abort()
            raise httpx.RemoteProtocolError(f"malformed chunked body: {exc}", request=self._request) from exc

    async def _read(self, size: int) -> bytes:
        assert self._conn is not None
        async with asyncio.timeout(self._timeout):
            data = await self._conn.reader.read(size)
        return data

    async def _read_length(self) -> AsyncIterator[bytes]:
        while self._remaining > 0:
            data = await self._read(min(self._remaining, READ_SIZE))
            if not data:
                raise asyncio.IncompleteReadError(b"", self._remaining)
            self._remaining -= len(data)
            yield data
        self._finish()

    async def _read_chunked(self) -> AsyncIterator[bytes]:
        assert self._conn is not None
        reader = self._conn.reader
        while True:
            async with asyncio.timeout(self._timeout):
                line = await reader.readuntil(b"\r\n")
            size_field = line.split(b";", 1)[0].strip()
            # 1*HEXDIG only: int(x, 16) also takes "0x10", "1_0" and "-1" (and read(-1) would buffer the
            # rest of the stream at once).
            if not _CHUNK_SIZE.fullmatch(size_field):
                raise ValueError(f"chunk size {size_field[:40]!r}")
            size = int(size_field, 16)
            if size == 0:
                while True:  # trailers, up to the empty line
                    async with asyncio.timeout(self._timeout):
                        trailer = await reader.readuntil(b"\r\n")
                    if trailer == b"\r\n":
                        break
                self._finish()
                return
            remaining = size
            while remaining:
                data = await self._read(min(remaining, READ_SIZE))
                if not data:
                    raise asyncio.IncompleteReadError(b"", remaining)
                remaining -= len(data)
                yield data
            async with asyncio.timeout(self._timeout):
                await reader.readexactly(2)

    async def _read_to_close(self) -> AsyncIterator[bytes]:
        while True:
            data = await self._read(READ_SIZE)
            if not data:
                break
            yield data
        self._finish()

    def _finish(self) -> None:
        self._complete = True

    def _abort(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._complete and self._keep_alive:
            self._transport._checkin(conn)
        else:
            conn.close()  # unread body (e.g. over the size limit): the connection cannot be reused


def _request_head(request: httpx.Request, body: bytes) -> bytes:
    url = request.url
    target = url.raw_path or b"/"
    lines = [request.method.encode("ascii") + b" " + target + b" HTTP/1.1"]
    has_length = False
    for name, value in request.headers.raw:
        lname = name.lower()
        if lname == b"content-length":
            has_length = True
        elif lname == b"transfer-encoding":
            continue  # the body was read whole: sent with a Content-Length instead
        lines.append(name + b": " + value)
    if body and not has_length:
        lines.append(b"Content-Length: " + str(len(body)).encode("ascii"))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _parse_head(
    raw: bytes, request: httpx.Request | None
) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
    lines = raw[:-4].split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
        raise httpx.RemoteProtocolError(f"not an HTTP/1.x status line: {lines[0][:80]!r}", request=request)
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and headers:  # obsolete line folding: continue the previous value
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip())
            continue
        name, sep, value = line.partition(b":")
        if not sep or not name or name != name.strip():
            raise httpx.RemoteProtocolError(f"malformed header line {line[:80]!r}", request=request)
        headers.append((name, value.strip()))
    return int(parts[1]), parts[2] if len(parts) > 2 else b"", parts[0], headers
