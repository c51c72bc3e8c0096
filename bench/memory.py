"""Memory of one worker over a long stream: RSS after M raw items, and whether it keeps growing.

A real `streams worker` (the pipeline benchmark's settings, `bench/pipeline.py`) reads M raw items of the
throughput mix (1,000,000; 20,000 with --quick) that were produced before it started; its RSS is sampled
every 2 s against the raw items its group has committed. The mix repeats the same ~100 stories from 12
outlets, so the dedup state stops growing after the first cycles (state grows with distinct events by
design: `bench dedup`). `rss_slope_mb_per_100k_items` is the least-squares slope over the second half of
the run: near zero means no leak. The baseline is the same worker's RSS once it is ready, before its first
item (`rss_mb_start`). `BENCH_MEMORY_ITEMS=N` sets M.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pipeline import PARTITIONS, _delete_prefix, committed, fill, mix, pipeline_worker, worker_env  # noqa: E402
from streams import topics  # noqa: E402
from streams.provision import ensure_topics  # noqa: E402
from streams.runner import ensure_broker  # noqa: E402
from streams.settings import Settings  # noqa: E402


async def memory(bootstrap: str, n: int, tmp: Path) -> dict[str, Any]:
    name = f"bench-mem-{uuid.uuid4().hex[:8]}"
    prefix = f"{name}."
    await ensure_topics(bootstrap, prefix, PARTITIONS)
    topic = prefix + topics.RAW_ITEMS.name
    chunk = 50_000
    for start in range(0, n, chunk):  # in chunks: a million payloads need not sit in this process
        await fill(bootstrap, topic, mix(start, min(start + chunk, n), name[-8:]))
    worker = pipeline_worker(worker_env(bootstrap, name, tmp), tmp / f"{name}.log").start()
    samples: list[tuple[int, float]] = []
    started = time.monotonic()
    try:
        deadline = time.monotonic() + max(600, n / 50)
        while time.monotonic() < deadline:
            done = await committed(bootstrap, f"{name}-app", topic)
            samples.append((done, worker.rss_mb()))
            if done >= n:
                break
            await asyncio.sleep(2.0)
    finally:
        worker.stop()
        await _delete_prefix(bootstrap, name)
    figures = _memory_figures(n, samples)
    figures["items_committed"] = samples[-1][0] if samples else 0
    figures["processing_s"] = round(time.monotonic() - started, 1)
    return figures


def _memory_figures(n: int, samples: list[tuple[int, float]]) -> dict[str, Any]:
    curve = {}
    for tenth in range(1, 11):
        at = n * tenth // 10
        found = next((rss for done, rss in samples if done >= at), None)
        if found is not None:
            curve[f"{at}"] = round(found)
    half = [(d, r) for d, r in samples if d >= n // 2]
    slope = None
    if len(half) >= 3:
        xs, ys = [d for d, _ in half], [r for _, r in half]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        var = sum((x - mx) ** 2 for x in xs)
        if var:
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var * 100_000
    return {
        "memory_items": n,
        "rss_mb_by_items": curve,
        "rss_mb_start": round(samples[0][1]) if samples else None,
        "rss_mb_end": round(samples[-1][1]) if samples else None,
        "rss_slope_mb_per_100k_items": None if slope is None else round(slope, 1),
    }


async def _run(quick: bool) -> dict[str, Any]:
    bootstrap = ensure_broker(Settings.from_env())
    count = int(os.environ.get("BENCH_MEMORY_ITEMS") or (20_000 if quick else 1_000_000))
    tmp = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        return await memory(bootstrap, count, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(quick: bool) -> dict[str, Any]:
    return asyncio.run(_run(quick))
