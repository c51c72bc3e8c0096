"""Alert messages for Slack (Block Kit + fallback text) and for the console. Pure functions.

Everything that came from a feed (titles, outlet names, company names, even URLs) is third-party text. For
Slack it is escaped (`&` `<` `>`) so no feed can ping `<!channel>`, mention `<@U123>`, or forge a link
`<https://evil|bank>`; URLs become links only when they are http(s), and are escaped too. For the console,
control characters are removed so no feed can send terminal escape sequences.

Slack limits (https://docs.slack.dev/reference/block-kit/blocks): header text 150, section text 3000, section
field 2000, at most 10 fields, 10 context elements, 50 blocks; fallback text is kept to about 4000 characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlsplit

from streams.config.subscriptions import Subscription
from streams.records import EventMessage, EventState, Money
from streams.topics import story_key

HEADER_MAX = 150
SECTION_MAX = 3000
FIELD_MAX = 2000
FIELDS_MAX = 10
CONTEXT_MAX = 10
BLOCKS_MAX = 50
FALLBACK_MAX = 4000
SOURCES_SHOWN = 10
DIGITS_MAX = 30  # an amount with more digits than this is shown as stated, not formatted

Block = dict[str, Any]

_CHANGES = {
    "new_source": "new source",
    "amount_revised": "amount revised",
    "authority_confirmed": "confirmed by the authority",
    "appeal_linked": "appeal linked",
    "decision_date": "decision date known",
    "company_added": "company identified",
}
_TYPES = {"ruling": "ruling", "fine": "fine", "appeal": "appeal"}


@dataclass(frozen=True)
class Rendered:
    """What to post: fallback `text` (notifications, clients without blocks), `blocks`, and threading."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    thread_ts: str | None = None
    broadcast: bool = False


# ---------------------------------------------------------------------------------------------------------
# Slack escaping and limits


def escape(text: str) -> str:
    """Slack's three control characters; `&` first so the other escapes are not escaped again."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(text: str) -> str:
    """Collapse whitespace so a value cannot start new lines (a `>` quote, a list) in the layout."""
    return " ".join(text.split())


def cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def escaped(text: str, limit: int) -> str:
    """Escape, then fit `limit` without cutting through an entity such as `&amp;`."""
    out = escape(text)
    if len(out) <= limit:
        return out
    n = min(len(text), limit)
    while n > 0:
        candidate = escape(text[: n - 1]).rstrip() + "…"
        if len(candidate) <= limit:
            return candidate
        n -= max(1, len(candidate) - limit)
    return "…"[:limit]


def safe_url(url: str | None) -> str | None:
    """An http(s) URL ready to sit inside `<...|...>`, or None when it must not become a link."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # `|` would end the URL and start a forged label; whitespace and <> would end the link early.
    quoted = quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return escape(quoted) if len(quoted) <= 2000 else None


def link(url: str | None, label: str, label_limit: int = 150) -> str:
    text = escaped(one_line(label), label_limit) or "link"
    target = safe_url(url)
    return f"<{target}|{text}>" if target else text


# ---------------------------------------------------------------------------------------------------------
# Facts shared by alerts, replies and digests (plain text; callers escape for Slack)


def thread_key(message: EventMessage) -> str:
    """The event whose thread this message belongs in: its story (an appeal joins what it challenges)."""
    return story_key(message)


def is_appeal_news(message: EventMessage) -> bool:
    """The appeal itself arrives (new appeal event, or an appeal just linked): worth a channel broadcast."""
    return (message.kind == "new" and message.event.primary == "appeal") or "appeal_linked" in message.changes


def type_label(message: EventMessage) -> str:
    kind = _TYPES.get(message.event.primary, message.event.primary or "event")
    if message.kind == "update":
        what = ", ".join(describe_change(c) for c in message.changes) or "details updated"
        return f"Update to {kind}: {what}"
    return f"New {kind}"


def describe_change(change: str) -> str:
    return _CHANGES.get(change, change.replace("_", " "))


def format_money(money: Money) -> str:
    return f"{money.currency.upper()} {format_number(money.amount)}"


def format_number(raw: str) -> str:
    try:
        value = Decimal(raw)
    except (InvalidOperation, ValueError):
        return raw
    if not value.is_finite() or abs(value.adjusted()) > DIGITS_MAX:
        # "1e999999999" is a valid Decimal: formatted with `,.0f` it would be a billion-digit string.
        return raw
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def amount_stated(event: EventState) -> str | None:
    """The penalty as the source states it: "up to EUR 20,000,000", "EUR 1,000 per day"."""
    if event.amount is None:
        return None
    text = format_money(event.amount)
    if event.cap:
        text = "up to " + text
    if event.periodic:
        text += f" per {event.periodic}"
    return text


def amount_euros(event: EventState) -> str | None:
    """The euro figure, when the stated currency is not already euros."""
    if event.amount_eur is None or (event.amount is not None and event.amount.currency.upper() == "EUR"):
        return None
    return f"≈ EUR {format_number(event.amount_eur)}"


def amount_line(event: EventState) -> str | None:
    stated = amount_stated(event)
    eur = amount_euros(event)
    if stated and eur:
        return f"{stated} ({eur})"
    return stated or eur


def authority_line(event: EventState) -> str | None:
    return event.authority_name or event.authority_id


def court_line(event: EventState) -> str | None:
    return event.court_name or event.court_id


def facts(message: EventMessage) -> list[tuple[str, str]]:
    """(label, value) pairs in display order; absent facts are left out."""
    e = message.event
    pairs: list[tuple[str, str | None]] = [
        ("Type", type_label(message)),
        ("Authority", authority_line(e)),
        ("Court", court_line(e)),
        ("Company", ", ".join(e.companies) or None),
        ("Jurisdiction", e.jurisdiction),
        ("Amount", amount_line(e)),
        ("Decision date", e.decision_date),
        ("Outlets", _outlets(e)),
    ]
    return [(label, value) for label, value in pairs if value]


def _outlets(event: EventState) -> str:
    n = event.source_count or len({s.outlet for s in event.sources})
    text = f"{n} outlet" + ("" if n == 1 else "s")
    return text + (", confirmed by the authority" if event.confirmed_by_authority else "")


# ---------------------------------------------------------------------------------------------------------
# Slack


def render_slack(message: EventMessage, thread_ts: str | None = None) -> Rendered:
    """The Slack message for one event message.

    `thread_ts` is the ts of the event's first alert in this channel (kept by the notifier, keyed by
    `thread_key(message)` and channel); with it the message becomes a reply, broadcast when an appeal arrives.
    """
    e = message.event
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": escaped(one_line(e.title) or "(untitled event)", HEADER_MAX),
                "emoji": False,
            },
        },
    ]
    fields_ = [
        {
            "type": "mrkdwn",
            "text": f"*{label}*\n{escaped(one_line(value), FIELD_MAX - len(label) - 3)}",
            "verbatim": True,
        }
        for label, value in facts(message)
    ]
    for start in range(0, len(fields_), FIELDS_MAX):
        blocks.append({"type": "section", "fields": fields_[start : start + FIELDS_MAX]})
    sources = sources_mrkdwn(e)
    if sources:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": sources, "verbatim": True}})
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": escaped(f"{message.event_id} · revision {message.revision}", 300),
                    "verbatim": True,
                },
            ],
        }
    )
    return Rendered(
        text=fallback_text(message),
        blocks=blocks[:BLOCKS_MAX],
        thread_ts=thread_ts,
        broadcast=thread_ts is not None and is_appeal_news(message),
    )


def sources_mrkdwn(event: EventState, limit: int = SECTION_MAX, shown: int = SOURCES_SHOWN) -> str:
    if not event.sources:
        return ""
    head = "*Sources*"
    lines: list[str] = []
    used = len(head)
    for i, s in enumerate(event.sources[:shown]):
        line = "• " + link(s.url, s.outlet or "source", 80)
        if s.title:
            line += " — " + escaped(one_line(s.title), 200)
        rest = len(event.sources) - i
        tail = len(f"\n… and {rest} more")
        if used + 1 + len(line) + tail > limit:
            break
        lines.append(line)
        used += 1 + len(line)
    more = len(event.sources) - len(lines)
    if more:
        lines.append(f"… and {more} more")
    return "\n".join([head, *lines])


def fallback_text(message: EventMessage, limit: int = FALLBACK_MAX) -> str:
    """One line for notifications and block-less clients, escaped like the blocks."""
    e = message.event
    parts = [type_label(message) + ": " + one_line(e.title)]
    parts += [one_line(v) for v in (authority_line(e), ", ".join(e.companies), amount_line(e)) if v]
    return escaped(" · ".join(parts), limit)


def render_for(sub: Subscription, message: EventMessage, thread_ts: str | None = None) -> Rendered:
    """What `sink.send` takes for this subscription: Slack blocks, or the console block as `text`.

    Incoming webhooks cannot reply in threads (no ts comes back), so they always post top-level messages.
    """
    if sub.destination == "console":
        return Rendered(text=render_console(message, color=True))
    if sub.destination == "webhook":
        return render_slack(message, thread_ts=None)
    return render_slack(message, thread_ts=thread_ts)


# ---------------------------------------------------------------------------------------------------------
# Console


# C0/C1 controls (terminal escapes) and bidi overrides/isolates (which can show text reversed or reordered).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
_COLOURS = {"fine": "\x1b[31m", "ruling": "\x1b[33m", "appeal": "\x1b[35m"}


def clean(text: str) -> str:
    """Third-party text for a terminal: no escape sequences, no carriage returns."""
    return one_line(_CONTROL.sub(" ", text))


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def render_console(message: EventMessage, *, color: bool = True) -> str:
    """One readable block per alert. With `color` the type line is coloured (for a TTY)."""
    e = message.event

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    if message.kind == "update":
        # An update is a reply in the story's thread, as in Slack: short, indented, under the original.
        reply = paint(_COLOURS.get(e.primary, ""), clean(type_label(message)))
        return (
            f"  ↳ {reply} · {len(e.sources)} outlet(s) · {clean(e.title)}\n"
            + paint(_DIM, f"    {clean(message.event_id)} · revision {message.revision}")
            + "\n"
        )
    head = paint(_BOLD + _COLOURS.get(e.primary, ""), clean(type_label(message)).upper())
    lines = [f"▶ {head}  {paint(_BOLD, clean(e.title))}"]
    for label, value in facts(message)[1:]:
        lines.append(f"  {label:<15}{clean(value)}")
    for s in e.sources[:SOURCES_SHOWN]:
        where = f" {clean(s.url)}" if s.url else ""
        lines.append(f"    - {clean(s.outlet)} ({clean(s.kind)}){where}")
    if len(e.sources) > SOURCES_SHOWN:
        lines.append(f"    … and {len(e.sources) - SOURCES_SHOWN} more")
    lines.append(paint(_DIM, f"  {clean(message.event_id)} · revision {message.revision}"))
    return "\n".join(lines) + "\n"
