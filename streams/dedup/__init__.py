"""Deduplication of enforcement candidates into events: pure logic the dedup agent calls."""

from streams.dedup.engine import DedupEngine, Outcome, decide

__all__ = ["DedupEngine", "Outcome", "decide"]
