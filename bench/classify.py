"""Throughput of classify+extract on one core over the project's own example items.

Two sets from the fixture: short items (`ex..`: a headline and a sentence or two, ~160 characters) and
realistic items (`long..`: a headline and 600-2,000 characters with background paragraphs, quotes and
boilerplate, the length feeds really deliver). `items_per_s` is the realistic figure: that is what the
target is about.

The baseline, measured in the same run over the same texts, is the cheapest useful pass: lower-casing plus
one regex scan for a money-like token. The ratio says how many such passes one full analysis costs, and
holds on a shared, noisy machine where the absolute figures do not. Figures are medians of rounds.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streams.classify import analyse

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "classify_examples.jsonl"
TARGET = 5000
_BASELINE_RE = re.compile(
    r"[€$£]\s?\d|\d+(?:[.,]\d+)?\s?(?:million|milliard|millionen|miljoen|milioni|millones)"
)


def _items() -> list[dict[str, Any]]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _full(it: dict[str, Any]) -> None:
    analyse(it["title"], it["summary"], language=it.get("language"), published=it.get("published"))


def _baseline(it: dict[str, Any]) -> None:
    _BASELINE_RE.search((it["title"] + "\n" + it["summary"]).lower())


def _median_rate(
    fn: Callable[[dict[str, Any]], None], items: list[dict[str, Any]], rounds: int, seconds: float
) -> float:
    """Median over `rounds` of items per second, each round running whole passes for about `seconds`."""
    rates = []
    for _ in range(rounds):
        done = 0
        start = time.perf_counter()
        deadline = start + seconds
        while True:
            for it in items:
                fn(it)
            done += len(items)
            if time.perf_counter() >= deadline:
                break
        rates.append(done / (time.perf_counter() - start))
    return statistics.median(rates)


def _mean_chars(items: list[dict[str, Any]]) -> float:
    return sum(len(it["title"]) + len(it["summary"]) for it in items) / len(items)


def _measure(items: list[dict[str, Any]], rounds: int, seconds: float) -> dict[str, float]:
    rate = _median_rate(_full, items, rounds, seconds)
    base = _median_rate(_baseline, items, rounds, seconds / 4)
    return {"rate": rate, "base": base, "ratio": base / rate, "chars": _mean_chars(items)}


def run(quick: bool) -> dict[str, Any]:
    items = _items()
    realistic = [it for it in items if it["id"].startswith("long")]
    short = [it for it in items if not it["id"].startswith("long")]
    # Warm-up: compiles nothing new (regexes are module-level) but loads the currency rates once.
    for it in items:
        _full(it)
    rounds, seconds = (5, 0.5) if quick else (9, 2.0)
    real = _measure(realistic, rounds, seconds)
    brief = _measure(short, rounds, seconds)
    return {
        "items_per_s": round(real["rate"]),
        "baseline_items_per_s": round(real["base"]),
        "ratio_to_baseline": round(real["ratio"], 1),
        "mean_chars": round(real["chars"]),
        "items": len(realistic),
        "short_items_per_s": round(brief["rate"]),
        "short_baseline_items_per_s": round(brief["base"]),
        "short_ratio_to_baseline": round(brief["ratio"], 1),
        "short_mean_chars": round(brief["chars"]),
        "rounds": rounds,
        "target_items_per_s": TARGET,
        "meets_target": real["rate"] >= TARGET,
    }
