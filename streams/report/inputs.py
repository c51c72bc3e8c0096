"""Where a report's events come from: a file `streams replay` wrote (JSON Lines or Parquet, folded or raw),
or the events topic itself, read exactly as `streams replay` reads it.

Either way the result is one validated message per event, its final state (raw files are folded here the
way replay folds: highest revision wins, a later line wins a tie), in order of first appearance, with the
same filters as replay applied to the final state.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from streams.config.subscriptions import Filters
from streams.errors import MalformedMessage, StreamsError
from streams.history.bounds import Window
from streams.history.filters import accepts
from streams.history.flatten import FOLDED_META, columns
from streams.history.message import load
from streams.history.replay import OnMalformed, ReplayStats, replay
from streams.history.writers import Output

# (line or row number from 1, problem) of an input line that is not a valid event message
OnBadLine = Callable[[int, str], None]
_FILE_HINT = "give a file written by `streams replay -o FILE.jsonl` (or .parquet)"


class InputError(StreamsError):
    """The report's input file is missing, of an unknown format, or holds no event message."""


@dataclass
class Loaded:
    docs: list[dict[str, Any]]  # one validated message per event: its final state
    messages: int = 0  # valid messages read
    malformed: int = 0
    filtered_out: int = 0
    incomplete: tuple[int, ...] = ()  # topic partitions that went quiet before their end offset


def file_format(path: Path) -> str:
    """ "jsonl" or "parquet", from the suffix. Raises InputError naming the formats that work."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix == ".csv":
        raise InputError(
            f"{path} is CSV, which a report cannot read back (lists are JSON text, an empty cell could be "
            "null or an empty string)",
            "replay to JSON Lines or Parquet instead: streams replay ... -o events.jsonl",
        )
    raise InputError(f"{path}: unknown file format {suffix or '(no suffix)'!r}", _FILE_HINT)


def read_file(path: Path, filters: Filters, on_bad_line: OnBadLine | None = None) -> Loaded:
    fmt = file_format(path)
    if not path.is_file():
        raise InputError(f"{path} does not exist", f"{_FILE_HINT}, or leave out --input to read the topic")
    loaded = Loaded([])
    rows = _jsonl_lines(path) if fmt == "jsonl" else _parquet_rows(path)
    valid: list[dict[str, Any]] = []
    for number, value in rows:
        try:
            valid.append(load(value))
        except MalformedMessage as exc:
            loaded.malformed += 1
            if on_bad_line is not None:
                on_bad_line(number, exc.problem)
    if not valid and loaded.malformed:
        raise InputError(f"no line of {path} is an enforcement.events.v1 message", _FILE_HINT)
    loaded.messages = len(valid)
    for doc in fold(valid):
        if accepts(filters, doc):
            loaded.docs.append(doc)
        else:
            loaded.filtered_out += 1
    return loaded


def fold(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The final state of each event: its highest revision, the later message on a tie; events in order of
    their first message. A folded file folds to itself."""
    latest: dict[str, dict[str, Any]] = {}
    for doc in docs:
        current = latest.get(doc["event_id"])
        if current is None or doc["revision"] >= current["revision"]:
            latest[doc["event_id"]] = doc  # dicts keep the first insertion's position
    return list(latest.values())


async def read_topic(
    bootstrap: str,
    topic: str,
    window: Window,
    filters: Filters,
    *,
    progress: TextIO | None = None,
    on_malformed: OnMalformed | None = None,
) -> Loaded:
    """The events of a window of the topic, folded and filtered by `streams replay` itself."""
    sink = _Collect()
    stats: ReplayStats = await replay(
        bootstrap, topic, window, filters, sink, raw=False, progress=progress, on_malformed=on_malformed
    )
    return Loaded(sink.docs, stats.in_window, stats.malformed, stats.filtered_out, tuple(stats.incomplete))


class _Collect:
    """A replay writer that keeps the decoded messages."""

    def __init__(self) -> None:
        self.docs: list[dict[str, Any]] = []

    def write(self, out: Output) -> None:
        self.docs.append(out.doc)

    def close(self) -> None:
        pass


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield number, line


def _parquet_rows(path: Path) -> Iterator[tuple[int, str]]:
    """Each row of a replay's Parquet file, rebuilt as the message's JSON text."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            "reading Parquet needs pyarrow, which is not installed",
            "pip install pyarrow, or use a .jsonl file",
        ) from exc
    try:
        parquet = pq.ParquetFile(str(path))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path} is not a readable Parquet file ({exc})", _FILE_HINT) from exc
    known = {c.name: c for c in columns()}
    meta = {c.name for c in FOLDED_META}
    number = 0
    for batch in parquet.iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            number += 1
            doc: dict[str, Any] = {}
            for name, value in row.items():
                column = known.get(name)
                if column is None or name in meta or value is None:
                    continue  # absent values take their schema defaults; unknown columns are not ours
                if column.item_kind == "object" and isinstance(value, str):
                    with contextlib.suppress(ValueError):  # else left as text: validation names the row
                        value = json.loads(value)
                _put(doc, column.path, value)
            yield number, json.dumps(doc, ensure_ascii=False)


def _put(doc: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc.setdefault(key, {})
    doc[path[-1]] = value
