"""The dedup decision for one candidate: join a known event, or open a new one (linked when it builds on
an earlier event), and say what subscribers should hear about it.

`decide` is pure: the Faust agent passes the table value and stores `Outcome.case` back. The input
CaseState and its events are never mutated; changed records are copies, and the new CaseState shares every
unchanged event (and unchanged per-event dict) with the input, so a candidate costs one event copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.dedup import crosslink, link, match, state
from streams.dedup.sketch import merge as merge_sketch
from streams.dedup.sketch import pack, unpack
from streams.records import (
    AuthorityIndex,
    AuthorityNote,
    Candidate,
    CaseState,
    EventMessage,
    EventState,
)


@dataclass(frozen=True)
class Outcome:
    """`event` is None only for a candidate that is not an enforcement event (primary "none")."""

    event: EventState | None
    message: EventMessage | None
    case: CaseState


def _best_match(c: Candidate, facts: match.Facts, case: CaseState) -> tuple[int, match.Match] | None:
    best: tuple[int, match.Match] | None = None
    item = c.item_id
    published, packed, legacy = case.published, case.fingerprints, case.sketches
    for i, ev in enumerate(case.events):
        for s in ev.sources:
            if s.item_id == item:
                # The same item again (redelivery, edit): it belongs where it went first.
                return i, match.Match(float("inf"), ("same_item",))
        if match.excluded(c, ev):
            continue
        eid = ev.event_id
        text = packed.get(eid)
        if text is None and legacy:
            text = state.packed_sketch(case, eid)
        found = match.score(facts, match.event_facts(ev, published.get(eid), text))
        # Ties go to the most recent event: later events are likelier to be reported again.
        if found is not None and found.score >= match.MERGE_THRESHOLD and (best is None
                                                                             or found.score >= best[1].score):
            best = i, found
    return best


def _message(kind: str, ev: EventState, revision: int, changes: list[str], c: Candidate,
             now: str) -> EventMessage:
    return state.message(kind, ev, revision, changes, c.item_id, now)


def _open(c: Candidate, facts: match.Facts, case: CaseState, now: str) -> Outcome:
    published = case.published
    related = (link.appeal_target(c, facts, case.events, published) if c.primary == "appeal"
               else link.followup_target(c, facts, case.events))
    changes = [] if related is None else ["appeal_linked" if c.primary == "appeal" else "followup_linked"]
    ev = state.new_event(c, related, [f"{c.item_id}:new"])
    text = match.text_sketch(facts)
    packed = pack(text) if text else None
    stored = state.store(case, ev, 0, state.widen(None, c.published), packed, now)
    return Outcome(ev, _message("new", ev, 0, changes, c, now), stored)


def _relink(c: Candidate, facts: match.Facts, ev: EventState, case: CaseState) -> EventState | None:
    """An appeal first seen without its original may find it in a later, fuller report."""
    if ev.primary != "appeal" or ev.related_event_id is not None:
        return None
    return link.appeal_target(c, facts, [e for e in case.events if e.event_id != ev.event_id], case.published)


def _join(c: Candidate, facts: match.Facts, index: int, found: match.Match, case: CaseState,
          now: str) -> Outcome:
    old = case.events[index]
    ev, changes = state.merge(old, c, list(found.reasons))
    related = _relink(c, facts, ev, case)
    if related is not None:
        ev = state.replace(ev, related_event_id=related.event_id,
                           root_event_id=related.root_event_id or related.event_id)
        changes.append("appeal_linked")
    published = state.widen(case.published.get(ev.event_id), c.published)
    known_sketch = state.packed_sketch(case, ev.event_id)
    text_sketch = pack(merge_sketch(unpack(known_sketch), match.text_sketch(facts))) if known_sketch else None
    material = [ch for ch in changes if ch != "types_changed"]
    revision = case.revisions.get(ev.event_id, 0)
    message = None
    if material:
        revision += 1
        message = _message("update", ev, revision, changes, c, now)
    return Outcome(ev, message, state.store(case, ev, revision, published, text_sketch, now, index))


def decide(case: CaseState | None, candidate: Candidate, now: str) -> Outcome:
    """Place one candidate of `candidate.case_key`; `case` is that key's table value (None at first). A
    candidate the link agent sent back (`candidate.link`) links its appeal event instead (`_link`)."""
    current = case if case is not None else state.empty_case(candidate.case_key, now)
    if candidate.link is not None:
        return _link(current, candidate, now)
    if candidate.primary not in ("ruling", "fine", "appeal"):
        return Outcome(None, None, current)
    facts = match.candidate_facts(candidate)
    found = _best_match(candidate, facts, current)
    if found is None:
        return _open(candidate, facts, current, now)
    return _join(candidate, facts, found[0], found[1], current, now)


def _link(case: CaseState, c: Candidate, now: str) -> Outcome:
    """Link an appeal of this case to the decision the link agent found in another case
    (`streams.dedup.crosslink`): one "appeal_linked" update. Nothing changes (the same `case` comes back)
    and no message leaves when the appeal is gone from the case or is linked already (its own case's later
    reports found a decision, or the candidate comes again after a restart)."""
    target = c.link
    assert target is not None
    index = next((i for i, ev in enumerate(case.events) if ev.event_id == target.event_id), None)
    if index is None:
        return Outcome(None, None, case)
    ev = case.events[index]
    if ev.primary != "appeal" or ev.related_event_id is not None:
        return Outcome(ev, None, case)
    linked = state.replace(ev, related_event_id=target.related_event_id, root_event_id=target.root_event_id)
    revision = case.revisions.get(ev.event_id, 0) + 1
    message = _message("update", linked, revision, ["appeal_linked"], c, now)
    return Outcome(linked, message, state.store(case, linked, revision, None, None, now, index))


def note_of(
    outcome: Outcome, candidate: Candidate | None, before: CaseState | None = None
) -> AuthorityNote | None:
    """The link agent's note about an outcome's event (`crosslink.note`), or None: for a new event, and
    whenever what linking reads of it changed, with a message or silently (a later report that fills in
    the authority, the date or another figure); and for an appeal still unlinked, at each new report.
    `before`: the case as it was."""
    ev = outcome.event
    if ev is None or outcome.case is before:
        return None
    published = outcome.case.published.get(ev.event_id)
    retry = outcome.message is not None and ev.primary == "appeal" and ev.related_event_id is None
    if before is not None and not retry:
        old = next((e for e in before.events if e.event_id == ev.event_id), None)
        if old is not None and crosslink.unchanged(old, before.published.get(ev.event_id), ev, published):
            return None
    return crosslink.note(ev, published, candidate)


class DedupEngine:
    """In-memory tables over `decide` and the link agent's logic (`crosslink.observe`), for `streams eval`,
    reprocessing and benchmarks: the worker's logic without Kafka. A link found across cases is applied at
    once, where the worker applies it when the candidate comes back on `candidates`."""

    def __init__(self) -> None:
        self.cases: dict[str, CaseState] = {}
        self.authorities: dict[str, AuthorityIndex] = {}

    def observe(self, candidate: Candidate, now: str) -> Outcome:
        """The candidate's outcome, or when it opened an appeal that a decision of another case was found
        for, the outcome of that link (its event linked; the first message is in `observe_all`)."""
        return self.observe_all(candidate, now)[-1]

    def observe_all(self, candidate: Candidate, now: str) -> list[Outcome]:
        """Every outcome the candidate leads to, in order: its own, then a cross-case link's, if any."""
        outcome, found = self._place(candidate, now)
        if found is None:
            return [outcome]
        then, _ = self._place(found, now)
        return [outcome, then] if then.message is not None else [outcome]

    def _place(self, candidate: Candidate, now: str) -> tuple[Outcome, Candidate | None]:
        """`decide` and its table write (as the dedup agent does them), then the link agent's step on the
        note, if any: the candidate to send back linked, when it found the decision."""
        before = self.cases.get(candidate.case_key)
        outcome = decide(before, candidate, now)
        if outcome.case is not before and not (before is None and outcome.event is None):
            self.cases[candidate.case_key] = outcome.case
        note = note_of(outcome, candidate, before)
        if note is None:
            return outcome, None
        index, found = crosslink.observe(self.authorities.get(note.authority_id), note)
        self.authorities[note.authority_id] = index
        return outcome, found
