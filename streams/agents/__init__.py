"""The Faust agents, one per file. Importing this package registers them with `streams.app.app`."""

from streams.agents import classify, dedup, notify, poll, schedule

__all__ = ["classify", "dedup", "notify", "poll", "schedule"]
