"""Typed failures of the local broker: each names the problem and the fix.

Like aiokafka's errors, each carries ``retriable``: True when the same call may succeed later without
anyone changing anything (a network hiccup during a download, a slow start), False when a person must act.
"""

from __future__ import annotations


class BrokerError(Exception):
    """Base class. ``str(err)`` is ``"<problem>: <fix>"`` so a CLI can print it as is."""

    retriable: bool = False

    def __init__(self, message: str, fix: str, *, retriable: bool | None = None) -> None:
        self.message = message
        self.fix = fix
        if retriable is not None:
            self.retriable = retriable
        super().__init__(f"{message}: {fix}")


class JavaMissing(BrokerError):
    """No usable Java 17+ runtime (absent or too old)."""


class MavenMissing(BrokerError):
    """``mvn`` is not on PATH, so the broker jars cannot be resolved."""


class FetchFailed(BrokerError):
    """Maven ran but could not resolve the jars (usually the network)."""

    retriable = True


class PortBusy(BrokerError):
    """A port the broker needs is already taken on 127.0.0.1."""


class BrokerDidNotStart(BrokerError):
    """The JVM exited, or never logged readiness within the timeout."""


class BrokerDidNotStop(BrokerError):
    """The broker survived SIGTERM and SIGKILL within the timeout."""

    retriable = True


class BadSetting(BrokerError):
    """An argument or environment variable has an unusable value."""
