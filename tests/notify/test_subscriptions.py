"""subscriptions.yaml: defaults, the documented example, and errors naming file, line, subscription, fix."""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from pathlib import Path

import pytest

from streams.config.subscriptions import Subscription, load_subscriptions, parse_subscriptions
from streams.errors import ConfigError
from streams.settings import SecretStr, Settings

ROOT = Path(__file__).resolve().parents[2]
WITH_TOKEN = Settings(slack_token=SecretStr("xoxb-1"), slack_channel="#alerts")
HEAD = "subscriptions:\n  - name: fines\n    destination: console\n    filters:\n"
ENV = {"SLACK_WEBHOOK_LEGAL": "https://hooks.slack.com/services/T0/B0/x"}


def test_missing_file_gives_console_default(tmp_path: Path) -> None:
    subs = load_subscriptions(tmp_path / "subscriptions.yaml", Settings())
    assert subs == [Subscription(name="console", destination="console")]
    assert subs[0].filters.types == frozenset() and subs[0].mode == "immediate"


def test_missing_file_adds_slack_default_when_token_and_channel_set(tmp_path: Path) -> None:
    subs = load_subscriptions(tmp_path / "nope.yaml", WITH_TOKEN)
    assert [(s.name, s.destination, s.channel) for s in subs] == [
        ("console", "console", None),
        ("slack", "slack", "#alerts"),
    ]
    # A channel without a token (or the reverse) is not enough for Slack.
    assert len(load_subscriptions(tmp_path / "nope.yaml", Settings(slack_channel="#alerts"))) == 1


def test_example_file_documents_valid_subscriptions() -> None:
    subs = load_subscriptions(ROOT / "subscriptions.example.yaml", WITH_TOKEN, environ=ENV)
    by_name = {s.name: s for s in subs}
    assert set(by_name) == {
        "console",
        "privacy-fines",
        "our-vendors",
        "legal-rulings",
        "daily-digest",
        "de-news-hourly",
    }
    fines = by_name["privacy-fines"]
    assert fines.channel == "#privacy-alerts"
    assert fines.filters.types == {"fine", "appeal"}
    assert fines.filters.min_amount_eur == Decimal(1000000)
    assert fines.filters.jurisdictions == {"FR", "DE", "IE", "NL", "EU"}
    assert by_name["legal-rulings"].webhook_url == ENV["SLACK_WEBHOOK_LEGAL"]
    assert "hooks.slack.com" not in repr(by_name["legal-rulings"])  # the secret stays out of logs
    digest = by_name["daily-digest"].digest
    assert digest is not None and (digest.every, digest.at, digest.timezone) == (
        "daily",
        time(8, 30),
        "Europe/Paris",
    )
    hourly = by_name["de-news-hourly"].digest
    assert hourly is not None and hourly.every == "hourly" and hourly.at.minute == 15


def test_every_option_in_the_code_is_documented_in_the_example() -> None:
    from streams.config import subscriptions as mod

    text = (ROOT / "subscriptions.example.yaml").read_text()
    for key in (*mod._SUB_KEYS, *mod._FILTER_KEYS, *mod._DIGEST_KEYS, *mod.EVENT_TYPES, *mod.SOURCE_KINDS):
        assert key in text, key


def _error(text: str, settings: Settings = WITH_TOKEN, env: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as info:
        parse_subscriptions(text, settings, source="conf/subscriptions.yaml", environ=env or {})
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HEAD + "      compnies: [Acme]\n",
            ["conf/subscriptions.yaml:5", "'fines'", "unknown key `compnies`", "did you mean `companies`"],
            id="unknown-filter-with-suggestion",
        ),
        pytest.param(
            HEAD + "      types: [fine, penalty]\n",
            ["conf/subscriptions.yaml:5", "'fines'", "'penalty'", "ruling, fine, appeal"],
            id="unknown-type",
        ),
        pytest.param(
            "subscriptions:\n  - name: team\n    destination: slack\n",
            ["conf/subscriptions.yaml:2", "'team'", "no `channel`", 'channel: "#alerts"'],
            id="slack-without-channel",
        ),
        pytest.param(
            "subscriptions:\n  - name: team\n    destination: slack\n    channel: alerts\n",
            ["conf/subscriptions.yaml:4", "'team'", "not a Slack channel", '"#name"'],
            id="channel-without-hash",
        ),
        pytest.param(
            "subscriptions:\n  - name: team\n    destination: email\n",
            ["conf/subscriptions.yaml:3", "'team'", "unknown destination 'email'", "slack, webhook, console"],
            id="unknown-destination",
        ),
        pytest.param(
            "subscriptions:\n  - name: d\n    destination: console\n    mode: digest\n    digest:\n"
            "      every: daily\n      timezone: Europe/Pariss\n",
            ["conf/subscriptions.yaml:7", "'d'", "unknown time zone 'Europe/Pariss'", "IANA"],
            id="bad-timezone",
        ),
        pytest.param(
            "subscriptions:\n  - name: d\n    destination: console\n    mode: digest\n    digest:\n"
            "      every: daily\n      at: 8:30\n",
            ["conf/subscriptions.yaml:7", "'d'", "YAML reads 8:30 as a number", 'at: "08:30"'],
            id="unquoted-time",
        ),
        pytest.param(
            "subscriptions:\n  - name: d\n    destination: console\n    mode: digest\n",
            ["conf/subscriptions.yaml:2", "'d'", "no `digest:` schedule", "every: daily"],
            id="digest-without-schedule",
        ),
        pytest.param(
            "subscriptions:\n  - name: a\n    destination: console\n  - name: a\n    destination: console\n",
            ["conf/subscriptions.yaml:4", "'a'", "declared twice (first at line 2)", "unique name"],
            id="duplicate-name",
        ),
        pytest.param(
            "subscriptions:\n  - name: a\n    destination: console\n    destination: slack\n",
            ["conf/subscriptions.yaml:4", "'a'", "`destination` appears twice", "keep one"],
            id="duplicate-key",
        ),
        pytest.param(
            "subscriptions:\n  - name: hook\n    destination: webhook\n    webhook_url: http://hooks.example/x\n",
            ["conf/subscriptions.yaml:4", "'hook'", "not an https URL", "hooks.slack.com"],
            id="plain-http-webhook",
        ),
        pytest.param(
            "subscriptions:\n  - name: hook\n    destination: webhook\n    webhook_url_env: LEGAL_HOOK\n",
            ["conf/subscriptions.yaml:4", "'hook'", "LEGAL_HOOK is not set", "export LEGAL_HOOK="],
            id="webhook-env-missing",
        ),
        pytest.param(
            HEAD + "      min_amount_eur: lots\n",
            ["conf/subscriptions.yaml:5", "'fines'", "is not an amount", "min_amount_eur: 1000000"],
            id="bad-amount",
        ),
        pytest.param(
            "subscriptions:\n  - name: Big Fines\n    destination: console\n",
            ["conf/subscriptions.yaml:2", "'Big Fines'", "lowercase letters"],
            id="bad-name",
        ),
        pytest.param(
            "subscriptions:\n  - destination: console\n",
            ["conf/subscriptions.yaml:2", "subscription #1 has no `name`", "add `name:"],
            id="no-name",
        ),
        pytest.param(
            "subscriptions:\n  - name: a\n    destination: console\n   bad indent: [\n",
            ["conf/subscriptions.yaml:", "not valid YAML", "indentation"],
            id="yaml-syntax",
        ),
        pytest.param("", ["conf/subscriptions.yaml", "empty", "delete the file"], id="empty-file"),
        pytest.param(
            "feeds: []\n",
            ["conf/subscriptions.yaml:1", "unknown key `feeds`", "subscriptions"],
            id="wrong-top-level",
        ),
    ],
)
def test_validation_errors_name_file_line_subscription_and_fix(text: str, expected: list[str]) -> None:
    message = _error(text)
    for part in expected:
        assert part in message, (part, message)
    assert "Fix:" in message


def test_slack_destination_needs_a_token() -> None:
    message = _error(
        "subscriptions:\n  - name: team\n    destination: slack\n    channel: '#alerts'\n",
        settings=Settings(),
    )
    assert "conf/subscriptions.yaml:2" in message and "'team'" in message and "STREAMS_SLACK_TOKEN" in message


def test_filters_are_normalised() -> None:
    [sub] = parse_subscriptions(
        "subscriptions:\n  - name: n\n    destination: console\n    filters:\n"
        "      types: Fine\n      jurisdictions: [fr, eu]\n      languages: [FR-fr]\n"
        "      min_amount_eur: 1_000\n",
        Settings(),
    )
    assert sub.filters.types == {"fine"}  # a single value is a list of one
    assert sub.filters.jurisdictions == {"FR", "EU"}
    assert sub.filters.languages == {"fr"}
    assert sub.filters.min_amount_eur == Decimal(1000)


def test_explicit_empty_list_means_no_alerts() -> None:
    assert parse_subscriptions("subscriptions: []\n", Settings()) == []
