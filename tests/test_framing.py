"""JSON Lines framing of the candidates topic: one message per partition and batch, read back line by line."""

from __future__ import annotations

import orjson

from streams.framing import MAX_MESSAGE_BYTES, SEPARATOR, Outbox, lines


def record(n: int, text: str = "CNIL fines Litware €2 million\nsecond line\r\n") -> bytes:
    return orjson.dumps({"item_id": f"itm_{n}", "text": text})


def test_a_record_never_contains_the_separator_so_a_line_is_one_record() -> None:
    assert SEPARATOR not in record(1)  # newlines inside strings are escaped by the encoder
    assert lines(record(1) + SEPARATOR + record(2)) == [record(1), record(2)]


def test_a_message_without_a_line_break_is_one_record_as_it_always_was() -> None:
    assert lines(record(1)) == [record(1)]
    assert lines(b"") == [b""] and lines(None) == [None]  # the decoder judges (and dead-letters) these
    assert lines(b"\n\n") == [b"\n\n"]  # nothing but separators: one malformed record, not zero


def test_the_outbox_frames_each_partitions_records_in_order_and_keys_only_single_records() -> None:
    partitions = {"co:a": 0, "co:b": 1, "co:c": 0}
    outbox = Outbox(partitions.get)
    for n, key in enumerate(["co:a", "co:b", "co:c", "co:a"]):
        outbox.add(key, record(n))
    sent = list(outbox.messages())
    assert [(m.partition, m.key, len(lines(m.value))) for m in sent] == [(0, None, 3), (1, "co:b", 1)]
    assert lines(sent[0].value) == [record(0), record(2), record(3)]
    assert sent[1].value == record(1)
    assert list(outbox.messages()) == []  # emptied for the next batch


def test_a_key_without_a_known_partition_goes_alone_and_keyed() -> None:
    outbox = Outbox(lambda key: None)
    outbox.add("co:a", record(1))
    outbox.add("co:a", record(2))
    assert [(m.partition, m.key, m.value) for m in outbox.messages()] == [
        (None, "co:a", record(1)),
        (None, "co:a", record(2)),
    ]


def test_messages_stay_under_the_size_limit_and_a_record_larger_than_it_goes_alone() -> None:
    big = orjson.dumps({"text": "x" * 600})
    outbox = Outbox(lambda key: 3, max_bytes=1500)
    for _ in range(5):
        outbox.add("co:a", big)
    outbox.add("co:a", orjson.dumps({"text": "y" * 2000}))
    sent = list(outbox.messages())
    assert [len(lines(m.value)) for m in sent] == [2, 2, 1, 1]
    assert all(len(m.value) <= 1500 for m in sent[:3])
    assert [line for m in sent for line in lines(m.value)] == [big] * 5 + [orjson.dumps({"text": "y" * 2000})]
    assert MAX_MESSAGE_BYTES < 1_000_000  # under the producer's max_request_size and the broker's limit

