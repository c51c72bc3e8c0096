"""`python -m bench NAME [--quick] [--json]`: run one benchmark (or `all`) and print its figures.

Every benchmark measures its baseline in the same run, so the ratio holds on a shared, noisy machine;
figures are medians of repeated rounds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCHMARKS = ("roundtrip", "classify", "dedup", "pollers", "slack", "replay", "pipeline", "memory")
# A worker's memory only says something after a long stream: `all --quick` leaves it to `bench memory`.
NOT_QUICK = ("memory",)
RESULTS = Path(__file__).with_name("RESULTS.md")


def run_one(name: str, quick: bool) -> dict:
    module = importlib.import_module(f"bench.{name}")
    started = time.perf_counter()
    figures = module.run(quick=quick)
    figures.setdefault("benchmark", name)
    figures["wall_s"] = round(time.perf_counter() - started, 2)
    return figures


def _available() -> list[str]:
    return [n for n in BENCHMARKS if Path(__file__).with_name(f"{n}.py").exists()]


def _table(figures: dict) -> str:
    width = max(len(k) for k in figures)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in figures.items())


def _write_results(all_figures: list[dict], command: str) -> None:
    """Write the run's sections into RESULTS.md, replacing those of the benchmarks it ran and keeping the
    others; each section says the command and date that produced it."""
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = _sections()
    for figures in all_figures:
        lines = [f"## {figures['benchmark']}", "", f"- command: `{command}`, {date}", ""]
        lines += ["| figure | value |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in figures.items() if k != "benchmark"]
        sections[figures["benchmark"]] = "\n".join(lines) + "\n"
    head = [
        "# Benchmark results",
        "",
        f"- machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"{_cores()} cores, Python {platform.python_version()}",
        "- each section names the command and the date of its run",
        "",
    ]
    order = [n for n in BENCHMARKS if n in sections] + [n for n in sections if n not in BENCHMARKS]
    RESULTS.write_text("\n".join(head) + "\n".join(sections[n] for n in order))


def _sections() -> dict[str, str]:
    """The `## name` sections of the current RESULTS.md, by name."""
    if not RESULTS.exists():
        return {}
    found: dict[str, str] = {}
    for part in RESULTS.read_text().split("\n## ")[1:]:
        name = part.split("\n", 1)[0].strip()
        found[name] = "## " + part.rstrip("\n") + "\n"
    return found


def _cores() -> int:
    import os

    return os.cpu_count() or 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("name", help=f"one of {', '.join(_available())}, or all")
    parser.add_argument("--quick", action="store_true", help="finish within about a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    args = parser.parse_args(argv)
    names = (
        [n for n in _available() if not (args.quick and n in NOT_QUICK)]
        if args.name == "all"
        else [args.name]
    )
    unknown = [n for n in names if n not in _available()]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}: choose one of {', '.join(_available())} or all")
    results = [run_one(n, args.quick) for n in names]
    _write_results(results, f"python -m bench {args.name}" + (" --quick" if args.quick else ""))
    if args.json:
        print(json.dumps(results[0] if len(results) == 1 else {r["benchmark"]: r for r in results}))
    else:
        for figures in results:
            print(_table(figures), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
