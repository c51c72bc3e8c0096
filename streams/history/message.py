"""Event messages as history reads them: validated dicts, not Faust records.

Replay reads millions of messages; building an `EventMessage` costs several times more than `json.loads`,
so history decodes into plain dicts and checks them against the topic's generated JSON Schema instead:
the same fields, types and wire formats that `streams.wire.decode` would accept.
"""

from __future__ import annotations

import re
from typing import Any, cast

from orjson import loads as _loads

from streams import topics
from streams.errors import MalformedMessage
from streams.history.layout import layout_pattern
from streams.history.schemas import topic_schema
from streams.history.validate import compile_schema, validate
from streams.records import SCHEMA_VERSION, EventState

EVENTS_SCHEMA = topic_schema(topics.EVENTS)
_CHECK = compile_schema(EVENTS_SCHEMA)
_LAYOUT = layout_pattern(EVENTS_SCHEMA)
_FULLMATCH = _LAYOUT.fullmatch if _LAYOUT is not None else None

# The layout ends with the schema version; one newer than this reader is for load() to refuse.
_CURRENT_VERSION = b',"schema_version":%d}' % SCHEMA_VERSION

# The producer's own layout (records' `dumps()`: declared field order, compact separators) lets folding read
# a message's identity from its first bytes. Anything else falls back to a full decode, so this is only a
# shortcut: a head that matches here is exactly what json.loads would report for these three fields. (The
# id's class is "all but quote and backslash", spelled positively: the engine checks it faster.)
_HEAD = re.compile(
    rb'\{"kind":"(?:new|update)","event_id":"([\x00-\x21\x23-\x5b\x5d-\xff]*+)","revision":(0|[1-9][0-9]*+),'
)


def head(value: bytes | None) -> tuple[str, int]:
    """(event_id, revision) of a message, cheaply when it has the producer's layout (a tuple: this runs
    once per message read). Raises MalformedMessage."""
    if value is not None:
        m = _HEAD.match(value)
        if m is not None:
            event_id, revision = m.groups()
            try:
                return event_id.decode(), int(revision)
            except UnicodeDecodeError:  # not UTF-8: load() names the problem
                pass
    doc = load(value)
    return doc["event_id"], doc["revision"]


def load(value: bytes | str | None) -> dict[str, Any]:
    """Decode and validate one message of enforcement.events.v1. Raises MalformedMessage."""
    if value is None:
        raise MalformedMessage("empty EventMessage message", "producers must send a JSON body")
    try:
        doc = _loads(value)
    except (ValueError, UnicodeDecodeError) as exc:  # orjson's JSONDecodeError is a ValueError
        raise MalformedMessage(
            f"EventMessage message is not JSON ({exc})", "send the record's dumps()"
        ) from exc
    if type(doc) is not dict:
        raise MalformedMessage("EventMessage message is not a JSON object", "send the record's dumps()")
    version = doc.get("schema_version", SCHEMA_VERSION)
    if type(version) is int and version > SCHEMA_VERSION:
        raise MalformedMessage(
            f"EventMessage schema_version {version} is newer than this reader ({SCHEMA_VERSION})",
            "upgrade enforcement-streams",
        )
    problem = validate(_CHECK, doc)
    if problem is not None:
        raise MalformedMessage(f"EventMessage does not match its schema: {problem}", "check the producer")
    return doc


def check(value: bytes | None) -> dict[str, Any] | None:
    """Validate a message without decoding it when it has the producer's exact layout (returns None);
    otherwise decode and validate it (returns the decoded dict). Raises MalformedMessage."""
    if value is not None and _has_layout(value):
        return None
    return load(value)


def problem_of(value: bytes) -> str | None:
    """Why a message is not a valid EventMessage, or None: `check` for a caller that keeps the bytes."""
    if _has_layout(value):
        return None
    try:
        load(value)
    except MalformedMessage as exc:
        return exc.problem
    return None


def _has_layout(value: bytes) -> bool:
    """The producer's exact layout, at the current schema version: valid without decoding."""
    return (
        _FULLMATCH is not None
        and value.endswith(_CURRENT_VERSION)
        and _FULLMATCH(value) is not None
        and (value.isascii() or _utf8(value))
    )


def decode_valid(value: bytes) -> dict[str, Any]:
    """Decode a message `check` has already accepted (no second validation)."""
    doc: dict[str, Any] = _loads(value)
    return doc


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def with_defaults(doc: dict[str, Any], schema: dict[str, Any] = EVENTS_SCHEMA) -> dict[str, Any]:
    """A copy of a validated message with every absent optional field set to its schema default."""
    return _fill(doc, schema, schema.get("$defs", {}))


def _fill(value: Any, schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _fill(value, defs[schema["$ref"].rsplit("/", 1)[1]], defs)
    if "anyOf" in schema:
        return value if value is None else _fill(value, schema["anyOf"][0], defs)
    if type(value) is dict and "properties" in schema:
        out = dict(value)
        for name, prop in schema["properties"].items():
            if name in out:
                out[name] = _fill(out[name], prop, defs)
            elif "default" in prop:
                default = prop["default"]
                out[name] = list(default) if isinstance(default, list) else default
        return out
    if type(value) is list and "items" in schema:
        return [_fill(v, schema["items"], defs) for v in value]
    return value


class _View:
    """Attribute access over a decoded record, so pure functions written for records work on dicts."""

    __slots__ = ("_doc",)

    def __init__(self, doc: dict[str, Any]) -> None:
        self._doc = doc

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._doc[name]
        except KeyError:
            raise AttributeError(name) from None
        if type(value) is dict:
            return _View(value)
        if type(value) is list and value and type(value[0]) is dict:
            return [_View(v) if type(v) is dict else v for v in value]
        return value


def event_state(doc: dict[str, Any]) -> EventState:
    """The message's event as an `EventState` look-alike (attribute access, defaults filled), without
    building the Faust record: for `streams.notify.route.matches_event`."""
    return cast(EventState, _View(with_defaults(doc)["event"]))
