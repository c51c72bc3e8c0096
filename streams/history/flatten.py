"""Flat columns for CSV and Parquet, derived from the topic's JSON Schema. Pure.

Nested records become dotted columns (`event.amount.currency`); lists stay whole in one column (JSON text
in CSV: unambiguous even when a company name holds a comma). Columns follow the schema's field order, so a
field added to the record appears as a new column at the end of its record's group, never reordering others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from streams.history.message import EVENTS_SCHEMA


@dataclass(frozen=True)
class Column:
    name: str  # dotted path
    path: tuple[str, ...]
    kind: str  # "string" | "integer" | "number" | "boolean" | "array"
    item_kind: str | None = None  # for arrays: a scalar JSON type, or "object" for lists of records


# Added after the message's own columns: where each row came from on the topic.
RAW_META = (
    Column("kafka_timestamp", ("kafka_timestamp",), "string"),
    Column("kafka_partition", ("kafka_partition",), "integer"),
    Column("kafka_offset", ("kafka_offset",), "integer"),
)
FOLDED_META = (
    *RAW_META,  # of the message that holds the final state
    Column("first_timestamp", ("first_timestamp",), "string"),
    Column("messages", ("messages",), "integer"),
)


def columns(schema: dict[str, Any] = EVENTS_SCHEMA, *, raw: bool = False) -> list[Column]:
    return [*_walk(schema, schema.get("$defs", {}), ()), *(RAW_META if raw else FOLDED_META)]


def _walk(schema: dict[str, Any], defs: dict[str, Any], prefix: tuple[str, ...]) -> list[Column]:
    out: list[Column] = []
    for name, prop in schema.get("properties", {}).items():
        path = (*prefix, name)
        target = _record(prop, defs)
        if target is not None:
            out += _walk(target, defs, path)
            continue
        kind = _kind(prop)
        item_kind = None
        if kind == "array":
            item = prop.get("items", {})
            item_kind = "object" if _record(item, defs) is not None else _kind(item)
        out.append(Column(".".join(path), path, kind, item_kind))
    return out


def _record(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any] | None:
    """The record schema a property holds (directly or as Optional), else None."""
    for candidate in [prop, *prop.get("anyOf", [])]:
        if "$ref" in candidate:
            resolved: dict[str, Any] = defs[candidate["$ref"].rsplit("/", 1)[1]]
            return resolved
    return None


def _kind(prop: dict[str, Any]) -> str:
    kinds = prop.get("type", "string")
    names = [kinds] if isinstance(kinds, str) else [k for k in kinds if k != "null"]
    return names[0] if names else "string"


def value_at(doc: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = doc
    for key in path:
        if type(value) is not dict:
            return None
        value = value.get(key)
    return value


def row(doc: dict[str, Any], cols: list[Column], meta: dict[str, Any]) -> list[Any]:
    """Typed values in column order (None for absent); `meta` supplies the kafka_* and fold columns."""
    merged = {**doc, **meta}
    return [value_at(merged, c.path) for c in cols]


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)
