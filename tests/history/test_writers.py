"""Output formats: JSON Lines as on the topic, CSV flattened by the schema, Parquet typed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from streams.history.flatten import columns, csv_cell, row
from streams.history.progress import Progress, format_progress
from streams.history.writers import CsvWriter, JsonlWriter, Output, ParquetWriter, format_for, meta
from tests.history.factory import message, raw


def output(n: int = 0, revision: int = 1, value: bytes | None = None) -> Output:
    value = value or raw(message(n, revision))
    return Output(value, 1_700_000_000_123, 2, 41, 1_700_000_000_000, 2)


def test_columns_flatten_records_and_follow_the_schema_order() -> None:
    names = [c.name for c in columns()]
    assert names[:5] == ["kind", "event_id", "revision", "emitted_at", "event.event_id"]
    assert "event.amount.amount" in names and "event.amount.currency" in names and "event.sources" in names
    assert names[-5:] == ["kafka_timestamp", "kafka_partition", "kafka_offset", "first_timestamp", "messages"]
    assert [c.name for c in columns(raw=True)][-3:] == ["kafka_timestamp", "kafka_partition", "kafka_offset"]


def test_csv_cells_are_unambiguous() -> None:
    assert [csv_cell(v) for v in (None, True, False, 3, "a,b")] == ["", "true", "false", "3", "a,b"]
    assert csv_cell(["Meta Platforms, Inc.", "Acme"]) == '["Meta Platforms, Inc.","Acme"]'


def test_csv_rows_hold_the_flattened_event_and_its_origin() -> None:
    buf = io.BytesIO()
    writer = CsvWriter(buf, columns(), owned=False)
    writer.write(output(3))
    writer.close()
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue().decode())))
    assert row["event_id"] == "evt_00000000000000000003" and row["revision"] == "1"
    assert row["event.amount.amount"] == "1000000" and row["event.amount.currency"] == "EUR"
    assert row["event.court_id"] == "" and row["event.cap"] == "false"
    assert json.loads(row["event.sources"])[1]["outlet"] == "Outlet 0"
    assert row["kafka_timestamp"] == "2023-11-14T22:13:20.123Z" and row["kafka_partition"] == "2"
    assert row["first_timestamp"] == "2023-11-14T22:13:20.000Z" and row["messages"] == "2"


def test_jsonl_lines_are_the_messages_themselves() -> None:
    buf = io.BytesIO()
    writer = JsonlWriter(buf)
    pretty = json.dumps(json.loads(raw(message(1))), indent=2).encode()
    writer.write(output(0))
    writer.write(output(1, 0, pretty))
    lines = buf.getvalue().splitlines()
    assert lines[0] == raw(message(0, 1))
    assert len(lines) == 2 and json.loads(lines[1]) == json.loads(pretty)


def test_parquet_holds_typed_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    writer = ParquetWriter(path, columns())
    for n in range(3):
        writer.write(output(n))
    writer.close()
    table = pq.read_table(path)
    assert table.num_rows == 3
    rows = table.to_pylist()
    assert rows[1]["event.event_id"] == "evt_00000000000000000001" and rows[1]["revision"] == 1
    assert rows[0]["event.types"] == ["fine"] and rows[0]["event.cap"] is False
    assert json.loads(rows[0]["event.sources"])[0]["kind"] == "regulator"


def test_the_format_follows_the_option_then_the_suffix() -> None:
    assert format_for(None, Path("x.csv")) == "csv" and format_for(None, Path("x.parquet")) == "parquet"
    assert format_for(None, None) == "jsonl" and format_for("csv", Path("x.jsonl")) == "csv"


def test_progress_shows_rate_and_eta() -> None:
    assert format_progress(5_000, 20_000, 2.0) == "5,000/20,000 messages (25%)  2,500/s  ETA 00:06"
    assert format_progress(0, 10, 0.0).endswith("ETA --:--")
    ticks = iter([0.0, 1.0, 1.1, 2.0])
    stream = io.StringIO()
    bar = Progress(100, stream, clock=lambda: next(ticks))
    bar.advance(10)
    bar.advance(10)  # within the redraw interval: not drawn
    bar.finish()
    assert stream.getvalue().count("\r") == 2 and "20/100" in stream.getvalue()


def test_jsonl_in_bulk_writes_the_same_lines() -> None:
    pretty = json.dumps(json.loads(raw(message(1))), indent=2).encode()
    outs = [output(n) for n in range(2_500)] + [output(1, 0, pretty)]
    one, bulk = io.BytesIO(), io.BytesIO()
    for out in outs:
        JsonlWriter(one).write(out)
    JsonlWriter(bulk).write_many(iter(outs))
    assert bulk.getvalue() == one.getvalue()


def test_parquet_rows_are_the_flattened_messages(tmp_path: Path) -> None:
    """Arrow converts whole chunks of rows; every cell must still be what `flatten.row` reads."""
    pq = pytest.importorskip("pyarrow.parquet")
    cols = columns()
    no_amount = raw(message(1, 0, amount=None, amount_eur=None))
    no_country = raw(message(2, 3, companies=[], jurisdiction=None))
    outs = [
        output(0),
        Output(no_amount, 1_700_000_001_999, 0, 7, 1_700_000_000_500, 1),
        Output(no_country, 1_700_000_002_000, 1, 9, 1_600_000_000_001, 4),
    ] * 3_000  # more than one chunk
    path = tmp_path / "out.parquet"
    writer = ParquetWriter(path, cols)
    for out in outs:
        writer.write(out)
    writer.close()
    got = pq.read_table(path).to_pylist()
    assert len(got) == len(outs)
    for index in (0, 1, 2, len(outs) - 1):
        out = outs[index]
        expected = row(out.doc, cols, meta(out))
        for col, value in zip(cols, expected, strict=True):
            if col.item_kind == "object" and value is not None:
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            assert got[index][col.name] == value, col.name
