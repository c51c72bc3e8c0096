"""Digest subscriptions: when a digest is due, which events it holds, and how it reads. Pure functions.

How the notifier uses them (streams.notify.digest_state, streams.agents.notify): messages routed to a digest
subscription are held in table `digests`, keyed by subscription; on each tick `digest_due(sub, last_sent,
now)` decides; when due, `render_digest(sub, select_for_digest(sub, pending))` is sent, then pending is
cleared and last_sent = now. Selecting by `emitted_at` (`since`/`until`) is there for rebuilding a digest
from the topic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from streams.config.subscriptions import DigestSchedule, Subscription
from streams.notify.render import (
    BLOCKS_MAX,
    FALLBACK_MAX,
    SECTION_MAX,
    Block,
    amount_line,
    authority_line,
    clean,
    describe_change,
    escaped,
    link,
    one_line,
)
from streams.notify.route import matches
from streams.records import EventMessage, EventState


@dataclass(frozen=True)
class DigestEntry:
    """One event in a digest: its latest state and what happened to it during the window."""

    event: EventState
    is_new: bool  # first seen in this window (else: only updates of an event already alerted)
    changes: tuple[str, ...]
    revisions: int  # messages folded into this entry
    first_emitted: str
    revision: int = 0  # the latest revision folded in


def last_slot(schedule: DigestSchedule, now: datetime) -> datetime:
    """The most recent scheduled send time at or before `now` (UTC)."""
    zone = schedule.zone
    local_now = now.astimezone(zone)
    if schedule.every == "hourly":
        slot = local_now.replace(minute=schedule.at.minute, second=0, microsecond=0).astimezone(UTC)
        # Step in UTC: a local hour can repeat or vanish at a DST change, a UTC hour cannot.
        return slot if slot <= now else slot - timedelta(hours=1)
    day = local_now.date()
    slot = datetime.combine(day, schedule.at, tzinfo=zone).astimezone(UTC)
    if slot > now:
        slot = datetime.combine(day - timedelta(days=1), schedule.at, tzinfo=zone).astimezone(UTC)
    return slot


def digest_due(sub: Subscription, last_sent: datetime | None, now: datetime) -> bool:
    """True when a scheduled time has passed since the last digest. Never sent: due at once.

    `last_sent` and `now` must be timezone-aware.
    """
    if sub.mode != "digest" or sub.digest is None:
        return False
    return last_sent is None or last_sent < last_slot(sub.digest, now)


def select_for_digest(
    sub: Subscription,
    messages: Iterable[EventMessage],
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[DigestEntry]:
    """The events of a digest: messages this subscription wants, emitted in (since, until], one entry per
    event with its latest state."""
    chosen = [
        m
        for m in messages
        if not m.event.backfill and matches(sub, m) and _within(_parse_time(m.emitted_at), since, until)
    ]
    return fold(chosen)


def fold(messages: Sequence[EventMessage]) -> list[DigestEntry]:
    """One entry per event: the highest revision's state, every change in order, oldest event first."""
    by_event: dict[str, list[EventMessage]] = {}
    for m in messages:
        by_event.setdefault(m.event_id, []).append(m)
    entries = []
    for group in by_event.values():
        group.sort(key=lambda m: m.revision)
        changes: list[str] = []
        for m in group:
            changes += [c for c in m.changes if c not in changes]
        entries.append(
            DigestEntry(
                event=group[-1].event,
                is_new=any(m.kind == "new" for m in group),
                changes=tuple(changes),
                revisions=len(group),
                first_emitted=min(m.emitted_at for m in group),
                revision=group[-1].revision,
            )
        )
    entries.sort(key=lambda e: (e.first_emitted, e.event.event_id))
    return entries


def render_digest(
    sub: Subscription, messages: Sequence[EventMessage] | Sequence[DigestEntry], more: int = 0
) -> tuple[str, list[Block]]:
    """Fallback text and Block Kit blocks for one digest (messages are folded here if not already).

    `more`: messages about further events that were counted but not kept (streams.notify.digest_state).
    """
    entries = _entries(messages)
    n = len(entries)
    title = f"Digest: {n} enforcement event" + ("" if n == 1 else "s")
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": title, "emoji": False}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": escaped(_schedule_line(sub), 300)}]},
    ]
    room = BLOCKS_MAX - len(blocks) - 1  # keep one block for "and N more"
    for entry in entries[:room]:
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": entry_mrkdwn(entry), "verbatim": True}}
        )
    if n > room or more:
        rest = [f"{n - room} more events"] if n > room else []
        rest += [f"{more} more messages not listed"] if more else []
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "… and " + ", ".join(rest)}})
    lines = [f"{_label(e)}: {one_line(e.event.title)}" for e in entries]
    text = escaped(f"{title} ({sub.name}) — " + "; ".join(lines), FALLBACK_MAX) if n else escaped(title, 200)
    return text, blocks


def render_digest_for(
    sub: Subscription, entries: Sequence[DigestEntry], more: int = 0
) -> tuple[str, list[Block] | None]:
    """What `sink.send` takes for this subscription's digest: Slack blocks, or plain text for the console."""
    if sub.destination == "console":
        return render_digest_console(sub, entries, more), None
    return render_digest(sub, entries, more)


def render_digest_console(
    sub: Subscription, messages: Sequence[EventMessage] | Sequence[DigestEntry], more: int = 0
) -> str:
    """A plain-text digest for the terminal: a title line, then one line per event."""
    entries = _entries(messages)
    n = len(entries)
    lines = [clean(f"Digest: {n} enforcement event" + ("" if n == 1 else "s") + f" ({_schedule_line(sub)})")]
    for entry in entries:
        e = entry.event
        facts = [authority_line(e), ", ".join(e.companies), amount_line(e), e.jurisdiction]
        details = " · ".join(one_line(f) for f in facts if f)
        line = f"  • {_label(entry)}: {one_line(e.title)}" + (f" — {details}" if details else "")
        lines.append(clean(line))
    if more:
        lines.append(f"  … and {more} more messages not listed")
    return "\n".join(lines) + "\n"


def _entries(messages: Sequence[EventMessage] | Sequence[DigestEntry]) -> list[DigestEntry]:
    return [m for m in messages if isinstance(m, DigestEntry)] or fold(
        [m for m in messages if isinstance(m, EventMessage)]
    )


def entry_mrkdwn(entry: DigestEntry) -> str:
    e = entry.event
    first_url = next((s.url for s in e.sources if s.url), None)
    head = "*" + link(first_url, e.title, 300) + "*"
    facts = [_label(entry), authority_line(e), ", ".join(e.companies), amount_line(e), e.jurisdiction]
    outlets = f"{e.source_count} outlet" + ("" if e.source_count == 1 else "s")
    details = " · ".join(one_line(f) for f in [*facts, outlets] if f)
    return head + "\n" + escaped(details, SECTION_MAX - len(head) - 1)


def _label(entry: DigestEntry) -> str:
    kind = entry.event.primary or "event"
    if entry.is_new:
        label = f"New {kind}"
        updates = [describe_change(c) for c in entry.changes]
        return label + (f" (then {', '.join(updates)})" if updates else "")
    return f"Updated {kind}: " + (", ".join(describe_change(c) for c in entry.changes) or "details")


def _schedule_line(sub: Subscription) -> str:
    d = sub.digest
    if d is None:
        return sub.name
    when = f"daily at {d.at:%H:%M}" if d.every == "daily" else f"hourly at :{d.at:%M}"
    return f"{sub.name} · {when} {d.timezone}"


def _parse_time(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _within(at: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    if at is None:
        return since is None and until is None
    return (since is None or at > since) and (until is None or at <= until)
