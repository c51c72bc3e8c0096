"""Decoding what arrives on an input topic: the record, or `MalformedMessage`; never anything else.

An agent that gets any other exception from `decode` stops its stream, so this is what keeps "a malformed
message goes to the dead-letter topic and the stream goes on" true. A decoded record is complete: Faust
builds nested records lazily, and a bad nested field must fail here, not later inside an agent.
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams import topics
from streams.deadletters import dead_letter
from streams.errors import MalformedMessage
from streams.notify.preview import sample_message
from streams.records import Candidate, DeadLetter, DigestInput, EventMessage, PollRequest, RawItem
from streams.wire import decode
from tests.properties.strategies import fuzz, hostile_text

CANDIDATE = Candidate(
    item_id="itm_1", case_key="co:acme", feed_id="f", source="s", source_kind="news", url=None, title="t",
    text="t", first_seen="2026-11-16T09:00:00Z", classifier_version="v", primary="fine", types=["fine"],
    confidence=0.9, evidence=[],
).dumps()  # fmt: skip
INPUT_RECORDS = sorted({spec.record for spec in topics.ALL}, key=lambda r: r.__name__)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text(40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text(12), inner, max_size=4),
    max_leaves=20,
)
VALID: dict[type[faust.Record], dict[str, Any]] = {
    spec.record: json.loads(value)
    for spec, value in [
        (topics.POLL_REQUESTS, PollRequest(feed_id="f", requested_at="2026-11-16T09:00:00Z").dumps()),
        (topics.EVENTS, sample_message().dumps()),
    ]
}


def decode_or_malformed(record: type[faust.Record], raw: bytes | str) -> faust.Record | None:
    try:
        value = decode(record, raw)
    except MalformedMessage:
        return None
    assert decode(record, value.dumps()).dumps() == value.dumps(), "a decoded record is a valid record"
    return value


@fuzz(150)
@given(st.sampled_from(INPUT_RECORDS), st.binary(max_size=300))
def test_any_bytes_decode_to_a_record_or_a_typed_error(record: type[faust.Record], raw: bytes) -> None:
    decode_or_malformed(record, raw)


@fuzz(150)
@given(st.sampled_from(INPUT_RECORDS), JSON)
def test_any_json_decodes_to_a_record_or_a_typed_error(record: type[faust.Record], doc: Any) -> None:
    decode_or_malformed(record, json.dumps(doc))


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(doc, dict):
        return [p for k, v in doc.items() for p in [(*prefix, k), *_paths(v, (*prefix, k))]]
    if isinstance(doc, list):
        return [p for i, v in enumerate(doc) for p in [(*prefix, i), *_paths(v, (*prefix, i))]]
    return []


@fuzz(150)
@given(st.sampled_from(sorted(VALID, key=lambda r: r.__name__)), st.data())
def test_a_valid_message_with_any_one_field_broken_is_a_record_or_a_typed_error(
    record: type[faust.Record], data: st.DataObject
) -> None:
    doc = json.loads(json.dumps(VALID[record]))
    *parent_path, last = data.draw(st.sampled_from(_paths(doc)))
    parent = doc
    for step in parent_path:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[last]
    else:
        parent[last] = data.draw(JSON)
    decode_or_malformed(record, json.dumps(doc))


@pytest.mark.parametrize(
    "record, raw",
    [
        # Faust coerced these into strings ("5", "None", "['x']") instead of refusing them.
        (PollRequest, b'{"feed_id": null, "requested_at": "2026-11-16T09:00:00Z"}'),
        (RawItem, b'{"item_id":"a","feed_id":"b","source":"s","source_kind":"news","url":null,"title":5,'
         b'"summary":["x"],"first_seen":"2026-11-16T09:00:00Z"}'),
        # A time that is no time: agents parse it (digest ticks, alert ages) and raised ValueError.
        (PollRequest, b'{"feed_id": "f", "requested_at": "yesterday"}'),
        (DigestInput, b'{"subscription": "s", "kind": "tick", "at": "2026-13-45T99:99:99Z"}'),
        (Candidate, CANDIDATE.replace(b'"decision_date":null', b'"decision_date":"2026-02-30"')),
        # Nesting deeper than the interpreter's stack: json.loads raised RecursionError.
        (RawItem, b"[" * 100_000),
        (RawItem, b'{"a":' * 100_000),
    ],
)  # fmt: skip
def test_messages_faust_alone_let_through_or_crashed_on_are_malformed(
    record: type[faust.Record], raw: bytes
) -> None:
    with pytest.raises(MalformedMessage):
        decode(record, raw)


def test_an_event_message_with_a_broken_nested_event_is_malformed_at_decode_time() -> None:
    """Faust builds `message.event` on first access: decode used to succeed, and the agent reading stories
    then died on `message.event` with TypeError, stopping the stream."""
    doc = json.loads(sample_message().dumps())
    del doc["event"]["title"]
    with pytest.raises(MalformedMessage) as caught:
        decode(EventMessage, json.dumps(doc))
    assert "title" in str(caught.value)


@fuzz(100)
@given(
    key=st.none() | st.binary(max_size=50) | hostile_text(50),
    value=st.none() | st.binary(max_size=300) | hostile_text(300),
    offset=st.none() | st.integers(min_value=0, max_value=2**62),
    problem=hostile_text(300),
)
def test_a_dead_letter_for_any_message_is_itself_a_valid_record(
    key: bytes | str | None, value: bytes | str | None, offset: int | None, problem: str
) -> None:
    message = SimpleNamespace(
        topic="enforcement.raw-items.v1", partition=0, offset=offset, key=key, value=value
    )
    letter = dead_letter("classify", MalformedMessage(problem), message)
    assert decode(DeadLetter, letter.dumps()) == letter
