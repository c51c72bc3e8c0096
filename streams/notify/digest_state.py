"""What a digest subscription holds between sends (table `digests`, keyed by subscription): pure transitions.

    hold(state, message, now)   the notifier routed an event message to the subscription: keep it, folded
                                into the entry of its event
    plan(sub, state, now)       at a tick: wait, mark the slot as done (nothing to send), or send a digest
    settled(state, key, now)    after the send (or a permanent refusal): pending cleared, the key remembered

A digest key `digest|<subscription>|<slot>` names one scheduled send. The agent writes `settled(...)` right
after the Slack call, so a crash between the call and that write sends that one digest again at most, and a
later or repeated tick for the same slot sends nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from streams.clock import iso, parse_iso
from streams.config.subscriptions import Subscription
from streams.ids import alert_key
from streams.notify.digest import DigestEntry, digest_due, last_slot, select_for_digest
from streams.records import DigestState, EventMessage

PENDING_MAX = 100  # events held per digest; a digest lists ~45 (Slack's block limit) and counts the rest
SEEN_KEEP = 5000  # alert keys remembered against repeated adds (at-least-once delivery)
SENT_KEEP = 500  # digest keys remembered: more than a year of daily digests
SOURCES_KEPT = 3  # a held event keeps a few sources and evidence lines: the table value stays small
EVIDENCE_KEPT = 3


@dataclass(frozen=True)
class DigestPlan:
    action: Literal["wait", "skip", "send"]  # skip: due, but nothing to send; the slot is marked done
    key: str = ""
    entries: list[DigestEntry] = field(default_factory=list)
    more: int = 0  # messages about events past PENDING_MAX


def digest_key(subscription: str, slot: datetime) -> str:
    return f"digest|{subscription}|{iso(slot)}"


def new_state(subscription: str, now: datetime) -> DigestState:
    return DigestState(subscription=subscription, since=iso(now), updated_at=iso(now))


def hold(state: DigestState, message: EventMessage, now: datetime) -> DigestState:
    """`state` with `message` held for the next digest. A message already held (same event revision) is
    ignored, so a repeated add changes nothing; an update of a held event is folded into its entry."""
    key = alert_key(message.event_id, state.subscription, message.revision)
    if key in state.seen:
        return state
    pending = list(state.pending)
    more = state.more
    slim = slimmed(message)
    index = next((i for i, held in enumerate(pending) if held.event_id == message.event_id), None)
    if index is not None:
        pending[index] = merged(pending[index], slim)
    elif len(pending) < PENDING_MAX:
        pending.append(slim)
    else:
        more += 1
    return _with(state, now, pending=pending, more=more, seen=[*state.seen, key][-SEEN_KEEP:])


def plan(sub: Subscription, state: DigestState | None, now: datetime) -> DigestPlan:
    """What a tick at `now` should do. The first digest is due at the first scheduled time after holding
    began (`since`), not at once: an event held at 10:00 for an 08:30 digest goes out the next morning."""
    if state is None or sub.mode != "digest" or sub.digest is None:
        return DigestPlan("wait")
    last = parse_iso(state.last_sent or state.since)
    if not digest_due(sub, last, now):
        return DigestPlan("wait")
    key = digest_key(sub.name, last_slot(sub.digest, now))
    if key in state.sent:
        return DigestPlan("skip", key)
    entries = select_for_digest(sub, state.pending)
    if not entries and not state.more:
        return DigestPlan("skip", key)
    return DigestPlan("send", key, entries, state.more)


def settled(state: DigestState, key: str, now: datetime) -> DigestState:
    """After the digest named `key` went out (or was refused for good): nothing pending, key remembered."""
    return _with(state, now, pending=[], more=0, sent=[*state.sent, key][-SENT_KEEP:], last_sent=iso(now))


def merged(a: EventMessage, b: EventMessage) -> EventMessage:
    """One message standing for both: the later revision's state, every change in order, first emitted."""
    first, last = sorted((a, b), key=lambda m: m.revision)
    changes = list(first.changes) + [c for c in last.changes if c not in first.changes]
    return EventMessage(
        kind="new" if "new" in (a.kind, b.kind) else "update",
        event_id=last.event_id,
        revision=last.revision,
        emitted_at=min(a.emitted_at, b.emitted_at),
        event=last.event,
        changes=changes,
        trigger_item_id=last.trigger_item_id,
    )


def slimmed(message: EventMessage) -> EventMessage:
    """The message with what a digest shows: bounded sources and evidence (source_count stays exact)."""
    event = message.event
    if len(event.sources) <= SOURCES_KEPT and len(event.evidence) <= EVIDENCE_KEPT:
        return message
    slim = event.derive(
        sources=list(event.sources[:SOURCES_KEPT]), evidence=list(event.evidence[:EVIDENCE_KEPT])
    )
    return message.derive(event=slim)


def _with(state: DigestState, now: datetime, **changes: object) -> DigestState:
    values = {
        "subscription": state.subscription,
        "since": state.since,
        "pending": state.pending,
        "more": state.more,
        "seen": state.seen,
        "sent": state.sent,
        "last_sent": state.last_sent,
    }
    values.update(changes)
    return DigestState(**values, updated_at=iso(now))  # type: ignore[arg-type]
