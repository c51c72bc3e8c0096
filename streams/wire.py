"""Decoding wire bytes into records, with a typed error for anything that is not a valid record.

A message on an input topic is checked against its topic's JSON Schema (`streams.history.schemas`, generated
from the records) before a record is built: Faust alone coerces instead of refusing (`"title": 5` becomes
"5", `null` becomes "None") and builds nested records lazily, so a wrong nested field would only fail later,
inside an agent, and stop its stream. Records that are not a topic's (table values read from changelogs) are
built eagerly instead, nested records included, so any wrong field surfaces here as `MalformedMessage`.

The common case is cheap: a message in the exact layout `dumps()` writes that fits the topic's layout pattern
(`streams.history.layout`, compiled from the same schema) is certainly schema-valid, so it skips the generic
validator and its record is built directly from the checked data, nested records included, without Faust's
per-field coercion (there is nothing left to coerce). The pattern checks the digits of times and dates, not
the calendar: that check still runs. Anything the pattern does not match takes the full path.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

import faust
from orjson import loads

from streams import topics
from streams.errors import MalformedMessage
from streams.history.layout import layout_pattern
from streams.history.schemas import DATE_PATTERN, FORMATS, TIME_PATTERN, topic_schema
from streams.history.validate import Check, compile_schema, validate
from streams.records import SCHEMA_VERSION

R = TypeVar("R", bound=faust.Record)

_MAX_PROBLEM_CHARS = 300


def decode(record: type[R], raw: bytes | str | None) -> R:
    """The message as `record`. Raises `MalformedMessage` (never anything else) when it is not one."""
    if raw is None:
        raise MalformedMessage(f"empty {record.__name__} message", "producers must send a JSON body")
    fast = _fast_path(record)
    if fast is not None and type(raw) is bytes and fast[0](raw) is not None:
        value = _decode_layout(record, fast[1], raw)
        if value is not None:
            return value
    try:
        data = loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        # orjson refuses invalid UTF-8, lone surrogates, NaN and nesting deeper than 1024 levels with a
        # ValueError: all garbage, not bugs of ours. (It reads integers beyond 64 bits as floats; the schema
        # check then refuses them where an integer belongs.)
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


def _decode_layout(record: type[R], build: Callable[[dict[str, Any]], Any], raw: bytes) -> R | None:
    """The record of a message its layout pattern matched; None sends it down the full path, which names the
    problem (a newer schema_version, a time or date that is no real one)."""
    try:
        data = loads(raw)
        if data.get("schema_version", SCHEMA_VERSION) > SCHEMA_VERSION or _calendar_problem(record, data):
            return None
        return typing.cast(R, build(data))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        # Not expected after the match; if it happens anyway, the full path judges the message.
        return None


_CHECKS: dict[type[faust.Record], Check | None] = {}
_FastPath = tuple[Callable[[bytes], Any], Callable[[dict[str, Any]], Any]]
_FAST: dict[type[faust.Record], _FastPath | None] = {}


def _fast_path(record: type[faust.Record]) -> _FastPath | None:
    """(fullmatch of the topic's layout pattern, builder) for `record`, or None: no topic or no pattern."""
    if record not in _FAST:
        spec = next((s for s in topics.ALL if s.record is record), None)
        pattern = layout_pattern(topic_schema(spec)) if spec is not None else None
        build = builder(record) if pattern is not None else None
        _FAST[record] = (pattern.fullmatch, build) if pattern is not None and build is not None else None
    return _FAST[record]


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


# -- building records from checked data ------------------------------------------------------------------

_BUILDERS: dict[type[faust.Record], Callable[[dict[str, Any]], Any] | None] = {}


def builder(record: type[faust.Record]) -> Callable[[dict[str, Any]], Any] | None:
    """A function that builds `record` from data already checked against its schema, or None when a field's
    type is outside what it handles (then `from_data` it is).

    What Faust's `__init__` would store, stored directly: every field, nested records built now (so they
    count as evaluated, like `_materialise` makes them), a null optional field as its default, an integer
    in a float field as a float. It skips Faust's per-field coercion and validation, which the schema made
    moot: they are most of the cost of `from_data`. `__post_init__` runs as in `__init__`.
    """
    if record in _BUILDERS:
        return _BUILDERS[record]
    _BUILDERS[record] = None  # a record nesting itself stays unsupported
    steps: list[tuple[str, Callable[[Any], Any] | None, Any, bool]] = []
    hints = typing.get_type_hints(record)
    options = record._options
    for name in options.fields:
        convert = _converter(_unwrap(hints[name]))
        if convert is _UNSUPPORTED:
            return None
        default = options.defaults.get(name)  # None for a field without a default, as in `__init__`
        steps.append((name, convert, default, isinstance(default, list | dict)))
    names = frozenset(options.fields)
    post_init = getattr(record, "__post_init__", None)
    new = object.__new__

    def build(data: dict[str, Any]) -> Any:
        value = new(record)
        fields = value.__dict__
        for name, convert, default, mutable in steps:
            item = data[name]
            if item is None:  # a mutable default is copied, never shared between records
                fields[name] = default.copy() if mutable else default
            else:
                fields[name] = convert(item) if convert is not None else item
        fields["__evaluated_fields__"] = set(names)
        if post_init is not None:
            value.__post_init__()
        return value

    _BUILDERS[record] = build
    return build


def _unsupported(value: Any) -> Any:  # pragma: no cover - a marker, never called
    raise AssertionError(value)


_UNSUPPORTED: Callable[[Any], Any] = _unsupported


def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """None: the JSON value is the field's value as is; else the function that makes it one."""
    if tp in (str, int, bool, typing.Any):
        return None
    if tp is float:
        return float
    if isinstance(tp, type) and issubclass(tp, faust.Record):
        nested = builder(tp)
        return nested if nested is not None else _UNSUPPORTED
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (list, typing.List) and args:  # noqa: UP006 - records use typing.List
        element = _converter(_unwrap(args[0]))
        if element is None or element is _UNSUPPORTED:
            return element
        each: Callable[[Any], Any] = element
        return lambda items: [each(i) if i is not None else None for i in items]
    if origin in (dict, typing.Dict) and len(args) == 2 and args[0] is str:  # noqa: UP006
        element = _converter(_unwrap(args[1]))
        if element is None or element is _UNSUPPORTED:
            return element
        value_of: Callable[[Any], Any] = element
        return lambda items: {k: value_of(v) if v is not None else None for k, v in items.items()}
    return _UNSUPPORTED
