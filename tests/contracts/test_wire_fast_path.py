"""The cheap path of `streams.wire.decode` (a message in the producer's exact layout) gives the very record
the full path gives, and refuses what the full path refuses."""

from __future__ import annotations

import json

import faust
import pytest

from streams import topics, wire
from streams.errors import MalformedMessage
from streams.notify.preview import sample_message
from streams.records import Candidate, EventMessage, Money, PollRequest, RawItem

CANDIDATE = Candidate(
    item_id="itm_1", case_key="co:acme", feed_id="f", source="s", source_kind="news", url=None, title="t",
    text="t", first_seen="2026-11-16T09:00:00Z", classifier_version="v", primary="fine", types=["fine"],
    confidence=1, evidence=["e"], amount=Money(amount="5", currency="EUR"), decision_date="2026-02-28",
)  # fmt: skip
RAW = RawItem(
    item_id="itm_1", feed_id="f", source="s", source_kind="news", url="http://x/1", title="t \u00e9 \"q\"",
    summary="s", first_seen="2026-11-16T09:00:00.123Z", published="2026-11-15T00:00:00Z",
)  # fmt: skip
MESSAGES: list[tuple[type[faust.Record], bytes]] = [
    (Candidate, CANDIDATE.dumps()),
    (RawItem, RAW.dumps()),
    (EventMessage, sample_message().dumps()),
    (PollRequest, PollRequest(feed_id="f", requested_at="2026-11-16T09:00:00Z").dumps()),
]


def _full(record: type[faust.Record], raw: bytes) -> faust.Record:
    value = record.from_data(json.loads(raw))
    wire._materialise(value)
    return value


@pytest.mark.parametrize("record, raw", MESSAGES)
def test_a_message_in_the_producers_layout_takes_the_fast_path_to_the_same_record(
    record: type[faust.Record], raw: bytes
) -> None:
    fast = wire._fast_path(record)
    assert fast is not None and fast[0](raw) is not None, "dumps() output matches the layout pattern"
    value = wire.decode(record, raw)
    full = _full(record, raw)
    assert value == full and value.dumps() == full.dumps() == raw
    assert set(vars(value)) == set(vars(full))
    for name in record._options.fields:  # nested records are records, as the full path makes them
        assert type(getattr(value, name)) is type(getattr(full, name))


def test_a_float_field_written_as_an_integer_is_a_float_as_faust_makes_it() -> None:
    assert b'"confidence":1,' in CANDIDATE.dumps() or b'"confidence":1.0,' in CANDIDATE.dumps()
    value = wire.decode(Candidate, CANDIDATE.dumps().replace(b'"confidence":1.0,', b'"confidence":1,'))
    assert type(value.confidence) is float


@pytest.mark.parametrize(
    "raw",
    [
        CANDIDATE.dumps().replace(b'"decision_date":"2026-02-28"', b'"decision_date":"2026-02-30"'),
        CANDIDATE.dumps().replace(
            b'"first_seen":"2026-11-16T09:00:00Z"', b'"first_seen":"2026-11-16T25:00:00Z"'
        ),
        CANDIDATE.dumps().replace(b'"schema_version":1}', b'"schema_version":2}'),
        CANDIDATE.dumps().replace(b'"types":["fine"]', b'"types":[5]'),
    ],
)
def test_what_the_pattern_lets_through_or_not_is_still_malformed(raw: bytes) -> None:
    with pytest.raises(MalformedMessage):
        wire.decode(Candidate, raw)


def test_every_input_topic_has_a_fast_path() -> None:
    for spec in topics.ALL:
        assert wire._fast_path(spec.record) is not None, spec.name


def _case_with_an_event() -> faust.Record:
    """A `cases` table value as the dedup agent writes it: nested events, sources, amounts."""
    from streams.dedup.engine import decide

    return decide(None, CANDIDATE, "2026-11-16T09:00:00Z").case


@pytest.mark.parametrize(
    "value",
    [CANDIDATE, RAW, sample_message(), PollRequest(feed_id="f", requested_at="2026-11-16T09:00:00Z")],
    ids=lambda v: type(v).__name__,
)
def test_a_records_bytes_are_fausts_json_codec_bytes(value: faust.Record) -> None:
    """`dumps()` skips Faust's codec machinery; the bytes must stay the ones Faust's "json" codec writes,
    for messages and, through `dumps(serializer="json")`, for table changelogs."""
    faust_bytes = faust.serializers.codecs.dumps("json", value.to_representation())
    assert value.dumps() == value.dumps(serializer="json") == faust_bytes


def test_a_table_values_nested_records_serialise_as_faust_serialises_them() -> None:
    case = _case_with_an_event()
    assert case.dumps(serializer="json") == faust.serializers.codecs.dumps("json", case.to_representation())
    assert b'"events":[{' in case.dumps(), "the nested event state is written as an object"
