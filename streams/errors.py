"""Typed errors. Each says what went wrong and how to fix it, and whether trying again can help.

Expected failures of one message (a broken feed, a malformed item, a Slack refusal) are caught by the
agent, recorded on the dead-letter topic and processing goes on; anything else is a bug and fails loudly.
"""

from __future__ import annotations


class StreamsError(Exception):
    """Base of every error the monitor raises on purpose."""

    retriable: bool = False

    def __init__(self, problem: str, fix: str = "", *, retriable: bool | None = None) -> None:
        self.problem = problem
        self.fix = fix
        if retriable is not None:
            self.retriable = retriable
        super().__init__(f"{problem}. Fix: {fix}" if fix else problem)


class ConfigError(StreamsError):
    """Settings or feeds.yaml are invalid: found at start, before anything runs."""


class FeedError(StreamsError):
    """One feed could not be fetched or parsed; the other feeds are not affected."""


class MalformedMessage(StreamsError):
    """A message on an input topic cannot be decoded into its record; it goes to the dead-letter topic."""


class DeliveryError(StreamsError):
    """An alert could not be delivered. `retriable` tells a Slack outage from a permanent refusal."""
