"""Decoding wire bytes into records, with a typed error for anything that is not a valid record.

A message on an input topic is checked against its topic's JSON Schema (`streams.history.schemas`, generated
from the records) before a record is built: Faust alone coerces instead of refusing (`"title": 5` becomes
"5", `null` becomes "None") and builds nested records lazily, so a wrong nested field would only fail later,
inside an agent, and stop its stream. The check costs about as much as `json.loads`. Records that are not a
topic's (table values read from changelogs) are built eagerly instead, nested records included, so any wrong
field surfaces here as `MalformedMessage`.
"""

from __future__ import annotations

import json
import typing
from datetime import date, datetime
from typing import Any, TypeVar

import faust

from streams import topics
from streams.errors import MalformedMessage
from streams.history.schemas import DATE_PATTERN, FORMATS, TIME_PATTERN, topic_schema
from streams.history.validate import Check, compile_schema, validate
from streams.records import SCHEMA_VERSION

R = TypeVar("R", bound=faust.Record)

_MAX_PROBLEM_CHARS = 300


def decode(record: type[R], raw: bytes | str | None) -> R:
    """The message as `record`. Raises `MalformedMessage` (never anything else) when it is not one."""
    if raw is None:
        raise MalformedMessage(f"empty {record.__name__} message", "producers must send a JSON body")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        # RecursionError: `[[[[...` nested deeper than the interpreter's stack is garbage, not a bug of ours.
        raise MalformedMessage(
            f"{record.__name__} message is not JSON ({str(exc)[:_MAX_PROBLEM_CHARS]})",
            "send the record's dumps()",
        ) from exc
    if not isinstance(data, dict):
        raise MalformedMessage(f"{record.__name__} message is not a JSON object", "send the record's dumps()")
    version = data.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or version > SCHEMA_VERSION:
        raise MalformedMessage(
            f"{record.__name__} schema_version {version!r:.50} is newer than this worker ({SCHEMA_VERSION})",
            "upgrade the worker",
        )
    check = _topic_check(record)
    if check is not None:
        problem = validate(check, data) or _calendar_problem(record, data)
        if problem is not None:
            raise MalformedMessage(
                f"{record.__name__} message does not match its schema ({problem[:_MAX_PROBLEM_CHARS]})",
                "send the record's dumps()",
            )
    try:
        value = record.from_data(data)
        if check is None:
            _materialise(value)  # no schema vouched for the nested records: build them now
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise MalformedMessage(
            f"{record.__name__} message has wrong fields ({str(exc)[:_MAX_PROBLEM_CHARS]})",
            "check the producer",
        ) from exc
    return value


_CHECKS: dict[type[faust.Record], Check | None] = {}


def _topic_check(record: type[faust.Record]) -> Check | None:
    """The compiled schema check of the topic carrying `record`, or None for records no topic carries."""
    if record not in _CHECKS:
        spec = next((s for s in topics.ALL if s.record is record), None)
        _CHECKS[record] = compile_schema(topic_schema(spec)) if spec is not None else None
    return _CHECKS[record]


def _calendar_problem(record: type[faust.Record], data: dict[str, Any], path: str = "$") -> str | None:
    """The first time or date field (by `FORMATS`) that fits its pattern but is no real moment: the schema
    lets "2026-13-45T99:99:99Z" through, and the agent that reads it would raise ValueError."""
    for name, kind, nested in _calendar_fields(record):
        value = data.get(name)
        if nested is not None:
            items = value if kind == "records" and isinstance(value, list) else [value]
            for i, item in enumerate(items):
                where = f"{path}.{name}" + (f"[{i}]" if kind == "records" else "")
                problem = _calendar_problem(nested, item, where) if isinstance(item, dict) else None
                if problem:
                    return problem
        elif isinstance(value, str):
            try:
                if kind == "time":
                    datetime.fromisoformat(value.replace("Z", "+00:00"))
                else:
                    date.fromisoformat(value)
            except ValueError:
                return f"{path}.{name}: {value[:40]!r} is not a real {kind}"
    return None


_CALENDAR: dict[type[faust.Record], list[tuple[str, str, type[faust.Record] | None]]] = {}


def _calendar_fields(record: type[faust.Record]) -> list[tuple[str, str, type[faust.Record] | None]]:
    """(field, "time" | "date" | "record" | "records", nested record): the fields a calendar check visits."""
    if record not in _CALENDAR:
        fields: list[tuple[str, str, type[faust.Record] | None]] = []
        for name, tp in typing.get_type_hints(record).items():
            if name not in record._options.fields:
                continue
            inner = _unwrap(tp)
            listed = typing.get_origin(inner) in (list, typing.List)  # noqa: UP006 - records use typing.List
            element = _unwrap(typing.get_args(inner)[0]) if listed else inner
            if isinstance(element, type) and issubclass(element, faust.Record):
                fields.append((name, "records" if listed else "record", element))
            elif element is str and not listed and name in FORMATS:
                pattern = FORMATS[name].get("pattern")
                if pattern in (TIME_PATTERN, DATE_PATTERN):
                    fields.append((name, "time" if pattern == TIME_PATTERN else "date", None))
        _CALENDAR[record] = fields
    return _CALENDAR[record]


def _unwrap(tp: Any) -> Any:
    """X for Optional[X], else the type itself."""
    if typing.get_origin(tp) is typing.Union:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return inner[0] if len(inner) == 1 else tp
    return tp


def _materialise(value: Any) -> None:
    """Touch every field, so Faust builds nested records now rather than in the middle of an agent."""
    if isinstance(value, faust.Record):
        for name in value._options.fields:
            _materialise(getattr(value, name))
    elif isinstance(value, list | tuple):
        for element in value:
            _materialise(element)
    elif isinstance(value, dict):
        for element in value.values():
            _materialise(element)
