"""Every topic is declared once, and every wire record follows the same rules."""

from __future__ import annotations

import json

import faust
import pytest

from streams import records, topics
from streams.errors import MalformedMessage
from streams.wire import decode

WIRE_RECORDS = [
    obj
    for obj in vars(records).values()
    if isinstance(obj, type)
    and issubclass(obj, faust.Record)
    and obj.__module__ == records.__name__
    and not obj.__name__.startswith("_")
]


def test_topic_names_are_unique_and_versioned() -> None:
    names = [spec.name for spec in topics.ALL]
    assert len(names) == len(set(names))
    assert all(name.startswith("enforcement.") and name.endswith(".v1") for name in names)


def test_only_the_events_topic_is_public_and_it_is_kept_forever() -> None:
    assert [spec.name for spec in topics.ALL if spec.public] == ["enforcement.events.v1"]
    assert topics.retention_ms(topics.EVENTS) == -1
    assert topics.retention_ms(topics.RAW_ITEMS) == -1, "raw items are the source of reprocessing"
    assert topics.retention_ms(topics.POLL_REQUESTS) == 24 * 3600 * 1000


@pytest.mark.parametrize("record", WIRE_RECORDS, ids=lambda r: r.__name__)
def test_every_wire_record_is_plain_json_without_faust_metadata(record: type[faust.Record]) -> None:
    assert record._options.include_metadata is False
    assert record._options.serializer == "json"


_PARTS = {"Money", "AmountMention", "SeenItem", "Source", "LinkTarget"}


@pytest.mark.parametrize(
    "record",
    # Parts of other records, which carry the version:
    [r for r in WIRE_RECORDS if r.__name__ not in _PARTS],
    ids=lambda r: r.__name__,
)
def test_every_top_level_record_has_a_schema_version(record: type[faust.Record]) -> None:
    assert "schema_version" in record._options.fields


def test_list_and_dict_defaults_are_not_shared_between_instances() -> None:
    first = records.StoryLedger(story_id="a")
    first.threads["c"] = "1"
    first.sent.append("k")
    second = records.StoryLedger(story_id="b")
    assert second.threads == {} and second.sent == []


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not json",
        b"[1, 2]",
        json.dumps({"feed_id": "x"}).encode(),
        json.dumps({"feed_id": "x", "requested_at": "t", "schema_version": 99}).encode(),
    ],
    ids=["empty", "not-json", "not-object", "missing-field", "newer-schema"],
)
def test_undecodable_messages_raise_a_typed_error(raw: bytes) -> None:
    with pytest.raises(MalformedMessage):
        decode(records.PollRequest, raw)
