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

The same index answers the dedup agent's questions (`ask`, `answer`): a fine or ruling that matched no
event of its case and states a figure may restate an event of another case of its authority, its company
named otherwise ("Tailspin Toys" / "Wingtip", a cartel's list / its first member). The candidate goes back
checked, re-keyed to that event's case (`Candidate.join`) or to its own; the dedup agent places it there.

Pure functions; the agents (`streams.agents.link`, `streams.agents.dedup`) and the in-process
`DedupEngine` call them alike.
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta

from streams.dedup import link, match
from streams.dedup.build import make, replace
from streams.dedup.facts import AmountRelation, compare_amounts, compare_figures, day_number, figure
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
        ask=None,
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


def ask(candidate: Candidate) -> AuthorityNote:
    """The dedup agent's question about a candidate that matched no event of its case (`engine.asks`)."""
    assert candidate.authority_id is not None
    return make(
        AuthorityNote,
        authority_id=candidate.authority_id,
        event=None,
        published_days=[],
        appeal=None,
        ask=candidate,
        schema_version=SCHEMA_VERSION,
    )


def observe(index: AuthorityIndex | None, n: AuthorityNote) -> tuple[AuthorityIndex, Candidate | None]:
    """Index the note's event, and for an unlinked appeal the candidate to send back with its `link`, if a
    decision of another case scores high enough. For a question (`n.ask`), the index as it was (the very
    object) and the candidate to send back: to the case of the event it restates, or checked, to its own
    (`answer`). The input index is left as it was."""
    current = index if index is not None else empty_index(n.authority_id)
    if n.ask is not None:
        return current, answer(current, n.ask)
    linked = None
    if n.appeal is not None:
        linked = _find(current, n)
    return _indexed(current, n), linked


# A report restates an event of another case when the authority, the figure (`facts.compare_amounts`: the
# same after rounding, caps and conversions) and the kind (appeal or not) agree and it was published within
# three weeks of the event's reports: authority 2 + amount 2 + publication 1 in `match.score`. What the
# companies are called does not count (that is why the two are in different cases: "Medhelp" and
# "Thailand", "Central YMCA" and "YMCA", a cartel's list and its first member).
DUPLICATE_THRESHOLD = 5.0


def answer(index: AuthorityIndex, c: Candidate) -> Candidate:
    """The asked candidate, checked, and re-keyed to the case of the authority's event it restates (the
    best scoring; of equals the latest), if one of another case does."""
    facts = match.candidate_facts(c)
    mine = facts.main
    if mine is None:
        return replace(c, checked=True)
    appeal = c.primary == "appeal"
    best: tuple[float, EventState] | None = None
    for ev in _around(index, c):
        # Cheap tests first: most events of an authority state other figures. Without other figures on
        # either side (an event's `amounts_seen` starts with its own), the main figures alone can be the
        # same (`compare_amounts`).
        if ev.amount is None or ev.case_key == c.case_key or (ev.primary == "appeal") != appeal:
            continue
        main = figure(ev.amount, ev.periodic, ev.cap, ev.amount_eur)
        if main is None:
            continue
        alone = not facts.alts and len(ev.amounts_seen) <= 1
        if alone and compare_figures(mine, main) is not AmountRelation.SAME:
            continue
        theirs = match.event_facts(ev, index.published_days.get(ev.event_id), None)
        if compare_amounts(facts.main, facts.alts, theirs.main, theirs.alts) is not AmountRelation.SAME:
            continue
        if match.excluded(c, ev):
            continue
        found = match.score(facts, theirs)
        if found is None or found.score < DUPLICATE_THRESHOLD:
            continue
        if best is None or found.score >= best[0]:  # of equals the latest (the index is by first day)
            best = found.score, ev
    if best is None:
        return replace(c, checked=True)
    return replace(c, case_key=best[1].case_key, join=best[1].event_id, checked=True)


# The events an answer reads: first reported from `RESTATED_WITHIN_DAYS` before the candidate's day (its
# publication, else its decision date) to a week after it. The index is ordered by first published day, so
# two bisections find them: a question costs a few events' comparison, not `MAX_INDEXED`.
RESTATED_WITHIN_DAYS = 120


def _around(index: AuthorityIndex, c: Candidate) -> list[EventState]:
    day = c.published or c.decision_date
    if day is None or day_number(day) is None:
        return index.events
    at = date.fromisoformat(day[:10])
    lo = (at - timedelta(days=RESTATED_WITHIN_DAYS)).isoformat()
    hi = (at + timedelta(days=7)).isoformat()
    published = index.published_days

    def first_day(ev: EventState) -> str:
        return (published.get(ev.event_id) or [ev.first_seen[:10]])[0][:10]

    events = index.events
    start = bisect.bisect_left(events, lo, key=first_day)
    return events[start : bisect.bisect_right(events, hi, lo=start, key=first_day)]


def _find(index: AuthorityIndex, n: AuthorityNote) -> Candidate | None:
    candidate = n.appeal
    assert candidate is not None
    appeal = n.event
    assert appeal is not None
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
    assert ev is not None
    return replace(ev, sources=[], evidence=[], title="")


def _indexed(index: AuthorityIndex, n: AuthorityNote) -> AuthorityIndex:
    """The index with the note's event in its place: events stay ordered by their first published day (then
    id), so that of two decisions that score the same the later one wins however often either was noted,
    and the oldest are the ones dropped beyond `MAX_INDEXED`."""
    slim = _slim(n)
    published = dict(index.published_days)
    if n.published_days:
        published[slim.event_id] = list(n.published_days)

    def day(ev: EventState) -> tuple[str, str]:
        return (published.get(ev.event_id) or [ev.first_seen[:10]])[0], ev.event_id

    events = [ev for ev in index.events if ev.event_id != slim.event_id]
    bisect.insort(events, slim, key=day)
    if len(events) > MAX_INDEXED:
        for ev in events[: len(events) - MAX_INDEXED]:
            published.pop(ev.event_id, None)
        events = events[len(events) - MAX_INDEXED :]
    return replace(index, events=events, published_days=published)
