"""Output formats of a replay: JSON Lines, CSV and Parquet, to a file or stdout.

JSON Lines holds one `enforcement.events.v1` message per line, exactly as on the topic (the folded output
is each event's latest message, which carries its full state), so anything that consumes the topic can
consume the file. CSV and Parquet hold the flattened columns of `flatten.columns` plus where each row came
from. Parquet needs pyarrow (`pip install pyarrow`), imported only when asked for.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

from streams.errors import ConfigError
from streams.history.bounds import iso_ms
from streams.history.flatten import Column, columns, csv_cell, row
from streams.history.message import decode_valid

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_PARQUET_ROWS = 50_000  # rows per row group: bounded memory, still large enough to compress well


@dataclass(slots=True)
class Output:
    """One line or row: a validated message and where it came from."""

    value: bytes
    timestamp: int
    partition: int
    offset: int
    first_timestamp: int | None = None  # folded output only
    messages: int | None = None  # folded output only
    decoded: dict[str, Any] | None = None

    @property
    def doc(self) -> dict[str, Any]:
        """The message as a dict, decoded on first use (JSON Lines output of a valid message needs none)."""
        if self.decoded is None:
            # Every Output holds a message the collector validated: decoding is all that is left.
            self.decoded = decode_valid(self.value)
        return self.decoded


class Writer(Protocol):
    def write(self, out: Output) -> None: ...
    def close(self) -> None: ...


def format_for(name: str | None, output: Path | None) -> Format:
    """The explicit --format, else from the output file's suffix, else JSON Lines."""
    if name:
        if name not in FORMATS:
            raise ConfigError(f"unknown format {name!r}", f"use one of {', '.join(FORMATS)}")
        return name  # type: ignore[return-value]  # checked against FORMATS
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"csv": "csv", "parquet": "parquet", "pq": "parquet"}.get(suffix, "jsonl")  # type: ignore[return-value]


def open_writer(fmt: Format, output: Path | None, *, raw: bool) -> Writer:
    """A writer to `output`, or to stdout when it is None (Parquet needs a file)."""
    if fmt == "parquet":
        if output is None:
            raise ConfigError("Parquet cannot be written to stdout", "give --output FILE.parquet")
        return ParquetWriter(output, columns(raw=raw))
    binary: BinaryIO = output.open("wb") if output else sys.stdout.buffer
    owned = output is not None
    if fmt == "csv":
        return CsvWriter(binary, columns(raw=raw), owned=owned)
    return JsonlWriter(binary, owned=owned)


def meta(out: Output) -> dict[str, Any]:
    m: dict[str, Any] = {
        "kafka_timestamp": iso_ms(out.timestamp),
        "kafka_partition": out.partition,
        "kafka_offset": out.offset,
    }
    if out.first_timestamp is not None:
        m["first_timestamp"] = iso_ms(out.first_timestamp)
        m["messages"] = out.messages
    return m


class JsonlWriter:
    def __init__(self, stream: BinaryIO, *, owned: bool = False) -> None:
        self.stream = stream
        self.owned = owned
        self._write = stream.write

    def write(self, out: Output) -> None:
        value = out.value
        # The validated bytes are already one JSON object; a producer's pretty-printed (multi-line) or
        # non-UTF-8 message is written again compactly so that every line is one message.
        if value[:1] == b"{" and b"\n" not in value:
            self._write(value + b"\n")
        else:
            self._write(json.dumps(out.doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")

    def close(self) -> None:
        self.stream.flush()
        if self.owned:
            self.stream.close()


class CsvWriter:
    def __init__(self, stream: BinaryIO, cols: list[Column], *, owned: bool = False) -> None:
        self.binary = stream
        self.owned = owned
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=False)
        self.cols = cols
        self.csv = csv.writer(self.text)
        self.csv.writerow([c.name for c in cols])

    def write(self, out: Output) -> None:
        self.csv.writerow([csv_cell(v) for v in row(out.doc, self.cols, meta(out))])

    def close(self) -> None:
        self.text.flush()
        if self.owned:
            self.text.close()
        else:
            self.text.detach()  # leave stdout open for the rest of the process


class ParquetWriter:
    """Typed columns: strings, int64, bool, float64; lists of scalars as Parquet lists, lists of records
    (sources, amounts_seen) as JSON text."""

    def __init__(self, path: Path, cols: list[Column]) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ConfigError(
                "Parquet output needs pyarrow, which is not installed",
                "pip install pyarrow, or use --format jsonl",
            ) from exc
        self.pa = pa
        self.cols = cols
        self.schema = pa.schema([pa.field(c.name, _arrow_type(pa, c)) for c in cols])
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.buffer: list[list[Any]] = [[] for _ in cols]
        self.rows = 0

    def write(self, out: Output) -> None:
        for column, cell, value in zip(
            self.buffer, self.cols, row(out.doc, self.cols, meta(out)), strict=True
        ):
            if cell.item_kind == "object" and value is not None:
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            column.append(value)
        self.rows += 1
        if self.rows >= _PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            arrays = [
                self.pa.array(col, type=f.type) for col, f in zip(self.buffer, self.schema, strict=True)
            ]
            self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
            self.buffer = [[] for _ in self.cols]
            self.rows = 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _arrow_type(pa: Any, col: Column) -> Any:
    scalar = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if col.kind == "array":
        return (
            pa.string()
            if col.item_kind == "object"
            else pa.list_(scalar.get(col.item_kind or "", pa.string()))
        )
    return scalar.get(col.kind, pa.string())
