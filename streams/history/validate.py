"""A validator for exactly the JSON Schema subset `schemas.py` generates, compiled to Python source once.

Why not the `jsonschema` package: replay validates every message it writes, and a generic validator costs
several times more per message than decoding it. This one turns each schema into straight-line Python
(a few type tests per field; paths are only built when something is wrong). It refuses schemas that use
keywords outside the subset, so a generator change cannot silently weaken validation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A check returns None when the value is valid, else the first problem as "<path>: <what>" where the path
# is relative to the value checked (`validate` prefixes the root `$`).
Check = Callable[[Any], "str | None"]

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "default", "format"}
_KEYWORDS = {
    "type",
    "enum",
    "pattern",
    "minimum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "anyOf",
    "$ref",
}
_TYPE_TESTS = {
    "string": "type({v}) is str",
    # bool is a subclass of int in Python but not a JSON integer
    "integer": "type({v}) is int",
    "number": "type({v}) in (int, float)",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "object": "type({v}) is dict",
    "array": "type({v}) is list",
}


class SchemaError(ValueError):
    """The schema uses something outside the supported subset."""


def validate(check: Check, value: Any) -> str | None:
    """None when valid, else the first problem with its path from the root (`$`)."""
    problem = check(value)
    return None if problem is None else "$" + problem


def compile_schema(root: dict[str, Any]) -> Check:
    gen = _Generator(root.get("$defs", {}))
    entry = gen.function(root)
    namespace: dict[str, Any] = {"_ABSENT": _ABSENT, "_kind": kind_of, **gen.constants}
    exec(compile("\n".join(gen.lines), "<schema validator>", "exec"), namespace)
    check: Check = namespace[entry]
    return check


_ABSENT = object()


def kind_of(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages."""
    names = {str: "string", bool: "boolean", int: "integer", float: "number", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def ecma_pattern(pattern: str) -> re.Pattern[str]:
    """A JSON Schema (ECMA-262) pattern in Python: `\\d` is ASCII only, and a final `$` does not accept a
    trailing newline as Python's does."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern, re.ASCII)


class _Generator:
    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.def_names: dict[str, str] = {}
        self.counter = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def constant(self, value: Any) -> str:
        name = self.fresh("_c")
        self.constants[name] = value
        return name

    def function(self, schema: dict[str, Any]) -> str:
        """Emit `def name(v)` checking `schema`; returns the function's name."""
        name = self.fresh("_check")
        body: list[str] = []
        self.statements(schema, "v", '""', body, 1)
        # Default arguments make the names the checks use fast locals rather than global lookups.
        self.lines += [
            f"def {name}(v, type=type, str=str, int=int, float=float, bool=bool, dict=dict, "
            "list=list, enumerate=enumerate, KeyError=KeyError):",
            *body,
            "    return None",
            "",
        ]
        return name

    def ref(self, target: str) -> str:
        if not target.startswith("#/$defs/") or target[8:] not in self.defs:
            raise SchemaError(f"unsupported $ref {target!r}")
        key = target[8:]
        if key not in self.def_names:
            self.def_names[key] = f"_def_{re.sub(r'[^A-Za-z0-9_]', '_', key)}"
            # Emitted under a fixed name first so recursive references resolve at call time.
            inner = self.function(self.defs[key])
            self.lines += [f"{self.def_names[key]} = {inner}", ""]
        return self.def_names[key]

    def statements(self, schema: dict[str, Any], v: str, path: str, out: list[str], depth: int) -> None:
        unknown = {k for k in schema if not k.startswith("x-")} - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise SchemaError(f"unsupported keywords {sorted(unknown)}")
        pad = "    " * depth

        def fail(message_code: str) -> str:
            return f"{pad}    return {path} + {message_code}"

        if "$ref" in schema:
            fn = self.ref(schema["$ref"])
            p = self.fresh("p")
            out += [f"{pad}{p} = {fn}({v})", f"{pad}if {p} is not None:", fail(p)]
        if "type" in schema:
            names = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
            if any(n not in _TYPE_TESTS for n in names):
                raise SchemaError(f"unsupported type {names}")
            test = " or ".join(_TYPE_TESTS[n].format(v=v) for n in names)
            label = " or ".join(names)
            out += [f"{pad}if not ({test}):", fail(f'": expected {label}, got " + _kind({v})')]
        if "enum" in schema:
            c = self.constant(tuple(schema["enum"]))
            out += [
                f"{pad}if {v} not in {c}:",
                fail(f'": " + repr({v}) + " is not one of {list(schema["enum"])}"'),
            ]
        if "pattern" in schema:
            c = self.constant(ecma_pattern(schema["pattern"]).search)
            # As in JSON Schema, `pattern` constrains strings only: null passes an optional field's pattern.
            out += [
                f"{pad}if type({v}) is str and {c}({v}) is None:",
                fail(f'": " + repr({v}) + " does not match " + {schema["pattern"]!r}'),
            ]
        if "minimum" in schema:
            m = schema["minimum"]
            out += [
                f"{pad}if type({v}) in (int, float) and {v} < {m!r}:",
                fail(f'": " + repr({v}) + " is less than {m}"'),
            ]
        if "anyOf" in schema:
            alts = [self.function(s) for s in schema["anyOf"]]
            p = self.fresh("p")
            # The first alternative's problem is the meaningful one (the X of Optional[X]).
            out += [f"{pad}{p} = {alts[0]}({v})"]
            for alt in alts[1:]:
                out += [f"{pad}if {p} is not None and {alt}({v}) is None:", f"{pad}    {p} = None"]
            out += [f"{pad}if {p} is not None:", fail(p)]
        if "items" in schema:
            i, item = self.fresh("i"), self.fresh("x")
            out += [f"{pad}if type({v}) is list:", f"{pad}    for {i}, {item} in enumerate({v}):"]
            self.statements(schema["items"], item, f'{path} + f"[{{{i}}}]"', out, depth + 2)
        if "required" in schema or "properties" in schema:
            required = list(schema.get("required", ()))
            props = schema.get("properties", {})
            var_of = {name: self.fresh("x") for name in [*required, *props]}
            out += [f"{pad}if type({v}) is dict:"]
            if required:
                # Subscripts in a try cost nothing when every field is there (the usual case).
                out += [f"{pad}    try:"]
                out += [f"{pad}        {var_of[name]} = {v}[{name!r}]" for name in required]
                out += [
                    f"{pad}    except KeyError as missing:",
                    f'{pad}        return {path} + ": missing required field " + repr(missing.args[0])',
                ]
            for name, prop in props.items():
                x = var_of[name]
                if name in required:
                    self.statements(prop, x, f"{path} + {'.' + name!r}", out, depth + 1)
                    continue
                out += [f"{pad}    if {name!r} in {v}:", f"{pad}        {x} = {v}[{name!r}]"]
                self.statements(prop, x, f"{path} + {'.' + name!r}", out, depth + 2)
        extra = schema.get("additionalProperties", True)
        if extra is not True:
            known = self.constant(frozenset(schema.get("properties", {})))
            k, x = self.fresh("k"), self.fresh("x")
            out += [
                f"{pad}if type({v}) is dict:",
                f"{pad}    for {k}, {x} in {v}.items():",
                f"{pad}        if {k} in {known}:",
                f"{pad}            continue",
            ]
            if extra is False:
                out += [f'{pad}        return {path} + ": unexpected field " + repr({k})']
            else:
                self.statements(extra, x, f'{path} + "." + {k}', out, depth + 2)
