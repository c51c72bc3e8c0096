"""JSON Schemas of the wire records, generated from `streams.records` so the contract cannot drift.

One file per topic in `schemas/` at the repository root (`schemas/enforcement.events.v1.json`, ...);
`python -m streams.history.schemas` rewrites them and `--check` fails when they differ from the records.
A test runs the check, so a record change without regenerated schemas fails the build.

Rules of the generated subset (draft 2020-12; `streams.history.validate` checks exactly this subset):
- A field without a default is required; a field with a default is optional, because fields are only ever
  added with defaults and older messages lack them. Unknown properties are allowed for the same reason: a
  consumer holding this schema must accept messages from a newer producer.
- Money is a decimal string, times are ISO 8601 UTC strings ending in `Z`, dates are `YYYY-MM-DD`: the
  wire rules of `streams.records`, recognised by field name (`FORMATS`).
- Nested records become `$defs` referenced by `$ref`; `Optional[X]` adds null; `List[X]` is an array.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import sys
import typing
from pathlib import Path
from typing import Any

import faust

from streams import topics
from streams.topics import TopicSpec

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DECIMAL_PATTERN = r"^-?\d+(\.\d+)?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"

_TIME = {"type": "string", "format": "date-time", "pattern": TIME_PATTERN}
_DATE = {"type": "string", "format": "date", "pattern": DATE_PATTERN}
_DECIMAL = {"type": "string", "pattern": DECIMAL_PATTERN, "description": "decimal string, never a float"}
_CURRENCY = {"type": "string", "pattern": CURRENCY_PATTERN, "description": "ISO 4217 code"}

# The records type these fields as `str`; their wire form is fixed by the rules in streams/records.py.
# Keyed by field name because the same name means the same thing in every record.
FORMATS: dict[str, dict[str, Any]] = {
    "requested_at": _TIME,
    "first_seen": _TIME,
    "last_seen": _TIME,
    "emitted_at": _TIME,
    "published": _TIME,
    "at": _TIME,
    "decision_date": _DATE,
    "published_days": _DATE,  # AuthorityNote: the [first, last] published day of an event's sightings
    # Money.amount, AmountMention.amount (a Money-typed `amount` field is a record: handled as one)
    "amount": _DECIMAL,
    "amount_eur": _DECIMAL,
    "currency": _CURRENCY,
}
# Closed vocabularies that are part of the contract itself (README: "kind" is "new" | "update").
ENUMS: dict[tuple[str, str], list[str]] = {("EventMessage", "kind"): ["new", "update"]}

# Counters that start at 0 (a revision, a number of outlets or attempts).
_COUNTS = {"revision", "source_count", "attempts", "failures", "items_emitted"}

_SCALARS: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def topic_schemas() -> dict[str, dict[str, Any]]:
    """File name (topic name + `.json`) -> schema, for every topic in `streams.topics.ALL`."""
    return {f"{spec.name}.json": topic_schema(spec) for spec in topics.ALL}


def topic_schema(spec: TopicSpec) -> dict[str, Any]:
    defs: dict[str, dict[str, Any]] = {}
    body = _record_schema(spec.record, defs)
    retention = (
        "forever" if spec.retention is None else f"{int(spec.retention.total_seconds() // 86400)} days"
    )
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "$id": f"urn:enforcement-streams:schema:{spec.name}",
        "title": f"{spec.name}: {spec.record.__name__}",
        "description": _describe(spec),
        "x-topic": spec.name,
        "x-key": spec.key,
        "x-retention": retention,
        "x-public": spec.public,
        "x-framing": spec.framing,
        **body,
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def render(schema: dict[str, Any]) -> str:
    """The exact text of a committed schema file: stable key order, two-space indent, final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _describe(spec: TopicSpec) -> str:
    doc = inspect.getdoc(spec.record) or ""
    parts = [spec.doc, " ".join(doc.split())]
    return ". ".join(p.strip().rstrip(".") for p in parts if p.strip()) + "."


def _record_schema(record: type[faust.Record], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    options = record._options
    hints = typing.get_type_hints(record)
    comments = field_comments(record)
    props: dict[str, Any] = {}
    required: list[str] = []
    for name in options.fields:
        prop = _type_schema(hints[name], defs, record.__name__, name)
        if name in comments:
            prop = {**prop, "description": comments[name]}
        if name in options.defaults:
            prop = {**prop, "default": _json_default(options.defaults[name])}
        else:
            required.append(name)
        props[name] = prop
    return {"type": "object", "required": required, "properties": props}


def _type_schema(tp: Any, defs: dict[str, dict[str, Any]], owner: str, name: str) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"{owner}.{name}: only Optional[X] unions are supported, not {tp}")
        schema = _type_schema(inner[0], defs, owner, name)
        if schema.get("type") in _SCALARS.values():
            return {**schema, "type": [schema["type"], "null"]}
        return {"anyOf": [schema, {"type": "null"}]}
    if origin in (list, typing.List):  # noqa: UP006 - records use typing.List
        return {"type": "array", "items": _type_schema(args[0], defs, owner, name)}
    if origin in (dict, typing.Dict):  # noqa: UP006
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs, owner, name)}
    if isinstance(tp, type) and issubclass(tp, faust.Record):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder first: guards against recursive records
            doc = " ".join((inspect.getdoc(tp) or "").split())
            defs[tp.__name__] = {"title": tp.__name__, "description": doc, **_record_schema(tp, defs)}
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in _SCALARS:
        if tp is str and name in FORMATS:
            return dict(FORMATS[name])
        if (owner, name) in ENUMS:
            return {"type": "string", "enum": ENUMS[(owner, name)]}
        if name == "schema_version":
            return {"type": "integer", "minimum": 1}
        if name in _COUNTS:
            return {"type": "integer", "minimum": 0}
        return {"type": _SCALARS[tp]}
    raise TypeError(f"{owner}.{name}: no JSON Schema for type {tp!r}")


def _json_default(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)


_NOQA = re.compile(r"^noqa:\s*[A-Z0-9, ]+(\s*-\s*)?")


def field_comments(record: type[faust.Record]) -> dict[str, str]:
    """The trailing `# comment` of each field in the record's source: the field's documentation."""
    source = Path(inspect.getfile(record)).read_text(encoding="utf-8")
    lines = source.splitlines()
    out: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.ClassDef) and node.name == record.__name__):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                line = lines[stmt.lineno - 1]
                if "#" in line:
                    text = _NOQA.sub("", line.split("#", 1)[1].strip()).strip()
                    if text:
                        out[stmt.target.id] = text
    return out


def write_all(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in topic_schemas().items():
        path = directory / filename
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def stale_files(directory: Path = SCHEMA_DIR) -> list[str]:
    """Schema files that are missing or differ from what the records generate now."""
    stale = []
    for filename, schema in topic_schemas().items():
        path = directory / filename
        if not path.exists() or path.read_text(encoding="utf-8") != render(schema):
            stale.append(filename)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.history.schemas", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a committed schema is out of date")
    parser.add_argument("--dir", type=Path, default=SCHEMA_DIR)
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files(args.dir)
        for name in stale:
            print(f"out of date: {args.dir / name} (run python -m streams.history.schemas)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all(args.dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
