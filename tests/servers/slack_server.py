"""A Slack-compatible HTTP server on 127.0.0.1 for tests and benchmarks, driven by the real slack_sdk clients.

It speaks enough of the Web API and incoming webhooks to exercise delivery: `POST /api/chat.postMessage`
(JSON or form body, Bearer token), `POST /services/...` webhooks, Slack's limits on blocks and text, and
programmable faults: 429 with Retry-After, 5xx, hangs, `ok: false` errors, and outages.

    with SlackServer(channels=["alerts"]) as slack:
        client = AsyncWebClient(token=slack.token, base_url=slack.base_url)
        ...
        slack.fail_next(2, status=429, retry_after=1)
        slack.outage(3.0)
        assert [m.text for m in slack.messages] == [...]

It runs an aiohttp app on its own event loop in a background thread, so it works from sync and async tests
alike and never shares the loop under test.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

MAX_HANG = 30.0  # a forgotten hang must not stall a test run
_WEBHOOK_STATUS = {
    "invalid_payload": 400,
    "action_prohibited": 403,
    "channel_not_found": 404,
    "no_service": 404,
    "channel_is_archived": 410,
}


@dataclass(frozen=True)
class Received:
    """One message the server accepted."""

    channel: str  # channel id, as Slack answers it
    text: str | None
    blocks: list[dict[str, Any]] | None
    thread_ts: str | None
    reply_broadcast: bool
    ts: str
    at: float  # time.monotonic() when it arrived
    via: str  # "api" | "webhook"
    channel_name: str = ""  # as the client wrote it ("#alerts", "C0ALERTS")
    payload: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Call:
    """Every request, accepted or not: for counting attempts and checking their timing."""

    path: str
    at: float
    status: int
    error: str | None
    channel: str | None = None


@dataclass(frozen=True)
class Fault:
    status: int | None = None  # None with `error`: HTTP 200 and ok: false
    retry_after: float | None = None
    error: str | None = None
    hang: float | None = None  # seconds before answering; the call is never processed
    body: str | None = None  # a raw body instead of JSON, e.g. an HTML error page from a proxy


class SlackServer:
    def __init__(
        self,
        *,
        token: str = "xoxb-test-token",
        channels: list[str] | tuple[str, ...] = ("alerts", "general"),
        host: str = "127.0.0.1",
        enforce_limits: bool = True,
    ) -> None:
        self.token = token
        self.host = host
        self.enforce_limits = enforce_limits
        self._lock = threading.Lock()
        self._channels: dict[str, str] = {}  # name -> id
        self._archived: set[str] = set()
        self._webhooks: dict[str, str] = {}  # path -> channel id
        self._messages: list[Received] = []
        self._calls: list[Call] = []
        self._faults: deque[Fault] = deque()
        self._outage_until: float | None = None
        self._outage_status = 503
        self._outage_hang: float | None = None
        self._last_ts = 0.0
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopping: asyncio.Event | None = None
        self.port = 0
        for name in channels:
            self.add_channel(name)
        self.webhook_url_path = self.add_webhook_path(next(iter(self._channels), "alerts"))

    # -- lifecycle ------------------------------------------------------------------------------------

    def __enter__(self) -> SlackServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except BaseException as exc:  # surface bind errors to the starting thread
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            assert self._runner is not None
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="slack-test-server", daemon=True)
        self._thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"Slack test server did not start: {failure[:1]}")

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application()
        app.router.add_post("/api/chat.postMessage", self._post_message)
        app.router.add_post("/api/auth.test", self._auth_test)
        app.router.add_post("/services/{path:.*}", self._webhook)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._stopping is not None:
            loop.call_soon_threadsafe(self._stopping.set)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._loop = self._thread = None

    # -- addresses ------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def base_url(self) -> str:
        """What slack_sdk's `base_url` wants: ends with /api/."""
        return self.url + "api/"

    @property
    def webhook_url(self) -> str:
        """Incoming webhook bound to the first channel."""
        return self.url + "services/" + self.webhook_url_path

    def webhook_url_for(self, channel: str) -> str:
        return self.url + "services/" + self.add_webhook_path(channel)

    # -- channels -------------------------------------------------------------------------------------

    def add_channel(self, name: str) -> str:
        """Create a channel (idempotent); returns its id, e.g. "alerts" -> "C0ALERTS1"."""
        name = name.lstrip("#")
        with self._lock:
            if name not in self._channels:
                self._channels[name] = (
                    "C0" + re.sub(r"[^A-Z0-9]", "", name.upper())[:12] + str(next(self._ids))
                )
            return self._channels[name]

    def channel_id(self, name_or_id: str) -> str | None:
        key = name_or_id.lstrip("#")
        with self._lock:
            if key in self._channels:
                return self._channels[key]
            return key if key in self._channels.values() else None

    def archive(self, channel: str) -> None:
        cid = self.channel_id(channel)
        if cid:
            with self._lock:
                self._archived.add(cid)

    def add_webhook_path(self, channel: str) -> str:
        cid = self.add_channel(channel) if self.channel_id(channel) is None else self.channel_id(channel)
        with self._lock:
            for path, bound in self._webhooks.items():
                if bound == cid:
                    return path
            path = f"T000TEST/B{len(self._webhooks):07d}/secret{len(self._webhooks)}"
            self._webhooks[path] = cid or ""
            return path

    # -- what happened --------------------------------------------------------------------------------

    @property
    def messages(self) -> list[Received]:
        with self._lock:
            return list(self._messages)

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def messages_in(self, channel: str) -> list[Received]:
        cid = self.channel_id(channel) or channel
        return [m for m in self.messages if m.channel == cid]

    def wait_for_messages(self, count: int, timeout: float = 10.0) -> list[Received]:
        """Block until `count` messages arrived (for sync callers; async tests should await their sends)."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.messages

    def reset(self) -> None:
        with self._lock:
            self._messages.clear()
            self._calls.clear()
            self._faults.clear()
            self._outage_until = None

    # -- faults ---------------------------------------------------------------------------------------

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        error: str | None = None,
        hang: float | None = None,
        body: str | None = None,
    ) -> None:
        """The next `n` calls fail this way, then calls succeed again.

        `status=429` answers `ratelimited` with Retry-After (default 1 s); `status=5xx` an internal error;
        `error="channel_not_found"` alone an HTTP 200 `ok: false`; `hang=T` waits T seconds (at most 30)
        and answers 504 without processing the call, as a timed-out proxy would.
        """
        if status is None and error is None and hang is None:
            status = 500
        with self._lock:
            self._faults.extend(Fault(status, retry_after, error, hang, body) for _ in range(n))

    def outage(self, seconds: float | None = None, *, status: int = 503, hang: float | None = None) -> None:
        """Every call fails with `status` until `end_outage()` or, if given, `seconds` from now.

        With `hang=T` every call of the outage waits T seconds (at most 30) first, so clients time out.
        """
        with self._lock:
            self._outage_until = float("inf") if seconds is None else time.monotonic() + seconds
            self._outage_status = status
            self._outage_hang = hang

    def end_outage(self) -> None:
        with self._lock:
            self._outage_until = None

    # -- handlers -------------------------------------------------------------------------------------

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self._outage_until is not None:
                if time.monotonic() < self._outage_until:
                    return Fault(
                        status=self._outage_status, error="service_unavailable", hang=self._outage_hang
                    )
                self._outage_until = None
            return self._faults.popleft() if self._faults else None

    def _record_call(self, path: str, at: float, status: int, error: str | None, channel: str | None) -> None:
        with self._lock:
            self._calls.append(Call(path, at, status, error, channel))

    def _new_ts(self) -> str:
        with self._lock:
            self._last_ts = max(time.time(), self._last_ts + 0.000001)
            return f"{self._last_ts:.6f}"

    async def _apply_fault(self, fault: Fault, webhook: bool) -> web.Response:
        if fault.hang:
            assert self._stopping is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=min(fault.hang, MAX_HANG))
            status = fault.status or 504
        else:
            status = fault.status or 200
        headers = {}
        if status == 429:
            headers["Retry-After"] = _seconds(fault.retry_after if fault.retry_after is not None else 1)
        error = fault.error or (
            "ratelimited" if status == 429 else "service_unavailable" if status == 503 else "internal_error"
        )
        if fault.body is not None:
            return web.Response(status=status, text=fault.body, content_type="text/html", headers=headers)
        if webhook:
            if fault.status is None and fault.error:
                status = _WEBHOOK_STATUS.get(fault.error, 400)
            return web.Response(status=status, text=error, headers=headers)
        return web.json_response({"ok": False, "error": error}, status=status, headers=headers)

    async def _post_message(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        payload, token = await _read_body(request)
        name = str(payload.get("channel") or "")
        fault = self._next_fault()
        if fault is not None:
            response = await self._apply_fault(fault, webhook=False)
            self._record_call(request.path, at, response.status, fault.error or "fault", name)
            return response
        error = self._refusal(token, name, payload)
        if error:
            self._record_call(request.path, at, 200, error, name)
            return web.json_response({"ok": False, "error": error})
        cid = self.channel_id(name) or ""
        blocks = payload.get("blocks")
        message = Received(
            channel=cid,
            text=payload.get("text"),
            blocks=blocks,
            thread_ts=payload.get("thread_ts") or None,
            reply_broadcast=_truthy(payload.get("reply_broadcast")),
            ts=self._new_ts(),
            at=at,
            via="api",
            channel_name=name,
            payload=payload,
        )
        with self._lock:
            self._messages.append(message)
        self._record_call(request.path, at, 200, None, name)
        body: dict[str, Any] = {
            "ok": True,
            "channel": cid,
            "ts": message.ts,
            "message": {"text": message.text},
        }
        if message.thread_ts:
            body["message"]["thread_ts"] = message.thread_ts
        return web.json_response(body)

    def _refusal(self, token: str | None, channel: str, payload: dict[str, Any]) -> str | None:
        if not token:
            return "not_authed"
        if token != self.token:
            return "invalid_auth"
        cid = self.channel_id(channel) if channel else None
        if cid is None:
            return "channel_not_found"
        if cid in self._archived:
            return "is_archived"
        text, blocks = payload.get("text"), payload.get("blocks")
        if not text and not blocks:
            return "no_text"
        if text and len(text) > 40000:
            return "msg_too_long"
        if blocks is not None and self.enforce_limits and not _blocks_ok(blocks):
            return "invalid_blocks"
        return None

    async def _webhook(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        path = request.match_info["path"]
        with self._lock:
            cid = self._webhooks.get(path)
        fault = self._next_fault()
        if fault is not None:
            response = await self._apply_fault(fault, webhook=True)
            self._record_call(request.path, at, response.status, fault.error or "fault", cid)
            return response
        if cid is None:
            self._record_call(request.path, at, 404, "no_service", None)
            return web.Response(status=404, text="no_service")
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            payload = None
        if not isinstance(payload, dict) or not (payload.get("text") or payload.get("blocks")):
            self._record_call(request.path, at, 400, "invalid_payload", cid)
            return web.Response(status=400, text="invalid_payload")
        if cid in self._archived:
            self._record_call(request.path, at, 410, "channel_is_archived", cid)
            return web.Response(status=410, text="channel_is_archived")
        blocks = payload.get("blocks")
        if blocks is not None and self.enforce_limits and not _blocks_ok(blocks):
            self._record_call(request.path, at, 400, "invalid_blocks", cid)
            return web.Response(status=400, text="invalid_blocks")
        message = Received(
            channel=cid,
            text=payload.get("text"),
            blocks=blocks,
            thread_ts=None,
            reply_broadcast=False,
            ts=self._new_ts(),
            at=at,
            via="webhook",
            channel_name=cid,
            payload=payload,
        )
        with self._lock:
            self._messages.append(message)
        self._record_call(request.path, at, 200, None, cid)
        return web.Response(text="ok")

    async def _auth_test(self, request: web.Request) -> web.Response:
        _, token = await _read_body(request)
        if token != self.token:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response(
            {"ok": True, "team_id": "T000TEST", "user_id": "U000BOT", "bot_id": "B000BOT"}
        )


async def _read_body(request: web.Request) -> tuple[dict[str, Any], str | None]:
    """JSON (what slack_sdk sends for chat.postMessage) or a form; the token from Bearer or the form."""
    payload: dict[str, Any]
    if request.content_type == "application/json":
        try:
            data = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            data = {}
        payload = data if isinstance(data, dict) else {}
    else:
        form = await request.post()
        payload = {k: v for k, v in form.items() if isinstance(v, str)}
        if isinstance(payload.get("blocks"), str):
            try:
                payload["blocks"] = json.loads(payload["blocks"])
            except json.JSONDecodeError:
                payload["blocks"] = [{"type": "invalid"}]
    auth = request.headers.get("Authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else payload.pop("token", None)
    return payload, token


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _blocks_ok(blocks: Any) -> bool:
    """The Block Kit limits our renderer must respect (a subset of what Slack checks)."""
    if not isinstance(blocks, list) or len(blocks) > 50:
        return False
    for block in blocks:
        if not isinstance(block, dict):
            return False
        kind, text = block.get("type"), block.get("text")
        text_value = text.get("text", "") if isinstance(text, dict) else ""
        if kind == "header" and (
            not isinstance(text, dict) or text.get("type") != "plain_text" or not 0 < len(text_value) <= 150
        ):
            return False
        if kind == "section":
            fields = block.get("fields") or []
            if len(text_value) > 3000 or len(fields) > 10:
                return False
            if any(len(f.get("text", "")) > 2000 for f in fields):
                return False
            if not text_value and not fields:
                return False
        if kind == "context" and len(block.get("elements") or []) > 10:
            return False
    return True
