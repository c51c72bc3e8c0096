"""Classify and extract enforcement events from feed items: rules and lexicons, offline, deterministic.

`analyse(title, summary, ...)` returns an `Analysis`: event types with evidence, authority, court, company,
jurisdiction, amount (with its euro value at the ECB rate of the decision date) and decision date.
"""

from streams.classify.analysis import CLASSIFIER_VERSION, Analysis
from streams.classify.extract import analyse

__all__ = ["CLASSIFIER_VERSION", "Analysis", "analyse"]
