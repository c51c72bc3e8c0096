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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

from streams.errors import ConfigError
from streams.history.bounds import iso_ms
from streams.history.flatten import FOLDED_META, Column, columns, csv_cell, row, value_at
from streams.history.message import decode_valid

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_PARQUET_ROWS = 50_000  # rows per row group: bounded memory, still large enough to compress well
_PARQUET_CHUNK = 4_096  # decoded rows held before Arrow converts them


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
    """Writes outputs in the order given. A writer may also offer `write_many(outputs)`, the same in
    bulk, which replay then uses."""

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
        self._write(_line(out) + b"\n")

    def write_many(self, outs: Iterable[Output]) -> None:
        """The same lines as `write` one by one, in fewer, larger writes."""
        lines: list[bytes] = []
        for out in outs:
            lines.append(_line(out))
            if len(lines) == 1024:
                self._write(b"\n".join(lines) + b"\n")
                lines.clear()
        if lines:
            self._write(b"\n".join(lines) + b"\n")

    def close(self) -> None:
        self.stream.flush()
        if self.owned:
            self.stream.close()


# json.dumps(value, ensure_ascii=False, separators=(",", ":")), without building an encoder per call
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _line(out: Output) -> bytes:
    value = out.value
    # The validated bytes are already one JSON object; a producer's pretty-printed (multi-line) or
    # non-UTF-8 message is written again compactly so that every line is one message.
    if value[:1] == b"{" and b"\n" not in value:
        return value
    return _compact(out.doc).encode()


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
    (sources, amounts_seen) as JSON text.

    Arrow reads the message's own columns from the decoded dicts itself, a few thousand rows per
    conversion (its C++ walks them: no Python step per cell); each row group is written whole."""

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
        meta_names = {c.name for c in FOLDED_META}
        self.texts = [c for c in cols if c.name not in meta_names and c.item_kind == "object"]
        # The nested record type of the rest of the message's columns (lists of records left out).
        self.struct = _struct_type(pa, [c for c in cols if c.name not in meta_names and c not in self.texts])
        self.pending: list[Output] = []  # rows not converted yet
        self.batches: list[Any] = []  # converted chunks of the current row group
        self.rows = 0
        self._second: int | None = None
        self._prefix = ""

    def write(self, out: Output) -> None:
        self.pending.append(out)
        self.rows += 1
        if len(self.pending) >= _PARQUET_CHUNK:
            self._convert()
        if self.rows >= _PARQUET_ROWS:
            self._flush()

    def _iso(self, timestamp_ms: int | None) -> str | None:
        """`iso_ms`, with the date and time up to the second formatted once per second of timestamps."""
        if timestamp_ms is None:
            return None
        second = timestamp_ms // 1000
        if second != self._second:
            self._second, self._prefix = second, iso_ms(second * 1000)[:-4]  # "...THH:MM:SS."
        return f"{self._prefix}{timestamp_ms % 1000:03d}Z"

    def _convert(self) -> None:
        outs = self.pending
        if not outs:
            return
        pa = self.pa
        docs = [out.doc for out in outs]
        leaves = _leaves(pa.array(docs, type=self.struct), ())
        iso = self._iso
        columns: dict[str, list[Any]] = {
            "kafka_timestamp": [iso(out.timestamp) for out in outs],
            "kafka_partition": [out.partition for out in outs],
            "kafka_offset": [out.offset for out in outs],
            "first_timestamp": [iso(out.first_timestamp) for out in outs],
            "messages": [out.messages for out in outs],
        }
        for col in self.texts:
            path = col.path
            columns[col.name] = [
                None if (value := value_at(doc, path)) is None else _compact(value) for doc in docs
            ]
        arrays = [
            pa.array(columns[col.name], type=f.type) if col.name in columns else leaves[col.path]
            for col, f in zip(self.cols, self.schema, strict=True)
        ]
        self.batches.append(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.pending = []

    def _flush(self) -> None:
        self._convert()
        if self.batches:
            # Contiguous columns: the file then holds exactly the bytes of one conversion per row group.
            table = self.pa.Table.from_batches(self.batches, schema=self.schema).combine_chunks()
            self.writer.write_table(table)
            self.batches = []
            self.rows = 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _struct_type(pa: Any, cols: list[Column]) -> Any:
    """The Arrow struct type holding `cols` at their paths."""
    tree: dict[str, Any] = {}
    for col in cols:
        node = tree
        for key in col.path[:-1]:
            node = node.setdefault(key, {})
        node[col.path[-1]] = _arrow_type(pa, col)

    def build(node: dict[str, Any]) -> Any:
        return pa.struct([(k, build(v) if isinstance(v, dict) else v) for k, v in node.items()])

    return build(tree)


def _leaves(array: Any, path: tuple[str, ...]) -> dict[tuple[str, ...], Any]:
    """Every leaf array of a struct array by its path; a null record makes its fields null."""
    out: dict[tuple[str, ...], Any] = {}
    for field, child in zip(array.type, array.flatten(), strict=True):
        if field.type.id == array.type.id:  # a nested record
            out.update(_leaves(child, (*path, field.name)))
        else:
            out[(*path, field.name)] = child
    return out


def _arrow_type(pa: Any, col: Column) -> Any:
    scalar = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if col.kind == "array":
        return (
            pa.string()
            if col.item_kind == "object"
            else pa.list_(scalar.get(col.item_kind or "", pa.string()))
        )
    return scalar.get(col.kind, pa.string())
