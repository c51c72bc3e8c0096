"""`streams demo`: the offline sample feeds through a real worker on the real broker.

It prints one alert per enforcement event (the fine two outlets carry is one story: its second outlet is
a reply under it), none for the non-events, and a second run finds everything already seen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
STREAMS = Path(sys.executable).with_name("streams")


def run_demo(bootstrap: str, prefix: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(STREAMS_KAFKA_BOOTSTRAP=bootstrap, STREAMS_TOPIC_PREFIX=prefix)
    return subprocess.run(
        [str(STREAMS), "demo", "--timeout", "120"], env=env, capture_output=True, text=True, timeout=240
    )


def alerts(stdout: str) -> list[str]:
    """The alert blocks: each starts with "▶ " and runs until the next one (replies "↳" included)."""
    blocks: list[str] = []
    for line in stdout.splitlines():
        if line.startswith("▶ "):
            blocks.append(line)
        elif blocks:
            blocks[-1] += "\n" + line
    return blocks


def company(block: str) -> str | None:
    for line in block.splitlines():
        if line.strip().startswith("Company"):
            return line.strip().removeprefix("Company").strip()
    return None


def test_the_demo_alerts_once_per_event_and_a_second_run_alerts_nothing(
    kafka_bootstrap: str, unique_name
) -> None:
    prefix = unique_name("demo") + "."
    first = run_demo(kafka_bootstrap, prefix)
    assert first.returncode == 0, first.stderr[-3000:]
    shown = alerts(first.stdout)
    assert len(shown) == 3, first.stdout
    heads = {block.splitlines()[0].split()[2]: company(block) for block in shown}  # "▶ NEW FINE ..." -> FINE
    assert heads == {"FINE": "Northwind Social", "APPEAL": "Contoso Search", "RULING": "Fabrikam Fitness"}
    assert "annual report" not in first.stdout.lower() and "ad-free" not in first.stdout.lower()
    assert "↳" in first.stdout, "the second outlet's report is a reply under the Northwind story"

    second = run_demo(kafka_bootstrap, prefix)
    assert second.returncode == 0, second.stderr[-3000:]
    assert alerts(second.stdout) == [] and "↳" not in second.stdout
    assert "0 alert(s) sent" in second.stderr
