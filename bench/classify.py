"""Throughput of classify+extract on one core over the project's own example items.

Two sets from the fixture: short items (`ex..`: a headline and a sentence or two, ~160 characters) and
realistic items (`long..`: a headline and 600-2,000 characters with background paragraphs, quotes and
boilerplate, the length feeds really deliver). `items_per_s` is the realistic figure: that is what the
target is about.

Two baselines, measured in the same run over the same texts:

- the Python source of the same rules (`source_*`, `STREAMS_PURE_PYTHON=1`), against the engine `make
  install` builds (`engine`: "compiled", mypyc; see streams/classify/engine.py). Each engine runs in its
  own processes, which alternate (3 pairs with --quick, 5 without); `speedup_over_source` is the ratio;
- the cheapest useful pass: lower-casing plus one regex scan for a money-like token. The ratio says how
  many such passes one full analysis costs, and holds on a shared, noisy machine where the absolute
  figures do not.

Figures are medians: of rounds within a process, then of processes.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streams.classify import analyse

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "classify_examples.jsonl"
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


def _child(rounds: int, seconds: float) -> dict[str, Any]:
    """One process's figures, for the engine this process imported."""
    from streams import classify

    items = _items()
    # Warm-up: compiles nothing new (regexes are module-level) but loads the currency rates once.
    for it in items:
        _full(it)
    return {
        "engine": classify.ENGINE,
        "long": _measure([it for it in items if it["id"].startswith("long")], rounds, seconds),
        "short": _measure([it for it in items if not it["id"].startswith("long")], rounds, seconds),
    }


def _spawn(rounds: int, seconds: float, pure: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "STREAMS_PURE_PYTHON"}
    if pure:
        env["STREAMS_PURE_PYTHON"] = "1"
    out = subprocess.run(
        [sys.executable, "-m", "bench.classify", "--child", str(rounds), str(seconds)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures: dict[str, Any] = json.loads(out)
    return figures


def run(quick: bool) -> dict[str, Any]:
    items = _items()
    realistic = [it for it in items if it["id"].startswith("long")]
    pairs, rounds, seconds = (3, 3, 0.5) if quick else (5, 5, 1.5)
    runs: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    for i in range(pairs):
        # Processes alternate between the installed engine and the Python source, the order rotating.
        for pure in (False, True) if i % 2 == 0 else (True, False):
            runs[pure].append(_spawn(rounds, seconds, pure))

    def med(pure: bool, part: str, key: str) -> float:
        return statistics.median(r[part][key] for r in runs[pure])

    rate, short_rate = med(False, "long", "rate"), med(False, "short", "rate")
    source, short_source = med(True, "long", "rate"), med(True, "short", "rate")
    return {
        "items_per_s": round(rate),
        "engine": runs[False][0]["engine"],
        "source_items_per_s": round(source),
        "speedup_over_source": round(rate / source, 2),
        "baseline_items_per_s": round(med(False, "long", "base")),
        "ratio_to_baseline": round(med(False, "long", "base") / rate, 1),
        "mean_chars": round(_mean_chars(realistic)),
        "items": len(realistic),
        "short_items_per_s": round(short_rate),
        "short_source_items_per_s": round(short_source),
        "short_speedup_over_source": round(short_rate / short_source, 2),
        "short_baseline_items_per_s": round(med(False, "short", "base")),
        "short_ratio_to_baseline": round(med(False, "short", "base") / short_rate, 1),
        "short_mean_chars": round(_mean_chars([it for it in items if it not in realistic])),
        "processes": pairs * 2,
        "rounds_per_process": rounds,
        "target_items_per_s": TARGET,
        "meets_target": rate >= TARGET,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        json.dump(_child(int(sys.argv[2]), float(sys.argv[3])), sys.stdout)
