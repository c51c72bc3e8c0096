"""Alert subscriptions: who gets which events, where, and how often.

Declared in `subscriptions.yaml` beside feeds.yaml (path: `Settings.subscriptions_file`) and validated once at
start; every `ConfigError` names the file, the line, the subscription and the fix. Without a file the monitor
still alerts: everything goes to the console, and to `STREAMS_SLACK_CHANNEL` when a bot token is set.
`subscriptions.example.yaml` documents every option.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from streams.errors import ConfigError
from streams.settings import Settings

DestinationKind = Literal["slack", "webhook", "console"]
ModeKind = Literal["immediate", "digest"]
Every = Literal["hourly", "daily"]

DESTINATIONS: tuple[str, ...] = ("slack", "webhook", "console")
MODES: tuple[str, ...] = ("immediate", "digest")
EVENT_TYPES: tuple[str, ...] = ("ruling", "fine", "appeal")
SOURCE_KINDS: tuple[str, ...] = ("regulator", "court", "news", "ngo")

# `|` separates the parts of the ledger key (ids.alert_key), so names stay simple.
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_CHANNEL = re.compile(r"^(#[a-z0-9][a-z0-9_-]{0,79}|[CGD][A-Z0-9]{6,})$")
_JURISDICTION = re.compile(r"^[A-Z]{2}$|^EU$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Filters:
    """What a subscription wants. Within one filter any listed value matches; across filters all must.

    An empty filter does not constrain. Values are normalised here (case, whitespace) so matching is simple.
    """

    types: frozenset[str] = frozenset()
    companies: tuple[str, ...] = ()
    authorities: tuple[str, ...] = ()
    jurisdictions: frozenset[str] = frozenset()
    min_amount_eur: Decimal | None = None
    languages: frozenset[str] = frozenset()
    source_kinds: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestSchedule:
    """When a digest goes out: daily at `at` local time, or hourly at `at.minute` past each hour."""

    every: Every
    at: time
    timezone: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Subscription:
    name: str
    destination: DestinationKind
    channel: str | None = None  # slack: "#name" or a channel id
    # A webhook URL is a credential: keep it out of reprs and logs.
    webhook_url: str | None = field(default=None, repr=False)
    filters: Filters = Filters()
    mode: ModeKind = "immediate"
    digest: DigestSchedule | None = None
    line: int | None = field(default=None, compare=False)  # where it was declared, for later messages

    @property
    def target(self) -> str:
        """What a sink calls the channel: the Slack channel, "webhook:<name>", or "console"."""
        if self.destination == "slack":
            return self.channel or ""
        if self.destination == "webhook":
            return f"webhook:{self.name}"
        return "console"


def default_subscriptions(settings: Settings) -> list[Subscription]:
    """What runs without a subscriptions file: everything to the console, and to Slack when configured."""
    subs = [Subscription(name="console", destination="console")]
    if settings.slack_token and settings.slack_channel:
        subs.append(Subscription(name="slack", destination="slack", channel=settings.slack_channel))
    return subs


def load_subscriptions(
    path: Path | str, settings: Settings, environ: Mapping[str, str] | None = None
) -> list[Subscription]:
    """Read and validate the subscriptions file; a missing file gives `default_subscriptions`.

    `environ` resolves `webhook_url_env` (defaults to os.environ), so webhook secrets stay out of the file.
    """
    path = Path(path)
    if not path.exists():
        return default_subscriptions(settings)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})", "check the file's permissions") from exc
    return parse_subscriptions(text, settings, source=str(path), environ=environ)


def parse_subscriptions(
    text: str,
    settings: Settings,
    *,
    source: str = "subscriptions.yaml",
    environ: Mapping[str, str] | None = None,
) -> list[Subscription]:
    env = os.environ if environ is None else environ
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise ConfigError(
            f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})",
            "fix the YAML syntax (indentation, quotes, a missing colon)",
        ) from exc
    if root is None:
        raise ConfigError(
            f"{source}: the file is empty",
            "add a `subscriptions:` list (see subscriptions.example.yaml), or delete the file to alert on "
            "the console",
        )
    ctx = _Context(source)
    top = ctx.mapping(root, "the file")
    ctx.known_keys(top, ("subscriptions", "version"), "top level", None)
    if "subscriptions" not in top:
        raise ConfigError(
            f"{ctx.at(root)}: no `subscriptions:` key",
            "start the file with `subscriptions:` followed by a list (see subscriptions.example.yaml)",
        )
    _, items_node = top["subscriptions"]
    if isinstance(items_node, yaml.ScalarNode) and items_node.value in ("", "~", "null"):
        return []  # an explicit empty list: the operator wants no alerts
    if not isinstance(items_node, yaml.SequenceNode):
        raise ConfigError(
            f"{ctx.at(items_node)}: `subscriptions` must be a list",
            "write each subscription as a list item starting with `- name: ...`",
        )
    subs: list[Subscription] = []
    seen: dict[str, int] = {}
    for index, node in enumerate(items_node.value):
        sub = _subscription(ctx, node, index, settings, env)
        if sub.name in seen:
            raise ConfigError(
                f"{ctx.at(node)}: subscription {sub.name!r} is declared twice "
                f"(first at line {seen[sub.name]})",
                "give every subscription a unique name; the name is part of the alert ledger key",
            )
        seen[sub.name] = sub.line or 0
        subs.append(sub)
    return subs


# ---------------------------------------------------------------------------------------------------------
# Validation. Works on yaml nodes rather than plain values so every message can name the line.


class _Context:
    def __init__(self, source: str) -> None:
        self.source = source

    def at(self, node: yaml.Node) -> str:
        return f"{self.source}:{node.start_mark.line + 1}"

    def mapping(
        self, node: yaml.Node, what: str, sub: str | None = None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise ConfigError(
                f"{self.at(node)}: {_who(sub)}{what} must be a mapping of `key: value`",
                "indent the keys under it, one `key: value` per line",
            )
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            if name in out:
                # PyYAML silently keeps the last duplicate; a silent override of a filter is a surprise.
                raise ConfigError(
                    f"{self.at(key)}: {_who(sub)}key `{name}` appears twice in {what}", "keep one of them"
                )
            out[name] = (key, value)
        return out

    def known_keys(
        self,
        mapping: dict[str, tuple[yaml.Node, yaml.Node]],
        allowed: tuple[str, ...],
        what: str,
        sub: str | None,
    ) -> None:
        for name, (key, _) in mapping.items():
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f"did you mean `{close[0]}`? " if close else ""
                raise ConfigError(
                    f"{self.at(key)}: {_who(sub)}unknown key `{name}` in {what}",
                    f"{hint}allowed keys: {', '.join(allowed)}",
                )

    def scalar(self, node: yaml.Node, what: str, sub: str | None) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise ConfigError(
                f"{self.at(node)}: {_who(sub)}`{what}` must be a single value", "write it on one line"
            )
        return yaml.SafeLoader(" ").construct_object(node)

    def string(self, node: yaml.Node, what: str, sub: str | None) -> str:
        value = self.scalar(node, what, sub)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                f"{self.at(node)}: {_who(sub)}`{what}` must be a non-empty text",
                f"write `{what}: <text>`, quoted if it contains a colon",
            )
        return value.strip()

    def strings(self, node: yaml.Node, what: str, sub: str | None) -> list[tuple[yaml.Node, str]]:
        """A list of texts; a single value is accepted as a list of one."""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        out = []
        for item in items:
            value = self.scalar(item, what, sub)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(
                    f"{self.at(item)}: {_who(sub)}`{what}` holds an empty or non-text value",
                    f"write `{what}: [value, ...]` with texts",
                )
            out.append((item, value.strip()))
        return out


def _who(sub: str | None) -> str:
    return f"subscription {sub!r}: " if sub else ""


_SUB_KEYS = ("name", "destination", "channel", "webhook_url", "webhook_url_env", "filters", "mode", "digest")
_FILTER_KEYS = (
    "types",
    "companies",
    "authorities",
    "jurisdictions",
    "min_amount_eur",
    "languages",
    "source_kinds",
    "keywords",
)
_DIGEST_KEYS = ("every", "at", "timezone")


def _subscription(
    ctx: _Context, node: yaml.Node, index: int, settings: Settings, env: Mapping[str, str]
) -> Subscription:
    # Peek at the name first so even a malformed subscription is named in the error.
    peek = next(
        (
            v.value
            for k, v in getattr(node, "value", [])
            if isinstance(node, yaml.MappingNode)
            and getattr(k, "value", None) == "name"
            and isinstance(v, yaml.ScalarNode)
        ),
        None,
    )
    fields_ = ctx.mapping(node, f"subscription #{index + 1}", peek)
    if "name" not in fields_:
        raise ConfigError(
            f"{ctx.at(node)}: subscription #{index + 1} has no `name`",
            "add `name: <lowercase-name>`; it identifies the subscription in the alert ledger",
        )
    name_node = fields_["name"][1]
    name = ctx.string(name_node, "name", None)
    if not _NAME.match(name):
        raise ConfigError(
            f"{ctx.at(name_node)}: subscription name {name!r} is not allowed",
            "use lowercase letters, digits, '-', '_' or '.', at most 64 characters",
        )
    ctx.known_keys(fields_, _SUB_KEYS, "a subscription", name)
    line = node.start_mark.line + 1

    if "destination" not in fields_:
        raise ConfigError(
            f"{ctx.at(node)}: subscription {name!r} has no `destination`",
            f"add `destination: ` one of {', '.join(DESTINATIONS)}",
        )
    dest_node = fields_["destination"][1]
    destination = ctx.string(dest_node, "destination", name)
    if destination not in DESTINATIONS:
        raise ConfigError(
            f"{ctx.at(dest_node)}: subscription {name!r}: unknown destination {destination!r}",
            f"use one of {', '.join(DESTINATIONS)}",
        )

    channel: str | None = None
    webhook_url: str | None = None
    if destination == "slack":
        channel = _slack_channel(ctx, node, fields_, name, settings)
    elif destination == "webhook":
        webhook_url = _webhook_url(ctx, node, fields_, name, env)
    for key in ("channel", "webhook_url", "webhook_url_env"):
        if key in fields_ and not _belongs(key, destination):
            raise ConfigError(
                f"{ctx.at(fields_[key][0])}: subscription {name!r}: `{key}` does not apply to "
                f"destination {destination!r}",
                f"remove `{key}` or change the destination",
            )

    filters = _filters(ctx, fields_["filters"][1], name) if "filters" in fields_ else Filters()

    mode = "immediate"
    if "mode" in fields_:
        mode_node = fields_["mode"][1]
        mode = ctx.string(mode_node, "mode", name)
        if mode not in MODES:
            raise ConfigError(
                f"{ctx.at(mode_node)}: subscription {name!r}: unknown mode {mode!r}",
                f"use one of {', '.join(MODES)}",
            )
    digest: DigestSchedule | None = None
    if mode == "digest":
        if "digest" not in fields_:
            raise ConfigError(
                f"{ctx.at(node)}: subscription {name!r} has mode digest but no `digest:` schedule",
                'add `digest: {every: daily, at: "08:00", timezone: Europe/Paris}`',
            )
        digest = _digest(ctx, fields_["digest"][1], name)
    elif "digest" in fields_:
        raise ConfigError(
            f"{ctx.at(fields_['digest'][0])}: subscription {name!r}: `digest` is set but mode is {mode!r}",
            "set `mode: digest`, or remove the `digest:` schedule",
        )

    return Subscription(
        name=name,
        destination=destination,  # type: ignore[arg-type]  # checked against DESTINATIONS above
        channel=channel,
        webhook_url=webhook_url,
        filters=filters,
        mode=mode,  # type: ignore[arg-type]  # checked against MODES above
        digest=digest,
        line=line,
    )


def _belongs(key: str, destination: str) -> bool:
    return (key == "channel" and destination == "slack") or (
        key.startswith("webhook") and destination == "webhook"
    )


def _slack_channel(
    ctx: _Context,
    node: yaml.Node,
    fields_: dict[str, tuple[yaml.Node, yaml.Node]],
    name: str,
    settings: Settings,
) -> str:
    if "channel" not in fields_:
        raise ConfigError(
            f"{ctx.at(node)}: subscription {name!r} sends to Slack but has no `channel`",
            'add `channel: "#alerts"` (quoted: # starts a YAML comment) or a channel id like C0123ABCD',
        )
    channel_node = fields_["channel"][1]
    channel = ctx.string(channel_node, "channel", name)
    if not _CHANNEL.match(channel):
        raise ConfigError(
            f"{ctx.at(channel_node)}: subscription {name!r}: {channel!r} is not a Slack channel",
            'write "#name" (lowercase, quoted) or a channel id like C0123ABCD',
        )
    if not settings.slack_token:
        raise ConfigError(
            f"{ctx.at(node)}: subscription {name!r} sends to Slack but no bot token is set",
            "set STREAMS_SLACK_TOKEN (an xoxb- bot token), or use destination console or webhook",
        )
    return channel


def _webhook_url(
    ctx: _Context,
    node: yaml.Node,
    fields_: dict[str, tuple[yaml.Node, yaml.Node]],
    name: str,
    env: Mapping[str, str],
) -> str:
    if ("webhook_url" in fields_) == ("webhook_url_env" in fields_):
        raise ConfigError(
            f"{ctx.at(node)}: subscription {name!r} needs exactly one of `webhook_url` and `webhook_url_env`",
            "prefer `webhook_url_env: NAME_OF_AN_ENVIRONMENT_VARIABLE`: a webhook URL is a secret",
        )
    if "webhook_url_env" in fields_:
        var_node = fields_["webhook_url_env"][1]
        var = ctx.string(var_node, "webhook_url_env", name)
        if not _ENV_NAME.match(var) or var.startswith("STREAMS_"):
            raise ConfigError(
                f"{ctx.at(var_node)}: subscription {name!r}: {var!r} is not a usable variable name",
                "name a variable like SLACK_WEBHOOK_LEGAL (STREAMS_* are reserved for settings)",
            )
        if not env.get(var):
            raise ConfigError(
                f"{ctx.at(var_node)}: subscription {name!r}: environment variable {var} is not set",
                f"export {var}=https://hooks.slack.com/services/... before starting",
            )
        url, where = env[var].strip(), var_node
    else:
        where = fields_["webhook_url"][1]
        url = ctx.string(where, "webhook_url", name)
    parts = urlsplit(url)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not parts.hostname or not (parts.scheme == "https" or (parts.scheme == "http" and local)):
        raise ConfigError(
            f"{ctx.at(where)}: subscription {name!r}: the webhook URL is not an https URL",
            "copy the incoming webhook URL from the Slack app settings (https://hooks.slack.com/...)",
        )
    return url


def _filters(ctx: _Context, node: yaml.Node, sub: str) -> Filters:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return Filters()
    fields_ = ctx.mapping(node, "filters", sub)
    ctx.known_keys(fields_, _FILTER_KEYS, "filters", sub)

    def values(key: str) -> list[tuple[yaml.Node, str]]:
        return ctx.strings(fields_[key][1], key, sub) if key in fields_ else []

    def choose(key: str, allowed: tuple[str, ...]) -> frozenset[str]:
        out = set()
        for item, value in values(key):
            low = value.lower()
            if low not in allowed:
                raise ConfigError(
                    f"{ctx.at(item)}: subscription {sub!r}: {value!r} is not one of the {key}",
                    f"use any of {', '.join(allowed)}",
                )
            out.add(low)
        return frozenset(out)

    def pattern(key: str, regex: re.Pattern[str], normal: str, fix: str) -> frozenset[str]:
        out = set()
        for item, value in values(key):
            norm = value.upper() if normal == "upper" else value.lower().split("-")[0]
            if not regex.match(norm):
                raise ConfigError(
                    f"{ctx.at(item)}: subscription {sub!r}: {value!r} is not a valid {key[:-1]}", fix
                )
            out.add(norm)
        return frozenset(out)

    min_amount: Decimal | None = None
    if "min_amount_eur" in fields_:
        amount_node = fields_["min_amount_eur"][1]
        raw = ctx.scalar(amount_node, "min_amount_eur", sub)
        try:
            min_amount = (
                Decimal(str(raw).replace("_", "").replace(",", "")) if not isinstance(raw, bool) else None
            )
        except InvalidOperation:
            min_amount = None
        if min_amount is None or not min_amount.is_finite() or min_amount < 0:
            raise ConfigError(
                f"{ctx.at(amount_node)}: subscription {sub!r}: min_amount_eur {raw!r} is not an amount",
                "write a plain number of euros, e.g. `min_amount_eur: 1000000`",
            )

    return Filters(
        types=choose("types", EVENT_TYPES),
        companies=tuple(v for _, v in values("companies")),
        authorities=tuple(v for _, v in values("authorities")),
        jurisdictions=pattern(
            "jurisdictions",
            _JURISDICTION,
            "upper",
            "use ISO 3166 alpha-2 country codes (FR, DE, IE, ...) or EU",
        ),
        min_amount_eur=min_amount,
        languages=pattern("languages", _LANGUAGE, "lower", "use ISO 639-1 codes such as en, fr, de"),
        source_kinds=choose("source_kinds", SOURCE_KINDS),
        keywords=tuple(v for _, v in values("keywords")),
    )


def _digest(ctx: _Context, node: yaml.Node, sub: str) -> DigestSchedule:
    fields_ = ctx.mapping(node, "digest", sub)
    ctx.known_keys(fields_, _DIGEST_KEYS, "digest", sub)
    if "every" not in fields_:
        raise ConfigError(
            f"{ctx.at(node)}: subscription {sub!r}: the digest has no `every`",
            "add `every: daily` or `every: hourly`",
        )
    every_node = fields_["every"][1]
    every = ctx.string(every_node, "every", sub)
    if every not in ("hourly", "daily"):
        raise ConfigError(
            f"{ctx.at(every_node)}: subscription {sub!r}: every {every!r} is not a digest period",
            "use `every: daily` or `every: hourly`",
        )
    at = time(8, 0) if every == "daily" else time(0, 0)
    if "at" in fields_:
        at_node = fields_["at"][1]
        raw = ctx.scalar(at_node, "at", sub)
        match = _HHMM.match(raw) if isinstance(raw, str) else None
        if match is None:
            # YAML 1.1 reads an unquoted 8:30 as the base-60 integer 510: say so rather than "not a time".
            hint = " (unquoted, YAML reads 8:30 as a number)" if isinstance(raw, int) else ""
            raise ConfigError(
                f"{ctx.at(at_node)}: subscription {sub!r}: `at` is not a time{hint}",
                'write a quoted 24-hour time, e.g. `at: "08:30"` (hourly digests use the minutes)',
            )
        at = time(int(match.group(1)), int(match.group(2)))
    timezone = "UTC"
    if "timezone" in fields_:
        tz_node = fields_["timezone"][1]
        timezone = ctx.string(tz_node, "timezone", sub)
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"{ctx.at(tz_node)}: subscription {sub!r}: unknown time zone {timezone!r}",
                "use an IANA time zone name such as Europe/Paris or UTC",
            ) from exc
    return DigestSchedule(every=every, at=at, timezone=timezone)  # type: ignore[arg-type]  # checked above
