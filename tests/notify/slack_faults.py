"""Two faults the shared Slack test server does not stage, for the notifier's crash and outage tests.

- `hold_after_accepting(text)`: the next message containing `text` is recorded (Slack has it) but the answer
  is held back, so the worker sits between the Slack call and its ledger write until the test kills it.
- `throttle()`: every call is answered 429 with a Retry-After longer than any retry budget, so each send gives
  up after a single call: the fastest way an outage can make the notifier re-queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

from aiohttp import web

from tests.servers.slack_server import MAX_HANG, Fault, SlackServer


class FaultySlack(SlackServer):
    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self._guard = threading.Lock()
        self._hold_text: str | None = None
        self.held = threading.Event()  # set once a held message has been recorded
        self._throttle_until: float | None = None
        self.throttle_retry_after = 3600.0

    def hold_after_accepting(self, text: str) -> None:
        with self._guard:
            self._hold_text = text
        self.held.clear()

    def throttle(self, seconds: float | None = None) -> None:
        with self._guard:
            self._throttle_until = float("inf") if seconds is None else time.monotonic() + seconds

    def end_throttle(self) -> None:
        with self._guard:
            self._throttle_until = None

    def _next_fault(self) -> Fault | None:
        with self._guard:
            throttled = self._throttle_until is not None and time.monotonic() < self._throttle_until
        if throttled:
            return Fault(status=429, retry_after=self.throttle_retry_after)
        return super()._next_fault()

    async def _post_message(self, request: web.Request) -> web.Response:
        before = len(self.messages)
        response = await super()._post_message(request)
        with self._guard:
            text = self._hold_text
            hit = text is not None and any(text in (m.text or "") for m in self.messages[before:])
            if hit:
                self._hold_text = None
        if hit:
            self.held.set()
            assert self._stopping is not None
            # Until the test is over (the worker is killed meanwhile and never reads the answer).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=MAX_HANG)
        return response
