"""Enforcement-event streaming monitor."""

__version__ = "0.1.0"
