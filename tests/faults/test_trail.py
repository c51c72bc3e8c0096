"""The offset trail reader (tests/faults/trail.py): what counts as a break of at-least-once."""

from __future__ import annotations

from tests.faults.trail import breaks

S = "run.enforcement.stories.v1[0]"


def log(pid: int, what: str) -> str:
    return f"[2026-11-26 01:07:40,865] [{pid}] [INFO] offsets: {what} "


def test_a_commit_over_offsets_acknowledged_after_the_notifier_finished_them_is_whole() -> None:
    lines = [
        log(7, f"in {S}@4 gen 5"),
        log(7, f"notify reads {S}@4: ['evt_a']"),
        log(7, f"notify is done with {S}@4"),
        log(7, f"ack {S}@4 counts True"),
        log(7, f"notify reads {S}@5: ['evt_b']"),
        log(7, f"notify is done with {S}@5"),
        log(7, f"ack {S}@5 counts True"),
        log(7, f"commit {S} head 4 acked [4, 5] gaps []: 6"),
    ]
    assert breaks(lines) == []


def test_a_commit_that_passes_an_offset_never_acknowledged_is_a_break() -> None:
    lines = [
        log(7, f"notify is done with {S}@5"),
        log(7, f"ack {S}@5 counts True"),
        log(7, f"ack {S}@4 counts False"),  # an ack that did not count is no ack
        log(7, f"commit {S} head 4 acked [5] gaps [(4, 5)]: 6"),
    ]
    assert breaks(lines) == [f"process 7: a commit of {S} to 6 passed [4], never acknowledged"]


def test_an_ack_of_a_stories_message_counted_before_the_notifier_finished_it_is_a_break() -> None:
    lines = [log(7, f"notify reads {S}@4: ['evt_a']"), log(7, f"ack {S}@4 counts True")]
    assert breaks(lines) == [f"process 7: the ack of {S}@4 counted before notify was done"]


def test_acks_of_one_process_do_not_cover_the_commits_of_the_next() -> None:
    lines = [
        log(7, f"notify is done with {S}@4"),
        log(7, f"ack {S}@4 counts True"),
        log(8, f"commit {S} head 4 acked [5] gaps []: 6"),  # the restarted worker never acknowledged 4
    ]
    assert breaks(lines) == [f"process 8: a commit of {S} to 6 passed [4, 5], never acknowledged"]


def test_commits_held_and_other_log_lines_are_not_read_as_breaks() -> None:
    lines = [
        log(7, f"commit {S} head 4 acked [5] gaps []: None"),
        "[2026-11-26 01:07:40,865] [7] [INFO] alert evt_a rev 0 (x.stories.v1[0]@4) to cnil: sent",
        log(7, "seek to committed {'x': 4}"),
    ]
    assert breaks(lines) == []
