"""Evaluation of classify+extract and deduplication against a labelled corpus (see run.run_eval)."""

from streams.evaluate.report import format_report
from streams.evaluate.run import run_eval

__all__ = ["format_report", "run_eval"]
