"""Progress of a long read on stderr: messages done, rate and ETA, redrawn at most twice a second.

Shown only when stderr is a terminal, so logs and pipelines stay clean.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO


def format_progress(done: int, total: int, elapsed: float) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    pct = 100.0 * done / total if total else 100.0
    eta = "--:--" if rate <= 0 else _clock((total - done) / rate)
    return f"{done:,}/{total:,} messages ({pct:.0f}%)  {rate:,.0f}/s  ETA {eta}"


def _clock(seconds: float) -> str:
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class Progress:
    def __init__(
        self,
        total: int,
        stream: TextIO | None,
        *,
        interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.stream = stream  # None: silent
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.done = 0
        self._last = 0.0

    def advance(self, n: int) -> None:
        self.done += n
        if self.stream is None:
            return
        now = self.clock()
        if now - self._last >= self.interval:
            self._last = now
            self.stream.write("\r" + format_progress(self.done, self.total, now - self.started) + "\x1b[K")
            self.stream.flush()

    def finish(self, note: str = "") -> None:
        if self.stream is None:
            return
        line = format_progress(self.done, self.total, self.clock() - self.started)
        self.stream.write("\r" + line + (f"  {note}" if note else "") + "\x1b[K\n")
        self.stream.flush()
