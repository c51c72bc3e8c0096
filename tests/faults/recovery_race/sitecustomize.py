"""Forces, in a worker process, the interleaving behind the table-recovery hang (guard 5, streams/offsets.py).

A fault scenario starts a worker with this directory on PYTHONPATH; Python imports `sitecustomize` at start,
before the worker imports the app. The interleaving it forces happens by chance about once in ten join/leave
scenarios; here it happens at every rebalance:

- a fetch waits up to 5 s for records (Faust asks for 1 s), so one started before a rebalance is still
  pending in the consumer thread when the partitions move;
- while Faust's set of active partitions is empty (a rebalance pauses them all), that fetch drains nothing
  until the table recovery has just sought the changelog partitions, as a slow consumer thread may;
- the recovery's seek returns 0.5 s after positioning the partitions, so the drain lands before the recovery
  resumes the flow.

Without guard 5 the drained changelog records are thrown away and the recovery waits for them forever.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka.consumer.fetcher import Fetcher
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

FETCH_WAIT_S = 5.0
SEEK_EXTRA_S = 0.5

_fetch_records = AIOKafkaConsumerThread._fetch_records
_seek_wait = AIOKafkaConsumerThread._seek_wait
_fetched_records = Fetcher.fetched_records
_just_sought = {"now": False}


async def long_fetch(self: Any, consumer: Any, active: Any, timeout: float | None = None, **kw: Any) -> Any:
    return await _fetch_records(self, consumer, active, timeout=FETCH_WAIT_S, **kw)


async def slow_seek_wait(self: Any, consumer: Any, partitions: Any) -> None:
    await _seek_wait(self, consumer, partitions)
    _just_sought["now"] = True
    await asyncio.sleep(SEEK_EXTRA_S)
    _just_sought["now"] = False


async def drain_after_the_seek(
    self: Any, partitions: Any, timeout: float = 0, max_records: Any = None
) -> Any:
    """aiokafka's fetched_records; with an empty selection, it drains only right after a recovery seek
    (and keeps draining until it holds changelog records)."""
    end = time.monotonic() + timeout
    held: dict[Any, list[Any]] = {}
    while True:
        rebalancing = partitions is not None and not partitions
        if not rebalancing or _just_sought["now"]:
            for tp, records in (await _fetched_records(self, partitions, 0, max_records)).items():
                held.setdefault(tp, []).extend(records)
            if held and (not rebalancing or any(tp.topic.endswith("-changelog") for tp in held)):
                return held
        if time.monotonic() >= end:
            return held
        await asyncio.sleep(0.01)


AIOKafkaConsumerThread._fetch_records = long_fetch  # type: ignore[method-assign]
AIOKafkaConsumerThread._seek_wait = slow_seek_wait  # type: ignore[method-assign]
Fetcher.fetched_records = drain_after_the_seek  # type: ignore[method-assign]
