"""Folding `new` and `update` messages into the final state of each event, and the output orders. Pure.

Every message carries the full event state, so folding keeps, per event, the message with the highest
revision (at-least-once delivery may repeat or reorder a revision; the position breaks ties), the time of
its first message and how many messages it had. Only the winners' bytes are kept.
"""

from __future__ import annotations

from dataclasses import dataclass


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

    def add(
        self, event_id: str, revision: int, timestamp: int, partition: int, offset: int, value: bytes
    ) -> None:
        current = self.events.get(event_id)
        if current is None:
            self.events[event_id] = Folded(event_id, revision, timestamp, timestamp, partition, offset, value)
            return
        current.messages += 1
        if timestamp < current.first_timestamp:
            current.first_timestamp = timestamp
        if revision > current.revision or (
            revision == current.revision
            and (timestamp, partition, offset) > (current.timestamp, current.partition, current.offset)
        ):
            current.revision, current.timestamp = revision, timestamp
            current.partition, current.offset, current.value = partition, offset, value

    def discard(self, event_id: str) -> None:
        self.events.pop(event_id, None)

    def ordered(self) -> list[Folded]:
        return sorted(self.events.values(), key=folded_order)


def folded_order(f: Folded) -> tuple[int, str]:
    """Events by when they first appeared in the window, then id: stable across runs and partitions."""
    return (f.first_timestamp, f.event_id)


def raw_order(timestamp: int, partition: int, offset: int) -> tuple[int, int, int]:
    """Messages by Kafka timestamp, then position: a total order (a position is unique)."""
    return (timestamp, partition, offset)
