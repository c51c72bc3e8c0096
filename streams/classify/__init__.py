"""Classify and extract enforcement events from feed items: rules and lexicons, offline, deterministic.

`analyse(title, summary, ...)` returns an `Analysis`: event types with evidence, authority, court, company,
jurisdiction, amount (with its euro value at the ECB rate of the decision date) and decision date.

`ENGINE` says which build of the rules runs: "compiled" (mypyc, built by `make install`) or "python" (the
source; see `streams.classify.engine`). Both give the same output.
"""

from streams.classify.engine import select

ENGINE = select()  # before the rule modules below are imported

from streams.classify.analysis import CLASSIFIER_VERSION, Analysis  # noqa: E402
from streams.classify.extract import analyse  # noqa: E402

__all__ = ["CLASSIFIER_VERSION", "ENGINE", "Analysis", "analyse"]
