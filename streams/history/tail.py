"""`streams tail`: follow enforcement.events.v1 live, filtered like a subscription, one line per message.

Like replay it only reads (no consumer group, no commits); it starts at the end of every partition unless
told to start at a time, and runs until stopped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from aiokafka import TopicPartition

from streams.config.subscriptions import Filters
from streams.errors import MalformedMessage
from streams.history.filters import accepts
from streams.history.message import load
from streams.history.reader import consumer_for, partitions_of
from streams.history.replay import OnMalformed
from streams.history.writers import Output


async def tail(
    bootstrap: str,
    topic: str,
    filters: Filters,
    emit: Callable[[Output], None],
    *,
    since_ms: int | None = None,
    on_malformed: OnMalformed | None = None,
    stop: asyncio.Event | None = None,
    poll_ms: int = 500,
) -> None:
    """Call `emit` for every matching message from now (or `since_ms`) until `stop` is set."""
    consumer = consumer_for(bootstrap)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in await partitions_of(bootstrap, topic)]
        consumer.assign(tps)
        if since_ms is None:
            await consumer.seek_to_end(*tps)
        else:
            found = await consumer.offsets_for_times({tp: since_ms for tp in tps})
            for tp in tps:
                o = found.get(tp)
                if o is None:
                    await consumer.seek_to_end(tp)
                else:
                    consumer.seek(tp, o.offset)
        while stop is None or not stop.is_set():
            batch = await consumer.getmany(timeout_ms=poll_ms)
            # Partitions interleave: print in timestamp order within what arrived together.
            records = sorted(
                (r for rs in batch.values() for r in rs), key=lambda r: (r.timestamp, r.partition)
            )
            for r in records:
                try:
                    doc = load(r.value)
                except MalformedMessage as exc:
                    if on_malformed is not None:
                        on_malformed(r.partition, r.offset, exc.problem)
                    continue
                if accepts(filters, doc):
                    emit(Output(r.value or b"", r.timestamp, r.partition, r.offset, decoded=doc))
    finally:
        await consumer.stop()


def render_line(doc: dict[str, Any]) -> str:
    """One terminal line: when, new/update (and why), what, who, where, how much, how many outlets."""
    ev = doc["event"]
    kind = doc["kind"] if doc["kind"] == "new" else f"update r{doc['revision']}"
    if doc.get("changes"):
        kind += f" ({', '.join(doc['changes'])})"
    who = ", ".join(ev.get("companies") or []) or "-"
    by = ev.get("authority_name") or ev.get("court_name") or "-"
    where = ev.get("jurisdiction") or "--"
    parts = [doc["emitted_at"], kind, ev["event_id"], ev["primary"].upper(), where, who, f"by {by}"]
    amount = _amount(ev)
    if amount:
        parts.append(amount)
    parts.append(f"{ev['source_count']} outlet{'s' if ev['source_count'] != 1 else ''}")
    return "  ".join(parts) + f"\n    {ev['title']}"


def _amount(ev: dict[str, Any]) -> str:
    money = ev.get("amount")
    if not money:
        return ""
    try:
        text = f"{Decimal(money['amount']):,f} {money['currency']}"
    except ArithmeticError:
        text = f"{money['amount']} {money['currency']}"
    if ev.get("periodic"):
        text += f"/{ev['periodic']}"
    if ev.get("cap"):
        text = "up to " + text
    return text
