"""One event message to every subscription it matches, each alert at most once.

The ledger (`StoryLedger`, one per story) is the memory: an alert key in `sent` is never sent again,
and the ts of a story's first message per destination is the thread later messages reply in. Each step
yields the new ledger with the delivery record, and the agent stores the ledger before the next send.
Digest subscriptions are not sent here: their step carries a `DigestInput` ("add") for the digest agent,
which the agent makes durable before it stores the ledger.
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
from streams.notify.digest import render_digest_for
from streams.notify.digest_state import DigestPlan
from streams.notify.render import render_for, thread_key
from streams.notify.route import route
from streams.records import AlertDelivery, DigestInput, EventMessage, StoryLedger

LEDGER_KEEP = 2000  # alert keys remembered per story; far more than one story ever produces


@dataclass(frozen=True)
class Step:
    ledger: StoryLedger
    delivery: AlertDelivery
    retry_later: bool = False  # Slack stayed unavailable past the sink's retry budget: try again later
    retry_after: float | None = None  # with retry_later: the last Retry-After Slack asked for
    dead: bool = False  # refused for good (bad channel, bad token): recorded, never retried
    digest: DigestInput | None = None  # hold this for a digest subscription (sent before the ledger)


def due_subscriptions(
    subs: Sequence[Subscription], message: EventMessage, ledger: StoryLedger
) -> list[Subscription]:
    """Subscriptions (immediate or digest) the message matches and has not been handed to yet."""
    return [
        sub
        for sub in route(subs, message)
        if alert_key(message.event_id, sub.name, message.revision) not in ledger.sent
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
        if sub.mode == "digest":
            ledger = recorded(ledger, key, now)
            held = DigestInput(subscription=sub.name, kind="add", at=iso(now), message=message)
            yield Step(ledger, delivery(status="queued", channel=sub.target), digest=held)
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
                yield Step(ledger, failed, retry_later=True, retry_after=getattr(exc, "retry_after", None))
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


@dataclass(frozen=True)
class DigestOutcome:
    deliveries: list[AlertDelivery]  # one per event listed in the digest
    # Sent, or refused for good: the slot is settled. False: Slack stayed down; a later tick retries.
    done: bool
    error: DeliveryError | None = None


async def deliver_digest(
    sub: Subscription, plan: DigestPlan, destinations: Destinations, *, now: datetime
) -> DigestOutcome:
    """Send one digest (`plan.action == "send"`): a single top-level message, never in a thread."""
    text, blocks = render_digest_for(sub, plan.entries, plan.more)
    records = [
        partial(
            AlertDelivery,
            event_id=entry.event.event_id,
            revision=entry.revision,
            subscription=sub.name,
            sink=sub.destination,
            at=iso(now),
        )
        for entry in plan.entries
    ]
    try:
        result = await destinations.sink_for(sub).send(sub.target, text, blocks)
    except DeliveryError as exc:
        error, attempts = str(exc)[:1000], int(getattr(exc, "attempts", 1))
        failed = [r(status="failed", channel=sub.target, error=error, attempts=attempts) for r in records]
        return DigestOutcome(failed, done=not exc.retriable, error=exc)
    sent = [r(status="sent", channel=result.channel, ts=result.ts, attempts=result.attempts) for r in records]
    return DigestOutcome(sent, done=True)
