"""Folding `new` and `update` messages into the final state of each event, and the output orders. Pure.

Every message carries the full event state, so folding keeps, per event, the message with the highest
revision (at-least-once delivery may repeat or reorder a revision; the position breaks ties), the time of
its first message and how many messages it had. Only the winners' bytes are kept, and `held` counts them,
so a caller can move some out of memory (a winner whose `value` it empties is its own business).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

# (event_id, revision, timestamp, partition, offset, value) of one message
Message = tuple[str, int, int, int, int, bytes]


@dataclass(slots=True)
class Folded:
    event_id: str
    revision: int
    first_timestamp: int  # earliest Kafka timestamp of the event's messages in the window
    timestamp: int  # of the winning message
    partition: int
    offset: int
    value: bytes
    messages: int = 1


class Folder:
    def __init__(self) -> None:
        self.events: dict[str, Folded] = {}
        self.held = 0  # bytes of the winners' values in memory

    def add(
        self, event_id: str, revision: int, timestamp: int, partition: int, offset: int, value: bytes
    ) -> Folded | None:
        """Fold one message in; returns the event's record when this message is now its winner."""
        return self.add_many([(event_id, revision, timestamp, partition, offset, value)]).get(event_id)

    def add_many(self, messages: Iterable[Message]) -> dict[str, Folded]:
        """Fold messages in (any order); returns the events whose winner changed, by id."""
        # Runs once per message read: one loop over a batch, locals instead of attribute lookups.
        events = self.events
        current_of = events.get
        fresh: dict[str, Folded] = {}
        held = 0
        for event_id, revision, timestamp, partition, offset, value in messages:
            current = current_of(event_id)
            if current is None:
                events[event_id] = fresh[event_id] = Folded(
                    event_id, revision, timestamp, timestamp, partition, offset, value
                )
                held += len(value)
                continue
            current.messages += 1
            if timestamp < current.first_timestamp:
                current.first_timestamp = timestamp
            if revision > current.revision or (
                revision == current.revision
                and (timestamp, partition, offset) > (current.timestamp, current.partition, current.offset)
            ):
                held += len(value) - len(current.value)
                current.revision, current.timestamp = revision, timestamp
                current.partition, current.offset, current.value = partition, offset, value
                fresh[event_id] = current
        self.held += held
        return fresh

    def discard(self, event_id: str) -> None:
        gone = self.events.pop(event_id, None)
        if gone is not None:
            self.held -= len(gone.value)

    def ordered(self) -> list[Folded]:
        return sorted(self.events.values(), key=_FOLDED_ORDER)


def folded_order(f: Folded) -> tuple[int, str]:
    """Events by when they first appeared in the window, then id: stable across runs and partitions."""
    return (f.first_timestamp, f.event_id)


_FOLDED_ORDER = attrgetter("first_timestamp", "event_id")  # folded_order, without a Python call per event


def raw_order(timestamp: int, partition: int, offset: int) -> tuple[int, int, int]:
    """Messages by Kafka timestamp, then position: a total order (a position is unique)."""
    return (timestamp, partition, offset)
