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

`stage_us_*`: where one realistic analysis spends its time, in the installed engine: each step that
`analyse` runs before its type rules, timed alone over the same items (µs per item, median of rounds), and
`stage_us_rules_and_choice`, the rest of the full analysis (the type rules, the choice of amount, company,
authority and date, the record). The target of 5,000 items/s is 200 µs per item in all.
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
from types import SimpleNamespace
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


def _stage_calls(items: list[dict[str, Any]]) -> dict[str, Callable[[], list[Any]]]:
    """Each step `analyse` runs before its type rules, as a call over all `items` with the inputs the step
    gets inside an analysis (computed once here, so each step is timed alone)."""
    from streams.classify import authorities, companies, countries, extract, money, targets, types
    from streams.classify.analysis import year_hits
    from streams.classify.text import document

    scanner = extract._SCANNER  # the one lexicon scan every analysis starts with
    cx = []  # per item: what each step gets as input inside an analysis
    for it in items:
        doc = document(it["title"], it["summary"])
        lang, starts = it["language"], scanner.starts(doc.low)
        spans = [(m.start, m.end) for m in authorities.mentions(doc, lang, starts["authorities"], starts)]
        known = companies.known_mentions(doc, starts["companies"])
        hint = countries.country_scores(doc.text, doc.low, doc.title_end, starts["countries"])
        cx.append(
            SimpleNamespace(
                doc=doc,
                low=doc.low,
                lang=lang,
                starts=starts,
                hint=hint,
                spans=spans,
                known=known,
                chunks=targets.find(doc, spans, known),
            )
        )
    return {
        "document": lambda: [document(it["title"], it["summary"]) for it in items],
        "lexicon_scan": lambda: [scanner.starts(c.low) for c in cx],
        "type_keywords": lambda: [types.INDEX.find(c.low, c.starts["types"]) for c in cx],
        "countries": lambda: [
            countries.country_scores(c.doc.text, c.low, c.doc.title_end, c.starts["countries"]) for c in cx
        ],
        "years": lambda: [year_hits(c.low) for c in cx],
        "authorities": lambda: [
            authorities.mentions(c.doc, c.lang, c.starts["authorities"], c.starts) for c in cx
        ],
        "known_companies": lambda: [companies.known_mentions(c.doc, c.starts["companies"]) for c in cx],
        "company_chunks": lambda: [targets.find(c.doc, c.spans, c.known) for c in cx],
        "company_choice": lambda: [targets.choose(c.doc, c.chunks, c.known) for c in cx],
        "amounts": lambda: [money.find(c.doc, c.hint, c.lang, c.starts) for c in cx],
    }


def _stages(items: list[dict[str, Any]], rounds: int, seconds: float) -> dict[str, float]:
    """µs per item of each step, and of the rest of the full analysis (`rules_and_choice`)."""

    def per_item(call: Callable[[], list[Any]]) -> float:
        times = []
        for _ in range(rounds):
            passes, start = 0, time.perf_counter()
            while True:
                call()
                passes += 1
                if time.perf_counter() - start >= seconds:
                    break
            times.append((time.perf_counter() - start) / passes / len(items) * 1e6)
        return statistics.median(times)

    full = per_item(
        lambda: [
            analyse(it["title"], it["summary"], language=it.get("language"), published=it.get("published"))
            for it in items
        ]
    )
    steps = {name: per_item(call) for name, call in _stage_calls(items).items()}
    return {"full": full, **steps, "rules_and_choice": full - sum(steps.values())}


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
        "stages": _stages([it for it in items if it["id"].startswith("long")], rounds, seconds / 5),
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
        **{
            f"stage_us_{step}": round(statistics.median(r["stages"][step] for r in runs[False]), 1)
            for step in runs[False][0]["stages"]
        },
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        json.dump(_child(int(sys.argv[2]), float(sys.argv[3])), sys.stdout)
