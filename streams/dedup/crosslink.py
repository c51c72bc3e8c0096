"""Appeal links across cases: the linker's index of each authority's events.

Items of one case key meet in one partition, so an appeal finds the decision it challenges in its own case
(`link.appeal_target`) when both name the same company first. When they do not (the decision named "Otto
Fuchs", the appeal "Alu-Schmiede Otto Fuchs"; the decision a cartel's first member, the appeal another; the
appeal no company at all) the decision lives in another case, on another partition, perhaps on another
worker. The dedup agent therefore sends each event that names an authority to `authority-notes`, keyed by
that authority, when it is new and whenever what linking reads of it changes (`note`); the link agent
keeps each authority's recent events (`AuthorityIndex`) and, for an appeal still unlinked, looks there for
the decision it challenges, with the same score as inside a case at a higher threshold
(`link.CROSS_CASE_THRESHOLD`). A find goes back to the appeal's case as the appeal's candidate again, on
`candidates`, carrying a `LinkTarget` (`Candidate.link`): in that partition it keeps its place among the
case's candidates, so a replay decides in the same order. The dedup agent applies it (`engine.decide`):
one "update" message with the change "appeal_linked", or nothing when the appeal is linked already.

Pure functions; the agents (`streams.agents.link`, `streams.agents.dedup`) and the in-process
`DedupEngine` call them alike.
"""

from __future__ import annotations

import bisect

from streams.dedup import link, match
from streams.dedup.build import make, replace
from streams.records import (
    SCHEMA_VERSION,
    AuthorityIndex,
    AuthorityNote,
    Candidate,
    EventState,
    LinkTarget,
)

# Per authority. The oldest go first (by first published day): an appeal reaches a higher court years
# later, but a busy authority's hundredth-latest decision is rarely the one challenged across cases.
MAX_INDEXED = 200


def note(event: EventState, published: list[str] | None, appeal: Candidate | None) -> AuthorityNote | None:
    """What the dedup agent tells the link agent about an event: None when it names no authority (nothing
    to index it under). `appeal` is the candidate of the report just placed; it goes along only when the
    event is an appeal that no decision has been found for yet. Whether a change is worth a note at all:
    `engine.note_of`."""
    if not event.authority_id:
        return None
    unlinked = event.primary == "appeal" and event.related_event_id is None
    return make(
        AuthorityNote,
        authority_id=event.authority_id,
        event=event,
        published_days=list(published or []),
        appeal=appeal if unlinked else None,
        schema_version=SCHEMA_VERSION,
    )


def unchanged(
    old: EventState, old_published: list[str] | None, new: EventState, new_published: list[str] | None
) -> bool:
    """Whether an update leaves the event as the index holds it: another outlet or the authority's own
    confirmation change nothing that linking reads (most updates), so they need no note."""
    return _facts(old, old_published) == _facts(new, new_published)


def _facts(ev: EventState, published: list[str] | None) -> tuple[object, ...]:
    return (
        ev.primary,
        ev.authority_id,
        ev.court_id,
        ev.jurisdiction,
        tuple(ev.companies),
        ev.amount,
        ev.periodic,
        ev.cap,
        ev.amount_eur,
        tuple(ev.amounts_seen),
        ev.decision_date,
        ev.related_event_id,
        ev.root_event_id,
        published[0] if published else None,
    )


def empty_index(authority_id: str) -> AuthorityIndex:
    return make(
        AuthorityIndex, authority_id=authority_id, events=[], published_days={}, schema_version=SCHEMA_VERSION
    )


def observe(index: AuthorityIndex | None, n: AuthorityNote) -> tuple[AuthorityIndex, Candidate | None]:
    """Index the note's event, and for an unlinked appeal the candidate to send back with its `link`, if a
    decision of another case scores high enough. The input index is left as it was."""
    current = index if index is not None else empty_index(n.authority_id)
    linked = None
    if n.appeal is not None:
        linked = _find(current, n)
    return _indexed(current, n), linked


def _find(index: AuthorityIndex, n: AuthorityNote) -> Candidate | None:
    candidate = n.appeal
    assert candidate is not None
    appeal = n.event
    mine = appeal.event_id
    # Not its own case (linking there already had its say), not itself, and nothing that builds on it: two
    # appeals must not end up linked to each other.
    others = [
        ev
        for ev in index.events
        if ev.case_key != appeal.case_key and mine not in (ev.event_id, ev.related_event_id, ev.root_event_id)
    ]
    if not others:
        return None
    found = link.scored_target(
        candidate, match.candidate_facts(candidate), others, index.published_days, link.CROSS_CASE_THRESHOLD
    )
    if found is None:
        return None
    score, target = found
    target_link = make(
        LinkTarget,
        event_id=mine,
        related_event_id=target.event_id,
        root_event_id=target.root_event_id or target.event_id,
        score=score,
    )
    return replace(candidate, link=target_link)


def _slim(n: AuthorityNote) -> EventState:
    """The event as linking reads it: no sources, evidence or title (they are most of its size)."""
    ev = n.event
    return replace(ev, sources=[], evidence=[], title="")


def _indexed(index: AuthorityIndex, n: AuthorityNote) -> AuthorityIndex:
    """The index with the note's event in its place: events stay ordered by their first published day (then
    id), so that of two decisions that score the same the later one wins however often either was noted,
    and the oldest are the ones dropped beyond `MAX_INDEXED`."""
    slim = _slim(n)
    published = dict(index.published_days)
    if n.published_days:
        published[n.event.event_id] = list(n.published_days)

    def day(ev: EventState) -> tuple[str, str]:
        return (published.get(ev.event_id) or [ev.first_seen[:10]])[0], ev.event_id

    events = [ev for ev in index.events if ev.event_id != n.event.event_id]
    bisect.insort(events, slim, key=day)
    if len(events) > MAX_INDEXED:
        for ev in events[: len(events) - MAX_INDEXED]:
            published.pop(ev.event_id, None)
        events = events[len(events) - MAX_INDEXED :]
    return replace(index, events=events, published_days=published)
