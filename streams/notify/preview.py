"""`streams subscriptions test`: which subscriptions an event reaches, and what each would receive.

A dry run: nothing is sent. The event is a sample, or one the user gives (a line of `streams replay`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from streams.config.subscriptions import Subscription
from streams.notify.render import render_for
from streams.notify.route import matches
from streams.records import EventMessage, EventState, Money, Source


@dataclass(frozen=True)
class Preview:
    subscription: Subscription
    reached: bool
    text: str | None = None
    blocks: list[dict[str, Any]] | None = None


def preview(subs: Sequence[Subscription], message: EventMessage) -> list[Preview]:
    out = []
    for sub in subs:
        if not matches(sub, message):
            out.append(Preview(sub, reached=False))
            continue
        post = render_for(sub, message)
        out.append(Preview(sub, reached=True, text=post.text, blocks=post.blocks or None))
    return out


def describe(previews: Sequence[Preview], *, show_blocks: bool = False) -> str:
    lines: list[str] = []
    for p in previews:
        sub = p.subscription
        where = sub.destination if sub.destination == "console" else f"{sub.destination} {sub.target}"
        if not p.reached:
            lines.append(f"✗ {sub.name} ({where}): filtered out")
            continue
        mode = "digest" if sub.mode == "digest" else "immediate"
        lines.append(f"✓ {sub.name} ({where}, {mode}) would receive:")
        lines += ["    " + line for line in (p.text or "").rstrip("\n").splitlines()]
        if show_blocks and p.blocks:
            lines += [
                "    " + line for line in json.dumps(p.blocks, indent=2, ensure_ascii=False).splitlines()
            ]
    return "\n".join(lines)


def sample_message() -> EventMessage:
    """A typical new fine, for trying filters without a real event."""
    source = Source(
        item_id="itm_sample00000000000000",
        feed_id="sample",
        outlet="Sample regulator",
        kind="regulator",
        first_seen="2026-11-16T09:05:00Z",
        url="https://example.org/decisions/sample",
        language="en",
    )
    state = EventState(
        event_id="evt_sample00000000000000",
        case_key="co:northwind-social",
        primary="fine",
        types=["fine"],
        title="Data Protection Commission fines Northwind Social €45 million over children's data",
        first_seen="2026-11-16T09:05:00Z",
        last_seen="2026-11-16T09:05:00Z",
        sources=[source],
        source_count=1,
        classifier_version="sample",
        authority_id="ie-dpc",
        authority_name="Data Protection Commission (Ireland)",
        companies=["Northwind Social"],
        jurisdiction="IE",
        amount=Money(amount="45000000", currency="EUR"),
        amount_eur="45000000.00",
        decision_date="2026-11-16",
        languages=["en"],
        confirmed_by_authority=True,
    )
    return EventMessage(
        kind="new", event_id=state.event_id, revision=0, emitted_at="2026-11-16T09:05:01Z", event=state
    )
