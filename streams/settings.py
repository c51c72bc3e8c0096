"""One frozen settings object, read from the environment (prefix `STREAMS_`) and validated at start.

Every variable is listed in `.env.example`; a test keeps the two in sync.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from streams.errors import ConfigError

PREFIX = "STREAMS_"
LOG_LEVELS = ("crit", "error", "warn", "info", "debug")
T = TypeVar("T")


class SecretStr:
    """A secret that never shows in logs, reprs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "SecretStr('**********')" if self._value else "SecretStr('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Defaults run everything on this machine: local broker, console alerts, the bundled feeds.yaml."""

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_port: int = 9092  # port of the broker the project starts itself (`streams kafka start`)
    # Broker jars, outside the repo. Path and SecretStr are immutable, so shared defaults are safe.
    kafka_cache: Path = Path("~/.cache/enforcement-streams/kafka").expanduser()  # noqa: RUF009
    kafka_data_dir: Path | None = None  # local broker's data; default ~/.cache/enforcement-streams/run/<port>
    app_id: str = "enforcement-streams"
    app_version: int = 1  # bumping it makes a new consumer group; the alert ledger still holds
    partitions: int = 8
    topic_prefix: str = ""  # isolates test runs and demos on a shared broker; empty in production
    feeds_file: Path = Path("feeds.yaml")
    subscriptions_file: Path = Path("subscriptions.yaml")
    data_dir: Path = Path("var")
    web_host: str = "127.0.0.1"  # the container image sets 0.0.0.0
    web_port: int = 6066
    log_level: str = "info"
    user_agent: str = "enforcement-streams/0.1 (+compliance monitor)"
    poll_tick_seconds: float = 30.0
    slack_token: SecretStr = SecretStr("")  # noqa: RUF009
    slack_base_url: str = ""  # empty: slack_sdk's default; tests point it at a local server
    slack_channel: str = ""  # channel for the default subscription when no subscriptions file exists
    alert_max_age_hours: float = 72.0  # older events (backfill, replay, a new app version) never alert
    slack_retry_budget_seconds: float = 900.0  # one Slack send retries this long, then it is re-queued
    slack_retry_max_delay_seconds: float = 60.0  # longest backoff between two attempts of one send
    # The classifier's Python source even where its compiled build exists (streams/classify/engine.py,
    # which reads the variable itself, at import, before settings load).
    pure_python: bool = False
    # Log every decision of the offset guards (streams/offsets.py) and what the notifier read: for diagnosis.
    offset_trace: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = PREFIX + f.name.upper()
            if name in env:
                values[f.name] = _convert(name, env[name], _PARSERS[f.name])
        # STREAMS_TEST_* belong to the test suite (e.g. an external broker for the tests).
        unknown = sorted(
            k
            for k in env
            if k.startswith(PREFIX)
            and not k.startswith("STREAMS_TEST_")
            and k[len(PREFIX) :].lower() not in _PARSERS
        )
        if unknown and not env.get("STREAMS_ALLOW_UNKNOWN"):
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}",
                "check the spelling against .env.example (every variable is listed there)",
            )
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.partitions < 1:
            raise ConfigError(f"STREAMS_PARTITIONS={self.partitions} must be at least 1", "set it to 8")
        if self.alert_max_age_hours <= 0:
            raise ConfigError("STREAMS_ALERT_MAX_AGE_HOURS must be positive", "set it to 72")
        if self.log_level not in LOG_LEVELS:
            raise ConfigError(
                f"STREAMS_LOG_LEVEL={self.log_level!r} is not a level Faust knows",
                f"use one of {', '.join(LOG_LEVELS)}",
            )
        if self.slack_retry_budget_seconds <= 0 or self.slack_retry_max_delay_seconds <= 0:
            raise ConfigError(
                "STREAMS_SLACK_RETRY_BUDGET_SECONDS and STREAMS_SLACK_RETRY_MAX_DELAY_SECONDS must be "
                "positive",
                "set them to 900 and 60",
            )
        if self.poll_tick_seconds <= 0:
            raise ConfigError("STREAMS_POLL_TICK_SECONDS must be positive", "set it to 30")
        for part in self.kafka_bootstrap.split(","):
            host, _, port = part.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ConfigError(
                    f"STREAMS_KAFKA_BOOTSTRAP={self.kafka_bootstrap!r} is not host:port[,host:port]",
                    "for the local broker use 127.0.0.1:9092",
                )

    @property
    def broker_url(self) -> str:
        return ",".join("kafka://" + p.strip() for p in self.kafka_bootstrap.split(","))


def _convert(name: str, raw: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(raw)
    except ValueError as exc:
        raise ConfigError(
            f"{name}={raw!r} is invalid ({exc})", "see .env.example for the expected form"
        ) from exc


def _bool(raw: str) -> bool:
    low = raw.strip().lower()
    if low in {"1", "true", "yes", "on"}:
        return True
    if low in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected true or false")


_PARSERS: dict[str, Callable[[str], Any]] = {
    "kafka_bootstrap": str.strip,
    "kafka_port": int,
    "kafka_cache": lambda raw: Path(raw).expanduser(),
    "kafka_data_dir": lambda raw: Path(raw).expanduser() if raw.strip() else None,
    "app_id": str.strip,
    "app_version": int,
    "partitions": int,
    "topic_prefix": str.strip,
    "feeds_file": Path,
    "subscriptions_file": Path,
    "data_dir": Path,
    "web_host": str.strip,
    "web_port": int,
    "log_level": str.strip,
    "user_agent": str.strip,
    "poll_tick_seconds": float,
    "slack_token": SecretStr,
    "slack_base_url": str.strip,
    "slack_channel": str.strip,
    "alert_max_age_hours": float,
    "slack_retry_budget_seconds": float,
    "slack_retry_max_delay_seconds": float,
    "pure_python": _bool,
    "offset_trace": _bool,
    "allow_unknown": _bool,
}
