"""The fast engine decides exactly as the engine it replaced, and its state survives the changelog.

The digests were computed by the engine of commit da1a43f (before fingerprints were packed, records built
without Faust's constructor and facts cached) over the same seeded sequences: every message, every outcome
event and the whole case state after every step must be byte-identical.

One deliberate rule change since: an appeal that states the challenged decision's figure links to it
(link.py, session 5). It changed two steps of sequence 5 (an appeal of €148m naming a €8.47m fine now
links to it), and that digest was re-pinned; the other two sequences did not change.

A second one (session 11): a higher court's judgment links to the lower court's judgment it takes further
(`link._next_instance`). Linked events change the case state every later step carries, so both in-memory
digests were re-pinned (`CURRENT_RULES`); with that rule switched off, the engine still gives the digests
above, step by step.

A third (session 14): an appeal and a decision that share a company name word score `link.SAME_COMPANY`
more, a figure of the decision the appeal names must be in the decision's currency, and an appeal still
unlinked looks for its decision in the other cases of its authority (`crosslink`, at
`link.CROSS_CASE_THRESHOLD`). `CURRENT_RULES` were re-pinned again; with these switched off
(`_session_11_rules`) the digests above still hold.

A fourth (session 17): two appeals that name different courts three days apart at most
(`match.SAME_JUDGMENT_MAX_DAYS`) are no longer kept apart by that alone, only scored a point lower: one
judgment, its court named differently by two outlets. `CURRENT_RULES` were re-pinned (the first steps
that differ: 249 of sequence 5, 218 of sequence 6; a merge changes the case state every later step
carries); `_session_11_rules` switches it off too.

A fifth (session 21): an appeal by some of the companies of a decision against more, with a smaller figure,
is their share of it (`link._a_share`) instead of a far figure that rules the decision out. `CURRENT_RULES`
were re-pinned (the first steps that differ: 86 of sequence 5, 273 of sequence 6); `_session_11_rules`
switches it off too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from streams.dedup import DedupEngine, decide, link, match, state
from streams.dedup.sketch import pack, unpack
from streams.records import Candidate, CaseState
from tests.dedup import sequences

DIGESTS = {
    "in_memory_5_700_60": "b881c1ac6c16bb14c7fd7368511973d9d96349e124f205f1c341b63e0b0bfd97",
    "in_memory_6_400_15": "9945fc4b12731c438f9c79fb746843f8c1089ca6ead15e91abe3dd3435b14585",
    "reloaded_7_300_40": "ccc86db67df2875140446a2ccd34072bd6fd93914879ff875576660635ab9043",
}


def _in_memory(seed: int, count: int, events: int) -> str:
    engine = DedupEngine()
    return sequences.digest(
        sequences.observable(engine.observe(c, f"2025-01-01T00:00:{i % 60:02d}Z"), state.fingerprint_of)
        for i, c in enumerate(sequences.candidates(seed, count, events))
    )


def _reloaded(seed: int, count: int, events: int) -> str:
    """Every step reads its case back from the changelog bytes the previous step wrote."""
    cases: dict[str, bytes] = {}

    def step(c: Candidate) -> str:
        prev = cases.get(c.case_key)
        outcome = decide(CaseState.loads(prev) if prev else None, c, "2025-01-01T00:00:00Z")
        cases[c.case_key] = outcome.case.dumps()
        return sequences.observable(outcome, state.fingerprint_of)

    return sequences.digest(step(c) for c in sequences.candidates(seed, count, events))


CURRENT_RULES = {
    "in_memory_5_700_60": "6285024802e5fb263de0e8d5393b7987b8dd44a32749f90ffa027ff448109db3",
    "in_memory_6_400_15": "7e0dc6650548540f02c59bfc46641af4db4dd7ea56554f08d5f75c3993d9050b",
}


def _session_11_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch off what session 14 added to linking (see the module docstring)."""
    monkeypatch.setattr(link, "SAME_COMPANY", 0.0)
    monkeypatch.setattr(link, "CROSS_CASE_THRESHOLD", float("inf"))
    monkeypatch.setattr(link, "_in_its_currency", lambda *_args: True)
    monkeypatch.setattr(match, "SAME_JUDGMENT_MAX_DAYS", -1)  # session 17: any two courts, two judgments
    monkeypatch.setattr(link, "_a_share", lambda *_args: False)  # session 21: no share of a decision


def test_decisions_match_the_previous_engine_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link, "_next_instance", lambda *_args: False)
    _session_11_rules(monkeypatch)
    assert _in_memory(5, 700, 60) == DIGESTS["in_memory_5_700_60"]
    assert _in_memory(6, 400, 15) == DIGESTS["in_memory_6_400_15"]


def test_decisions_with_the_current_linking_rules_are_pinned() -> None:
    assert _in_memory(5, 700, 60) == CURRENT_RULES["in_memory_5_700_60"]
    assert _in_memory(6, 400, 15) == CURRENT_RULES["in_memory_6_400_15"]


def test_decisions_match_the_previous_engine_when_state_is_reloaded_every_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _session_11_rules(monkeypatch)
    assert _reloaded(7, 300, 40) == DIGESTS["reloaded_7_300_40"]


def _as_legacy(case: CaseState) -> CaseState:
    """The same state as a worker before packed fingerprints wrote it: sketches as lists of ints."""
    data = json.loads(case.dumps())
    data["sketches"] = {k: unpack(v) for k, v in data.pop("fingerprints").items()}
    return CaseState.from_data(data)


def test_state_written_before_packed_fingerprints_decides_the_same() -> None:
    stream = sequences.candidates(8, 400, 30)
    engine = DedupEngine()
    for c in stream[:300]:
        engine.observe(c, "2025-01-01T00:00:00Z")
    legacy = {k: _as_legacy(v) for k, v in engine.cases.items()}
    assert any(case.sketches for case in legacy.values())
    for c in stream[300:]:
        new = engine.observe(c, "2025-01-01T00:00:00Z")
        old = decide(legacy.get(c.case_key), c, "2025-01-01T00:00:00Z")
        legacy[c.case_key] = old.case
        seen = sequences.observable(old, state.fingerprint_of)
        assert seen == sequences.observable(new, state.fingerprint_of)
    # Whatever a legacy state gets written again moves to the packed form; nothing is kept twice.
    for case in legacy.values():
        assert not set(case.sketches) & set(case.fingerprints)


def test_packed_fingerprints_round_trip() -> None:
    hashes = sorted({0, 1, 2**32 - 1, 123456789, 987654321})
    assert unpack(pack(hashes)) == hashes
    assert unpack(pack([])) == []


def test_decisions_do_not_depend_on_the_process_hash_seed() -> None:
    """Python salts str hashes per process: nothing the engine stores or emits may depend on them."""
    script = "from tests.dedup.test_equivalence import _in_memory; print(_in_memory(5, 200, 30))"
    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=root).stdout.strip()
        for seed in ("1", "2")
    }
    assert len(digests) == 1 and digests.pop() == _in_memory(5, 200, 30)
