"""Which offsets a replay reads: time bounds, offset bounds, and the broker's offsets, combined. Pure.

A window is half-open on both axes: `since <= timestamp < until`, `from_offset <= offset < to_offset`.
The broker supplies, per partition, its beginning and end offsets (read before anything else, so a replay
ends even while producers write) and, for time bounds, `offsets_for_times`: the first offset whose
timestamp is at or after the bound, or None when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from streams.config.durations import parse_duration

_OFFSET = re.compile(r"^\d+$")
_PARTITION_OFFSET = re.compile(r"^(\d+):(\d+)$")


@dataclass(frozen=True)
class OffsetBound:
    """An offset for every partition (`default`), overridden per partition by `per_partition`."""

    default: int | None = None
    per_partition: Mapping[int, int] = field(default_factory=dict)

    def get(self, partition: int) -> int | None:
        return self.per_partition.get(partition, self.default)


@dataclass(frozen=True)
class Window:
    since_ms: int | None = None
    until_ms: int | None = None
    from_offsets: OffsetBound = OffsetBound()
    to_offsets: OffsetBound = OffsetBound()

    def contains(self, timestamp_ms: int) -> bool:
        return (self.since_ms is None or timestamp_ms >= self.since_ms) and (
            self.until_ms is None or timestamp_ms < self.until_ms
        )


@dataclass(frozen=True)
class Range:
    start: int
    stop: int  # exclusive

    @property
    def size(self) -> int:
        return self.stop - self.start


def parse_time(text: str, now: datetime) -> datetime:
    """ISO 8601 ("2026-11-16", "2026-11-16T09:00:00Z", with an offset; naive means UTC), "now", or a
    duration back from now ("90m", "2h", "7d")."""
    raw = text.strip()
    if raw.lower() == "now":
        return now
    try:
        return now - timedelta(seconds=parse_duration(raw))
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a time: use ISO 8601 (2026-11-16 or 2026-11-16T09:00:00Z) or a duration ago "
            "(2h, 7d)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def iso_ms(timestamp_ms: int) -> str:
    """A Kafka timestamp as ISO 8601 UTC with milliseconds."""
    moment = datetime.fromtimestamp(timestamp_ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{timestamp_ms % 1000:03d}Z"


def parse_offsets(text: str) -> OffsetBound:
    """ "1200" (every partition) or "0:1200,3:80" (per partition; others unbounded), or both mixed."""
    default: int | None = None
    per: dict[int, int] = {}
    for part in (p.strip() for p in text.split(",")):
        if _OFFSET.match(part):
            default = int(part)
        elif m := _PARTITION_OFFSET.match(part):
            per[int(m.group(1))] = int(m.group(2))
        else:
            raise ValueError(f"{text!r} is not an offset: use N for every partition or P:N[,P:N...]")
    return OffsetBound(default, per)


def plan(
    beginnings: Mapping[int, int],
    ends: Mapping[int, int],
    window: Window,
    since_offsets: Mapping[int, int | None] | None = None,
) -> dict[int, Range]:
    """The offset range to read in each partition; empty ranges are kept (start == stop).

    `since` starts each range at the first offset whose timestamp is at or after it (every earlier record
    is before it). `until` cuts no range: a partition's timestamps need not be in order (a producer may set
    them, and send a backlog newest first), so a record after the first one past `until` can still be
    inside the window. Readers keep the records `Window.contains`."""
    ranges: dict[int, Range] = {}
    for p, end in ends.items():
        start = max(beginnings.get(p, 0), window.from_offsets.get(p) or 0)
        stop = end
        to = window.to_offsets.get(p)
        if to is not None:
            stop = min(stop, to)
        if window.since_ms is not None:
            found = (since_offsets or {}).get(p)
            start = max(start, end if found is None else found)  # None: nothing at or after `since`
        start = min(start, end)  # a bound past the end reads nothing, and the range stays inside the log
        ranges[p] = Range(start, max(start, stop))
    return ranges
