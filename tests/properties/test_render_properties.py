"""Rendering any event message: never an exception, always within Slack's limits, feed text always inert.

Feed text reaches Slack in titles, outlet names, companies, authorities and URLs. Whatever it says, the
only `<...>` sequences in a rendered message are the links the renderer made itself (to http(s) URLs), so a
feed cannot ping `<!channel>`, mention `<@U123>` or forge `<https://evil|bank>`; every `&` is an entity. On
the console no control character or escape sequence from a feed reaches the terminal.
"""

from __future__ import annotations

import json
import re
from datetime import time
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from streams.config.subscriptions import DigestSchedule, Subscription
from streams.errors import MalformedMessage
from streams.notify.digest import render_digest, render_digest_console
from streams.notify.preview import describe, preview, sample_message
from streams.notify.render import (
    BLOCKS_MAX,
    CONTEXT_MAX,
    FALLBACK_MAX,
    FIELD_MAX,
    FIELDS_MAX,
    HEADER_MAX,
    SECTION_MAX,
    format_number,
    render_console,
    render_slack,
    strip_ansi,
)
from streams.records import EventMessage, EventState, Money
from streams.wire import decode
from tests.properties.strategies import event_messages, fuzz

OUR_LINK = re.compile(r"<(https?://[^\s<>|]+)\|([^<>]*)>")
ENTITY = re.compile(r"&(amp|lt|gt);")
TERMINAL_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)  # and bidi overrides
SLACK = Subscription(name="alerts", destination="slack", channel="#alerts")
DIGEST = Subscription(
    name="morning",
    destination="slack",
    channel="#alerts",
    mode="digest",
    digest=DigestSchedule("daily", time(8, 30), "UTC"),
)
CONSOLE = Subscription(name="console", destination="console")


def assert_inert(mrkdwn: str) -> None:
    """No Slack control sequence but the renderer's own http(s) links; every `&` an entity."""
    outside = OUR_LINK.sub("", mrkdwn)
    assert "<" not in outside and ">" not in outside, mrkdwn
    assert "&" not in ENTITY.sub("", mrkdwn), mrkdwn
    for url, _label in OUR_LINK.findall(mrkdwn):
        assert "&" not in ENTITY.sub("", url)


def texts(blocks: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        if "text" in block:
            found.append(block["text"]["text"])
        found += [f["text"] for f in block.get("fields", [])]
        found += [e["text"] for e in block.get("elements", [])]
    return found


def assert_within_slack_limits(text: str, blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(text) <= FALLBACK_MAX
    assert 0 < len(blocks) <= BLOCKS_MAX
    for block in blocks:
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text" and 0 < len(block["text"]["text"]) <= HEADER_MAX
        elif block["type"] == "section":
            assert "text" in block or block.get("fields")
            if "text" in block:
                assert 0 < len(block["text"]["text"]) <= SECTION_MAX
            assert len(block.get("fields", [])) <= FIELDS_MAX
            assert all(0 < len(f["text"]) <= FIELD_MAX for f in block.get("fields", []))
        elif block["type"] == "context":
            assert 0 < len(block["elements"]) <= CONTEXT_MAX
            assert all(0 < len(e["text"]) <= SECTION_MAX for e in block["elements"])
        else:
            raise AssertionError(f"unexpected block {block['type']}")
    json.dumps(blocks)  # what slack_sdk sends must serialise


@fuzz(50)
@given(event_messages(), st.none() | st.just("1700000000.000100"))
@example(sample_message(), None)
def test_slack_messages_fit_slacks_limits_and_feed_text_stays_inert(
    message: EventMessage, thread_ts: str | None
) -> None:
    rendered = render_slack(message, thread_ts=thread_ts)
    assert_within_slack_limits(rendered.text, rendered.blocks)
    assert_inert(rendered.text)
    for text in texts(rendered.blocks):
        assert_inert(text)
    assert rendered.thread_ts == thread_ts and (rendered.broadcast is False or thread_ts is not None)


@fuzz(40)
@given(event_messages())
def test_the_console_never_receives_control_characters_from_a_feed(message: EventMessage) -> None:
    out = strip_ansi(render_console(message, color=True))
    assert out == render_console(message, color=False)
    assert not TERMINAL_CONTROL.search(out.replace("\n", "")), repr(out)


def with_event_id(message: EventMessage, event_id: str) -> EventMessage:
    state = EventState(**{**message.event.asdict(), "event_id": event_id})
    return EventMessage(**{**message.asdict(), "event_id": event_id, "event": state})


@fuzz(20)
@given(st.lists(event_messages(), max_size=3), st.integers(min_value=1, max_value=30), st.integers(0, 10**6))
def test_digests_fit_slacks_limits_and_stay_inert(
    samples: list[EventMessage], copies: int, more: int
) -> None:
    # Up to 90 distinct events (more than a digest has blocks for) from a few generated ones.
    messages = [with_event_id(m, f"evt_{i}_{n}") for i, m in enumerate(samples) for n in range(copies)]
    text, blocks = render_digest(DIGEST, messages, more)
    assert_within_slack_limits(text, blocks)
    for part in [text, *texts(blocks)]:
        assert_inert(part)
    console = render_digest_console(DIGEST, messages, more)
    assert not TERMINAL_CONTROL.search(console.replace("\n", "")), repr(console)


@fuzz(25)
@given(event_messages())
def test_preview_of_any_event_renders_for_every_kind_of_subscription(message: EventMessage) -> None:
    previews = preview([SLACK, DIGEST, CONSOLE], message)
    assert len(previews) == 3
    describe(previews, show_blocks=True)


@fuzz(25)
@given(event_messages())
def test_an_event_message_either_survives_the_wire_unchanged_or_is_malformed(message: EventMessage) -> None:
    """The renderer's input came through `decode`, which refuses what breaks the schema (a "NaN" amount,
    a "€" currency) rather than passing it on; everything else round-trips unchanged."""
    raw = message.dumps()
    try:
        decoded = decode(EventMessage, raw)
    except MalformedMessage:
        return
    assert decoded.dumps() == raw


def test_an_amount_with_a_huge_exponent_renders_in_bounded_time_and_space() -> None:
    """Found while fuzzing: Decimal("1e999999999") formatted with `,.0f` builds a billion-digit string."""
    assert format_number("1e999999999") == "1e999999999"
    assert format_number("1e-999999999") == "1e-999999999"
    assert format_number("45000000") == "45,000,000" and format_number("1.5") == "1.50"
    state = EventState(
        **{**sample_message().event.asdict(), "amount": Money(amount="1e999999999", currency="EUR")}
    )
    message = EventMessage(
        kind="new", event_id="evt_x", revision=0, emitted_at="2026-11-16T09:05:01Z", event=state
    )
    assert_within_slack_limits(render_slack(message).text, render_slack(message).blocks)
