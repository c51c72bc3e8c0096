"""A fast path of validation: one byte pattern for the producer's exact layout, generated from the schema.

Records' `dumps()` writes every field, in declaration order, without whitespace. For that layout the
JSON Schema can be compiled into one regular expression over the message bytes: strings, numbers, nulls,
lists and nested records in order, wire formats (times, money) spelled out literally. A message the
pattern matches is valid JSON that `validate.compile_schema` accepts, so replay can write its bytes
without decoding them. Anything else (another key order, whitespace, an escaped digit, a missing optional
field, a field from a newer producer) does not match and takes the full path: decode and validate. The
pattern only ever says "certainly valid" or "ask the validator"; tests hold it to that.
"""

from __future__ import annotations

import re
from typing import Any

# "Unrolled" (runs of plain characters between escapes): the regex engine scans a character-class run in
# one tight loop, where an alternation per character would cost ten times more. The class is spelled as
# the bytes it allows (all but controls, quote and backslash): a negated class costs the engine a second
# step per byte. Possessive (Python 3.11): a string splits into runs and escapes one way only, so nothing
# is lost by keeping no backtracking state. Together a third off the whole match.
_PLAIN = rb"[\x20\x21\x23-\x5b\x5d-\xff]"
_STRING = rb'"' + _PLAIN + rb'*+(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})' + _PLAIN + rb'*+)*+"'
# Up to 18 digits: every JSON decoder reads these as exact integers.
_INTEGER = {None: rb"-?(?:0|[1-9][0-9]{0,17})", 0: rb"(?:0|[1-9][0-9]{0,17})", 1: rb"[1-9][0-9]{0,17}"}
_NUMBER = rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
# Patterns of plain ASCII literals, digits, classes and counts: the JSON text of a matching string is the
# string itself, so the pattern can be embedded between quotes.
_EMBEDDABLE = re.compile(r"^\^(?:[A-Za-z0-9 :._-]|\\d|\\\.|\[[A-Za-z0-9-]+\]|\{\d+(?:,\d+)?\}|[?+*()|])*\$$")


class Unsupported(ValueError):
    """The schema uses something the layout pattern cannot express; replay then always decodes."""


def layout_pattern(schema: dict[str, Any]) -> re.Pattern[bytes] | None:
    """The compiled pattern, or None when the schema is outside what it can express."""
    try:
        return re.compile(_value(schema, schema.get("$defs", {}), ()))
    except Unsupported:
        return None


def _value(schema: dict[str, Any], defs: dict[str, Any], seen: tuple[str, ...]) -> bytes:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        if name in seen:
            raise Unsupported(f"recursive record {name}")
        return _value(defs[name], defs, (*seen, name))
    if "anyOf" in schema:
        return b"(?:" + b"|".join(_value(s, defs, seen) for s in schema["anyOf"]) + b")"
    kinds = schema.get("type")
    if kinds is None:
        raise Unsupported("a value without a type")
    names = [kinds] if isinstance(kinds, str) else list(kinds)
    alternatives = [_typed(name, schema, defs, seen) for name in names]
    return alternatives[0] if len(alternatives) == 1 else b"(?:" + b"|".join(alternatives) + b")"


def _typed(name: str, schema: dict[str, Any], defs: dict[str, Any], seen: tuple[str, ...]) -> bytes:
    if name == "null":
        return b"null"
    if name == "boolean":
        return b"(?:true|false)"
    if name == "integer":
        minimum = schema.get("minimum")
        if minimum not in _INTEGER:
            raise Unsupported(f"minimum {minimum}")
        return _INTEGER[minimum]
    if name == "number":
        if "minimum" in schema:
            raise Unsupported("minimum on a number")
        return _NUMBER
    if name == "string":
        if "enum" in schema:
            return b'"(?:' + b"|".join(_literal(v) for v in schema["enum"]) + b')"'
        if "pattern" in schema:
            pattern = schema["pattern"]
            if not _EMBEDDABLE.match(pattern):
                raise Unsupported(f"pattern {pattern}")
            # ASCII digits as in JSON Schema; groups made non-capturing (a third faster to match).
            inner = re.sub(r"\((?!\?)", "(?:", pattern[1:-1].replace(r"\d", "[0-9]"))
            return b'"(?:' + inner.encode("ascii") + b')"'
        return _STRING
    if name == "array":
        item = _value(schema.get("items", {}), defs, seen)
        return rb"\[(?:" + item + rb"(?:," + item + rb")*)?\]"
    if name == "object":
        props = schema.get("properties")
        if not props or schema.get("additionalProperties", True) is not True:
            raise Unsupported("an object without declared properties")
        fields = [b'"' + _key(key) + b'":' + _value(prop, defs, seen) for key, prop in props.items()]
        return rb"\{" + b",".join(fields) + rb"\}"
    raise Unsupported(f"type {name}")


def _literal(value: Any) -> bytes:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9 _.:-]*", value):
        raise Unsupported(f"enum value {value!r}")
    return re.escape(value).encode("ascii")


def _key(key: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_]+", key):
        raise Unsupported(f"property name {key!r}")
    return key.encode("ascii")
