"""At most one send per interval per key (a Slack channel, a webhook); keys never wait for each other.

Slack allows about one chat.postMessage per second per channel, with short bursts. Spacing the sends here
keeps us under the limit instead of discovering it through 429s. The limiter is per process: several
workers posting to one channel can still be told to slow down, which the 429 handling covers.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable


class ChannelRateLimiter:
    def __init__(
        self,
        interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._turns: dict[str, asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def turn(self, key: str) -> AsyncIterator[None]:
        """One whole send (with its retries) at a time per key, in arrival order.

        Without it a message that is retrying after a 429 or an outage would be overtaken by the next one,
        and a channel's alerts would arrive out of order. Waiting is cheap: the next message would hit the
        same rate limit or outage anyway.
        """
        async with self._turns.setdefault(key, asyncio.Lock()):
            yield

    async def acquire(self, key: str) -> None:
        """Wait for this key's next slot; waiters on one key go in arrival order (asyncio.Lock is FIFO)."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            # Loop: a 429 may `defer` the key further while we sleep.
            while (wait := self._next.get(key, 0.0) - self._clock()) > 0:
                await self._sleep(wait)
            self._next[key] = self._clock() + self.interval

    def defer(self, key: str, seconds: float) -> None:
        """Nobody sends to `key` for `seconds` (Slack said Retry-After)."""
        self._next[key] = max(self._next.get(key, 0.0), self._clock() + seconds)
