"""A worker killed with SIGKILL at several points of the stream, then restarted: nothing lost, nothing twice.

The kill points are read from the topics and the Slack server, not from sleeps:

- `after-poll`: the poller has just produced raw items (classify has barely seen them);
- `mid-dedup`: candidates are flowing into the dedup agent, part of a batch turned into events;
- `before-notify`: events are on `enforcement.events.v1` that the notifier has not alerted yet;
- `slack-before-ledger`: Slack accepted an alert and the worker dies before it hears back and writes its
  ledger: the one case where a re-send is allowed (the call and the write cannot be atomic), counted.

The stream keeps flowing while the worker is down: the feeds gain items and poll requests queue up.
CI runs the four kills in one stream (one worker, killed and restarted four times); `make soak` also runs
each kill point alone, with its own recovery figures.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from streams import topics
from tests.faults.scenario import Figures, LostAfterRestart, Run, Story

pytestmark = pytest.mark.integration
POINTS = ("after-poll", "mid-dedup", "before-notify", "slack-before-ledger")


def kill_condition(point: str, run: Run, phase: list[Story]) -> tuple[str, Callable[[], bool]]:
    """What to wait for before the kill, counted from now: a description and a condition."""
    raw, candidates, events = (
        run.count(t.name) for t in (topics.RAW_ITEMS, topics.CANDIDATES, topics.EVENTS)
    )
    if point == "after-poll":
        return "new raw items", lambda: run.count(topics.RAW_ITEMS.name) >= raw + 2
    if point == "mid-dedup":
        return "candidates mid-stream", lambda: run.count(topics.CANDIDATES.name) >= candidates + 3
    if point == "before-notify":
        return (
            "events not yet alerted",
            lambda: (
                run.count(topics.EVENTS.name) >= events + 3
                and len(run.slack.messages) < run.count(topics.EVENTS.name)
            ),
        )
    if point == "slack-before-ledger":
        run.slack.hold_after_accepting(phase[1].company)
        return f"Slack to accept the alert of {phase[1].company}", run.slack.held.is_set
    raise ValueError(point)


async def kill_and_restart(run: Run, point: str, phase: list[Story]) -> None:
    """Publish `phase` in the background, kill the worker at `point`, restart it, finish the phase."""
    worker = run.workers[0]
    what, condition = kill_condition(point, run, phase)
    flow = asyncio.create_task(run.flow(phase, per_wave=4, every=1.5))
    await run.until(condition, 120, what)
    run.mark(f"kill {point}")
    await run.kill(worker)
    run.mark(f"restart {point}")
    await run.start(worker)  # same app id, topics and data dir: it resumes where the killed one stopped
    run.mark(f"ready {point}")
    await flow


def check(run: Run, figures: Figures) -> None:
    if figures.lost_events or figures.lost_alerts:
        raise LostAfterRestart(run.lost(str(figures)))
    assert figures.duplicate_events == 0, figures
    assert figures.duplicate_alerts == 0, figures
    assert figures.resent_at_kill <= len(run.kills), figures  # at most one per kill, counted


async def test_sigkill_at_four_points_of_one_stream_loses_nothing_and_sends_nothing_twice(
    kafka_bootstrap: str, make_run, record_figures
) -> None:
    async with make_run(kafka_bootstrap, stories=32) as run:
        await run.start(run.new_worker())
        await run.until_backfilled()
        for n, point in enumerate(POINTS):
            await kill_and_restart(run, point, run.stories[n * 8 : (n + 1) * 8])
        run.mark("fault_end")  # the last restart: from here the stream only has to catch up
        run.marks["fault_end"] = run.marks[f"restart {POINTS[-1]}"]
        await run.drain()

        figures = run.figures("SIGKILL ×4 in one stream")
        firsts = [run.first_output_after(f"restart {p}") for p in POINTS]
        readies = [run.marks[f"ready {p}"] - run.marks[f"restart {p}"] for p in POINTS]
        figures.recovery_first_s = max((f for f in firsts if f is not None), default=None)
        figures.note(
            f"{figures.repeated_events} event message(s) repeated; restart → first output: "
            + ", ".join(f"{p} {f}s (ready {r:.1f}s)" for p, f, r in zip(POINTS, firsts, readies, strict=True))
        )
        record_figures(figures)
        check(run, figures)


@pytest.mark.soak
@pytest.mark.parametrize("point", POINTS)
async def test_sigkill_at_one_point_and_restart_loses_nothing_and_sends_nothing_twice(
    point: str, kafka_bootstrap: str, make_run, record_figures
) -> None:
    async with make_run(kafka_bootstrap, stories=16) as run:
        await run.start(run.new_worker())
        await run.until_backfilled()
        events_before = run.count(topics.EVENTS.name)
        await kill_and_restart(run, point, run.stories[:8])
        run.marks["fault_end"] = run.marks[f"restart {point}"]
        await run.flow(run.stories[8:], per_wave=4, every=1.5)
        await run.drain()

        figures = run.figures(f"SIGKILL {point}")
        figures.note(
            f"restart to ready {run.marks[f'ready {point}'] - run.marks[f'restart {point}']:.1f}s; "
            f"{events_before} events out before the phase"
        )
        record_figures(figures)
        check(run, figures)


@pytest.mark.soak
async def test_alerts_pending_at_a_kill_before_any_commit_are_not_lost(
    kafka_bootstrap: str, make_run, record_figures
) -> None:
    """The notifier has not committed any offset of `stories` yet (Slack is down, it is retrying the first
    alert) when the worker is killed: after the restart every pending alert must still go out."""
    async with make_run(kafka_bootstrap, stories=8) as run:
        worker = run.new_worker()
        await run.start(worker)
        await run.until_backfilled()  # backfill items are not fines: nothing reached `stories` yet
        run.slack.outage(status=503)
        await run.flow(run.stories, per_wave=4, every=1.0)
        await run.until(lambda: run.count(topics.EVENTS.name) >= len(run.stories), 120, "every event")
        await run.until(lambda: len(run.slack.calls) >= 2, 120, "the notifier retrying its first alert")
        await run.kill(worker)
        run.slack.end_outage()
        run.mark("fault_end")
        await run.start(worker)
        await run.drain(timeout=90)

        figures = run.figures("SIGKILL before the first notify commit")
        record_figures(figures)
        check(run, figures)
