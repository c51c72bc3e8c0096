"""How agents take messages in: decode into the record, or hand it to `enforcement.dead-letters.v1`."""

from __future__ import annotations

from typing import Any, TypeVar

import faust

from streams.app import dead_letters_topic
from streams.deadletters import dead_letter
from streams.errors import MalformedMessage
from streams.wire import decode

R = TypeVar("R", bound=faust.Record)


async def send_dead_letter(stage: str, exc: BaseException, message: Any) -> None:
    await dead_letters_topic.send(key=stage, value=dead_letter(stage, exc, message).dumps())


async def decode_or_dead_letter(stage: str, record: type[R], event: Any) -> R | None:
    """The message as `record`; None (after dead-lettering it) when it is not one: the stream goes on."""
    try:
        return decode(record, event.message.value)
    except MalformedMessage as exc:
        await send_dead_letter(stage, exc, event.message)
        return None
