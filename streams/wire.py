"""Decoding wire bytes into records, with a typed error for anything that is not a valid record."""

from __future__ import annotations

import json
from typing import TypeVar

import faust

from streams.errors import MalformedMessage
from streams.records import SCHEMA_VERSION

R = TypeVar("R", bound=faust.Record)


def decode(record: type[R], raw: bytes | str | None) -> R:
    if raw is None:
        raise MalformedMessage(f"empty {record.__name__} message", "producers must send a JSON body")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedMessage(
            f"{record.__name__} message is not JSON ({exc})", "send the record's dumps()"
        ) from exc
    if not isinstance(data, dict):
        raise MalformedMessage(f"{record.__name__} message is not a JSON object", "send the record's dumps()")
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise MalformedMessage(
            f"{record.__name__} schema_version {version!r} is newer than this worker ({SCHEMA_VERSION})",
            "upgrade the worker",
        )
    try:
        return record.from_data(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise MalformedMessage(
            f"{record.__name__} message has wrong fields ({exc})", "check the producer"
        ) from exc
