"""Throughput of classify+extract on one core over the project's own example items.

The baseline, measured in the same run over the same texts, is the cheapest useful pass: lower-casing plus
one regex scan for a money-like token. The ratio says how many such passes one full analysis costs.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from streams.classify import analyse

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "classify_examples.jsonl"
_BASELINE_RE = re.compile(
    r"[€$£]\s?\d|\d+(?:[.,]\d+)?\s?(?:million|milliard|millionen|miljoen|milioni|millones)"
)


def _items() -> list[dict[str, Any]]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _rate(fn: Any, items: list[dict[str, Any]], seconds: float) -> float:
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for it in items:
            fn(it)
        done += len(items)
    return done / (time.perf_counter() - start)


def run(quick: bool) -> dict[str, Any]:
    items = _items()
    # Warm-up: compiles nothing new (regexes are module-level) but loads the currency rates once.
    for it in items:
        analyse(it["title"], it["summary"], language=it.get("language"), published=it.get("published"))
    seconds = 2.0 if quick else 10.0

    def full(it: dict[str, Any]) -> None:
        analyse(it["title"], it["summary"], language=it.get("language"), published=it.get("published"))

    def baseline(it: dict[str, Any]) -> None:
        _BASELINE_RE.search((it["title"] + "\n" + it["summary"]).lower())

    items_per_s = _rate(full, items, seconds)
    base = _rate(baseline, items, seconds / 2)
    mean_chars = sum(len(it["title"]) + len(it["summary"]) for it in items) / len(items)
    return {
        "items_per_s": round(items_per_s),
        "baseline_items_per_s": round(base),
        "ratio_to_baseline": round(base / items_per_s, 1),
        "mean_chars": round(mean_chars),
        "target_items_per_s": 5000,
        "meets_target": items_per_s >= 5000,
    }
