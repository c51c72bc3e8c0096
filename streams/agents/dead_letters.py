"""The one way agents hand a message they cannot process to `enforcement.dead-letters.v1`."""

from __future__ import annotations

from typing import Any

from streams.app import dead_letters_topic
from streams.deadletters import dead_letter


async def send_dead_letter(stage: str, exc: BaseException, message: Any) -> None:
    await dead_letters_topic.send(key=stage, value=dead_letter(stage, exc, message).dumps())
