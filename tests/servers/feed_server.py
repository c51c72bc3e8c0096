"""A real HTTP/1.1 feed server on 127.0.0.1 (ephemeral port) for tests, end-to-end runs and the demo.

    with FeedServer() as server:
        server.set_feed("/rss", body, etag='"v1"', last_modified="Mon, 02 Jun 2025 10:00:00 GMT")
        server.set_behaviour("/slow", hang=True)
        url = server.url("/rss")
        ...
        assert server.requests_for("/rss")[0].headers["user-agent"].startswith("enforcement")

Per path it serves a document with ETag / Last-Modified (304 when the request's validators match), and
optional behaviours: a fixed status (500, 429/503 with Retry-After), redirects (301/302/307/308), a delay
or a hang, trickled bytes, gzip, an oversize body (declared or streamed), extra headers. Every request is
logged. Sleeps wait on a stop event, so `stop()` (or leaving the `with`) returns promptly even while a
handler is hanging.
"""

from __future__ import annotations

import gzip as gzip_module
import ssl
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

MAX_HANG_S = 60.0  # even a "hang" ends: a forgotten test never leaves a thread behind for long


@dataclass(frozen=True)
class FeedDocument:
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Behaviour:
    """How a path misbehaves. Defaults serve the document normally."""

    status: int | None = None  # answer with this status (and no document), e.g. 500, 429, 503, 404
    retry_after: str | None = None  # Retry-After header value for that status
    redirect_to: str | None = None  # a path on this server or an absolute URL
    redirect_status: int = 302
    delay_s: float = 0.0  # wait before the status line
    hang: bool = False  # never answer (until the server stops or MAX_HANG_S)
    trickle_bytes: int = 0  # send the body in chunks of this size...
    trickle_interval_s: float = 0.0  # ...this far apart
    gzip: bool = False  # gzip the body when the request accepts it
    ignore_conditional: bool = False  # always 200, as servers without validator support do
    body_size: int | None = None  # serve this many filler bytes instead of the document
    declare_length: bool = True  # with body_size: send Content-Length (else close-delimited)
    chunked: bool = False  # Transfer-Encoding: chunked (in 1 KiB chunks) instead of Content-Length
    drop_connection: bool = False  # close the socket after answering without saying so (stale keep-alive)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # lower-case names
    at: float


class FeedServer:
    """Thread-backed `ThreadingHTTPServer`; use as a context manager or call start() / stop()."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, tls: ssl.SSLContext | None = None) -> None:
        self._lock = threading.Lock()
        self._documents: dict[str, FeedDocument] = {}
        self._behaviours: dict[str, Behaviour] = {}
        self._requests: list[RecordedRequest] = []
        self._in_flight = 0
        self._max_in_flight = 0
        self._stop = threading.Event()
        self._server = _QuietServer((host, port), _handler_class(self))
        self._server.daemon_threads = True
        self._scheme = "https" if tls else "http"
        if tls is not None:  # a server-side context with its certificate loaded
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="feed-server", daemon=True
        )
        self._started = False

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> FeedServer:
        if not self._started:
            self._thread.start()
            self._started = True
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._started:
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- configuration -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{self._scheme}://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def set_feed(
        self,
        path: str,
        body: bytes | str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str = "application/rss+xml; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        doc = FeedDocument(data, etag, last_modified, content_type, dict(headers or {}))
        with self._lock:
            self._documents[path] = doc

    def set_behaviour(self, path: str, **changes: Any) -> None:
        """Set (or update) how `path` behaves: keyword names are `Behaviour` fields."""
        with self._lock:
            self._behaviours[path] = replace(self._behaviours.get(path, Behaviour()), **changes)

    def clear_behaviour(self, path: str) -> None:
        with self._lock:
            self._behaviours.pop(path, None)

    # -- observation -------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if urlsplit(r.path).path == path]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._max_in_flight = self._in_flight

    # -- used by the handler -------------------------------------------------------------------------

    def _lookup(self, path: str) -> tuple[FeedDocument | None, Behaviour]:
        with self._lock:
            return self._documents.get(path), self._behaviours.get(path, Behaviour())

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def max_in_flight(self) -> int:
        """The most requests the server was answering at one time (since the start or `clear_requests`)."""
        with self._lock:
            return self._max_in_flight

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when it is stopping."""
        return self._stop.wait(min(seconds, MAX_HANG_S))


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, size limits) reset the connection: expected here, not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_class(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_FeedHandler):
        feed_server = server

    return Handler


class _FeedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real feed hosts do
    timeout = 10  # an idle keep-alive connection ends its thread after this
    feed_server: FeedServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        srv = self.feed_server
        srv._enter()
        try:
            self._answer(srv)
        finally:
            srv._leave()

    def _answer(self, srv: FeedServer) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        srv._record(RecordedRequest(self.command, self.path, headers, time.time()))
        path = urlsplit(self.path).path
        doc, behaviour = srv._lookup(path)
        if behaviour.hang:
            srv._sleep(MAX_HANG_S)
            self.close_connection = True
            return
        if behaviour.delay_s and srv._sleep(behaviour.delay_s):
            self.close_connection = True
            return
        if behaviour.redirect_to is not None:
            target = behaviour.redirect_to
            location = target if "://" in target else srv.url(target)
            self._send(behaviour.redirect_status, b"", {"Location": location, **behaviour.headers})
            return
        if behaviour.status is not None:
            extra = dict(behaviour.headers)
            if behaviour.retry_after is not None:
                extra["Retry-After"] = behaviour.retry_after
            self._send(behaviour.status, f"status {behaviour.status}\n".encode(), extra)
            return
        if behaviour.body_size is not None:
            self._send_filler(behaviour)
            return
        if doc is None:
            self._send(404, b"no feed here\n", {})
            return
        validators = {}
        if doc.etag:
            validators["ETag"] = doc.etag
        if doc.last_modified:
            validators["Last-Modified"] = doc.last_modified
        if not behaviour.ignore_conditional and _not_modified(headers, doc):
            self._send(304, b"", {**validators, **doc.headers, **behaviour.headers})
            return
        body = doc.body
        extra = {"Content-Type": doc.content_type, **validators, **doc.headers, **behaviour.headers}
        if behaviour.gzip and "gzip" in headers.get("accept-encoding", ""):
            body = gzip_module.compress(body)
            extra["Content-Encoding"] = "gzip"
        self._send(200, body, extra, behaviour)

    def _send(
        self, status: int, body: bytes, headers: dict[str, str], behaviour: Behaviour | None = None
    ) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        chunked = behaviour is not None and behaviour.chunked and status != 304
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if behaviour is not None and behaviour.drop_connection:
            self.close_connection = True
        if self.command == "HEAD" or status == 304:
            return
        try:
            if chunked:
                for start in range(0, len(body), 1024):
                    piece = body[start : start + 1024]
                    self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
            elif behaviour is not None and behaviour.trickle_bytes > 0:
                for start in range(0, len(body), behaviour.trickle_bytes):
                    self.wfile.write(body[start : start + behaviour.trickle_bytes])
                    self.wfile.flush()
                    if self.feed_server._sleep(behaviour.trickle_interval_s):
                        self.close_connection = True
                        return
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. a timeout): expected in tests

    def _send_filler(self, behaviour: Behaviour) -> None:
        size = behaviour.body_size or 0
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if behaviour.declare_length:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b"<!-- filler -->" * 4096
        sent = 0
        try:
            while sent < size and not self.feed_server._stop.is_set():
                piece = chunk[: size - sent]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit, as it should
        self.close_connection = True


def _not_modified(headers: dict[str, str], doc: FeedDocument) -> bool:
    # RFC 9110 13.2.2: If-None-Match wins; If-Modified-Since is only looked at without it.
    inm = headers.get("if-none-match")
    if inm is not None:
        if not doc.etag:
            return False
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or doc.etag.removeprefix("W/") in tags
    ims = headers.get("if-modified-since")
    if ims and doc.last_modified:
        try:
            return parsedate_to_datetime(doc.last_modified) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False
