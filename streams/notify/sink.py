"""The shape every destination shares: `await sink.send(...) -> SendResult`, `await sink.close()`."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from streams.notify.render import strip_ansi


@dataclass(frozen=True)
class SendResult:
    """Where a message landed. `ts` is Slack's message id (the thread parent for replies); None for webhooks
    and the console, which return none."""

    ts: str | None
    channel: str
    attempts: int = 1


class Sink(Protocol):
    kind: str

    async def send(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        broadcast: bool = False,
    ) -> SendResult: ...

    async def close(self) -> None: ...


class ConsoleSink:
    """Writes the rendered text to a stream; ANSI colours only when the stream is a terminal."""

    kind = "console"

    def __init__(self, stream: TextIO | None = None, *, color: bool | None = None) -> None:
        # Faust's worker command replaces sys.stdout with a logging proxy: alerts go to the real stdout.
        self.stream = stream if stream is not None else (sys.__stdout__ or sys.stdout)
        isatty = getattr(self.stream, "isatty", None)
        self.color = color if color is not None else bool(isatty and isatty())

    async def send(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        broadcast: bool = False,
    ) -> SendResult:
        out = text if self.color else strip_ansi(text)
        # One write with no await in between: alerts never interleave on the stream.
        self.stream.write(out if out.endswith("\n") else out + "\n")
        self.stream.flush()
        return SendResult(ts=None, channel=channel or "console")

    async def close(self) -> None:
        self.stream.flush()
