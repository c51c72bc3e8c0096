"""Digests: when they are due (time zones, DST), which events they hold, and how they read."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from streams.config.subscriptions import DigestSchedule, Filters, Subscription
from streams.notify.digest import digest_due, fold, last_slot, render_digest, select_for_digest
from streams.notify.render import BLOCKS_MAX
from streams.records import Money
from tests.notify.events import message
from tests.servers.slack_server import _blocks_ok


def daily(at: time = time(8, 30), tz: str = "Europe/Paris", **filters: Any) -> Subscription:
    return Subscription(
        name="morning",
        destination="slack",
        channel="#c",
        mode="digest",
        digest=DigestSchedule("daily", at, tz),
        filters=Filters(**filters),
    )


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_daily_digest_due_after_the_local_time() -> None:
    sub = daily()  # 08:30 in Paris is 06:30 UTC in summer
    last = utc(2024, 6, 9, 6, 31)
    assert not digest_due(sub, last, utc(2024, 6, 10, 6, 29))
    assert digest_due(sub, last, utc(2024, 6, 10, 6, 30))
    assert not digest_due(sub, utc(2024, 6, 10, 6, 30), utc(2024, 6, 10, 23, 0))
    assert digest_due(sub, None, utc(2024, 6, 10, 0, 0))  # never sent: at once


def test_daily_slot_follows_daylight_saving_time() -> None:
    sub = daily()
    assert sub.digest is not None
    assert last_slot(sub.digest, utc(2024, 1, 15, 12)) == utc(2024, 1, 15, 7, 30)  # CET, UTC+1
    assert last_slot(sub.digest, utc(2024, 7, 15, 12)) == utc(2024, 7, 15, 6, 30)  # CEST, UTC+2
    assert last_slot(sub.digest, utc(2024, 3, 31, 12)) == utc(2024, 3, 31, 6, 30)  # the day clocks go forward


def test_hourly_digest() -> None:
    sub = Subscription(
        name="h",
        destination="console",
        mode="digest",
        digest=DigestSchedule("hourly", time(0, 15), "Asia/Kolkata"),
    )  # UTC+5:30
    assert sub.digest is not None
    # :15 in Kolkata is :45 UTC.
    assert last_slot(sub.digest, utc(2024, 5, 1, 10, 50)) == utc(2024, 5, 1, 10, 45)
    assert last_slot(sub.digest, utc(2024, 5, 1, 10, 40)) == utc(2024, 5, 1, 9, 45)
    assert digest_due(sub, utc(2024, 5, 1, 9, 50), utc(2024, 5, 1, 10, 46))
    assert not digest_due(sub, utc(2024, 5, 1, 10, 46), utc(2024, 5, 1, 11, 44))


def test_immediate_subscriptions_are_never_due() -> None:
    assert not digest_due(Subscription(name="i", destination="console"), None, utc(2024, 1, 1))


def test_selection_filters_windows_and_folds_updates_into_the_final_state() -> None:
    sub = daily(jurisdictions=frozenset({"FR"}))
    msgs = [
        message(emitted_at="2024-05-01T07:00:00Z", event_id="evt_old"),  # before the window
        message(emitted_at="2024-05-01T09:00:00Z"),
        message(
            kind="update",
            revision=1,
            changes=["new_source"],
            emitted_at="2024-05-01T10:00:00Z",
            source_count=2,
        ),
        message(
            kind="update",
            revision=2,
            changes=["amount_revised"],
            emitted_at="2024-05-01T11:00:00Z",
            source_count=2,
            amount=Money(amount="2000000", currency="EUR"),
            amount_eur="2000000",
        ),
        message(emitted_at="2024-05-01T12:00:00Z", event_id="evt_de", jurisdiction="DE"),  # filtered out
        message(emitted_at="2024-05-01T12:30:00Z", event_id="evt_back", backfill=True),  # never alerted
        message(
            kind="update",
            revision=4,
            changes=["new_source"],
            emitted_at="2024-05-01T13:00:00Z",
            event_id="evt_seen",
            title="Known case gets a new source",
        ),
    ]
    entries = select_for_digest(sub, msgs, since=utc(2024, 5, 1, 8), until=utc(2024, 5, 2, 8))
    assert [e.event.event_id for e in entries] == ["evt_fine1", "evt_seen"]
    fine, seen = entries
    assert fine.is_new and fine.revisions == 3
    assert fine.changes == ("new_source", "amount_revised")
    assert fine.event.amount_eur == "2000000" and fine.event.source_count == 2
    assert not seen.is_new


def test_render_digest() -> None:
    sub = daily()
    msgs = [
        message(),
        message(
            kind="update",
            revision=1,
            changes=["amount_revised"],
            amount_eur="2000000",
            amount=Money(amount="2000000", currency="EUR"),
        ),
        message(event_id="evt_x", title="<!channel> Other *case*", emitted_at="2024-05-01T09:00:00Z"),
    ]
    text, blocks = render_digest(sub, msgs)
    assert text.startswith("Digest: 2 enforcement events (morning) — ")
    assert "&lt;!channel&gt;" in text and "<!channel>" not in text
    assert blocks[0]["text"]["text"] == "Digest: 2 enforcement events"
    assert "morning · daily at 08:30 Europe/Paris" in blocks[1]["elements"][0]["text"]
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert sections[0].startswith("*<https://cnil.example/decision|&lt;!channel&gt; Other *case*>*")
    assert "New fine (then amount revised) · CNIL · Acme · EUR 2,000,000 · FR · 1 outlet" in sections[1]
    assert _blocks_ok(blocks)


def test_big_digest_stays_within_block_limits() -> None:
    msgs = [
        message(event_id=f"evt_{i:03d}", emitted_at=f"2024-05-01T09:{i % 60:02d}:00Z") for i in range(120)
    ]
    text, blocks = render_digest(daily(), fold(msgs))
    assert len(blocks) <= BLOCKS_MAX and len(text) <= 4000
    assert blocks[-1]["text"]["text"] == f"… and {120 - (BLOCKS_MAX - 3)} more events"
    assert _blocks_ok(blocks)
