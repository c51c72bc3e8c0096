"""Several records in one Kafka message: JSON Lines on the internal candidates and stories topics.

Every message a Faust worker consumes costs it a fixed few hundred µs here (fetch, dispatch to the agent's
stream, ack, commit) whatever its size, and every message it sends about as much again. The classify agent
therefore writes the candidates of one input batch as one message per destination partition, and the dedup
agent its batch's stories copies likewise: the records' own `dumps()` bytes, one per line (orjson never
writes a raw newline, so a line is exactly one record). The dedup and notify agents read every line of a
message in order, as if each had been a message of its own.

Nothing changes for correctness: a partition's lines keep the order they were produced in; a line lands in
the partition its key hashes to (the producer's own partitioner, the one the tables use for their
changelogs), so every candidate of a case still meets its state and every story message its ledger; a
message of one line is exactly the old one-record message, keyed, so producers that write single records
(reprocessing, the notifier's re-queued copies, tools, tests) stay valid. A message of several lines has
no key: they may be of several keys. Messages stay under `MAX_MESSAGE_BYTES`, below the broker's and the
producer's 1 MB limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SEPARATOR = b"\n"
MAX_MESSAGE_BYTES = 512 * 1024


def lines(value: bytes | None) -> list[bytes | None]:
    """The records of one message: its non-empty lines. A message without a line break (a single record,
    an empty or a null value) is one record, for the decoder to judge."""
    if not value or SEPARATOR not in value:
        return [value]
    return [line for line in value.split(SEPARATOR) if line.strip()] or [value]


@dataclass(frozen=True)
class Framed:
    """One message to send: `key` is the record's key when it holds one record, else None."""

    partition: int | None
    key: str | None
    value: bytes


@dataclass
class Outbox:
    """Records collected for one topic during a batch, framed per partition when the batch ends.

    `partition_of(key)` names the partition a key belongs to, or None when the producer cannot tell yet
    (no metadata for the topic): such a record goes alone, keyed, and Kafka places it.
    """

    partition_of: Callable[[str], int | None]
    max_bytes: int = MAX_MESSAGE_BYTES
    _by_partition: dict[int, list[tuple[str, bytes]]] = field(default_factory=dict)
    _alone: list[tuple[str, bytes]] = field(default_factory=list)

    def add(self, key: str, value: bytes) -> None:
        partition = self.partition_of(key)
        if partition is None:
            self._alone.append((key, value))
        else:
            self._by_partition.setdefault(partition, []).append((key, value))

    def messages(self) -> Iterator[Framed]:
        """The framed messages, partition by partition, each partition's records in the order added."""
        for key, value in self._alone:
            yield Framed(None, key, value)
        for partition, records in self._by_partition.items():
            chunk: list[tuple[str, bytes]] = []
            size = 0
            for key, value in records:
                if chunk and size + len(value) + 1 > self.max_bytes:
                    yield _framed(partition, chunk)
                    chunk, size = [], 0
                chunk.append((key, value))
                size += len(value) + 1
            if chunk:
                yield _framed(partition, chunk)
        self._by_partition.clear()
        self._alone.clear()


def _framed(partition: int, chunk: list[tuple[str, bytes]]) -> Framed:
    if len(chunk) == 1:
        return Framed(partition, *chunk[0])
    return Framed(partition, None, SEPARATOR.join(value for _, value in chunk))
