"""candidates -> events (+ stories, authority-notes): join each candidate to an event of its case, or open
a new one; link an appeal to a decision of another case when the link agent sends its candidate back.

A candidates message may hold several candidates, one per line (`streams.framing`): they are taken in
order, as if each had been a message of its own. The stories copies of a batch leave the same way, one
message per stories partition, after the batch's event messages and before its table writes.

Each event message goes to the public `enforcement.events.v1` (key event_id) and, the same bytes, to
`enforcement.stories.v1` keyed by the root of its story (`story_key`), where the notifier reads it: an
appeal lands in the partition of the event it challenges. An event that names an authority also goes to
`authority-notes` keyed by that authority, when it is new or what linking reads of it changed
(`engine.note_of`), where the link agent (`streams.agents.link`) indexes it and looks for the decision of
an appeal its own case could not link; what it finds comes back here on `candidates` as the appeal's
candidate with its `link` set (`engine.decide`).
Writing events and stories both here saves the worker a hop (an agent that read every event back only to
re-key it) and the events topic has no consumer inside the worker.

A batch writes each case it changed to the table once, after its event messages were sent. A write
serialises the case's whole state to the changelog, so when a batch holds several candidates of one case
(a backlog, a story many outlets carry at once) this saves all but one; at a trickle a batch is one
candidate and nothing changes. Later candidates of a batch read the state earlier ones left, from
`changed`. The batch is acked only after the loop body ends, so a crash in it replays the whole batch on
the state last written: the same decisions and the same (event_id, revision) messages again (at least
once; the alert ledger keys on them). Writing the state before sending the message, as this agent did,
could instead lose the message: the replayed candidate then meets its own sighting and emits nothing.
"""

from __future__ import annotations

from faust import StreamT

from streams.agents.dead_letters import decode_lines_or_dead_letter
from streams.app import (
    app,
    authority_notes_topic,
    candidates_topic,
    cases,
    events_topic,
    key_partition,
    stories_topic,
)
from streams.clock import now_iso
from streams.dedup.engine import Outcome, decide, note_of
from streams.framing import Outbox
from streams.records import Candidate, CaseState
from streams.topics import story_key

BATCH = 256
WITHIN = 0.02  # seconds a partial batch waits: up to this is added to every alert's latency at each hop


@app.agent(candidates_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def dedup(stream: StreamT) -> None:
    stories = Outbox(lambda story: key_partition(stories_topic, story))
    notes = Outbox(lambda authority: key_partition(authority_notes_topic, authority))

    async def emit(outcome: Outcome, candidate: Candidate, before: CaseState | None) -> None:
        message = outcome.message
        if message is not None:
            value = message.dumps()
            await events_topic.send(key=message.event_id, value=value)
            stories.add(story_key(message), value)
        note = note_of(outcome, candidate, before)  # also for a silent change of what linking reads
        if note is not None:
            notes.add(note.authority_id, note.dumps())

    async for events in stream.take_events(BATCH, within=WITHIN):  # type: ignore[attr-defined]  # missing from StreamT
        changed: dict[str, CaseState] = {}
        now = now_iso()  # one clock reading per batch: it has a resolution of a second
        for event in events:
            for candidate, _ in await decode_lines_or_dead_letter("dedup", Candidate, event):
                key = candidate.case_key
                before = changed[key] if key in changed else cases.get(key)
                outcome = decide(before, candidate, now)
                if outcome.case is before or (before is None and outcome.event is None):
                    continue  # nothing changed: a link for an appeal gone or linked already
                changed[key] = outcome.case
                await emit(outcome, candidate, before)
        for framed in stories.messages():
            await stories_topic.send(key=framed.key, value=framed.value, partition=framed.partition)
        for framed in notes.messages():
            await authority_notes_topic.send(key=framed.key, value=framed.value, partition=framed.partition)
        for key, case in changed.items():
            cases[key] = case
