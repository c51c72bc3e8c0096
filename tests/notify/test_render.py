"""Rendering: facts shown, third-party text made inert, Slack's limits respected, threads and broadcasts."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from streams.config.subscriptions import Subscription
from streams.notify.render import (
    BLOCKS_MAX,
    FALLBACK_MAX,
    escape,
    escaped,
    render_console,
    render_for,
    render_slack,
    safe_url,
    thread_key,
)
from streams.notify.sink import ConsoleSink
from streams.records import Money
from tests.notify.events import message, source
from tests.servers.slack_server import _blocks_ok

EVIL = "<!channel> <!here> <@U123> <https://evil.example|bank> & co"


def texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every text string in a block tree."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    out.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return out


def our_links_only(text: str) -> bool:
    """Every `<...>` in mrkdwn is a link we made: `<http(s)://...|label>`. The URL holds no raw `|`, so
    the first `|` ends it; the label holds no raw < or >."""
    return all(re.fullmatch(r"https?://[^<>|\s]+\|[^<>]*", inner) for inner in re.findall(r"<([^>]*)>", text))


def test_escape_the_three_control_characters() -> None:
    assert escape("a & <b> &amp;") == "a &amp; &lt;b&gt; &amp;amp;"


def test_mentions_and_forged_links_arrive_inert() -> None:
    m = message(
        title=EVIL,
        companies=["<@U999>"],
        authority_name="<!subteam^S1|@legal>",
        sources=[source(outlet="<https://evil.example|Bank>", title=EVIL, url="https://ok.example/a|b c>d")],
    )
    rendered = render_slack(m)
    all_text = [rendered.text, *texts(rendered.blocks)]
    for text in all_text:
        assert "<!" not in text and "<@" not in text and "<https://evil" not in text, text
        assert our_links_only(text), text
    assert "&lt;!channel&gt;" in rendered.blocks[0]["text"]["text"]
    sources = next(t for t in all_text if t.startswith("*Sources*"))
    # The URL's | and > are percent-encoded, so they can neither end the link nor forge a label.
    assert "<https://ok.example/a%7Cb%20c%3Ed|&lt;https://evil.example|Bank&gt;>" in sources


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://x.example/f", "//no-scheme.example", "", None, "https://"]
)
def test_only_http_urls_become_links(url: str | None) -> None:
    assert safe_url(url) is None
    rendered = render_slack(message(sources=[source(url=url)]))
    assert not any("<" in t for t in texts(rendered.blocks))


def test_facts_amount_as_stated_and_in_euros() -> None:
    m = message(
        amount=Money(amount="250000", currency="GBP"),
        amount_eur="291250.5",
        cap=True,
        periodic="day",
        companies=["Acme", "Acme Ltd"],
        decision_date="2024-04-30",
        source_count=3,
        sources=[source(), source("Le Monde", kind="news"), source("Reuters", kind="news")],
    )
    fields = [f["text"] for f in render_slack(m).blocks[1]["fields"]]
    assert "*Amount*\nup to GBP 250,000 per day (≈ EUR 291,250.50)" in fields
    assert "*Company*\nAcme, Acme Ltd" in fields
    assert "*Decision date*\n2024-04-30" in fields
    assert "*Outlets*\n3 outlets" in fields
    assert "*Type*\nNew fine" in fields


def test_update_says_what_changed() -> None:
    m = message(kind="update", revision=2, changes=["new_source", "amount_revised"])
    rendered = render_slack(m, thread_ts="1700000000.000100")
    assert "*Type*\nUpdate to fine: new source, amount revised" in texts(rendered.blocks)
    assert rendered.text.startswith("Update to fine: new source, amount revised: ")
    assert rendered.thread_ts == "1700000000.000100" and not rendered.broadcast


def test_appeal_replies_in_the_decisions_thread_and_is_broadcast() -> None:
    appeal = message(
        event_id="evt_appeal",
        primary="appeal",
        types=["appeal"],
        related_event_id="evt_fine1",
        root_event_id="evt_fine1",
    )
    assert thread_key(appeal) == "evt_fine1"
    assert thread_key(message()) == "evt_fine1"
    reply = render_slack(appeal, thread_ts="1700000000.000100")
    assert reply.thread_ts == "1700000000.000100" and reply.broadcast
    # With no thread to join the appeal opens its own; there is nothing to broadcast from.
    assert not render_slack(appeal).broadcast
    linked = message(kind="update", revision=1, changes=["appeal_linked"])
    assert render_slack(linked, thread_ts="1.0").broadcast


def test_long_text_is_cut_to_slack_limits() -> None:
    huge = "Très long titre & <détails> " * 400
    m = message(
        title=huge,
        companies=[huge],
        authority_name=huge,
        evidence=[huge],
        sources=[
            source(f"Outlet {i} {huge[:300]}", title=huge, url=f"https://o{i}.example/" + "p" * 500)
            for i in range(60)
        ],
        source_count=60,
    )
    rendered = render_slack(m)
    assert len(rendered.blocks[0]["text"]["text"]) <= 150
    assert rendered.blocks[0]["text"]["text"].endswith("…")
    assert len(rendered.text) <= FALLBACK_MAX
    assert len(rendered.blocks) <= BLOCKS_MAX
    assert all(len(t) <= 3000 for t in texts(rendered.blocks))
    assert _blocks_ok(json.loads(json.dumps(rendered.blocks)))
    assert any("more" in t for t in texts(rendered.blocks))  # the sources list says it was cut


def test_cutting_never_splits_an_escape() -> None:
    out = escaped("&" * 100, 12)
    assert len(out) <= 12 and out.endswith("…") and out[:-1] == "&amp;" * (len(out[:-1]) // 5)


def test_render_for_each_destination() -> None:
    m = message()
    console = render_for(Subscription(name="c", destination="console"), m, thread_ts="1.0")
    assert console.blocks == [] and "CNIL fines Acme" in console.text and console.thread_ts is None
    hook = render_for(
        Subscription(name="w", destination="webhook", webhook_url="https://h.example"), m, "1.0"
    )
    assert hook.thread_ts is None and hook.blocks  # webhooks cannot thread
    slack = render_for(Subscription(name="s", destination="slack", channel="#a"), m, "1.0")
    assert slack.thread_ts == "1.0"


def test_console_block_is_readable_and_clean() -> None:
    m = message(title="Acme\x1b[2J fined\r\nagain", sources=[source(outlet="Evil\x1b]0;pwned\x07")])
    plain = render_console(m, color=False)
    assert "\x1b" not in plain and "\r" not in plain and "\x07" not in plain
    assert plain.splitlines()[0] == "▶ NEW FINE  Acme [2J fined again"
    assert "  Authority      CNIL" in plain
    coloured = render_console(m, color=True)
    assert "\x1b[1m" in coloured


async def test_console_sink_colours_only_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    plain, tty = io.StringIO(), Tty()
    text = render_console(message(), color=True)
    for stream in (plain, tty):
        result = await ConsoleSink(stream).send("console", text)
        assert result.ts is None and result.channel == "console"
    assert "\x1b[" not in plain.getvalue() and "NEW FINE" in plain.getvalue()
    assert "\x1b[" in tty.getvalue()
