"""How agents take messages in: decode into the record, or hand it to `enforcement.dead-letters.v1`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import faust

from streams.app import dead_letters_topic
from streams.deadletters import dead_letter
from streams.errors import MalformedMessage
from streams.framing import lines
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


@dataclass(frozen=True)
class Line:
    """One record of a framed message (`streams.framing`): the message's origin and key, the line's value.
    A dead letter made from it names the message and holds only the line."""

    topic: str | None
    partition: int | None
    offset: int | None
    key: Any
    value: bytes | None

    @classmethod
    def of(cls, message: Any, value: bytes | None) -> Line:
        return cls(message.topic, message.partition, message.offset, message.key, value)


async def decode_lines_or_dead_letter(stage: str, record: type[R], event: Any) -> list[tuple[R, Line]]:
    """Every line of a framed message as (`record`, its origin), in order; a malformed line is dead-lettered
    alone and the others go on. A message of one record is one line."""
    message = event.message
    out = []
    for value in lines(message.value):
        origin = Line.of(message, value)
        try:
            out.append((decode(record, value), origin))
        except MalformedMessage as exc:
            await send_dead_letter(stage, exc, origin)
    return out
