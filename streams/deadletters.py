"""Dead letters: a message one stage could not process, kept with its origin so it can be replayed."""

from __future__ import annotations

from typing import Any

from streams.clock import now_iso
from streams.errors import StreamsError
from streams.records import DeadLetter

MAX_VALUE_CHARS = 64 * 1024


def dead_letter(stage: str, exc: BaseException, message: Any | None = None) -> DeadLetter:
    """The dead letter for `exc`; `message` is a Faust `Message` (topic, partition, offset, key, value)."""
    value = getattr(message, "value", None)
    key = getattr(message, "key", None)
    return DeadLetter(
        stage=stage,
        error_type=type(exc).__name__,
        error=str(exc)[:2000],
        retriable=bool(getattr(exc, "retriable", False)) if isinstance(exc, StreamsError) else False,
        at=now_iso(),
        topic=getattr(message, "topic", None),
        partition=getattr(message, "partition", None),
        offset=getattr(message, "offset", None),
        key=_text(key),
        value=_text(value),
    )


def _text(raw: object) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bytes):
        return raw[:MAX_VALUE_CHARS].decode("utf-8", "replace")
    return str(raw)[:MAX_VALUE_CHARS]
