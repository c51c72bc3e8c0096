"""Polite, efficient HTTP fetching of one feed: the only I/O in ingestion.

Conditional GET (ETag / Last-Modified), gzip/deflate decoded by us under a byte budget (a gzip bomb stops
at `max_bytes` of *decoded* output), redirects followed by hand (max 5) so a permanent move can be
reported and saved, Retry-After honoured, a per-host concurrency limit, and a body hash so a server that
ignores conditional requests still costs no parse when nothing changed.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import ssl
import sys
import time
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Literal, Protocol
from urllib.parse import urljoin, urlsplit
from weakref import WeakKeyDictionary

import httpx

from streams.config.feeds import FeedConfig
from streams.ingest.errors import FetchError
from streams.ingest.transport import LeanTransport
from streams.records import FeedState

MiB = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MiB
MAX_REDIRECTS = 5
DEFAULT_TOTAL_TIMEOUT_S = 30.0  # connect 5 + read 15 per read, bounded overall so a trickling server ends
MAX_RETRY_AFTER_S = 86400.0  # a hostile or buggy Retry-After never parks a feed for more than a day
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
# Only what we decode ourselves under a budget: no br/zstd.
ACCEPT_ENCODING = "gzip, deflate"

FetchStatus = Literal["ok", "not_modified", "unchanged", "error"]
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one poll found. `body` is set only for "ok" (new bytes to parse)."""

    status: FetchStatus
    final_url: str
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None  # set when every hop to final_url was 301/308: poll there from now on
    http_status: int | None = None
    retry_after_s: float | None = None
    error: FetchError | None = None
    elapsed_s: float = 0.0
    body_hash: str | None = None
    content_type: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.status != "error"


class HostLimiter:
    """At most `per_host` concurrent fetches per host name, so many feeds on one site never hammer it."""

    def __init__(self, per_host: int = 2) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}

    def slot(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        sem = self._slots.get(host)
        if sem is None:
            sem = self._slots[host] = asyncio.Semaphore(self.per_host)
        return sem


def make_client(
    settings_user_agent: str,
    *,
    connect_timeout_s: float = 5.0,
    read_timeout_s: float = 15.0,
    max_keepalive: int = 8,
    ssl_context: ssl.SSLContext | None = None,
) -> httpx.AsyncClient:
    """The one shared client: HTTP/1.1 keep-alive, no redirects (fetch follows them), no cookies.

    `max_keepalive` idle connections are kept per host; concurrency is bounded by `HostLimiter`.
    `ssl_context` replaces the default verification (certifi roots), e.g. for a private CA.
    """
    _skip_missing_sniffio()
    transport = LeanTransport(
        max_idle_per_origin=max_keepalive, keepalive_expiry=30.0, ssl_context=ssl_context
    )
    client = httpx.AsyncClient(
        # httpx's API, timeouts and exceptions over a lean keep-alive transport: httpcore costs 1.5-5 ms of
        # CPU per poll on our machines (see transport.py), which capped polling at a few hundred per second.
        transport=transport,
        http2=False,
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=connect_timeout_s, read=read_timeout_s, write=5.0, pool=connect_timeout_s
        ),
        headers={"User-Agent": settings_user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
        # Feeds have no business setting state in us; a jar growing across thousands of sites costs memory.
        cookies=httpx.Cookies(CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))),
    )
    _LEAN_TRANSPORTS[client] = transport
    return client


# Clients made by make_client, with their transport: fetch sends on it directly (see _send_lean).
_LEAN_TRANSPORTS: WeakKeyDictionary[httpx.AsyncClient, LeanTransport] = WeakKeyDictionary()


def _skip_missing_sniffio() -> None:
    # httpcore runs `import sniffio` on every lock setup (several per request); sniffio is not installed
    # (anyio 4.16 dropped it), so each request paid for a failed search of sys.path (~1 ms on this machine).
    # Recording the module as absent makes that import fail at once. Only done when it really is absent.
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def poll_url(feed: FeedConfig, state: FeedState) -> str:
    """Where to poll: the state's URL (moved by permanent redirects) unless feeds.yaml's url changed."""
    if state.url and state.config_url in (None, feed.url):
        return state.url
    return feed.url


async def fetch(
    client: httpx.AsyncClient,
    feed: FeedConfig,
    state: FeedState,
    *,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limiter: HostLimiter | None = None,
    timeout_s: float = DEFAULT_TOTAL_TIMEOUT_S,
) -> FetchResult:
    """Fetch `poll_url(feed, state)` once. Never raises for a failure of the feed: see `.error`."""
    url = poll_url(feed, state)
    if limiter is None:
        return await _fetch_bounded(client, feed, state, url, now, max_bytes, timeout_s)
    async with limiter.slot(url):  # waiting for a slot does not count against this feed's timeout
        return await _fetch_bounded(client, feed, state, url, now, max_bytes, timeout_s)


async def _fetch_bounded(
    client: httpx.AsyncClient,
    feed: FeedConfig,
    state: FeedState,
    url: str,
    now: datetime,
    max_bytes: int,
    timeout_s: float,
) -> FetchResult:
    started = time.monotonic()
    try:
        async with asyncio.timeout(timeout_s):
            result = await _fetch(client, feed, state, url, now, max_bytes)
    except TimeoutError:
        result = _failed(url, "timeout", f"{feed.id}: no complete answer within {timeout_s:g}s", True)
    except FetchError as exc:
        result = FetchResult("error", url, error=exc, http_status=exc.http_status)
    except httpx.TimeoutException as exc:
        result = _failed(url, "timeout", f"{feed.id}: {type(exc).__name__} talking to {_host(url)}", True)
    except httpx.ConnectError as exc:
        result = _failed(url, "connect", f"{feed.id}: cannot connect to {_host(url)} ({exc})", True)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        result = _failed(url, "bad_url", f"{feed.id}: cannot request {url!r} ({exc})", False, "fix the url")
    except httpx.HTTPError as exc:  # protocol errors, resets mid-body: the server may recover
        result = _failed(url, "network", f"{feed.id}: {type(exc).__name__}: {exc}", True)
    elapsed = time.monotonic() - started
    return _with_elapsed(result, elapsed)


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    return FetchResult(
        status=result.status,
        final_url=result.final_url,
        body=result.body,
        etag=result.etag,
        last_modified=result.last_modified,
        permanent_url=result.permanent_url,
        http_status=result.http_status,
        retry_after_s=result.retry_after_s,
        error=result.error,
        elapsed_s=elapsed,
        body_hash=result.body_hash,
        content_type=result.content_type,
    )


def _failed(url: str, code: str, problem: str, retriable: bool, fix: str = "") -> FetchResult:
    return FetchResult("error", url, error=FetchError(code, problem, fix, retriable=retriable))


async def _fetch(
    client: httpx.AsyncClient, feed: FeedConfig, state: FeedState, url: str, now: datetime, max_bytes: int
) -> FetchResult:
    headers: dict[str, str] = {}
    if feed.user_agent:
        headers["User-Agent"] = feed.user_agent
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    lean = _LEAN_TRANSPORTS.get(client)
    current = url
    permanent_url: str | None = None
    all_permanent = True
    for _hop in range(MAX_REDIRECTS + 1):
        reply = await (
            _send_lean(lean, client, current, headers) if lean else _send_httpx(client, current, headers)
        )
        try:
            if reply.status in _REDIRECTS:
                target = _redirect_target(feed, current, reply)
                all_permanent = all_permanent and reply.status in _PERMANENT
                if all_permanent:
                    permanent_url = target
                current = target
                continue
            return await _answer(feed, state, current, permanent_url, reply, now, max_bytes)
        finally:
            await reply.aclose()
    raise FetchError(
        "redirects",
        f"{feed.id}: more than {MAX_REDIRECTS} redirects starting at {url}",
        "point the url in feeds.yaml at the final address",
        retriable=False,
    )


class _Reply(Protocol):
    """What fetch needs of a response, from httpx or straight from the lean transport."""

    status: int

    def header(self, name: bytes) -> str | None: ...

    def chunks(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class _HttpxReply:
    __slots__ = ("_response", "status")

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status = response.status_code

    def header(self, name: bytes) -> str | None:
        return self._response.headers.get(name.decode("ascii"))

    def chunks(self) -> AsyncIterator[bytes]:
        return self._response.aiter_raw()

    async def aclose(self) -> None:
        await self._response.aclose()


async def _send_httpx(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> _Reply:
    """Any httpx client (tests, callers with their own transport): the full httpx request path."""
    response = await client.send(client.build_request("GET", url, headers=headers), stream=True)
    return _HttpxReply(response)


async def _send_lean(
    lean: LeanTransport, client: httpx.AsyncClient, url: str, headers: dict[str, str]
) -> _Reply:
    """A client from `make_client`: the same request, serialised here and sent on its transport directly.

    httpx's client layer (URL merging, cookie jar, auth and redirect machinery, Request and Response
    objects) costs more CPU per 304 than the exchange itself; none of it does anything for these clients
    (no cookies, no auth, redirects handled above), so their requests skip it.
    """
    origin, target, host = _url_parts(url)
    lines = [b"GET " + target + b" HTTP/1.1", b"Host: " + host]
    overridden = {name.lower().encode("ascii") for name in headers}
    lines.extend(name + b": " + value for name, value in client.headers.raw if name.lower() not in overridden)
    lines.extend(name.encode("ascii") + b": " + _header_value(value) for name, value in headers.items())
    head = b"\r\n".join(lines) + b"\r\n\r\n"
    return await lean.send_raw(origin, "GET", head, client.timeout.as_dict())


_URL_CACHE: dict[str, tuple[tuple[str, str, int], bytes, bytes]] = {}
_URL_CACHE_SIZE = 4096


def _url_parts(url: str) -> tuple[tuple[str, str, int], bytes, bytes]:
    """(origin, request target, Host header) of a URL, parsed once (httpx.URL handles IDNA and escaping)."""
    parts = _URL_CACHE.get(url)
    if parts is None:
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.raw_host:
            raise httpx.UnsupportedProtocol(f"not an http(s) URL: {url!r}")
        default = 443 if parsed.scheme == "https" else 80
        raw_host = parsed.raw_host
        bracketed = b"[" + raw_host + b"]" if b":" in raw_host else raw_host
        host = bracketed if parsed.port in (None, default) else bracketed + b":%d" % parsed.port
        parts = (
            (parsed.scheme, raw_host.decode("ascii"), parsed.port or default),
            parsed.raw_path or b"/",
            host,
        )
        if len(_URL_CACHE) >= _URL_CACHE_SIZE:
            _URL_CACHE.clear()
        _URL_CACHE[url] = parts
    return parts


def _header_value(value: str) -> bytes:
    # Values come from feeds.yaml and from servers' validators: never let one end the header line early.
    return value.replace("\r", " ").replace("\n", " ").encode("latin-1", "replace")


def _redirect_target(feed: FeedConfig, current: str, reply: _Reply) -> str:
    location = reply.header(b"location")
    if not location:
        raise FetchError(
            "bad_redirect",
            f"{feed.id}: HTTP {reply.status} without a Location header from {current}",
            retriable=True,
            http_status=reply.status,
        )
    try:
        target = urljoin(current, location.strip())
        scheme = urlsplit(target).scheme
    except ValueError:  # "http://[::1": urllib refuses it, and so do we
        scheme, target = "", location.strip()[:200]
    if scheme not in ("http", "https"):
        raise FetchError(
            "bad_redirect",
            f"{feed.id}: redirect from {current} to an invalid or non-http(s) URL {target!r}",
            "the site moved the feed somewhere we will not follow; update the url in feeds.yaml",
            retriable=False,
            http_status=reply.status,
        )
    return target


async def _answer(
    feed: FeedConfig,
    state: FeedState,
    url: str,
    permanent_url: str | None,
    reply: _Reply,
    now: datetime,
    max_bytes: int,
) -> FetchResult:
    status = reply.status
    etag = reply.header(b"etag")
    last_modified = reply.header(b"last-modified")
    if status == 304:
        return FetchResult(
            "not_modified",
            url,
            etag=etag or state.etag,
            last_modified=last_modified or state.last_modified,
            permanent_url=permanent_url,
            http_status=304,
        )
    if 200 <= status < 300 and status != 204:
        body = await _read_body(feed, reply, max_bytes)
        if not body:
            raise FetchError(
                "empty", f"{feed.id}: HTTP {status} with an empty body", retriable=True, http_status=status
            )
        digest = hashlib.sha256(body).hexdigest()
        unchanged = digest == state.body_hash
        return FetchResult(
            "unchanged" if unchanged else "ok",
            url,
            body=None if unchanged else body,
            etag=etag,
            last_modified=last_modified,
            permanent_url=permanent_url,
            http_status=status,
            body_hash=digest,
            content_type=reply.header(b"content-type"),
        )
    retry_after = retry_after_seconds(reply.header(b"retry-after"), now) if status in (429, 503) else None
    error = _status_error(feed, url, status, retry_after)
    return FetchResult(
        "error", url, permanent_url=permanent_url, http_status=status, retry_after_s=retry_after, error=error
    )


def _status_error(feed: FeedConfig, url: str, status: int, retry_after: float | None) -> FetchError:
    wait = f", retry after {retry_after:g}s" if retry_after is not None else ""
    if status == 429:
        return FetchError(
            "rate_limited",
            f"{feed.id}: HTTP 429 Too Many Requests{wait}",
            retriable=True,
            http_status=status,
            fix="poll less often: raise the feed's interval",
        )
    if status >= 500:
        return FetchError(
            "server_error", f"{feed.id}: HTTP {status} from {url}{wait}", retriable=True, http_status=status
        )
    if status in (404, 410):
        return FetchError(
            "gone",
            f"{feed.id}: HTTP {status}: no feed at {url}",
            retriable=False,
            http_status=status,
            fix="find the feed's new address and update feeds.yaml",
        )
    if status in (401, 403):
        return FetchError(
            "refused",
            f"{feed.id}: HTTP {status}: {url} refuses us",
            retriable=False,
            http_status=status,
            fix="some sites require a declared user_agent with a contact",
        )
    return FetchError(
        "http_status", f"{feed.id}: unexpected HTTP {status} from {url}", retriable=False, http_status=status
    )


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now`: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() also takes "²", which float() refuses
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max((when - now).total_seconds(), 0.0), MAX_RETRY_AFTER_S)


async def _read_body(feed: FeedConfig, reply: _Reply, max_bytes: int) -> bytes:
    declared = reply.header(b"content-length") or ""
    if declared.isascii() and declared.isdigit() and (len(declared) > 19 or int(declared) > max_bytes):
        raise _too_large(feed, f"declares {declared[:30]} bytes", reply.status, max_bytes)
    decoder = _Decoder(feed, reply.header(b"content-encoding") or "")
    parts: list[bytes] = []
    size = 0
    async for raw in reply.chunks():
        chunk = decoder.decode(raw, max_bytes - size)
        if chunk is None:
            raise _too_large(feed, "decodes to more", reply.status, max_bytes)
        size += len(chunk)
        parts.append(chunk)
    return b"".join(parts)


def _too_large(feed: FeedConfig, what: str, status: int, max_bytes: int) -> FetchError:
    return FetchError(
        "too_large",
        f"{feed.id}: the response {what} than the {max_bytes // MiB or max_bytes} "
        f"{'MiB' if max_bytes >= MiB else 'byte'} limit",
        "a feed this large is not a feed; check the url",
        retriable=False,
        http_status=status,
    )


class _Decoder:
    """Content-Encoding decoding under a budget: zlib's max_length stops a bomb before it inflates."""

    def __init__(self, feed: FeedConfig, encoding: str) -> None:
        self._feed = feed
        self._encoding = encoding.strip().lower()
        if self._encoding in ("", "identity"):
            self._zlib = None
        elif self._encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._encoding == "deflate":
            self._zlib = None  # zlib-wrapped or raw: decided on the first byte
        else:
            raise FetchError(
                "encoding",
                f"{feed.id}: unsupported Content-Encoding {encoding!r}",
                "the server ignored our Accept-Encoding: gzip, deflate",
                retriable=False,
            )

    def decode(self, raw: bytes, budget: int) -> bytes | None:
        """Decoded bytes of `raw`, or None when they would exceed `budget`."""
        if not raw:
            return b""
        if self._encoding == "deflate" and self._zlib is None:
            # RFC 9110 deflate is zlib-wrapped, but some servers send raw deflate: a zlib header has CM=8.
            wbits = zlib.MAX_WBITS if raw[0] & 0x0F == 8 else -zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(wbits)
        if self._zlib is None:
            return raw if len(raw) <= budget else None
        try:
            out = self._zlib.decompress(raw, budget + 1)
        except zlib.error as exc:
            raise FetchError(
                "encoding", f"{self._feed.id}: corrupt {self._encoding} body ({exc})", retriable=True
            ) from exc
        return out if len(out) <= budget else None


def _host(url: str) -> str:
    return urlsplit(url).netloc
