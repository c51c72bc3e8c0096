"""feeds.yaml: the feeds to poll, validated once at start into a `FeedRegistry`.

Errors name the file, the line, the feed id and the fix. Line numbers come from YAML's node marks, so the
document is composed into a node tree and validated node by node instead of being loaded into plain dicts
(which forget where each value came from).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from streams.config.durations import format_duration, parse_duration
from streams.errors import ConfigError

KINDS = ("regulator", "court", "news", "ngo")
MIN_INTERVAL_S = 30.0
MAX_INTERVAL_S = 86400.0
DEFAULT_INTERVAL = "15m"

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
# ISO 3166 alpha-2 plus the two non-ISO codes the product uses: UK (ISO says GB) and EU.
_JURISDICTION = re.compile(r"^[A-Z]{2}$")

_TOP_KEYS = ("defaults", "feeds")
_DEFAULT_KEYS = ("interval", "user_agent", "language", "enabled")
_FEED_KEYS = (
    "id",
    "name",
    "url",
    "language",
    "kind",
    "jurisdiction",
    "interval",
    "enabled",
    "user_agent",
    "backfill",
)
_REQUIRED = ("id", "url", "kind")


@dataclass(frozen=True)
class FeedConfig:
    """One feed as configured. `url` is where to start; a permanent redirect moves the poll state's URL."""

    id: str
    name: str
    url: str
    language: str | None
    kind: str
    jurisdiction: str | None
    interval_s: float
    enabled: bool = True
    user_agent: str | None = None
    # True: what the first poll finds is history, recorded but never alerted. False: alert on it too
    # (a feed added on purpose for its current items, such as the offline demo's).
    backfill: bool = True


class FeedRegistry:
    """The configured feeds in file order, looked up by id."""

    def __init__(self, feeds: list[FeedConfig], path: Path | None = None) -> None:
        self.path = path
        self._feeds = {f.id: f for f in feeds}
        if len(self._feeds) != len(feeds):
            raise ValueError("duplicate feed ids")  # load_feeds reports these with lines first

    def __iter__(self) -> Iterator[FeedConfig]:
        return iter(self._feeds.values())

    def __len__(self) -> int:
        return len(self._feeds)

    def __contains__(self, feed_id: object) -> bool:
        return feed_id in self._feeds

    def __getitem__(self, feed_id: str) -> FeedConfig:
        return self._feeds[feed_id]

    def get(self, feed_id: str) -> FeedConfig | None:
        return self._feeds.get(feed_id)

    def ids(self) -> list[str]:
        return list(self._feeds)

    def enabled(self) -> list[FeedConfig]:
        return [f for f in self._feeds.values() if f.enabled]


def load_feeds(path: Path) -> FeedRegistry:
    """Read and validate feeds.yaml; every problem found is listed in one `ConfigError`."""
    feeds, problems = _read(Path(path))
    if problems:
        if len(problems) == 1:
            raise ConfigError(problems[0].problem, problems[0].fix)
        listed = "\n  ".join(str(p) for p in problems)
        raise ConfigError(f"{len(problems)} problems in {path}:\n  {listed}", "fix each line listed above")
    return FeedRegistry(feeds, Path(path))


def check_feeds(path: Path) -> list[str]:
    """Every problem in feeds.yaml as a message (empty when valid): for `streams feeds check`."""
    _, problems = _read(Path(path))
    return [str(p) for p in problems]


def default_name(feed_id: str) -> str:
    """A display name from an id: "uk-ico-enforcement" -> "UK ICO Enforcement"."""
    words = re.split(r"[-_]+", feed_id)
    return " ".join(
        w.upper() if len(w) <= 4 and w.isalpha() and w in _ACRONYMS else w.capitalize() for w in words
    )


_ACRONYMS = {"uk", "us", "eu", "ico", "cma", "ftc", "sec", "dpc", "ap", "cnil", "edpb", "cfpb", "aepd", "ec"}


@dataclass(frozen=True)
class _Problem:
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.problem}. Fix: {self.fix}"


class _Reader:
    """Walks the composed node tree, collecting problems rather than stopping at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[_Problem] = []
        self._constructor = SafeConstructor()

    def where(self, node: Node, feed_id: str | None = None) -> str:
        at = f"{self.path}:{node.start_mark.line + 1}"
        return f"{at}: feed {feed_id!r}" if feed_id else at

    def add(self, node: Node, feed_id: str | None, problem: str, fix: str) -> None:
        self.problems.append(_Problem(f"{self.where(node, feed_id)}: {problem}", fix))

    def value(self, node: Node) -> Any:
        if not isinstance(node, ScalarNode):
            return node  # callers check the type and report a mapping or list where a value belongs
        return self._constructor.construct_object(node, deep=True)

    def mapping(
        self, node: Node, allowed: tuple[str, ...], feed_id: str | None, what: str
    ) -> dict[str, Node]:
        out: dict[str, Node] = {}
        assert isinstance(node, MappingNode)
        for key_node, value_node in node.value:
            key = self.value(key_node)
            if not isinstance(key, str):
                self.add(
                    key_node, feed_id, f"{what} has a non-text key", "keys are plain words like url or kind"
                )
                continue
            if key in out:
                self.add(key_node, feed_id, f"{what} repeats the key {key!r}", f"keep one {key!r} line")
                continue
            if key not in allowed:
                close = _closest(key, allowed)
                hint = f"did you mean {close!r}? " if close else ""
                self.add(
                    key_node,
                    feed_id,
                    f"unknown key {key!r} in {what}",
                    f"{hint}allowed keys: {', '.join(allowed)}",
                )
                continue
            out[key] = value_node
        return out


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


def _read(path: Path) -> tuple[list[FeedConfig], list[_Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [], [
            _Problem(f"{path}: cannot read the feeds file ({exc.strerror})", "check STREAMS_FEEDS_FILE")
        ]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc)
        return [], [_Problem(f"{path}{line}: not valid YAML ({reason})", "fix the YAML syntax on that line")]
    reader = _Reader(path)
    if root is None or not isinstance(root, MappingNode):
        node_line = f":{root.start_mark.line + 1}" if root is not None else ""
        return [], [
            _Problem(
                f"{path}{node_line}: the file must be a mapping with a 'feeds:' list",
                "start it with 'feeds:'",
            )
        ]
    top = reader.mapping(root, _TOP_KEYS, None, "the top level")
    defaults = _read_defaults(reader, top.get("defaults"))
    feeds_node = top.get("feeds")
    if feeds_node is None:
        reader.add(root, None, "no 'feeds:' list", "add 'feeds:' with one entry per feed")
        return [], reader.problems
    if not isinstance(feeds_node, SequenceNode):
        reader.add(
            feeds_node, None, "'feeds' must be a list", "write each feed as '- id: ...' under 'feeds:'"
        )
        return [], reader.problems
    feeds: list[FeedConfig] = []
    first_line: dict[str, int] = {}
    for index, node in enumerate(feeds_node.value):
        feed = _read_feed(reader, node, index, defaults)
        if feed is None:
            continue
        if feed.id in first_line:
            reader.add(
                node,
                feed.id,
                f"duplicate id (first used on line {first_line[feed.id]})",
                "give every feed its own id; ids key the poll state, so never reuse one",
            )
            continue
        first_line[feed.id] = node.start_mark.line + 1
        feeds.append(feed)
    return feeds, reader.problems


@dataclass(frozen=True)
class _Defaults:
    interval_s: float
    user_agent: str | None
    language: str | None
    enabled: bool


def _read_defaults(reader: _Reader, node: Node | None) -> _Defaults:
    base = _Defaults(parse_duration(DEFAULT_INTERVAL), None, None, True)
    if node is None:
        return base
    if not isinstance(node, MappingNode):
        reader.add(
            node, None, "'defaults' must be a mapping", "write 'defaults:' with indented 'interval: 15m' etc."
        )
        return base
    fields = reader.mapping(node, _DEFAULT_KEYS, None, "defaults")
    interval = _interval(reader, fields.get("interval"), None) if "interval" in fields else None
    user_agent = (
        _text(reader, fields.get("user_agent"), None, "user_agent") if "user_agent" in fields else None
    )
    language = _language(reader, fields["language"], None) if "language" in fields else None
    enabled = _bool(reader, fields.get("enabled"), None, "enabled") if "enabled" in fields else None
    return _Defaults(
        interval if interval is not None else base.interval_s,
        user_agent,
        language,
        enabled if enabled is not None else True,
    )


def _read_feed(reader: _Reader, node: Node, index: int, defaults: _Defaults) -> FeedConfig | None:
    if not isinstance(node, MappingNode):
        reader.add(
            node, None, f"feed #{index + 1} is not a mapping", "write it as '- id: ...' with indented keys"
        )
        return None
    raw_id = None
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == "id" and isinstance(value_node, ScalarNode):
            raw_id = value_node.value
    label = raw_id or f"#{index + 1}"
    fields = reader.mapping(node, _FEED_KEYS, label, "this feed")
    before = len(reader.problems)
    for key in _REQUIRED:
        if key not in fields:
            reader.add(node, label, f"missing required key {key!r}", _REQUIRED_FIX[key])
    feed_id = _id(reader, fields["id"]) if "id" in fields else None
    label = feed_id or label
    url = _url(reader, fields["url"], label) if "url" in fields else None
    kind = _kind(reader, fields["kind"], label) if "kind" in fields else None
    language = _language(reader, fields["language"], label) if "language" in fields else defaults.language
    jurisdiction = _jurisdiction(reader, fields.get("jurisdiction"), label)
    interval = _interval(reader, fields["interval"], label) if "interval" in fields else defaults.interval_s
    enabled = _bool(reader, fields["enabled"], label, "enabled") if "enabled" in fields else defaults.enabled
    user_agent = (
        _text(reader, fields["user_agent"], label, "user_agent")
        if "user_agent" in fields
        else defaults.user_agent
    )
    name = _text(reader, fields["name"], label, "name") if "name" in fields else None
    backfill = _bool(reader, fields["backfill"], label, "backfill") if "backfill" in fields else True
    if kind in ("regulator", "court") and jurisdiction is None and "jurisdiction" not in fields:
        reader.add(
            node,
            label,
            f"a {kind} feed needs a jurisdiction",
            "add 'jurisdiction: XX' (ISO 3166 alpha-2, or UK or EU); only news feeds may leave it null",
        )
    if len(reader.problems) > before or feed_id is None or url is None or kind is None or interval is None:
        return None
    return FeedConfig(
        id=feed_id,
        name=name or default_name(feed_id),
        url=url,
        language=language,
        kind=kind,
        jurisdiction=jurisdiction,
        interval_s=interval,
        enabled=bool(enabled),
        user_agent=user_agent,
        backfill=bool(backfill),
    )


_REQUIRED_FIX = {
    "id": "add 'id: some-stable-slug' (lower-case letters, digits, - and _); it keys the poll state",
    "url": "add 'url: https://...' pointing at the RSS or Atom document",
    "kind": f"add 'kind:' with one of {', '.join(KINDS)}",
}


def _text(reader: _Reader, node: Node | None, feed_id: str | None, key: str) -> str | None:
    if node is None:
        return None
    value = reader.value(node)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        reader.add(node, feed_id, f"{key!r} must be non-empty text", f'quote the value: {key}: "..."')
        return None
    return value.strip()


def _id(reader: _Reader, node: Node) -> str | None:
    value = reader.value(node)
    if not isinstance(value, str) or not _ID.match(value):
        reader.add(
            node,
            None,
            f"id {value!r} is not a slug",
            "use lower-case letters, digits, '-' and '_' (up to 63), e.g. 'uk-ico-enforcement'",
        )
        return None
    return value


def _url(reader: _Reader, node: Node, feed_id: str) -> str | None:
    value = reader.value(node)
    if not isinstance(value, str):
        reader.add(node, feed_id, f"url {value!r} is not text", "write 'url: https://host/path'")
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        reader.add(
            node,
            feed_id,
            f"url {value!r} is not an http(s) URL",
            "use an absolute http:// or https:// URL with a host (file:// and other schemes are refused)",
        )
        return None
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        reader.add(node, feed_id, f"url {value!r} has an invalid port", "use a port number from 1 to 65535")
        return None
    if any(c.isspace() for c in value.strip()):
        reader.add(node, feed_id, f"url {value!r} contains whitespace", "percent-encode spaces as %20")
        return None
    return value.strip()


def _kind(reader: _Reader, node: Node, feed_id: str) -> str | None:
    value = reader.value(node)
    if value not in KINDS:
        reader.add(node, feed_id, f"kind {value!r} is not allowed", f"use one of {', '.join(KINDS)}")
        return None
    return str(value)


def _language(reader: _Reader, node: Node, feed_id: str | None) -> str | None:
    value = reader.value(node)
    if value is None:
        return None
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        reader.add(
            node, feed_id, f"language {value!r} is not a language code", "use an ISO 639-1 code: en, fr, de"
        )
        return None
    return value


def _jurisdiction(reader: _Reader, node: Node | None, feed_id: str) -> str | None:
    if node is None:
        return None
    value = reader.value(node)
    if value is None:
        return None
    if not isinstance(value, str) or not _JURISDICTION.match(value):
        reader.add(
            node,
            feed_id,
            f"jurisdiction {value!r} is not a country code",
            "use an upper-case ISO 3166 alpha-2 code (FR, US), UK or EU; null for news outlets",
        )
        return None
    return value


def _interval(reader: _Reader, node: Node | None, feed_id: str | None) -> float | None:
    if node is None:
        return None
    value = reader.value(node)
    if not isinstance(value, str):
        reader.add(
            node, feed_id, f"interval {value!r} has no unit", 'write it with a unit, e.g. "15m", "1h", "30s"'
        )
        return None
    try:
        seconds = parse_duration(value)
    except ValueError as exc:
        reader.add(node, feed_id, f"interval: {exc}", 'write e.g. "15m", "1h" or "30s"')
        return None
    if not MIN_INTERVAL_S <= seconds <= MAX_INTERVAL_S:
        reader.add(
            node,
            feed_id,
            f"interval {value!r} is outside "
            f"{format_duration(MIN_INTERVAL_S)}..{format_duration(MAX_INTERVAL_S)}",
            "poll no more often than every 30s (be polite) and at least once a day",
        )
        return None
    return seconds


def _bool(reader: _Reader, node: Node | None, feed_id: str | None, key: str) -> bool | None:
    if node is None:
        return None
    value = reader.value(node)
    if not isinstance(value, bool):
        reader.add(
            node, feed_id, f"{key} {value!r} is not true or false", f"write '{key}: true' or '{key}: false'"
        )
        return None
    return value
