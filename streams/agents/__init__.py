"""The Faust agents, one per file. `register_all()` imports them, which registers them with the app."""

from __future__ import annotations

import importlib

AGENT_MODULES = ("schedule", "poll", "classify", "dedup", "link", "notify", "digest", "health")


def register_all() -> None:
    for name in AGENT_MODULES:
        importlib.import_module(f"streams.agents.{name}")
