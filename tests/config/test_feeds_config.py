"""feeds.yaml validation: the shipped file loads; each error names the file, line, feed and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.config.durations import format_duration, parse_duration
from streams.config.feeds import check_feeds, default_name, load_feeds
from streams.errors import ConfigError

REPO = Path(__file__).parents[2]

GOOD = """\
defaults:
  interval: 30m
  user_agent: "monitor (ops@example.com)"
feeds:
  - id: local-test
    url: http://127.0.0.1:8123/feed.xml
    kind: regulator
    jurisdiction: FR
    language: fr
  - id: some-news
    name: Some News
    url: https://news.example/feed
    kind: news
    jurisdiction: null
    language: en
    interval: 2h
    enabled: false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_feeds_yaml_is_valid() -> None:
    registry = load_feeds(REPO / "feeds.yaml")
    assert check_feeds(REPO / "feeds.yaml") == []
    ids = registry.ids()
    assert len(ids) == len(set(ids)) == 18
    enabled = {f.id for f in registry.enabled()}
    assert len(enabled) == 13
    assert {"ie-dpc", "nl-ap", "no-datatilsynet", "it-garante", "es-aepd"}.isdisjoint(enabled)
    assert registry["us-sec-press"].user_agent and "@" in registry["us-sec-press"].user_agent
    assert registry["no-datatilsynet"].jurisdiction == "NO" and registry["no-datatilsynet"].language == "no"
    assert all(f.jurisdiction is None for f in registry if f.kind == "news")
    assert all(f.url.startswith("https://") for f in registry)


def test_defaults_names_and_local_urls(tmp_path: Path) -> None:
    registry = load_feeds(write(tmp_path, GOOD))
    local, news = list(registry)
    assert local.url == "http://127.0.0.1:8123/feed.xml" and local.interval_s == 1800
    assert local.user_agent == "monitor (ops@example.com)" and local.name == "Local Test" and local.enabled
    assert news.name == "Some News" and news.interval_s == 7200 and not news.enabled
    assert registry.get("missing") is None and "local-test" in registry and len(registry) == 2
    assert [f.id for f in registry.enabled()] == ["local-test"]
    assert default_name("uk-ico-enforcement") == "UK ICO Enforcement"


def feed_yaml(extra: str, feed_id: str = "bad-feed") -> str:
    return (
        "feeds:\n"
        f"  - id: {feed_id}\n"
        "    url: https://regulator.example/rss\n"
        "    kind: regulator\n"
        "    jurisdiction: FR\n"
        f"{extra}"
    )


CASES = [
    ("unknown key", "    intervall: 15m\n", 6, "unknown key 'intervall'", "did you mean 'interval'"),
    ("bad url", "", 3, "not an http(s) URL", "http:// or https://"),
    ("interval too short", "    interval: 10s\n", 6, "outside 30s..1d", "every 30s"),
    ("interval too long", "    interval: 2d\n", 6, "outside 30s..1d", "once a day"),
    ("interval unreadable", "    interval: fast\n", 6, "not a duration", '"15m"'),
    ("interval without unit", "    interval: 15\n", 6, "has no unit", "with a unit"),
    ("bad kind", "", 4, "kind 'agency' is not allowed", "regulator, court, news, ngo"),
    ("bad jurisdiction", "", 5, "jurisdiction 'France'", "ISO 3166"),
    ("bad language", "    language: English\n", 6, "not a language code", "ISO 639-1"),
    ("bad enabled", "    enabled: maybe\n", 6, "not true or false", "enabled: true"),
]


@pytest.mark.parametrize("case, extra, line, problem, fix", CASES, ids=[c[0] for c in CASES])
def test_errors_name_file_line_feed_and_fix(
    tmp_path: Path, case: str, extra: str, line: int, problem: str, fix: str
) -> None:
    text = feed_yaml(extra)
    if case == "bad url":
        text = text.replace("https://regulator.example/rss", "ftp://regulator.example/rss")
    if case == "bad kind":
        text = text.replace("kind: regulator", "kind: agency")
    if case == "bad jurisdiction":
        text = text.replace("jurisdiction: FR", "jurisdiction: France")
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    message = str(caught.value)
    assert f"{path}:{line}: feed 'bad-feed': " in message
    assert problem in message and "Fix: " in message and fix in message
    assert check_feeds(path) == [message]


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    text = feed_yaml("") + "  - id: bad-feed\n    url: https://other.example/rss\n    kind: news\n"
    path = write(tmp_path, text)
    (problem,) = check_feeds(path)
    assert f"{path}:6: feed 'bad-feed': duplicate id (first used on line 2)" in problem and "Fix:" in problem


def test_missing_keys_and_regulators_without_jurisdiction(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds:\n  - id: half\n    kind: regulator\n")
    problems = check_feeds(path)
    assert any(f"{path}:2: feed 'half': missing required key 'url'" in p for p in problems)
    assert any("needs a jurisdiction" in p and "only news feeds" in p for p in problems)


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    text = feed_yaml("    interval: 5s\n    colour: red\n")
    path = write(tmp_path, text)
    assert len(check_feeds(path)) == 2
    with pytest.raises(ConfigError, match="2 problems in"):
        load_feeds(path)


def test_bad_ids_unknown_top_level_keys_and_bad_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, feed_yaml("", feed_id="Bad Id!"))
    assert any(f"{path}:2: id 'Bad Id!' is not a slug" in p for p in check_feeds(path))
    path = write(tmp_path, "feed:\n  - id: x\n")
    problems = check_feeds(path)
    assert any(
        f"{path}:1: unknown key 'feed' in the top level" in p and "did you mean 'feeds'" in p
        for p in problems
    )
    path = write(tmp_path, "feeds:\n  - id: x\n   url: [unclosed\n")
    (problem,) = check_feeds(path)
    assert problem.startswith(f"{path}:") and "not valid YAML" in problem
    path = write(tmp_path, "- just a list\n")
    assert "must be a mapping" in check_feeds(path)[0]
    assert "cannot read" in check_feeds(tmp_path / "absent.yaml")[0]


def test_durations() -> None:
    assert [parse_duration(t) for t in ("30s", "15m", "2h", "1d", "1.5h")] == [30, 900, 7200, 86400, 5400]
    assert format_duration(900) == "15m" and format_duration(45) == "45s" and format_duration(86400) == "1d"
    with pytest.raises(ValueError):
        parse_duration("15 minutes")
