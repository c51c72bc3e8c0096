"""One event message to every immediate subscription it matches, each alert at most once.

The ledger (`StoryLedger`, one per story) is the memory: an alert key in `sent` is never sent again,
and the ts of a story's first message per destination is the thread later messages reply in. Each step
yields the new ledger with the delivery record, and the agent stores the ledger before the next send.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from streams.clock import iso, parse_iso
from streams.config.subscriptions import Subscription
from streams.errors import DeliveryError
from streams.ids import alert_key
from streams.notify.destinations import Destinations
from streams.notify.render import render_for, thread_key
from streams.notify.route import route
from streams.records import AlertDelivery, EventMessage, StoryLedger

LEDGER_KEEP = 2000  # alert keys remembered per story; far more than one story ever produces


@dataclass(frozen=True)
class Step:
    ledger: StoryLedger
    delivery: AlertDelivery
    retry_later: bool = False  # Slack stayed unavailable past the sink's retry budget: try again later
    dead: bool = False  # refused for good (bad channel, bad token): recorded, never retried


def due_subscriptions(
    subs: Sequence[Subscription], message: EventMessage, ledger: StoryLedger
) -> list[Subscription]:
    """Immediate subscriptions the message matches and has not been sent to yet."""
    return [
        sub
        for sub in route(subs, message)
        if sub.mode == "immediate"
        and alert_key(message.event_id, sub.name, message.revision) not in ledger.sent
    ]


def too_old(message: EventMessage, now: datetime, max_age: timedelta) -> bool:
    """Events first seen long ago (replays, a new app version re-reading history) never alert."""
    return now - parse_iso(message.event.first_seen) > max_age


def recorded(
    ledger: StoryLedger, key: str, now: datetime, thread: tuple[str, str] | None = None
) -> StoryLedger:
    threads = dict(ledger.threads)
    if thread is not None:
        threads.setdefault(*thread)
    sent = [*ledger.sent, key][-LEDGER_KEEP:]
    return StoryLedger(story_id=ledger.story_id, sent=sent, threads=threads, updated_at=iso(now))


async def deliver(
    message: EventMessage,
    ledger: StoryLedger,
    subs: Sequence[Subscription],
    destinations: Destinations,
    *,
    now: datetime,
    max_age: timedelta,
) -> AsyncIterator[Step]:
    for sub in due_subscriptions(subs, message, ledger):
        key = alert_key(message.event_id, sub.name, message.revision)
        delivery = partial(
            AlertDelivery,
            event_id=message.event_id,
            revision=message.revision,
            subscription=sub.name,
            sink=sub.destination,
            at=iso(now),
        )
        if message.event.backfill or too_old(message, now, max_age):
            ledger = recorded(ledger, key, now)
            yield Step(
                ledger,
                delivery(
                    status="skipped", channel=sub.target, error="backfill or older than the alert age limit"
                ),
            )
            continue
        thread_slot = f"{thread_key(message)}|{sub.target}"
        thread_ts = ledger.threads.get(thread_slot)
        post = render_for(sub, message, thread_ts=thread_ts)
        try:
            result = await destinations.sink_for(sub).send(
                sub.target, post.text, post.blocks, post.thread_ts, post.broadcast
            )
        except DeliveryError as exc:
            failed = delivery(
                status="failed",
                channel=sub.target,
                error=str(exc)[:1000],
                thread_ts=thread_ts,
                attempts=int(getattr(exc, "attempts", 1)),
            )
            if exc.retriable:
                yield Step(ledger, failed, retry_later=True)
            else:
                ledger = recorded(ledger, key, now)
                yield Step(ledger, failed, dead=True)
            continue
        ledger = recorded(ledger, key, now, (thread_slot, result.ts) if result.ts else None)
        yield Step(
            ledger,
            delivery(
                status="sent",
                channel=result.channel,
                ts=result.ts,
                thread_ts=thread_ts,
                attempts=result.attempts,
            ),
        )
