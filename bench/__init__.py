"""Benchmarks: each module has `run(quick: bool) -> dict`, measuring a figure and its baseline in one run."""
