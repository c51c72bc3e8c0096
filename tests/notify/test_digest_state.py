"""What a digest subscription holds between sends, and what each tick decides (streams.notify.digest_state).

The life of one daily digest at 08:30 Paris time (06:30 UTC in summer): events are held as they come, the
first digest goes out at the first 08:30 after holding began, a tick that comes again for the same slot (a
restart, a second worker, a replay) sends nothing, and an empty period sends nothing either.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from streams.config.subscriptions import DigestSchedule, Filters, Subscription
from streams.notify import digest_state
from streams.notify.digest import render_digest, render_digest_console
from streams.notify.digest_state import digest_key, hold, new_state, plan, settled
from streams.records import DigestState, EventMessage, Money
from tests.notify.events import message, source
from tests.servers.slack_server import _blocks_ok

SUB = Subscription(
    name="morning",
    destination="slack",
    channel="#c",
    mode="digest",
    digest=DigestSchedule("daily", time(8, 30), "Europe/Paris"),
)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 6, day, hour, minute, tzinfo=UTC)


def held(*messages: EventMessage, since: datetime | None = None) -> DigestState:
    """A state that began holding at 09:00 UTC on June 10th, with `messages` held."""
    since = since or utc(10, 9)
    state = new_state(SUB.name, since)
    for m in messages:
        state = hold(state, m, since)
    return state


def test_the_first_digest_goes_out_at_the_first_scheduled_time_after_holding_began() -> None:
    state = held(message())  # held at 09:00 UTC, after this morning's 06:30 UTC
    assert plan(SUB, state, utc(10, 9, 1)).action == "wait"
    assert plan(SUB, state, utc(11, 6, 29)).action == "wait"
    due = plan(SUB, state, utc(11, 6, 30))
    assert due.action == "send"
    assert due.key == "digest|morning|2024-06-11T06:30:00Z"
    assert [e.event.event_id for e in due.entries] == ["evt_fine1"]


def test_after_a_digest_the_slot_is_done_and_the_next_one_waits_a_day() -> None:
    state = held(message())
    due = plan(SUB, state, utc(11, 6, 31))
    after = settled(state, due.key, utc(11, 6, 31))
    assert after.pending == [] and after.sent == [due.key] and after.last_sent == "2024-06-11T06:31:00Z"
    assert plan(SUB, after, utc(11, 6, 31)).action == "wait", "the same tick again sends nothing"
    assert plan(SUB, after, utc(11, 23, 0)).action == "wait"
    later = hold(after, message(event_id="evt_next"), utc(11, 12))
    assert plan(SUB, later, utc(12, 6, 30)).action == "send"


def test_a_slot_already_sent_is_never_sent_again() -> None:
    state = held(message())
    key = digest_key(SUB.name, utc(11, 6, 30))
    # As after a restart that rebuilt the state from an older changelog entry but knows the key.
    remembered = DigestState(**{**state.asdict(), "sent": [key]})
    assert plan(SUB, remembered, utc(11, 7)).action == "skip"


def test_an_empty_period_sends_nothing_but_marks_the_slot() -> None:
    state = new_state(SUB.name, utc(10, 9))
    skip = plan(SUB, state, utc(11, 6, 30))
    assert skip.action == "skip" and skip.entries == []
    # Marked, so an event held at 10:00 waits for tomorrow's digest rather than going out at once.
    after = hold(settled(state, skip.key, utc(11, 6, 30)), message(), utc(11, 10))
    assert plan(SUB, after, utc(11, 10, 1)).action == "wait"


def test_no_state_or_not_a_digest_means_nothing_to_do() -> None:
    assert plan(SUB, None, utc(11, 7)).action == "wait"
    immediate = Subscription(name="morning", destination="console")
    assert plan(immediate, held(message()), utc(11, 7)).action == "wait"


def test_a_repeated_add_is_held_once() -> None:
    once = held(message())
    twice = hold(once, message(), utc(10, 10))
    assert twice == once  # at-least-once delivery repeats adds; the state does not change
    # Even after the digest went out: the repeat is not held for the next one.
    after = settled(once, "digest|morning|x", utc(11, 7))
    assert hold(after, message(), utc(11, 8)).pending == []


def test_updates_fold_into_their_event_whatever_order_they_arrive_in() -> None:
    update = message(
        kind="update",
        revision=1,
        changes=["amount_revised"],
        emitted_at="2024-06-10T10:00:00Z",
        amount=Money(amount="2000000", currency="EUR"),
        amount_eur="2000000",
    )
    for order in ([message(), update], [update, message()]):
        state = held(*order)
        [entry] = plan(SUB, state, utc(11, 7)).entries
        assert entry.is_new and entry.changes == ("amount_revised",)
        assert entry.event.amount_eur == "2000000" and entry.revision == 1


def test_the_held_state_is_bounded() -> None:
    many = [message(event_id=f"evt_{i:03d}") for i in range(digest_state.PENDING_MAX + 7)]
    state = held(*many)
    assert len(state.pending) == digest_state.PENDING_MAX and state.more == 7
    due = plan(SUB, state, utc(11, 7))
    assert due.more == 7
    _, blocks = render_digest(SUB, due.entries, due.more)
    assert "7 more messages not listed" in blocks[-1]["text"]["text"] and _blocks_ok(blocks)
    wide = message(sources=[source(f"o{i}") for i in range(40)], evidence=[f"e{i}" for i in range(40)])
    [kept] = held(wide).pending
    assert len(kept.event.sources) == digest_state.SOURCES_KEPT and kept.event.source_count == 1
    assert len(kept.event.evidence) == digest_state.EVIDENCE_KEPT


def test_held_state_survives_its_changelog_round_trip() -> None:
    state = held(message(), message(event_id="evt_two"))
    again = DigestState.loads(state.dumps())
    assert again == state and again.pending[1].event.event_id == "evt_two"


def test_filters_apply_when_the_digest_is_made() -> None:
    only_de = Subscription(**{**SUB.__dict__, "filters": Filters(jurisdictions=frozenset({"DE"}))})
    state = held(message())  # FR
    assert plan(only_de, state, utc(11, 7)).action == "skip"


def test_console_digest_is_plain_text() -> None:
    console = Subscription(**{**SUB.__dict__, "destination": "console", "channel": None})
    text = render_digest_console(console, [message(title="CNIL fines\x1b[31m Acme")])
    assert text.splitlines()[0] == "Digest: 1 enforcement event (morning · daily at 08:30 Europe/Paris)"
    assert "New fine: CNIL fines [31m Acme — CNIL · Acme · EUR 1,000,000 · FR" in text
    assert "\x1b" not in text and "&lt;" not in text
