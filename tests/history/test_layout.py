"""The layout fast path only ever says "certainly valid": whatever it matches, the validator accepts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.errors import MalformedMessage
from streams.history.layout import layout_pattern
from streams.history.message import EVENTS_SCHEMA, check, load
from streams.history.validate import compile_schema, validate
from streams.records import EventMessage
from tests.history.factory import message, raw

PATTERN = layout_pattern(EVENTS_SCHEMA)
VALIDATOR = compile_schema(EVENTS_SCHEMA)
GOLDEN = Path(__file__).parents[1] / "golden" / "event_message_v1.json"
BASE = raw(message(7, 2))


def fast(value: bytes) -> bool:
    assert PATTERN is not None
    return PATTERN.fullmatch(value) is not None


def test_the_events_schema_has_a_layout_pattern() -> None:
    assert PATTERN is not None


@pytest.mark.parametrize("revision", [0, 1, 3])
def test_what_the_records_write_takes_the_fast_path(revision: int) -> None:
    assert fast(raw(message(1, revision)))
    golden = EventMessage.from_data(json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert fast(golden.dumps()) and check(golden.dumps()) is None


def test_awkward_text_still_takes_the_fast_path() -> None:
    msg = message(2, 1)
    msg.event.title = 'Café "quoted" \\ back\nslash / tab\t € 𝄞 \x01'
    value = msg.dumps()
    assert fast(value) and validate(VALIDATOR, json.loads(value)) is None


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: json.dumps(d, indent=2),  # another layout
        lambda d: json.dumps(dict(reversed(list(d.items())))),  # another key order
        lambda d: json.dumps({**d, "added_later": 1}, separators=(",", ":")),  # a newer producer's field
        lambda d: json.dumps({k: v for k, v in d.items() if k != "changes"}, separators=(",", ":")),
    ],
)
def test_other_valid_layouts_take_the_full_path(edit: Callable[[dict], str]) -> None:
    value = edit(json.loads(BASE)).encode()
    assert not fast(value)
    assert check(value) is not None, "decoded and validated instead"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"emitted_at":"2026-03-02T08:00:01Z"', b'"emitted_at":"2026-03-02 08:00:01"'),
        (b'"amount":"1000000"', b'"amount":1000000'),
        (b'"revision":2', b'"revision":-2'),
        (b'"kind":"update"', b'"kind":"change"'),
        (b'"cap":false', b'"cap":null'),
    ],
)
def test_invalid_messages_fail_both_paths(old: bytes, new: bytes) -> None:
    value = BASE.replace(old, new, 1)
    assert value != BASE and not fast(value)
    with pytest.raises(MalformedMessage):
        check(value)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_random_byte_edits_never_make_the_fast_path_accept_an_invalid_message(data: st.DataObject) -> None:
    value = bytearray(BASE)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(value) - 1))
        op = data.draw(st.sampled_from(["replace", "delete", "insert"]))
        byte = data.draw(st.sampled_from(b'0aZ"\\{}[],:-.eE \n\x00\xc3\xa9\xff'))
        if op == "replace":
            value[at] = byte
        elif op == "delete":
            del value[at]
        else:
            value.insert(at, byte)
    edited = bytes(value)
    if check_fast(edited):
        doc = load(edited)  # raises if the fast path let something invalid through
        assert validate(VALIDATOR, doc) is None


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(min_size=1))
def test_any_text_in_string_fields_agrees_between_the_paths(title: str, outlet: str) -> None:
    msg = message(3, 1)
    msg.event.title = title
    msg.event.sources[0].outlet = outlet
    value = msg.dumps()
    assert fast(value)
    assert validate(VALIDATOR, json.loads(value)) is None


def check_fast(value: bytes) -> bool:
    try:
        return check(value) is None
    except MalformedMessage:
        return False
